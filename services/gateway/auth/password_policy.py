"""Which passwords the gateway accepts: NIST SP 800-63B (§3.1.1.2), checked with zxcvbn.

What 800-63B asks of a verifier, and how it is met here:

- **Length**: at least the configured minimum (``password_min_length``, 12 by default and
  never below 8), and at least 64 characters allowed (the API takes up to 1,024).
  Characters are Unicode code points after NFC, as 800-63B counts them.
- **No composition rules** ("one digit, one symbol") and no forced periodic change.
- **A blocklist** of commonly used, expected or compromised values: zxcvbn's frequency
  lists, shipped in the ``zxcvbn`` package from PyPI (4.5.0, pinned in ``pyproject.toml``;
  wheel sha256 ``2b6eed621612ce6d65e6e4c7455b966acee87d0280e257956b1f06ccc66bd5ff``, its
  ``frequency_lists.py`` sha256
  ``e7542100ba2abcdf12e3bbc3318f0429d9bf136014dcfe0b5f977b8ad4a13bb5``): the 30,000 most
  common passwords of leaked-password corpora, English Wikipedia words, film and TV
  words, first names and surnames; plus repetitive and sequential characters
  (``aaaaaaaaaaaa``, ``123456789012``, ``abcdefghijkl``), keyboard walks (``qwertyuiop12``)
  and **context words**: the username, its parts and the service's name (``pathways``).
  A password that contains the whole username or the service's name is refused outright;
  the username's parts (``sokha`` of ``sokha.officer``) count in the estimate below.

An exact "is it on the list" test misses the variants attackers try first
(``Password2024!`` is a listed password, a year and a symbol). So the test is zxcvbn's:
it splits the password into the cheapest sequence of those pieces (with l33t and reversed
spellings) and estimates how many guesses that sequence takes. Below
:data:`MIN_GUESSES` the password is refused, and the pieces that made it cheap become
the reasons. A password on the list is also refused as such (exact, any case).

Why 10^10 guesses (zxcvbn's top score, "strong protection from an offline slow-hash
attack"): the accounts here open the records of trafficking survivors. Online guessing
is stopped by the lock-out; what is left is someone holding a copy of the user store,
guessing against argon2id (one guess with the default parameters took 1.5 s on this
shared 2-core machine). At 1,000 guesses a second, a large cluster, 10^10 guesses take about
four months; 10^8 (zxcvbn's score 3) about a day. Long passphrases clear it easily
(``correct horse battery staple``: ~2·10^20).

Only the first :data:`ESTIMATED_PREFIX` characters are estimated: zxcvbn's matching grows
faster than quadratically (measured here: 72 characters ≤ 0.25 s, 256 characters 1-2 s,
1,024 characters 60-150 s), and 72 is the bound the library itself applies. Characters
past it can only add to the cost of guessing.

Pure: no I/O; zxcvbn is imported on first use (its lists take ~12 MB and ~0.15 s to load,
and most gateway processes never create a user).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from types import ModuleType
from typing import Any

__all__ = [
    "ESTIMATED_PREFIX",
    "MIN_GUESSES",
    "SERVICE_WORDS",
    "PasswordPolicy",
    "Weakness",
    "context_words",
]

#: Fewest guesses an accepted password may take (zxcvbn's score 4).
MIN_GUESSES = 1e10
#: How many leading characters the estimate looks at (zxcvbn's own ``max_length``).
ESTIMATED_PREFIX = 72
#: Words every user of this service might reach for.
SERVICE_WORDS: tuple[str, ...] = ("pathways",)
#: Parts of a username kept as context words: letter runs this long or longer.
_USERNAME_PART = re.compile(r"[^\W\d_]{3,}")
#: Shortest username or service word refused wherever it appears in a password.
_MIN_CONTEXT_WORD = 3


class Weakness(StrEnum):
    """Why a password was refused; each has one fixed sentence (never the password)."""

    TOO_SHORT = "too_short"
    COMMON = "common"
    CONTEXT = "context"
    REPEATED = "repeated"
    SEQUENTIAL = "sequential"
    GUESSABLE = "guessable"

    def explain(self, *, min_length: int) -> str:
        if self is Weakness.TOO_SHORT:
            return f"the password must have at least {min_length} characters"
        return _EXPLANATIONS[self]


_EXPLANATIONS: Mapping[Weakness, str] = {
    Weakness.COMMON: "the password is, or is built from, a commonly used or leaked password",
    Weakness.CONTEXT: "the password contains the username, a part of it or the service's name",
    Weakness.REPEATED: "the password repeats a character or a short pattern",
    Weakness.SEQUENTIAL: (
        "the password is built from a sequence (abc, 123) or a keyboard pattern (qwerty)"
    ),
    Weakness.GUESSABLE: (
        "the password is built from common words, names or dates and is easy to guess"
    ),
}

#: zxcvbn's pattern (and, for dictionary matches, list) → the reason it makes a password weak.
_PATTERN_WEAKNESS: Mapping[str, Weakness] = {
    "repeat": Weakness.REPEATED,
    "sequence": Weakness.SEQUENTIAL,
    "spatial": Weakness.SEQUENTIAL,
}
_DICTIONARY_WEAKNESS: Mapping[str, Weakness] = {
    "passwords": Weakness.COMMON,
    "user_inputs": Weakness.CONTEXT,
}


@dataclass(frozen=True, slots=True)
class PasswordPolicy:
    """The rule every new password passes: at the API, in the CLI and in the directory."""

    min_length: int = 12
    min_guesses: float = MIN_GUESSES
    service_words: tuple[str, ...] = SERVICE_WORDS

    def weaknesses(self, password: str, *, username: str) -> tuple[Weakness, ...]:
        """Why ``password`` is refused for ``username``; empty when it is accepted."""
        password = unicodedata.normalize("NFC", password)
        username = unicodedata.normalize("NFC", username).strip().lower()
        if len(password) < self.min_length:
            return (Weakness.TOO_SHORT,)
        found: set[Weakness] = set()
        lowered = password.lower()
        whole = [username, *(word.lower() for word in self.service_words)]
        if any(len(word) >= _MIN_CONTEXT_WORD and word in lowered for word in whole):
            found.add(Weakness.CONTEXT)
        if _is_listed(lowered):
            found.add(Weakness.COMMON)
        # The username and its parts are known to whoever guesses: the rest of the password
        # must be hard to guess on its own (else "Officer!Sokha99" would pass for
        # sokha.officer, zxcvbn charging each extra piece as if its kind were unknown).
        context = context_words(username, service_words=self.service_words)
        rest = _without(password, words=context)
        estimate = _estimate(rest[:ESTIMATED_PREFIX], context=context)
        if estimate.guesses < self.min_guesses:
            named = {weakness for piece in estimate.pieces if (weakness := _weakness_of(piece))}
            if rest != password:
                named.add(Weakness.CONTEXT)
            found |= named or {Weakness.GUESSABLE}
        return tuple(weakness for weakness in Weakness if weakness in found)

    def explain(self, weaknesses: Iterable[Weakness]) -> list[str]:
        """The fixed sentences for ``weaknesses``, in order."""
        return [weakness.explain(min_length=self.min_length) for weakness in weaknesses]


def context_words(username: str, *, service_words: Iterable[str] = SERVICE_WORDS) -> list[str]:
    """The username, its letter runs of three or more, and the service's words; lower case
    (zxcvbn matches dictionaries against the lower-cased password)."""
    lowered = username.strip().lower()
    words = [lowered, *_USERNAME_PART.findall(lowered), *(w.lower() for w in service_words)]
    return list(dict.fromkeys(word for word in words if word))


def _without(password: str, *, words: Iterable[str]) -> str:
    """``password`` with every occurrence of ``words`` taken out (any case), longest first."""
    rest = password
    for word in sorted(words, key=len, reverse=True):
        rest = re.sub(re.escape(word), "", rest, flags=re.IGNORECASE)
    return rest


def _is_listed(lowered: str) -> bool:
    matching, _scoring = _zxcvbn()
    return lowered in matching.RANKED_DICTIONARIES["passwords"]


@dataclass(frozen=True, slots=True)
class _Estimate:
    guesses: float
    pieces: tuple[Mapping[str, Any], ...]


def _estimate(password: str, *, context: list[str]) -> _Estimate:
    if not password:
        return _Estimate(guesses=1.0, pieces=())
    matching, scoring = _zxcvbn()
    # zxcvbn.zxcvbn() puts the context words into the library's module-level dictionaries,
    # which threads share (the gateway runs routes in a thread pool): one request's username
    # would leak into another's estimate. The same two steps, with dictionaries of our own.
    dictionaries = {
        **matching.RANKED_DICTIONARIES,
        "user_inputs": matching.build_ranked_dict(context),
    }
    matches = matching.omnimatch(password, dictionaries)
    result = scoring.most_guessable_match_sequence(password, matches)
    return _Estimate(guesses=float(result["guesses"]), pieces=tuple(result["sequence"]))


def _weakness_of(piece: Mapping[str, Any]) -> Weakness | None:
    pattern = piece.get("pattern")
    if pattern == "dictionary":
        name = str(piece.get("dictionary_name"))
        return _DICTIONARY_WEAKNESS.get(name, Weakness.GUESSABLE)
    if pattern in ("date", "regex"):  # regex: zxcvbn's "recent year"
        return Weakness.GUESSABLE
    return _PATTERN_WEAKNESS.get(str(pattern))


@cache
def _zxcvbn() -> tuple[ModuleType, ModuleType]:
    from zxcvbn import matching, scoring  # type: ignore[import-untyped]

    return matching, scoring
