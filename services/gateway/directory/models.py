"""Organisations and users as plain records, with the rules that need no I/O."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from gateway.auth.roles import VETTED_TYPES, OrganisationType, Role, role_fits
from gateway.auth.second_factor import SecondFactor
from gateway.errors import Conflict, InvalidRequest

__all__ = [
    "MAX_PARTNERS",
    "SUSPENDABLE_TYPES",
    "Approval",
    "Organisation",
    "Partnership",
    "User",
    "check_partnership",
    "may_approve",
    "username_key",
]

#: Kinds of organisation a platform administrator may suspend (``Organisation.suspendable``).
SUSPENDABLE_TYPES = frozenset(
    {OrganisationType.EMPLOYER, OrganisationType.TRAINING_PROVIDER, OrganisationType.PEER_SUPPORT}
)

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
    #: An account of the organisation is approved (created while it had none, or approved
    #: by a member): from then on, accounts an administrator creates or re-roles in it wait
    #: for a member's approval. Set once and never cleared, so disabling every member does
    #: not hand the organisation back to the administrators.
    has_members: bool = False
    #: Suspended by a platform administrator (a safeguarding concern, vetting withdrawn):
    #: its users cannot sign in, and matching offers its opportunities to no one, until
    #: the suspension is lifted.
    suspended_at: datetime | None = None
    suspended_by: str | None = None

    @property
    def needs_vetting(self) -> bool:
        return self.type in VETTED_TYPES

    @property
    def suspendable(self) -> bool:
        """Those who reach survivors through the platform and answer to it: employers,
        training providers, peer-support organisations. Never an NGO (it holds its
        survivors' cases) nor the platform itself."""
        return self.type in SUSPENDABLE_TYPES

    @property
    def suspended(self) -> bool:
        return self.suspended_at is not None

    @property
    def usable(self) -> bool:
        """Employers and providers act only once vetted; other kinds act from the start;
        none while suspended."""
        return (not self.needs_vetting or self.vetted_at is not None) and not self.suspended

    def with_suspension(self, suspended: bool, *, by: str, at: datetime) -> Organisation:
        """Suspended (or the suspension lifted); the same record when it already is."""
        if not self.suspendable:
            raise Conflict("this kind of organisation cannot be suspended")
        if suspended is self.suspended:
            return self
        return replace(
            self,
            suspended_at=at if suspended else None,
            suspended_by=by if suspended else None,
            version=self.version + 1,
        )

    def vetted(self, *, by: str, at: datetime) -> Organisation:
        if not self.needs_vetting:
            raise Conflict("this kind of organisation is not vetted")
        if self.vetted_at is not None:
            raise Conflict("the organisation is already vetted")
        return replace(self, vetted_at=at, vetted_by=by, version=self.version + 1)


class Approval(StrEnum):
    """Whether the organisation has let an account in.

    An account an administrator creates, or gives a new role, in an organisation that has
    members is ``pending`` until one of them approves it: otherwise anyone who holds an
    administrator's login could make themselves an officer of any NGO, with a password of
    their choosing, and read its caseload. Administrators onboard organisations; the
    organisation decides who acts in its name.
    """

    APPROVED = "approved"
    PENDING = "pending"
    REFUSED = "refused"


#: Who may approve an account of which role, in the account's own organisation: anyone of
#: the same role, and an NGO's officers its facilitators too (officers hold the caseload the
#: facilitators' groups draw on; a facilitator never approves an officer).
_APPROVERS: dict[Role, frozenset[Role]] = {
    Role.PLATFORM_ADMIN: frozenset({Role.PLATFORM_ADMIN}),
    Role.REINTEGRATION_OFFICER: frozenset({Role.REINTEGRATION_OFFICER}),
    Role.EMPLOYER: frozenset({Role.EMPLOYER}),
    Role.TRAINING_PROVIDER: frozenset({Role.TRAINING_PROVIDER}),
    Role.FACILITATOR: frozenset({Role.FACILITATOR, Role.REINTEGRATION_OFFICER}),
}


def may_approve(approver: Role, account: Role) -> bool:
    return approver in _APPROVERS[account]


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
    #: The password was chosen by someone else (an administrator creating the account): the
    #: user replaces it at their first sign-in, so that from then on only they know it.
    password_change_required: bool = False
    approval: Approval = Approval.APPROVED
    #: Who created the account or gave it its present role, when that needs a member's
    #: approval (never the one who approves it); None for operators' and older accounts.
    requested_by: str | None = None
    approval_decided_by: str | None = None
    approval_decided_at: datetime | None = None
    #: A code from an authenticator app, asked at sign-in once ``confirmed``.
    second_factor: SecondFactor | None = None

    @property
    def has_second_factor(self) -> bool:
        return self.second_factor is not None and self.second_factor.confirmed

    @property
    def key(self) -> str:
        return username_key(self.username)

    @property
    def may_sign_in(self) -> bool:
        return not self.disabled and self.approval is Approval.APPROVED

    def awaiting_approval(self, *, requested_by: str) -> User:
        return replace(
            self,
            approval=Approval.PENDING,
            requested_by=requested_by,
            approval_decided_by=None,
            approval_decided_at=None,
        )

    def decided(self, *, approve: bool, by: str, at: datetime) -> User:
        """A member's answer to a pending account (the caller checked who they are)."""
        if self.approval is not Approval.PENDING:
            raise Conflict("the account is not awaiting approval")
        return replace(
            self,
            approval=Approval.APPROVED if approve else Approval.REFUSED,
            approval_decided_by=by,
            approval_decided_at=at,
        )

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
    partner's (if any) to the NGO's. Proposed by platform administrators; in force only
    once one of the NGO's officers accepted it (``accepted_at``): the NGO decides whom its
    survivors are shared with, not whoever holds an administrator's login. Ended by either.
    """

    organisation_id: str  # the NGO whose survivors are shared
    partner_id: str  # the organisation whose facilitators may be proposed them
    created_at: datetime
    created_by: str
    accepted_at: datetime | None = None
    accepted_by: str | None = None

    @property
    def accepted(self) -> bool:
        return self.accepted_at is not None


def check_partnership(organisation: Organisation, partner: Organisation) -> None:
    """Only an NGO holds survivors to share, only an organisation whose facilitators run
    groups can draw from them, and an NGO's own groups draw from its survivors anyway."""
    if organisation.id == partner.id:
        raise InvalidRequest("an organisation always sees its own survivors")
    if organisation.type is not OrganisationType.NGO:
        raise InvalidRequest("only an NGO shares its survivors")
    if not role_fits(Role.FACILITATOR, partner.type):
        raise InvalidRequest("the partner must be an organisation that runs peer groups")
