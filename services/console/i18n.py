"""Seven languages from Babel message catalogs; CLDR formats for dates and numbers.

Catalogs are the ``.po`` files under ``locales/``, compiled in memory at start-up (no build
step). Thai dates use the Gregorian calendar (Babel's ``th`` locale; Thai month names and
digits-as-written by CLDR); the Buddhist Era is not applied, so a date reads the same year
in every language of a shared case.

Times follow each language's own clock. CLDR's Khmer patterns are a 12-hour clock with
Latin "AM"/"PM" (it has no Khmer words for them), which reads as English inside Khmer
text; Khmer times use a 24-hour clock instead, as Burmese, Thai and Vietnamese do in CLDR.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from babel import Locale
from babel.dates import (
    format_date,
    format_datetime,
    format_time,
    get_date_format,
    get_datetime_format,
    get_day_names,
)
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent, get_currency_name
from babel.support import Translations

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Catalogs", "Language", "negotiate"]

LOCALES_DIR = Path(__file__).parent / "locales"


@dataclass(frozen=True)
class Language:
    """One interface language: its tag (HTML ``lang``), catalog and CLDR locale."""

    tag: str
    catalog: str
    cldr: str
    #: Its own name, in its own script: what the language switch shows.
    endonym: str
    #: Times on a 24-hour clock where CLDR's own pattern would write Latin AM/PM.
    twenty_four_hour: bool = False


LANGUAGES: Mapping[str, Language] = {
    lang.tag: lang
    for lang in (
        Language("en", "en", "en", "English"),
        Language("km", "km", "km", "ខ្មែរ", twenty_four_hour=True),
        Language("my", "my", "my", "မြန်မာ"),
        Language("th", "th", "th", "ไทย"),
        Language("vi", "vi", "vi", "Tiếng Việt"),
        Language("fil", "fil", "fil", "Filipino"),
        Language("zh-Hant", "zh_Hant", "zh_Hant_HK", "繁體中文"),
    )
}
DEFAULT_LANGUAGE = "en"


def negotiate(accept_language: str | None) -> str:
    """The first supported language of an ``Accept-Language`` header, else English."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip()
        if not tag:
            continue
        lowered = tag.lower()
        if lowered.startswith("zh") and ("hant" in lowered or lowered[-2:] in {"hk", "tw", "mo"}):
            return "zh-Hant"
        primary = lowered.split("-")[0]
        if primary == "tl":
            return "fil"
        if primary in LANGUAGES:
            return primary
    return DEFAULT_LANGUAGE


class Catalogs:
    """Every language's translations, loaded once."""

    def __init__(self, directory: Path = LOCALES_DIR) -> None:
        self._translations: dict[str, Translations] = {}
        for tag, language in LANGUAGES.items():
            if language.catalog == "en":
                self._translations[tag] = Translations()  # English msgids are the text
                continue
            path = directory / language.catalog / "LC_MESSAGES" / "messages.po"
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=language.cldr)
            compiled = io.BytesIO()
            write_mo(compiled, catalog)
            compiled.seek(0)
            self._translations[tag] = Translations(fp=compiled)

    def for_language(self, tag: str) -> Translator:
        return Translator(LANGUAGES[tag], self._translations[tag])


class Translator:
    """What a page needs to speak one language: gettext and CLDR formats."""

    def __init__(self, language: Language, translations: Translations) -> None:
        self.language = language
        self._translations = translations
        self._locale = Locale.parse(language.cldr)

    def gettext(self, message: str, **values: object) -> str:
        text = self._translations.gettext(message)
        return text.format(**values) if values else text

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        text = self._translations.ngettext(singular, plural, n)
        return text.format(n=n, **values)

    def date(self, value: datetime | str | None) -> str:
        moment = _parse(value)
        return format_date(moment, "medium", locale=self._locale) if moment else ""

    def datetime(self, value: datetime | str | None) -> str:
        moment = _parse(value)
        if moment is None:
            return ""
        if self.language.twenty_four_hour:
            pattern = (
                str(get_datetime_format("medium", locale=self._locale))
                .replace("{1}", get_date_format("medium", locale=self._locale).pattern)
                .replace("{0}", _TWENTY_FOUR_HOUR["medium"])
            )
            return format_datetime(moment, pattern, locale=self._locale)
        return format_datetime(moment, "medium", locale=self._locale)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self._locale)

    def percent(self, value: float) -> str:
        return format_percent(value, locale=self._locale)

    def language_name(self, code: str) -> str:
        """A language tag's name in the reader's language (CLDR), else the tag itself.

        ``tl`` (what matching calls Filipino) is named as Filipino, which CLDR names in
        every locale here, where it lacks Tagalog in some (Khmer, Burmese)."""
        return str(self._locale.languages.get("fil" if code == "tl" else code) or code)

    def country_name(self, code: str) -> str:
        """An ISO 3166 country code's name in the reader's language (CLDR), else the code."""
        return str(self._locale.territories.get(code) or code)

    def currency_name(self, code: str) -> str:
        """An ISO 4217 code's name in the reader's language (CLDR), else the code."""
        return str(get_currency_name(code, locale=self._locale) or code)

    def weekday(self, day_of_week: int) -> str:
        """1 = Monday … 7 = Sunday (ISO, as the API counts), in the reader's language."""
        if not 1 <= day_of_week <= 7:
            return str(day_of_week)
        return str(get_day_names("wide", locale=self._locale)[day_of_week - 1])

    def minute_of_day(self, minute: int) -> str:
        """A meeting's start (minutes after midnight) as the locale writes a time."""
        hour, rest = divmod(max(0, min(minute, 1439)), 60)
        width = _TWENTY_FOUR_HOUR["short"] if self.language.twenty_four_hour else "short"
        return format_time(time(hour, rest), width, locale=self._locale)


#: The 24-hour time patterns (CLDR's skeletons Hms and Hm) for a language flagged so.
_TWENTY_FOUR_HOUR = {"medium": "H:mm:ss", "short": "H:mm"}


def _parse(value: datetime | str | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
