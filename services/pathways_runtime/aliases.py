"""The short codes that stand for a survivor where their id and name must not appear.

A survivor's own organisation (their officer, and the NGO's own facilitators) knows them
by one alias, made when they are registered and kept with their record. Every other
organisation that sees them (an employer's or a training provider's shortlist, a partner
peer-support organisation's groups) knows them by an alias of its own, derived from the
pseudonymous id and that organisation's id: two partners comparing their lists cannot
tell that they see the same person (an employer could otherwise learn from a facilitator
which survivors' group someone joins), while each partner always sees the same person
under the same code. Partners never learn pseudonymous ids, so they cannot derive one
another's codes.

Matching and peer groups both apply this rule (shortlists, peer-group members), so it
lives here, in one place.
"""

from __future__ import annotations

import hashlib

__all__ = ["ALIAS_ALPHABET", "alias_for", "alias_seen_by", "partner_code"]

#: Letters and digits that are not easily confused with one another when read aloud or
#: written down (no B/8, O/0, I/1, S/5, Z/2).
ALIAS_ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679"
_LENGTH = 6


def alias_for(survivor_id: str) -> str:
    """The alias a survivor's own organisation knows them by: a short code derived from
    the pseudonymous id; it carries nothing about the person."""
    return _code(survivor_id.encode())


def alias_seen_by(
    viewer_organisation_id: str,
    *,
    survivor_id: str,
    organisation_id: str,
    alias: str,
) -> str:
    """The alias under which ``viewer_organisation_id`` sees a survivor of
    ``organisation_id`` whose own alias is ``alias``: that one for their own organisation,
    for any other organisation a code of its own (the same every time it looks)."""
    if viewer_organisation_id == organisation_id:
        return alias
    return partner_code(viewer_organisation_id, survivor_id)


def partner_code(viewer_organisation_id: str, survivor_id: str) -> str:
    """The code an organisation other than the survivor's own knows them by."""
    return _code(f"partner-alias\x1f{viewer_organisation_id}\x1f{survivor_id}".encode())


def _code(data: bytes) -> str:
    number = int.from_bytes(hashlib.sha256(data).digest(), "big")
    letters = []
    for _ in range(_LENGTH):
        number, digit = divmod(number, len(ALIAS_ALPHABET))
        letters.append(ALIAS_ALPHABET[digit])
    return "P-" + "".join(letters)
