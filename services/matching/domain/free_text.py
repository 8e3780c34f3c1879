"""What free text goes through when it enters the domain: a survivor's words, an
opportunity's title and description."""

from __future__ import annotations

import unicodedata

from matching.domain.burmese_encoding import as_unicode

__all__ = ["cleaned"]


def cleaned(text: str) -> str:
    """`text` in Unicode NFC, Burmese typed in Zawgyi converted to Unicode, without the
    whitespace around it."""
    return unicodedata.normalize("NFC", as_unicode(text)).strip()
