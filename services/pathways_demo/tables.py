"""The demo generator's tables, read from the TOML files in ``data/`` beside this module.

The places, jurisdictions, occupation families and survivors' phrases are plain data, so
partners extend them by editing files, not code (as they do the matching vocabulary).
`load_tables` reads them, checks them and builds the frozen records the generator samples
from. A file that would make the generator fail or draw from nothing is refused with a
`DemoTablesError` naming the file and the entry: a wrong field, a missing one, a typo in a
field name (silently ignored otherwise), a family or language named but never defined.

Layout of the data directory (each file says at the top what it holds and how to extend it):

* ``places.toml``: district centroids for each jurisdiction;
* ``jurisdictions.toml``: money, languages and the shape of the population in each;
* ``families.toml``: occupation families with their job and course templates;
* ``phrases/<language>.toml``: sentence frames and everyday phrases survivors' words are
  composed from, one file per language.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Final, TypeVar

from pathways.v1 import common_pb2

__all__ = [
    "DemoTables",
    "DemoTablesError",
    "District",
    "Family",
    "Frames",
    "Jurisdiction",
    "Money",
    "Saying",
    "Speakers",
    "Template",
    "load_tables",
    "shipped_data_directory",
]

PLACES_FILE: Final = "places.toml"
JURISDICTIONS_FILE: Final = "jurisdictions.toml"
FAMILIES_FILE: Final = "families.toml"
PHRASES_DIRECTORY: Final = "phrases"

#: Language levels as the data names them.
LANGUAGE_LEVELS: Final[Mapping[str, common_pb2.LanguageLevel]] = MappingProxyType(
    {
        "basic": common_pb2.LANGUAGE_LEVEL_BASIC,
        "conversational": common_pb2.LANGUAGE_LEVEL_CONVERSATIONAL,
        "fluent": common_pb2.LANGUAGE_LEVEL_FLUENT,
        "native": common_pb2.LANGUAGE_LEVEL_NATIVE,
    }
)


_T = TypeVar("_T")


class DemoTablesError(ValueError):
    """A data file of the demo generator is missing, unreadable or inconsistent."""


# --- the records ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class District:
    name: str
    latitude: float
    longitude: float
    weight: float  # how much work and how many people, roughly
    tags: tuple[str, ...]  # urban, industrial, tourist, rural, coastal, border
    communities: tuple[str, ...]  # languages of large cross-border communities living there


@dataclass(frozen=True, slots=True)
class Speakers:
    """A group of survivors living in a jurisdiction who share a first language."""

    share: float
    writes: str  # the language their interests and aspirations are written in
    languages: tuple[tuple[str, tuple[common_pb2.LanguageLevel, ...]], ...]  # first is native
    community: str = ""  # lives where this language's community is (districts' `communities`)


@dataclass(frozen=True, slots=True)
class Money:
    currency: str
    entry_wage: int  # a typical entry-level full-time monthly wage
    step: int  # amounts are rounded to this


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    code: str
    weight: float  # share of the population
    money: Money
    other_money: Money | None  # a second currency in everyday use, and its share
    other_money_share: float
    work_languages: tuple[str, ...]  # any one suffices for most work
    speakers: tuple[Speakers, ...]
    families: Mapping[str, float]  # how much work each family offers there
    avoided: Mapping[str, float]  # sectors survivors there most often want to stay away from
    goal_range: tuple[float, float]  # income goals as multiples of the entry wage


@dataclass(frozen=True, slots=True)
class Template:
    """A kind of job or course: the English an employer or provider would write, and facts."""

    titles: tuple[str, ...]
    sector: str
    skills: tuple[str, ...]  # required by a job, taught by a course
    intros: tuple[str, ...]  # first sentences; {place} is the district
    pay: float = 1.0  # multiple of the entry wage
    openings: tuple[int, int] = (1, 4)
    level: common_pb2.LanguageLevel = common_pb2.LANGUAGE_LEVEL_CONVERSATIONAL
    english: float = 0.0  # chance English is also accepted
    # Chances that the workplace has night shifts, is live-in, involves heavy lifting, or is
    # for women only (courses: only the last applies).
    night: float = 0.0
    live_in: float = 0.0
    heavy: float = 0.0
    women_only: float = 0.0
    hazardous: bool = False
    remote: float = 0.0
    minimum_age: int = 18
    youth: bool = False  # a course that may admit 15- and 16-year-olds
    only_in: tuple[str, ...] = ()  # district tags this work needs (a sea port...); empty: any
    full_time_only: bool = False
    #: Where the usual languages do not apply: country -> accepted languages.
    languages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Where pay is set by rule rather than market: country -> (lowest, highest).
    fixed_pay: Mapping[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    places: tuple[str, ...]  # district tags where this work is found
    jobs: tuple[Template, ...]
    courses: tuple[Template, ...]
    # Filled in from the templates: the family's sectors, and the skills its work asks for or
    # teaches, which are what people in it can already do or want to learn.
    sectors: frozenset[str] = frozenset()
    skills: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        templates = self.jobs + self.courses
        object.__setattr__(self, "sectors", frozenset(t.sector for t in templates))
        skills = tuple(dict.fromkeys(skill for t in templates for skill in t.skills))
        object.__setattr__(self, "skills", skills)


@dataclass(frozen=True, slots=True)
class Saying:
    """Something a survivor says they like or hope for, and the concepts it names."""

    concepts: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Frames:
    one: tuple[str, ...]  # one thing liked: {a}
    two: tuple[str, ...]  # two things liked: {a}, {b}
    hope: tuple[str, ...]  # {g}, with {why} where the language puts a reason
    me: Mapping[str, str]  # gender -> pronoun, where the language marks it


#: For each family and language: (things people like doing, things they hope for).
Sayings = Mapping[str, Mapping[str, tuple[tuple[Saying, ...], tuple[Saying, ...]]]]


@dataclass(frozen=True, slots=True)
class DemoTables:
    """Everything the generator draws from, in the order of the files."""

    places: Mapping[str, tuple[District, ...]]  # jurisdiction -> districts
    jurisdictions: Mapping[str, Jurisdiction]
    #: What survivors say they are interested in, wherever they live (family -> weight).
    interest_weights: Mapping[str, float]
    families: tuple[Family, ...]
    sayings: Sayings
    motives: Mapping[str, tuple[str, ...]]  # language -> reasons given for a hope
    frames: Mapping[str, Frames]  # language -> sentence frames


# --- reading ---------------------------------------------------------------------------------


def shipped_data_directory() -> Traversable:
    """The data directory shipped inside the pathways_demo package."""
    return files("pathways_demo") / "data"


def load_tables(directory: Traversable | None = None) -> DemoTables:
    """Read and check the tables in `directory` (default: the shipped ones)."""
    root = directory if directory is not None else shipped_data_directory()
    families = _families(_Entry.of_file(root, FAMILIES_FILE))
    family_names = tuple(f.name for f in families)
    jurisdictions_file = _Entry.of_file(root, JURISDICTIONS_FILE)
    interests = jurisdictions_file.table("interests")
    interest_weights = interests.weights(known=family_names)
    missing = [name for name in family_names if name not in interest_weights]
    if missing:
        raise interests.error(f"no weight for the families {', '.join(missing)}")
    languages = _phrase_files(root)
    jurisdictions = _jurisdictions(
        jurisdictions_file.table("jurisdictions"), families=family_names, languages=languages
    )
    jurisdictions_file.finish()
    places = _places(_Entry.of_file(root, PLACES_FILE), jurisdictions=tuple(jurisdictions))
    _check_countries(families, jurisdictions)
    _check_tags(families, places)
    _check_communities(jurisdictions, places)
    frames = {language: _frames(entry.table("frames")) for language, entry in languages.items()}
    motives = {
        language: entry.texts("motives", empty=False) for language, entry in languages.items()
    }
    by_language = {
        language: _sayings(entry.table("sayings"), families=family_names)
        for language, entry in languages.items()
    }
    for entry in languages.values():
        entry.finish()
    return DemoTables(
        places=places,
        jurisdictions=jurisdictions,
        interest_weights=interest_weights,
        families=families,
        # By family, then language, as the generator looks them up.
        sayings={
            family: {language: said[family] for language, said in by_language.items()}
            for family in family_names
        },
        motives=motives,
        frames=frames,
    )


def _places(entry: _Entry, *, jurisdictions: tuple[str, ...]) -> dict[str, tuple[District, ...]]:
    places: dict[str, tuple[District, ...]] = {}
    for code in entry.field_names():
        if code not in jurisdictions:
            raise entry.error(f"{code!r} is not a jurisdiction of {JURISDICTIONS_FILE}")
        districts = tuple(_district(row) for row in entry.tables(code, empty=False))
        _unique(entry, code, (d.name for d in districts), "district")
        places[code] = districts
    missing = [code for code in jurisdictions if code not in places]
    if missing:
        raise entry.error(f"no districts for {', '.join(missing)}")
    entry.finish()
    return places


def _district(entry: _Entry) -> District:
    name = entry.text("name")
    entry.where = f"{entry.where} ({name!r})"
    district = District(
        name=name,
        # Coarse on purpose: three decimals are about a hundred metres.
        latitude=entry.number("latitude", low=-90, high=90, decimals=3),
        longitude=entry.number("longitude", low=-180, high=180, decimals=3),
        weight=entry.number("weight", positive=True),
        tags=entry.texts("tags", empty=False),
        communities=entry.texts("communities", default=()),
    )
    entry.finish()
    return district


def _jurisdictions(
    entry: _Entry, *, families: tuple[str, ...], languages: Mapping[str, _Entry]
) -> dict[str, Jurisdiction]:
    jurisdictions = {
        code: _jurisdiction(entry.table(code), code=code, families=families, languages=languages)
        for code in entry.field_names()
    }
    if not jurisdictions:
        raise entry.error("no jurisdictions")
    entry.finish()
    return jurisdictions


def _jurisdiction(
    entry: _Entry, *, code: str, families: tuple[str, ...], languages: Mapping[str, _Entry]
) -> Jurisdiction:
    other = entry.table("other_money") if "other_money" in entry else None
    other_share = other.number("share", low=0, high=1) if other is not None else 0.0
    speakers = tuple(_speakers(row, languages) for row in entry.tables("speakers", empty=False))
    low, high = entry.numbers("goal_range", count=2)
    if not 0 < low <= high:
        raise entry.error(f"goal_range must be 0 < lowest <= highest, not {[low, high]}")
    jurisdiction = Jurisdiction(
        code=code,
        weight=entry.number("weight", positive=True),
        money=_money(entry.table("money")),
        other_money=_money(other) if other is not None else None,
        other_money_share=other_share,
        work_languages=entry.texts("work_languages", empty=False),
        speakers=speakers,
        families=entry.table("families").weights(known=families),
        avoided=entry.table("avoided").weights(),
        goal_range=(low, high),
    )
    entry.finish()
    return jurisdiction


def _money(entry: _Entry) -> Money:
    money = Money(
        currency=entry.text("currency"),
        entry_wage=entry.integer("entry_wage", low=1),
        step=entry.integer("step", low=1),
    )
    entry.finish()
    return money


def _speakers(entry: _Entry, languages: Mapping[str, _Entry]) -> Speakers:
    writes = entry.text("writes")
    if writes not in languages:
        raise entry.error(f"writes {writes!r}, which has no file in {PHRASES_DIRECTORY}/")
    spoken = entry.table("languages")
    levels = tuple(
        (code, spoken.choices(code, LANGUAGE_LEVELS, what="language level"))
        for code in spoken.field_names()
    )
    if not levels:
        raise spoken.error("no languages")
    spoken.finish()
    speakers = Speakers(
        share=entry.number("share", positive=True),
        writes=writes,
        languages=levels,
        community=entry.text("community", default=""),
    )
    entry.finish()
    return speakers


def _families(entry: _Entry) -> tuple[Family, ...]:
    families = tuple(_family(row) for row in entry.tables("family", empty=False))
    _unique(entry, "family", (f.name for f in families), "family")
    entry.finish()
    return families


def _family(entry: _Entry) -> Family:
    name = entry.text("name")
    entry.where = f"family {name!r}"
    family = Family(
        name=name,
        places=entry.texts("places", empty=False),
        jobs=_templates(entry, "jobs"),
        courses=_templates(entry, "courses"),
    )
    entry.finish()
    return family


_TEMPLATE_DEFAULTS: Final = Template(titles=(), sector="", skills=(), intros=())


def _templates(family: _Entry, key: str) -> tuple[Template, ...]:
    # The generator draws one of each kind from every family.
    return tuple(_template(row) for row in family.tables(key, empty=False))


def _template(entry: _Entry) -> Template:
    default = _TEMPLATE_DEFAULTS
    titles = entry.texts("titles", empty=False)
    entry.where = f"{entry.where} ({titles[0]!r})"
    low, high = entry.integers("openings", count=2, default=default.openings)
    if not 1 <= low <= high:
        raise entry.error(f"openings must be 1 <= lowest <= highest, not {[low, high]}")
    fixed_pay = entry.table("fixed_pay") if "fixed_pay" in entry else None
    languages = entry.table("languages") if "languages" in entry else None
    template = Template(
        titles=titles,
        sector=entry.text("sector"),
        skills=entry.texts("skills", empty=False),
        intros=entry.formats("intros", fields={"place"}),
        pay=entry.number("pay", default=default.pay, positive=True),
        openings=(low, high),
        level=entry.choice("level", LANGUAGE_LEVELS, "language level", default=default.level),
        english=entry.number("english", default=default.english, low=0, high=1),
        night=entry.number("night", default=default.night, low=0, high=1),
        live_in=entry.number("live_in", default=default.live_in, low=0, high=1),
        heavy=entry.number("heavy", default=default.heavy, low=0, high=1),
        women_only=entry.number("women_only", default=default.women_only, low=0, high=1),
        hazardous=entry.flag("hazardous", default=default.hazardous),
        remote=entry.number("remote", default=default.remote, low=0, high=1),
        minimum_age=entry.integer("minimum_age", default=default.minimum_age, low=18),
        youth=entry.flag("youth", default=default.youth),
        only_in=entry.texts("only_in", default=default.only_in),
        full_time_only=entry.flag("full_time_only", default=default.full_time_only),
        languages=(
            {code: languages.texts(code, empty=False) for code in languages.field_names()}
            if languages is not None
            else {}
        ),
        fixed_pay=(
            {code: _pay_range(fixed_pay, code) for code in fixed_pay.field_names()}
            if fixed_pay is not None
            else {}
        ),
    )
    for table in (languages, fixed_pay):
        if table is not None:
            table.finish()
    entry.finish()
    return template


def _pay_range(entry: _Entry, code: str) -> tuple[int, int]:
    low, high = entry.integers(code, count=2)
    if not 0 < low <= high:
        raise entry.error(f"{code} must be 0 < lowest <= highest, not {[low, high]}")
    return low, high


def _check_countries(families: tuple[Family, ...], jurisdictions: Mapping[str, object]) -> None:
    for family in families:
        for template in family.jobs + family.courses:
            for what, table in (
                ("languages", template.languages),
                ("fixed_pay", template.fixed_pay),
            ):
                unknown = [code for code in table if code not in jurisdictions]
                if unknown:
                    raise DemoTablesError(
                        f"{FAMILIES_FILE}: family {family.name!r} ({template.titles[0]!r}): "
                        f"{what} names {', '.join(unknown)}, not in {JURISDICTIONS_FILE}"
                    )


def _check_tags(families: tuple[Family, ...], places: Mapping[str, tuple[District, ...]]) -> None:
    """Tags a family or job looks for must be on some district: a misspelt one would only
    make the work land anywhere, silently."""
    tags = {tag for districts in places.values() for d in districts for tag in d.tags}
    for family in families:
        wanted = [(f"family {family.name!r} > places", family.places)] + [
            (f"family {family.name!r} ({t.titles[0]!r}) > only_in", t.only_in)
            for t in family.jobs + family.courses
        ]
        for where, names in wanted:
            unknown = [tag for tag in names if tag not in tags]
            if unknown:
                raise DemoTablesError(
                    f"{FAMILIES_FILE}: {where}: {', '.join(map(repr, unknown))} is on no "
                    f"district of {PLACES_FILE}"
                )


def _check_communities(
    jurisdictions: Mapping[str, Jurisdiction], places: Mapping[str, tuple[District, ...]]
) -> None:
    """A community named for speakers must live in some district of their jurisdiction:
    otherwise they would silently be placed anywhere."""
    for code, jurisdiction in jurisdictions.items():
        living = {c for district in places[code] for c in district.communities}
        for speakers in jurisdiction.speakers:
            if speakers.community and speakers.community not in living:
                raise DemoTablesError(
                    f"{JURISDICTIONS_FILE}: jurisdictions > {code} > speakers: community "
                    f"{speakers.community!r} lives in no district of {code} in {PLACES_FILE}"
                )


def _phrase_files(root: Traversable) -> dict[str, _Entry]:
    """Each ``phrases/<language>.toml``, in the order of their names."""
    directory = root / PHRASES_DIRECTORY
    if not directory.is_dir():
        raise DemoTablesError(f"{directory}: not found; the demo's phrases are in it")
    entries = sorted(directory.iterdir(), key=lambda entry: entry.name)
    return {
        entry.name.removesuffix(".toml"): _Entry.of_file(directory, entry.name)
        for entry in entries
        if entry.name.endswith(".toml") and entry.is_file()
    }


_FRAME_FIELDS: Final = {
    "one": {"me", "a"},
    "two": {"me", "a", "b"},
    "hope": {"me", "g", "why"},
}


def _frames(entry: _Entry) -> Frames:
    pronouns = entry.table("me") if "me" in entry else None
    frames = Frames(
        one=entry.formats("one", fields=_FRAME_FIELDS["one"]),
        two=entry.formats("two", fields=_FRAME_FIELDS["two"]),
        hope=entry.formats("hope", fields=_FRAME_FIELDS["hope"]),
        me=(
            {gender: pronouns.text(gender) for gender in pronouns.field_names()}
            if pronouns is not None
            else {}
        ),
    )
    if pronouns is not None:
        pronouns.finish()
    entry.finish()
    return frames


def _sayings(
    entry: _Entry, *, families: tuple[str, ...]
) -> dict[str, tuple[tuple[Saying, ...], tuple[Saying, ...]]]:
    said = {}
    for family in entry.field_names():
        if family not in families:
            raise entry.error(f"{family!r} is not a family of {FAMILIES_FILE}")
        of_family = entry.table(family)
        said[family] = (
            tuple(_saying(row) for row in of_family.tables("likes", empty=False)),
            tuple(_saying(row) for row in of_family.tables("hopes", empty=False)),
        )
        of_family.finish()
    missing = [family for family in families if family not in said]
    if missing:
        raise entry.error(f"nothing said for the families {', '.join(missing)}")
    entry.finish()
    return said


def _saying(entry: _Entry) -> Saying:
    text = entry.text("text")
    entry.where = f"{entry.where} ({text!r})"
    saying = Saying(concepts=entry.texts("concepts", empty=False), text=text)
    entry.finish()
    return saying


def _unique(entry: _Entry, key: str, names: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise entry.error(f"{key}: {what} {name!r} appears twice")
        seen.add(name)


# --- one table of a file, read field by field ------------------------------------------------


class _Entry:
    """One TOML table, read field by field; every error names the file and the entry.

    `finish` refuses fields nobody read, so a misspelt optional field ("nigth = 0.3") is an
    error rather than a silent default.
    """

    __slots__ = ("_read", "_source", "_table", "where")

    def __init__(self, source: str, where: str, table: object) -> None:
        self._source = source
        self.where = where
        if not isinstance(table, dict):
            raise self.error(f"expected a table, found {_kind(table)}")
        self._table: dict[str, object] = table
        self._read: set[str] = set()

    @classmethod
    def of_file(cls, directory: Traversable, name: str) -> _Entry:
        entry = directory / name
        if not entry.is_file():
            raise DemoTablesError(f"{entry}: not found; the demo generator needs it")
        try:
            document = tomllib.loads(entry.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise DemoTablesError(f"{entry}: not valid UTF-8 TOML: {error}") from error
        return cls(str(entry), "", document)

    def error(self, message: str) -> DemoTablesError:
        where = f"{self.where}: " if self.where else ""
        return DemoTablesError(f"{self._source}: {where}{message}")

    def __contains__(self, key: str) -> bool:
        return key in self._table

    def field_names(self) -> tuple[str, ...]:
        """Every field name, in the file's order (each counts as read)."""
        self._read.update(self._table)
        return tuple(self._table)

    def finish(self) -> None:
        unknown = [key for key in self._table if key not in self._read]
        if unknown:
            raise self.error(f"unknown field {', '.join(map(repr, unknown))}")

    def _value(self, key: str) -> object:
        self._read.add(key)
        if key not in self._table:
            raise self.error(f"{key!r} is missing")
        return self._table[key]

    def table(self, key: str) -> _Entry:
        return _Entry(self._source, self._inner(key), self._value(key))

    def tables(self, key: str, *, empty: bool = True) -> list[_Entry]:
        rows = self._value(key)
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise self.error(f"{key!r} must be an array of tables, not {_kind(rows)}")
        if not rows and not empty:
            raise self.error(f"{key!r} is empty")
        return [
            _Entry(self._source, f"{self._inner(key)}[{n}]", row)
            for n, row in enumerate(rows, start=1)
        ]

    def _inner(self, key: str) -> str:
        return f"{self.where} > {key}" if self.where else key

    def text(self, key: str, *, default: str | None = None) -> str:
        if default is not None and key not in self._table:
            self._read.add(key)
            return default
        value = self._value(key)
        if not isinstance(value, str):
            raise self.error(f"{key!r} must be a string, not {_kind(value)}")
        return value

    def texts(
        self, key: str, *, default: tuple[str, ...] | None = None, empty: bool = True
    ) -> tuple[str, ...]:
        if default is not None and key not in self._table:
            self._read.add(key)
            return default
        value = self._value(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error(f"{key!r} must be an array of non-empty strings, not {value!r}")
        if not value and not empty:
            raise self.error(f"{key!r} is empty")
        return tuple(value)

    def formats(self, key: str, *, fields: set[str]) -> tuple[str, ...]:
        """Non-empty strings whose ``{placeholders}`` are all among `fields`."""
        texts = self.texts(key, empty=False)
        for text in texts:
            try:
                used = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            except ValueError as error:
                raise self.error(f"{key!r}: {text!r}: {error}") from error
            unknown = used - fields
            if unknown:
                raise self.error(
                    f"{key!r}: {text!r} uses {', '.join(sorted(unknown))}; "
                    f"only {{{'}, {'.join(sorted(fields))}}} are filled in"
                )
        return texts

    def number(
        self,
        key: str,
        *,
        default: float | None = None,
        low: float | None = None,
        high: float | None = None,
        positive: bool = False,
        decimals: int | None = None,
    ) -> float:
        """A number as written (an integer stays one), within [low, high]."""
        if default is not None and key not in self._table:
            self._read.add(key)
            return default
        value = self._value(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"{key!r} must be a number, not {_kind(value)}")
        if low is not None and value < low:
            raise self.error(f"{key!r} must be at least {low}, not {value!r}")
        if high is not None and value > high:
            raise self.error(f"{key!r} must be at most {high}, not {value!r}")
        if positive and value <= 0:
            raise self.error(f"{key!r} must be above zero, not {value!r}")
        if decimals is not None and round(value, decimals) != value:
            raise self.error(f"{key!r} has more than {decimals} decimals: {value!r}")
        return value

    def numbers(self, key: str, *, count: int) -> tuple[float, ...]:
        value = self._value(key)
        if (
            not isinstance(value, list)
            or len(value) != count
            or any(isinstance(v, bool) or not isinstance(v, int | float) for v in value)
        ):
            raise self.error(f"{key!r} must be an array of {count} numbers, not {value!r}")
        return tuple(value)

    def integer(self, key: str, *, default: int | None = None, low: int | None = None) -> int:
        if default is not None and key not in self._table:
            self._read.add(key)
            return default
        value = self._value(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"{key!r} must be a whole number, not {_kind(value)}")
        if low is not None and value < low:
            raise self.error(f"{key!r} must be at least {low}, not {value}")
        return value

    def integers(
        self, key: str, *, count: int, default: tuple[int, ...] | None = None
    ) -> tuple[int, ...]:
        if default is not None and key not in self._table:
            self._read.add(key)
            return default
        value = self._value(key)
        if (
            not isinstance(value, list)
            or len(value) != count
            or any(isinstance(v, bool) or not isinstance(v, int) for v in value)
        ):
            raise self.error(f"{key!r} must be an array of {count} whole numbers, not {value!r}")
        return tuple(value)

    def flag(self, key: str, *, default: bool) -> bool:
        if key not in self._table:
            self._read.add(key)
            return default
        value = self._value(key)
        if not isinstance(value, bool):
            raise self.error(f"{key!r} must be true or false, not {_kind(value)}")
        return value

    def weights(self, *, known: tuple[str, ...] | None = None) -> Mapping[str, float]:
        """Every field a weight (zero or more), as floats; names among `known` if given."""
        weights = {key: float(self.number(key, low=0)) for key in self.field_names()}
        if known is not None:
            unknown = [key for key in weights if key not in known]
            if unknown:
                raise self.error(f"{', '.join(map(repr, unknown))}: no such family")
        return MappingProxyType(weights)

    def choice(self, key: str, names: Mapping[str, _T], what: str, *, default: _T) -> _T:
        if key not in self._table:
            self._read.add(key)
            return default
        return self._resolve(key, self.text(key), names, what)

    def choices(self, key: str, names: Mapping[str, _T], *, what: str) -> tuple[_T, ...]:
        return tuple(
            self._resolve(key, value, names, what) for value in self.texts(key, empty=False)
        )

    def _resolve(self, key: str, value: str, names: Mapping[str, _T], what: str) -> _T:
        if value not in names:
            raise self.error(f"{key!r}: {value!r} is not a {what} ({', '.join(names)})")
        return names[value]


def _kind(value: object) -> str:
    return {
        dict: "a table",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "an integer",
        float: "a number",
    }.get(type(value), type(value).__name__)
