"""Onboarding: organisations, their vetting, users and their roles (platform admins only).

The policy check happened before these functions run; they apply the rules of the
directory (a role must fit its organisation's type, vetting happens once, versions must
match) and leave HTTP to the routes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from gateway.auth.password_policy import PasswordPolicy
from gateway.auth.passwords import Passwords
from gateway.auth.roles import OrganisationType, Role, role_fits
from gateway.directory.models import Organisation, User, username_key
from gateway.errors import Conflict, InvalidRequest, NotFound, StaleVersion
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

    # --- users --------------------------------------------------------------------------

    def create_user(
        self, *, organisation_id: str, username: str, role: Role, password: str
    ) -> User:
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
        )
        self.users.add(user)
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
        click could leave the platform without an administrator; another one can.
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
            updated = updated.with_role(role, organisation=self._organisation_of(current))
        if disabled is not None and disabled != current.disabled:
            updated = updated.with_disabled(disabled)
        if updated is current:
            return current
        updated = replace(updated, version=current.version + 1)
        if not self.users.replace(updated, expected_version=expected_version):
            raise StaleVersion("the user has changed since it was read")
        self.sessions.revoke_all_of_user(user_id, at=self.clock.now(), reason="account changed")
        return updated

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
