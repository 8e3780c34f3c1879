"""The vocabulary of sectors, interests and skills, read from the gateway and kept a while.

Forms offer concepts as choices (their labels in the reader's language; the concept ids are
what is posted), and employers' and facilitators' pages show labels, never ids. The gateway
answers ``GET /v1/vocabulary`` with every concept and its labels in all seven languages at
once, so one copy serves every language. It holds no personal data and every role may read
it, so one copy per process serves every session: :class:`VocabularyCache` keeps it for
:data:`FRESH_S` (the gateway's ``max-age``), then asks again with ``If-None-Match`` (a 304
costs no body). If the gateway cannot answer, the copy in hand is used a little longer
rather than failing every form.

:class:`Vocabulary` and its choice builders are pure (tested alone); the cache is the only
part doing I/O, through the signed-in session's :class:`~console.gateway_client.SessionCaller`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from console.gateway_client import GatewayProblem, SessionCaller
from console.web import Page, signed_in

__all__ = [
    "FRESH_S",
    "REGISTRATION_KINDS",
    "SKILL_KINDS",
    "Choice",
    "ChoiceGroup",
    "Concept",
    "Vocabulary",
    "VocabularyCache",
    "cache_of",
    "labeller",
    "of_page",
    "of_page_if_reachable",
    "registration_choices",
]

#: How long a copy is used before asking the gateway again: its ``Cache-Control: max-age``
#: (``gateway.api.vocabulary.routes.CACHE_SECONDS``).
FRESH_S = 300.0
#: After a failed refresh, the copy in hand is used this long before trying again.
RETRY_S = 30.0
#: The console's language tags → the vocabulary's label languages. The console's Chinese is
#: Hong Kong's Traditional: matching writes its Simplified ``zh`` labels as ``zh-Hant`` too.
LABEL_LANGUAGE: Mapping[str, str] = {
    "en": "en",
    "km": "km",
    "my": "my",
    "th": "th",
    "vi": "vi",
    "fil": "tl",
    "zh-Hant": "zh-Hant",
}
#: Concepts offered as skills (what a job asks for, a course teaches, a person has): skills,
#: and activities (cooking, sewing, driving...) that are skills too.
SKILL_KINDS = ("skill", "interest")
#: The survivor registration's concept fields and the kinds each offers. Sectors to avoid
#: offer sectors: avoiding one keeps away everything under it.
REGISTRATION_KINDS: Mapping[str, tuple[str, ...]] = {
    "interest_tags": ("interest", "sector"),
    "skills": SKILL_KINDS,
    "sectors_to_avoid": ("sector",),
}
#: Where the process's cache lives on ``app.state`` (tests may put one there first).
STATE_KEY = "console_vocabulary"


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    kind: str
    labels: Mapping[str, str]
    broader: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        """The label in the console language ``language``, else in its base language
        (``zh-Hant`` → ``zh``, from a matching without Traditional labels), else English,
        else the id."""
        wanted = LABEL_LANGUAGE.get(language, language)
        return (
            self.labels.get(wanted)
            or self.labels.get(wanted.split("-")[0])
            or self.labels.get("en")
            or self.id
        )


@dataclass(frozen=True, slots=True)
class Choice:
    """One concept offered in a form: the id posted, the label shown (and its English
    label, ``also``, which a list's filter box matches too, when the reader's is not)."""

    id: str
    label: str
    also: str = ""


@dataclass(frozen=True, slots=True)
class ChoiceGroup:
    """Options of a ``<select>``: an ``<optgroup>`` when ``label`` is set, else plain."""

    label: str | None
    choices: tuple[Choice, ...]


def _sorted(choices: Iterable[Choice]) -> list[Choice]:
    return sorted(choices, key=lambda choice: (choice.label.casefold(), choice.id))


class Vocabulary:
    """One version of the vocabulary (pure: no I/O)."""

    def __init__(self, version: str, concepts: Iterable[Concept]) -> None:
        self.version = version
        self._by_id = {concept.id: concept for concept in concepts}

    @classmethod
    def of(cls, body: Any) -> Vocabulary:
        """The gateway's JSON answer; entries that are not well-formed are left out."""
        if not isinstance(body, Mapping):
            raise ValueError("the vocabulary answer is not an object")
        concepts = []
        for item in body.get("concepts") or ():
            if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
                continue
            labels = item.get("labels")
            concepts.append(
                Concept(
                    id=item["id"],
                    kind=str(item.get("kind", "")),
                    labels={str(k): str(v) for k, v in (labels or {}).items() if isinstance(v, str)}
                    if isinstance(labels, Mapping)
                    else {},
                    broader=tuple(str(b) for b in item.get("broader") or ()),
                )
            )
        return cls(str(body.get("version", "")), concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._by_id

    def __len__(self) -> int:
        return len(self._by_id)

    def label(self, concept_id: str, language: str) -> str:
        """The concept's label; an id the vocabulary no longer knows is shown as it is."""
        concept = self._by_id.get(concept_id)
        return concept.label(language) if concept is not None else concept_id

    def labels(self, concept_ids: Iterable[str], language: str) -> list[str]:
        return [self.label(concept_id, language) for concept_id in concept_ids]

    def choices(
        self, kinds: Iterable[str], language: str, *, keep: Iterable[str] = ()
    ) -> list[Choice]:
        """Concepts of ``kinds`` by label; ids in ``keep`` (already chosen) stay offered even
        when they are of another kind or no longer known, so editing never drops them."""
        wanted = set(kinds)
        found = {
            concept.id: Choice(
                concept.id,
                concept.label(language),
                "" if language == "en" else concept.label("en"),
            )
            for concept in self._by_id.values()
            if concept.kind in wanted
        }
        for concept_id in keep:
            if concept_id and concept_id not in found:
                found[concept_id] = Choice(concept_id, self.label(concept_id, language))
        return _sorted(found.values())

    def sector_groups(self, language: str, *, keep: Iterable[str] = ()) -> list[ChoiceGroup]:
        """Sectors for a ``<select>``, by label: a sector with narrower sectors becomes a
        group holding itself first (so the whole sector can still be chosen), then them."""
        sectors = {c.id: c for c in self._by_id.values() if c.kind == "sector"}
        children: dict[str, list[Choice]] = {}
        top: list[Concept] = []
        for concept in sectors.values():
            parents = [b for b in concept.broader if b in sectors]
            if parents:
                for parent in parents:
                    children.setdefault(parent, []).append(
                        Choice(concept.id, concept.label(language))
                    )
            else:
                top.append(concept)
        groups = []
        for concept in top:
            own = Choice(concept.id, concept.label(language))
            narrower = children.get(concept.id)
            if narrower:
                groups.append(ChoiceGroup(own.label, (own, *_sorted(narrower))))
            else:
                groups.append(ChoiceGroup(None, (own,)))
        offered = {choice.id for group in groups for choice in group.choices}
        for concept_id in keep:
            if concept_id and concept_id not in offered:
                label = self.label(concept_id, language)
                groups.append(ChoiceGroup(None, (Choice(concept_id, label),)))
        return sorted(groups, key=lambda g: (g.choices[0].label.casefold(), g.choices[0].id))


class VocabularyCache:
    """The process's copy of the vocabulary (thread-safe; one fetch at a time)."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        fresh_s: float = FRESH_S,
        retry_s: float = RETRY_S,
    ) -> None:
        self._clock = clock
        self._fresh_s = fresh_s
        self._retry_s = retry_s
        self._lock = threading.Lock()
        self._current: Vocabulary | None = None
        self._checked_at = 0.0

    def get(self, caller: SessionCaller) -> Vocabulary:
        """The vocabulary, fetched with ``caller`` when the copy in hand is too old."""
        with self._lock:
            now = self._clock()
            current = self._current
            if current is not None and now - self._checked_at < self._fresh_s:
                return current
            headers = {"If-None-Match": f'"{current.version}"'} if current else None
            try:
                body = caller.call("GET", "/v1/vocabulary", headers=headers)
            except GatewayProblem as problem:
                if current is None:
                    raise
                if problem.status == 304:
                    self._checked_at = now
                else:
                    self._checked_at = now - self._fresh_s + self._retry_s
                return current
            except httpx.HTTPError:
                if current is None:
                    raise
                self._checked_at = now - self._fresh_s + self._retry_s
                return current
            self._current = Vocabulary.of(body)
            self._checked_at = now
            return self._current


_creating = threading.Lock()


def cache_of(state: Any) -> VocabularyCache:
    """The cache kept on an application's ``state`` (made on first use)."""
    with _creating:
        found = getattr(state, STATE_KEY, None)
        if not isinstance(found, VocabularyCache):
            found = VocabularyCache()
            setattr(state, STATE_KEY, found)
        return found


def of_page(p: Page) -> Vocabulary:
    """The vocabulary for a page of a signed-in user."""
    return cache_of(p.request.app.state).get(signed_in(p))


def of_page_if_reachable(p: Page) -> Vocabulary | None:
    """The vocabulary, or None when the gateway cannot give it now: pages that only show
    labels still show what they have rather than fail (forms need it and use :func:`of_page`)."""
    try:
        return of_page(p)
    except (GatewayProblem, httpx.HTTPError):
        return None


def labeller(p: Page) -> Callable[[Iterable[str]], list[str]]:
    """Concept ids → their labels in the reader's language, for templates (the ids as they
    are while the vocabulary is out of reach)."""
    found = of_page_if_reachable(p)
    language = p.t.language.tag

    def labels(concept_ids: Iterable[str]) -> list[str]:
        ids = [str(i) for i in concept_ids or ()]
        return found.labels(ids, language) if found is not None else ids

    return labels


def registration_choices(p: Page, chosen: Mapping[str, Iterable[str]]) -> dict[str, list[Choice]]:
    """The registration form's lists, in the reader's language (``chosen`` stay offered)."""
    found = of_page(p)
    language = p.t.language.tag
    return {
        name: found.choices(kinds, language, keep=chosen.get(name, ()))
        for name, kinds in REGISTRATION_KINDS.items()
    }
