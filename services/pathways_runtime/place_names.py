"""Place names compared as people type them, in every service alike.

A district is a name typed by a person (an officer for a survivor's residence, a facilitator
for where a group meets), so one place arrives as "Bang Rak", "bang rak" or "Bang-Rak", and
"ขอนแก่น" with or without its tone mark. Two names fold alike when they differ only in
those ways: the gateway looks districts up in its gazetteer by the folded name, and peer
groups place a survivor in an in-person group when their districts fold alike.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold_name", "place_key"]


#: Letters that carry their mark inside them (no combining mark to drop), folded as the
#: letter people type without it: Vietnamese "Đà Lạt" is typed "Da Lat". Some sources
#: write the capital with the Icelandic eth, which looks the same ("Ðông Hà", in GeoNames).
_STROKED = str.maketrans({"đ": "d", "ð": "d"})


def fold_name(name: str) -> str:
    """Case, accents, spacing and punctuation do not matter: ``Phnom-Penh`` = ``phnom penh``.

    Combining marks go too, so Thai tone marks and Khmer vowel signs need not be typed
    exactly: ``ขอนแก่น`` and ``ขอนแกน`` fold alike; and so does Vietnamese đ (``Thủ Đức`` =
    ``Thu Duc``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_STROKED))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in kept).split()
    return " ".join(words)


def place_key(country: str, district: str) -> tuple[str, str]:
    """A district in its country as compared: the country's code in capitals, the name
    folded (:func:`fold_name`); ``("", "")`` for no place."""
    return (country.strip().upper(), fold_name(district))
