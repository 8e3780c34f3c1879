"""Organisations and users as plain records, with the rules that need no I/O."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from gateway.auth.roles import VETTED_TYPES, OrganisationType, Role, role_fits
from gateway.errors import Conflict, InvalidRequest

__all__ = [
    "MAX_PARTNERS",
    "Organisation",
    "Partnership",
    "User",
    "check_partnership",
    "username_key",
]

#: The most partnerships one organisation may have on either side: a facilitator
#: organisation's partner list travels with every proposal, and is read as one ``$in``.
MAX_PARTNERS = 500


def username_key(username: str) -> str:
    """The form usernames are unique and looked up in: NFKC (full-width "ａｄｍｉｎ" is
    "admin"), case-folded, trimmed."""
    return unicodedata.normalize("NFKC", username).strip().casefold()


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    type: OrganisationType
    country: str
    created_at: datetime
    version: int = 1
    vetted_at: datetime | None = None
    vetted_by: str | None = None

    @property
    def needs_vetting(self) -> bool:
        return self.type in VETTED_TYPES

    @property
    def usable(self) -> bool:
        """Employers and providers act only once vetted; other kinds act from the start."""
        return not self.needs_vetting or self.vetted_at is not None

    def vetted(self, *, by: str, at: datetime) -> Organisation:
        if not self.needs_vetting:
            raise Conflict("this kind of organisation is not vetted")
        if self.vetted_at is not None:
            raise Conflict("the organisation is already vetted")
        return replace(self, vetted_at=at, vetted_by=by, version=self.version + 1)


@dataclass(frozen=True, slots=True)
class User:
    id: str
    organisation_id: str
    username: str
    role: Role
    password_hash: str
    created_at: datetime
    version: int = 1
    disabled: bool = False
    failed_logins: int = 0
    locked_until: datetime | None = None

    @property
    def key(self) -> str:
        return username_key(self.username)

    def locked(self, *, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now

    def with_role(self, role: Role, *, organisation: Organisation) -> User:
        if not role_fits(role, organisation.type):
            raise InvalidRequest("the role does not fit the organisation's type")
        return replace(self, role=role)

    def with_disabled(self, disabled: bool) -> User:
        return replace(self, disabled=disabled)


@dataclass(frozen=True, slots=True)
class Partnership:
    """An NGO shares its survivors with the peer groups of ``partner_id``.

    One way: the NGO's survivors may be proposed to the partner's facilitators, not the
    partner's (if any) to the NGO's. Set and removed by platform administrators.
    """

    organisation_id: str  # the NGO whose survivors are shared
    partner_id: str  # the organisation whose facilitators may be proposed them
    created_at: datetime
    created_by: str


def check_partnership(organisation: Organisation, partner: Organisation) -> None:
    """Only an NGO holds survivors to share, only an organisation whose facilitators run
    groups can draw from them, and an NGO's own groups draw from its survivors anyway."""
    if organisation.id == partner.id:
        raise InvalidRequest("an organisation always sees its own survivors")
    if organisation.type is not OrganisationType.NGO:
        raise InvalidRequest("only an NGO shares its survivors")
    if not role_fits(Role.FACILITATOR, partner.type):
        raise InvalidRequest("the partner must be an organisation that runs peer groups")
