"""Burmese typed in Zawgyi, read as the Unicode Burmese the vocabulary is written in.

Zawgyi is a font encoding that Myanmar's phones and computers used for most Burmese text
until the 2019 switch to Unicode, and many still do. It puts the same letters on the same
code points in another order and with other meanings (the asat is U+1039, the medial ya
U+103A; the vowel sign E is typed before its consonant), so a survivor's words typed in
Zawgyi would match no Burmese term at all, silently. Free text that reads as Zawgyi is
converted before anything else reads it:

- Google's detector (``myanmartools``, its trained model shipped in the wheel) gives the
  probability that a text is Zawgyi. Only a text with at least ``ZAWGYI_AT_LEAST`` is
  converted. Measured on the 155 Burmese phrases of ``bench/eval_languages.py``: each
  phrase as written scored at most 1.3e-9, and each phrase in Zawgyi at least 0.9999999991.
  Of the 1,090 Burmese terms of ``my.toml``, the highest score was 0.98 (a short place name):
  below the threshold, so left as written.
- ICU's ``Zawgyi-my`` transform (PyICU) converts it: the conversion the detector's authors
  recommend. It gave back 148 of those 155 phrases exactly; the other seven hold "အလှပြင်"
  (beauty), whose medial ha before a medial ra the transform places on the wrong
  consonant.

Cost, measured on a 2-core development machine: a text without a Burmese letter is only
searched for one (a regular expression); a Burmese text of 240 characters takes about
0.16 ms to score and, in Zawgyi, 0.13 ms more to convert.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
import warnings
from collections.abc import Callable
from typing import Final

__all__ = ["ZAWGYI_AT_LEAST", "as_unicode", "zawgyi_probability"]

#: The detector's probability from which a text is read as Zawgyi (see the module's note).
ZAWGYI_AT_LEAST: Final = 0.999
# The Myanmar block: Zawgyi uses the same block (and a few of its unassigned code points).
_HAS_BURMESE: Final = re.compile("[\u1000-\u109f]")


def zawgyi_probability(text: str) -> float:
    """How likely `text` is Zawgyi, 0 to 1; 0 for a text without a Burmese letter."""
    if not _HAS_BURMESE.search(text):
        return 0.0
    probability = float(_detector()(text))
    return probability if probability > 0 else 0.0  # the detector says -inf for "none"


def as_unicode(text: str) -> str:
    """`text` with Zawgyi converted to Unicode (NFC), when it reads as Zawgyi; else as is."""
    if zawgyi_probability(text) < ZAWGYI_AT_LEAST:
        return text
    return unicodedata.normalize("NFC", _converter()(text))


@functools.cache
def _detector() -> Callable[[str], float]:
    from myanmartools import ZawgyiDetector

    with warnings.catch_warnings():
        # It reads its model with importlib.resources' open_binary, deprecated in 3.11.
        warnings.filterwarnings("ignore", "open_binary is deprecated", DeprecationWarning)
        detector = ZawgyiDetector()  # reads its model once; scoring only reads it after
    return detector.get_zawgyi_probability  # type: ignore[no-any-return]


@functools.cache
def _converter() -> Callable[[str], str]:
    import icu

    transform = icu.Transliterator.createInstance("Zawgyi-my")
    lock = threading.Lock()  # one ICU transliterator, used by one thread at a time

    def convert(text: str) -> str:
        with lock:
            return str(transform.transliterate(text))

    return convert
