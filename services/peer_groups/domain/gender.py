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
  a mistyped letter would shut a woman out of her group. A word spelt out letter by letter
  ("M a l e") is read as the word.
- The words of the seven languages Pathways works in are read as well (a Thai officer writes
  ``ชาย``, a Vietnamese one ``nam``), each only as the whole recorded text.
- Before that comparison, what only annotates the word is set aside: anything in brackets
  (``"Male (he/him)"``) and a polite ending as officers type it after the word (Thai ค่ะ,
  ครับ; Filipino po; Vietnamese ạ; Burmese ပါ; Cantonese 呀), so ``"ผู้ชายค่ะ"`` reads as
  ผู้ชาย; so are a statement that it is the person's own before the word ("I am a man",
  "Gender: male") and an age after it ("male, 30"). Pronouns alone are not read (a woman or
  a non-binary person may use any).

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
        "ယောက်ျား",
        "ယောက်ျားလေး",
        "ကျားလေး",
        # Vietnamese
        "nam",
        "nam giới",
        "đàn ông",
        "con trai",
        "trai",
        "phái nam",
        "giới tính nam",
        # Filipino
        "lalaki",
        "lalake",
        "binata",
        # Chinese, Mandarin and Cantonese
        "男",
        "男性",
        "男人",
        "男子",
        "男生",
        "男士",
        "男孩",
        "男孩子",
        "男仔",
        # The region's neighbours the console offers (Lao, Malay, Indonesian), and what an
        # officer may type from another language or as a title (session 37's probe).
        "ຊາຍ",
        "ຜູ້ຊາຍ",
        "ເພດຊາຍ",
        "lelaki",
        "laki laki",
        "pria",
        "homme",
        "masculin",
        "hombre",
        "masculino",
        "mr",
        "mister",
    }
)

#: Polite endings typed after the word, set aside before the comparison ("ผู้ชายค่ะ").
_POLITE_ENDINGS: Final = ("ค่ะ", "คะ", "ครับ", "นะคะ", "นะครับ", " po", " ạ", "ပါ", "呀", "啊")

_BRACKETED = re.compile(r"\([^)]*\)|（[^）]*）|\[[^\]]*\]")

_SEPARATORS = re.compile(r"[\s_\-]+")


def _folded(text: str) -> str:
    # NFKC folds full-width letters; casefold, then NFC again so that Vietnamese
    # diacritics compare as the list writes them.
    folded = unicodedata.normalize("NFKC", text).casefold()
    return unicodedata.normalize("NFC", _SEPARATORS.sub(" ", folded).strip(" ."))


#: What may come before the word and only says it is the person's own ("I am a man",
#: "Gender: male", "identifies as male").
_STATED_AS = re.compile(
    r"^(?:(?:gender|sex)\s*:?\s*|(?:i am|i'm|im|she is|he is|they are|identifies as|"
    r"identify as)\s+(?:an?\s+)?)"
)
#: An age after the word ("male, 30", "man 45 years old").
_AGE_AFTER = re.compile(r"[\s,;/]*\d+\s*(?:years?(?:\s+old)?|yrs?|y/?o)?\s*$")
#: A word spelt out letter by letter ("m a l e").
_SPELT_OUT = re.compile(r"^(?:\w )+\w$")


def _word_alone(folded: str) -> str:
    """The recorded word without what only annotates it: brackets, a polite ending, a
    statement that it is the person's own before it, an age after it; and joined when
    spelt out letter by letter (session 37's probe: "I am a man", "male, 30", "M a l e")."""
    word = _BRACKETED.sub(" ", folded)
    word = _SEPARATORS.sub(" ", word).strip(" .,")
    if _SPELT_OUT.match(word):
        word = word.replace(" ", "")
    word = _AGE_AFTER.sub("", _STATED_AS.sub("", word)).strip(" .,")
    for ending in sorted(_POLITE_ENDINGS, key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending):
            word = word[: -len(ending)].strip(" .,")
            break
    return word


def records_a_man(gender: str) -> bool:
    """Whether a recorded gender says the person is a man (False when none is recorded or
    the self-description cannot be read: see the module docstring)."""
    folded = _folded(gender)
    return folded in MAN_SELF_DESCRIPTIONS or _word_alone(folded) in MAN_SELF_DESCRIPTIONS
