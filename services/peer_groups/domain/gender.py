"""Reading a survivor's recorded gender for the one rule that needs it: a women-only group.

Gender is optional and self-described. Matching keeps it as the officer recorded it with the
survivor (free text, NFC, trimmed; the gateway takes up to 64 characters), the demo records
``"woman"``, ``"man"``, ``"non_binary"`` or ``""``, and people also write "trans woman",
"Male" or words of their own language. A group focused on women is for women: whoever
chose that focus (``peer_group_focuses``) takes part only if their recorded gender does not
say they are a man, because a focus chosen by mistake (or on purpose) must not put a man
among women survivors, for many of whom a women-only space is what makes a group safe.

Why only an explicit conflict is refused, and how it is read:

- Nobody is excluded for what is *not* there. No recorded gender (``""``, the survivor
  preferred not to say, or a pool document written before peer groups kept gender) and a
  self-description this module cannot read (a language or a wording not listed here,
  "non_binary", "genderqueer") leave the survivor's own choice of focus standing: the focus
  they chose with their officer is then the whole rule, as it was. Guessing would shut out
  exactly the people least well described by a list of words.
- What is refused is the whole recorded text naming a man, compared after folding case,
  width and separators (``"Man"``, ``" MALE "``, ``"trans_man"``): never a word found
  *inside* the text, because "woman" and "trans woman" contain "man", and "man and woman"
  or "human" say no such thing.
- A trans man is a man and is refused like any man; a trans woman is a woman and is not.
- Single letters ("m", "f") are not read: an abbreviation is not an explicit statement, and
  a mistyped letter would shut a woman out of her group.
- The words of the seven languages Pathways works in are read as well (a Thai officer writes
  ``ชาย``, a Vietnamese one ``nam``), each only as the whole recorded text.

Pure, so it can be tested in microseconds and corrected in one place: the pool keeps the
self-description itself (sealed), not a verdict, so a word added here applies to everyone
at once, without waiting for each survivor's next update.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["MAN_SELF_DESCRIPTIONS", "records_a_man"]

#: Recorded genders that say the person is a man, as ``_folded`` writes them.
MAN_SELF_DESCRIPTIONS: Final = frozenset(
    {
        # English
        "man",
        "male",
        "boy",
        "trans man",
        "transman",
        "trans male",
        "transgender man",
        "transgender male",
        "cis man",
        "cis male",
        "cisgender man",
        "cisgender male",
        # Thai
        "ชาย",
        "ผู้ชาย",
        "เพศชาย",
        # Khmer
        "ប្រុស",
        "បុរស",
        "ភេទប្រុស",
        # Burmese
        "ကျား",
        "အမျိုးသား",
        # Vietnamese
        "nam",
        "nam giới",
        "đàn ông",
        # Filipino
        "lalaki",
        "lalake",
        # Chinese
        "男",
        "男性",
        "男人",
    }
)

_SEPARATORS = re.compile(r"[\s_\-]+")


def _folded(text: str) -> str:
    # NFKC folds full-width letters; casefold, then NFC again so that Vietnamese
    # diacritics compare as the list writes them.
    folded = unicodedata.normalize("NFKC", text).casefold()
    return unicodedata.normalize("NFC", _SEPARATORS.sub(" ", folded).strip(" ."))


def records_a_man(gender: str) -> bool:
    """Whether a recorded gender says the person is a man (False when none is recorded or
    the self-description cannot be read: see the module docstring)."""
    return _folded(gender) in MAN_SELF_DESCRIPTIONS
