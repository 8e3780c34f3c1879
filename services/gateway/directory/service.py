"""Onboarding: organisations, their vetting, users and their roles, and members' approval
of the accounts administrators create in their organisation.

The policy check happened before these functions run; they apply the rules of the
directory (a role must fit its organisation's type, vetting happens once, versions must
match, an account an administrator creates in an organisation with members waits for a
member's approval, and a password someone else chose is replaced at first sign-in) and
leave HTTP to the routes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from gateway.auth.password_policy import PasswordPolicy
from gateway.auth.passwords import Passwords
from gateway.auth.roles import OrganisationType, Role, role_fits
from gateway.directory.models import Approval, Organisation, User, may_approve, username_key
from gateway.errors import Conflict, Forbidden, InvalidRequest, NotFound, StaleVersion
from gateway.ids import new_id
from gateway.ports import Clock, OrganisationStore, SessionStore, UserStore

__all__ = ["Directory"]


@dataclass
class Directory:
    organisations: OrganisationStore
    users: UserStore
    sessions: SessionStore
    passwords: Passwords
    clock: Clock
    password_min_length: int = 12

    # --- organisations ------------------------------------------------------------------

    def create_organisation(
        self, *, name: str, type: OrganisationType, country: str
    ) -> Organisation:
        organisation = Organisation(
            id=new_id("org"),
            name=unicodedata.normalize("NFC", name).strip(),
            type=type,
            country=country,
            created_at=self.clock.now(),
        )
        self.organisations.add(organisation)
        return organisation

    def get_organisation(self, organisation_id: str) -> Organisation:
        organisation = self.organisations.get(organisation_id)
        if organisation is None:
            raise NotFound("no such organisation")
        return organisation

    def list_organisations(self, *, after: str | None, limit: int) -> list[Organisation]:
        return self.organisations.list(after=after, limit=limit)

    def vet_organisation(
        self, *, organisation_id: str, expected_version: int, by: str
    ) -> Organisation:
        current = self.get_organisation(organisation_id)
        if current.version != expected_version:
            raise StaleVersion("the organisation has changed since it was read")
        vetted = current.vetted(by=by, at=self.clock.now())
        if not self.organisations.replace(vetted, expected_version=expected_version):
            raise StaleVersion("the organisation has changed since it was read")
        return vetted

    def suspension_target(self, organisation_id: str, expected_version: int) -> Organisation:
        """The organisation, if it is still at ``expected_version`` (else ``StaleVersion``)
        and of a kind that may be suspended (else ``Conflict``)."""
        current = self.get_organisation(organisation_id)
        if current.version != expected_version:
            raise StaleVersion("the organisation has changed since it was read")
        if not current.suspendable:
            raise Conflict("this kind of organisation cannot be suspended")
        return current

    def set_suspension(
        self, *, organisation_id: str, suspended: bool, expected_version: int, by: str
    ) -> Organisation:
        """Record the suspension (or its lifting). Suspending ends every session of the
        organisation's users at once, also when asked again: a retry finishes what a failure
        left. Matching is told first, by the route (``matching.SetOrganisationSuspension``)."""
        current = self.suspension_target(organisation_id, expected_version)
        changed = current.with_suspension(suspended, by=by, at=self.clock.now())
        if changed is not current and not self.organisations.replace(
            changed, expected_version=expected_version
        ):
            raise StaleVersion("the organisation has changed since it was read")
        if suspended:
            self._end_sessions_of_members(organisation_id)
        return changed

    def _end_sessions_of_members(self, organisation_id: str) -> None:
        """Cold: an administrator's act, in proportion to the organisation's users."""
        now, after = self.clock.now(), None
        while True:
            page = self.users.list(organisation_id=organisation_id, after=after, limit=200)
            for user in page:
                self.sessions.revoke_all_of_user(user.id, at=now, reason="organisation suspended")
            if len(page) < 200:
                return
            after = page[-1].id

    # --- users --------------------------------------------------------------------------

    def create_user(
        self,
        *,
        organisation_id: str,
        username: str,
        role: Role,
        password: str,
        requested_by: str | None = None,
    ) -> User:
        """``requested_by``: the administrator creating the account through the API. Their
        password is then temporary (the user replaces it at first sign-in: nobody else
        should know it), and in an organisation that already has members the account waits
        for one of them to approve it. None: an operator at the store's own console
        (``python -m gateway create-admin``), who types their own password."""
        organisation = self.organisations.get(organisation_id)
        if organisation is None:
            # The admin named an organisation in the body: a bad reference, not a missing URL.
            raise InvalidRequest("no such organisation")
        if not role_fits(role, organisation.type):
            raise InvalidRequest("the role does not fit the organisation's type")
        self._check_password(password, username=username)
        user = User(
            id=new_id("usr"),
            organisation_id=organisation.id,
            username=unicodedata.normalize("NFC", username).strip(),
            role=role,
            password_hash=self.passwords.hash(password),
            created_at=self.clock.now(),
            password_change_required=requested_by is not None,
        )
        if requested_by is not None and organisation.has_members:
            user = user.awaiting_approval(requested_by=requested_by)
        self.users.add(user)
        if user.approval is Approval.APPROVED and not organisation.has_members:
            # Written after the user: a crash in between leaves the flag for the member's
            # first sign-in to set (``Authenticator``), never a flag with no member.
            self.organisations.mark_has_members(organisation.id)
        return user

    def get_user(self, user_id: str) -> User:
        user = self.users.get(user_id)
        if user is None:
            raise NotFound("no such user")
        return user

    def find_user(self, username: str) -> User | None:
        return self.users.get_by_username(username_key(username))

    def list_users(
        self, *, organisation_id: str | None, after: str | None, limit: int
    ) -> list[User]:
        return self.users.list(organisation_id=organisation_id, after=after, limit=limit)

    def update_user(
        self,
        *,
        user_id: str,
        expected_version: int,
        role: Role | None = None,
        disabled: bool | None = None,
        changed_by: str | None = None,
    ) -> User:
        """Change a role or (dis)able a user; either ends the user's open sessions.

        A new role or a disabled account must not wait for tokens to expire: ending the
        sessions makes every access token issued before the change stop working at once.
        Nobody (``changed_by``) disables their own account or changes their own role: one
        click could leave the platform without an administrator; another one can. A new
        role is a new privilege the organisation did not approve: an account a member let
        in waits for a member's approval again (else an administrator could have a
        facilitator's account approved, then make it an officer).
        """
        current = self.get_user(user_id)
        if current.version != expected_version:
            raise StaleVersion("the user has changed since it was read")
        if changed_by == user_id and (
            (disabled is True and not current.disabled)
            or (role is not None and role is not current.role)
        ):
            raise Conflict(
                "you cannot disable your own account or change your own role; "
                "another administrator can"
            )
        updated = current
        if role is not None and role is not current.role:
            organisation = self._organisation_of(current)
            updated = updated.with_role(role, organisation=organisation)
            if changed_by is not None and current.approval_decided_by is not None:
                # Let in by a member for its old role: the new one is theirs to approve
                # too. An organisation's first account (approved as it was created, the
                # administrators' own onboarding) keeps its approval: nobody could give it.
                updated = updated.awaiting_approval(requested_by=changed_by)
        if disabled is not None and disabled != current.disabled:
            updated = updated.with_disabled(disabled)
        if updated is current:
            return current
        updated = replace(updated, version=current.version + 1)
        if not self.users.replace(updated, expected_version=expected_version):
            raise StaleVersion("the user has changed since it was read")
        self.sessions.revoke_all_of_user(user_id, at=self.clock.now(), reason="account changed")
        return updated

    def decide_approval(
        self,
        *,
        user_id: str,
        expected_version: int,
        approve: bool,
        approver_id: str,
        approver_role: Role,
        password: str | None = None,
    ) -> User:
        """A member's answer to an account awaiting approval in their own organisation (the
        route checked the organisation). Nobody approves their own account or one they
        asked for, and a role approves only the roles it may (``may_approve``).

        Approving an account that still holds the password an administrator typed
        (``password_change_required``) gives it a first `password` the approving member
        chose, to hand to the person themselves: the administrator's stops working, and the
        person replaces this one at their first sign-in. So neither the administrator who
        asked nor the member who approved holds a working login of anyone else: an
        administrator who signed in first with the password they typed would otherwise hold
        the account the organisation had just vouched for. An account with a password of its
        own (a member given a new role) keeps it: no password is sent."""
        current = self.get_user(user_id)
        if current.version != expected_version:
            raise StaleVersion("the user has changed since it was read")
        if approver_id in (current.id, current.requested_by):
            raise Forbidden("another member of the organisation approves this account")
        if not may_approve(approver_role, current.role):
            raise Forbidden("your role may not approve an account of this role")
        if (password is not None) != (approve and current.password_change_required):
            raise InvalidRequest(first_password_rule(approve=approve, current=current))
        if password is not None:
            self._check_password(password, username=current.username)
            if current.approval is not Approval.PENDING:
                raise Conflict("the account is not awaiting approval")
            # Written before the approval: a crash in between leaves the account pending,
            # and approving again sets a password again.
            self.users.set_password(
                current.id, password_hash=self.passwords.hash(password), change_required=True
            )
        decided = replace(
            current.decided(approve=approve, by=approver_id, at=self.clock.now()),
            version=current.version + 1,
        )
        if not self.users.replace(decided, expected_version=expected_version):
            raise StaleVersion("the user has changed since it was read")
        return decided

    def reset_second_factor(self, *, user_id: str, actor_id: str, actor_role: Role) -> User:
        """A lost phone: the account's second factor taken off, by a member of its own
        organisation (the route checked the organisation) whose role may approve the
        account's (``may_approve``: another administrator for an administrator). Nobody
        resets their own: their recovery codes are for that. Every session of the account
        ends; it signs in with its password alone and sets up codes again (an administrator
        where they are required must, before anything else). Resetting an account without
        one changes nothing but its sessions, so a retry is safe."""
        current = self.get_user(user_id)
        if actor_id == current.id:
            raise Forbidden("another member of the organisation resets your sign-in codes")
        if not may_approve(actor_role, current.role):
            raise Forbidden("your role may not reset the sign-in codes of an account of this role")
        if current.second_factor is not None:
            self.users.set_second_factor(current.id, None)
        self.sessions.revoke_all_of_user(
            current.id, at=self.clock.now(), reason="second factor reset"
        )
        return current

    def _organisation_of(self, user: User) -> Organisation:
        organisation = self.organisations.get(user.organisation_id)
        if organisation is None:  # pragma: no cover - users are never moved or orphaned
            raise NotFound("no such organisation")
        return organisation

    def _check_password(self, password: str, *, username: str) -> None:
        policy = PasswordPolicy(min_length=self.password_min_length)
        weaknesses = policy.weaknesses(password, username=username)
        if weaknesses:
            raise InvalidRequest("; ".join(policy.explain(weaknesses)))


def first_password_rule(*, approve: bool, current: User) -> str:
    """Why a first password may not be sent, or must be, with this decision on `current`."""
    if not approve:
        return "a refusal sends no password"
    if current.password_change_required:
        return "choose a first password to give to the person yourself"
    return "the account has a password of its own: approve it without one"
