"""Contact details typed into a survivor's own words, found before the form is sent.

A survivor is recorded under a pseudonymous id with their data minimised (MISSION): their
interests and aspirations are for matching, and a phone number or an email address in them
would identify them to anyone who reads the case. The officer's form asks before sending
such text (``app``'s registration and profile edit): take it out, or confirm it is not one.

Phone numbers are found by Google's libphonenumber rules (``phonenumbers``), in any script's
digits (Thai ๐๘๑, Khmer ០១២ and Burmese ၀၉ read as 081, 012 and 09): numbers written in
international form (``+855 …``) anywhere, and numbers dialled within a country as that
country writes them, for the country the survivor lives in (else each country the console
offers). Only numbers valid for that country count, so amounts, years and ranges are not
taken for numbers ("8,000 baht", "2015-2019"). A few amounts written without separators
are valid numbers somewhere (eight digits are a Hong Kong or Singapore number), which is
why the form asks rather than refuses. Names cannot be told from other words; the hint
beside the field says to leave them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

__all__ = ["contact_details_in"]

#: An address as people type one: something, an @, a domain with a dot. Not a full RFC 5322
#: parser: what matters is that a typed address is noticed.
_EMAIL = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+\.[^\W\d_]{2,}")


def contact_details_in(text: str, countries: Iterable[str]) -> bool:
    """Whether ``text`` holds an email address or a phone number valid in one of
    ``countries`` (ISO 3166 alpha-2) or written in international form."""
    if not text.strip():
        return False
    if _EMAIL.search(text):
        return True
    # Any country's matcher finds the international form; "ZZ" (no country) finds only it.
    regions = list(dict.fromkeys(countries)) or ["ZZ"]
    return any(
        phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.VALID
        ).has_next()
        for region in regions
    )
