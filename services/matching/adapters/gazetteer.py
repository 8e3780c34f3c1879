"""The gazetteer: the names of the world's countries and of their main cities in each
language of the vocabulary, from the Unicode CLDR as Babel ships it.

Countries are CLDR's territory names ("มาเลเซีย", "Nhật Bản", "馬來西亞"); cities are the
exemplar cities of the time zones, each in its zone's country ("Dubai", "กัวลาลัมเปอร์",
"吉隆坡"). Matching reads them only to tell where a job's text says its work is
(``Vocabulary.countries_worked_in``); names a language uses besides these ("UAE", "Nhật")
are in its file's ``[_countries]``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from functools import cache
from typing import Final

import babel
from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import get_timezone_location

__all__ = ["country_names", "gazetteer_fingerprint"]

#: The CLDR locales of a vocabulary language whose code is no CLDR locale of its own
#: (Filipino), or whose texts come in more than one script (Chinese: Hong Kong's
#: traditional characters, and the simplified ones of mainland texts). Any other language
#: is its own code's locale.
_LOCALES: Final = {"tl": ("fil",), "zh": ("zh_Hant_HK", "zh_Hans")}
#: Codes of CLDR territories that are no country one goes to work in: continents, unions,
#: pseudo-regions, Antarctica's stations.
_NOT_COUNTRIES: Final = frozenset({"AQ", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
_COUNTRY: Final = re.compile(r"[A-Z]{2}")


def country_names(languages: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """By language code, each country's names (ISO 3166 code -> its name and its cities'),
    for the languages CLDR knows; the others get none."""
    return {code: _names(code) for code in sorted(set(languages))}


def gazetteer_fingerprint(languages: Iterable[str]) -> str:
    """A hash of the names `country_names` gives: a new Babel release that renames a
    country changes the vocabulary's fingerprint, so job texts are read again."""
    names = country_names(languages)
    digest = hashlib.sha256(f"babel {babel.__version__}\n".encode())
    digest.update(json.dumps(names, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


@cache
def _names(code: str) -> dict[str, list[str]]:
    found: dict[str, set[str]] = {}
    for name in _LOCALES.get(code, (code,)):
        try:
            locale = Locale.parse(name)
        except (UnknownLocaleError, ValueError):
            continue
        for country, territory in locale.territories.items():
            if _COUNTRY.fullmatch(country) and country not in _NOT_COUNTRIES:
                found.setdefault(country, set()).add(territory)
        for zone, country in get_global("zone_territories").items():
            if country not in found or zone.startswith("Etc/"):
                continue
            try:
                city = get_timezone_location(zone, locale, return_city=True)
            except LookupError:
                continue
            found[country].add(city)
    return {country: sorted(names) for country, names in sorted(found.items())}
