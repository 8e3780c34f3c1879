"""Chinese written in Traditional and in Simplified characters, converted with OpenCC.

Chinese in Pathways is mostly Hong Kong's, written in Traditional characters, while the
vocabulary's Chinese terms and labels are written once, in Simplified. OpenCC's dictionaries
(the field's reference, shipped inside the ``opencc`` wheel) convert between the two:
``hk2s`` reads Hong Kong Traditional (and the standard Traditional forms) as Simplified,
phrase by phrase where one character has several Simplified forms (頭髮 -> 头发, 乾洗 -> 干洗);
``s2hk`` writes Simplified as Hong Kong Traditional (美发 -> 美髮, 卫生 -> 衞生). A language
file names the conversions it wants (``_meta.opencc`` and ``_meta.opencc_labels`` in
``zh.toml``); see ``matching/vocabulary/README.md``.

Cost, measured on a 2-core development machine: building a converter reads its dictionaries
once per process (``hk2s`` about 5 ms; ``s2hk`` about 0.2 s, for its large phrase
dictionary), then converting costs about 0.1 to 0.3 µs per character, a tenth of what
matching the converted text against the vocabulary costs; a text without Chinese characters
is never converted. Converters are kept for the life of the process and shared between
threads (OpenCC's conversion only reads its dictionaries; 4 threads converting at once gave
the same results as one).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

__all__ = ["available", "converter"]


def available() -> frozenset[str]:
    """The names of OpenCC's conversions (``hk2s``, ``s2hk``, ``t2s``, ``tw2s``...)."""
    import opencc  # here, not at import: the package lists its data directory when imported

    return frozenset(name.removesuffix(".json") for name in opencc.CONFIGS)


@functools.cache
def converter(name: str) -> Callable[[str], str]:
    """The OpenCC conversion called ``name``, built once per process.

    Raises ``ValueError`` for a name OpenCC does not have. Characters that OpenCC maps to
    forms fonts often lack (its "tofu risk" dictionaries) are left as they are.
    """
    if name not in available():
        raise ValueError(f"{name!r} is not one of OpenCC's conversions: {sorted(available())}")
    import opencc

    conversion = opencc.OpenCC(name, include_tofu_risk_dictionaries=False)

    def convert(text: str) -> str:
        # OpenCC reads UTF-8 and stops at a NUL: the text is converted NUL by NUL, and a
        # lone surrogate (which UTF-8 cannot hold) is read as "?", so nothing after either
        # is lost and no text makes the conversion fail.
        if "\x00" in text:
            return "\x00".join(map(convert, text.split("\x00")))
        try:
            return str(conversion.convert(text))
        except UnicodeEncodeError:
            return str(conversion.convert(text.encode("utf-8", "replace").decode("utf-8")))

    return convert
