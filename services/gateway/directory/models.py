"""Organisations and users as plain records, with the rules that need no I/O."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from gateway.auth.roles import VETTED_TYPES, OrganisationType, Role, role_fits
from gateway.errors import Conflict, InvalidRequest

__all__ = ["Organisation", "User", "username_key"]


def username_key(username: str) -> str:
    """The form usernames are unique and looked up in: NFC, case-folded, trimmed."""
    return unicodedata.normalize("NFC", username).strip().casefold()


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
