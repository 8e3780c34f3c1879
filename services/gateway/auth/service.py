"""Login, refresh, logout, and checking an access token on each request.

Login failures all look the same from outside (unknown user, wrong password, locked or
disabled account): one ``invalid_grant``, after the same argon2 work, so neither the answer
nor its timing says whether a user exists. Only a caller who gave the right password learns
that their organisation still awaits vetting.

Refresh tokens rotate: each use returns a new one and retires the old. Presenting a retired
one means two parties hold the same token (one of them stole it), so the whole session is
ended and both must log in again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from gateway.auth.passwords import Passwords
from gateway.auth.principal import Principal
from gateway.auth.tokens import (
    AccessTokens,
    digests_equal,
    new_refresh_secret,
    parse_refresh_token,
)
from gateway.directory.models import User, username_key
from gateway.errors import InvalidGrant, OrganisationNotVetted, Unauthenticated
from gateway.ids import new_id
from gateway.ports import Clock, OrganisationStore, Session, SessionStore, UserStore
from pathways_runtime.log import get_logger

__all__ = ["Authenticator", "TokenPair"]

_log = get_logger(__name__)
_REFUSED = "the username or password is not valid"


@dataclass(frozen=True, slots=True)
class TokenPair:
    access_token: str
    expires_in_s: int
    refresh_token: str
    principal: Principal


@dataclass
class Authenticator:
    users: UserStore
    organisations: OrganisationStore
    sessions: SessionStore
    passwords: Passwords
    access_tokens: AccessTokens
    clock: Clock
    lockout_threshold: int = 5
    lockout_period_s: int = 900
    refresh_ttl_s: int = 14 * 24 * 3600
    session_max_age_s: int = 30 * 24 * 3600

    def login(self, *, username: str, password: str) -> TokenPair:
        now = self.clock.now()
        user = self.users.get_by_username(username_key(username))
        if user is None:
            self.passwords.check(password=password, stored_hash=None)
            raise InvalidGrant(_REFUSED)
        if user.locked(now=now):
            # Checked and ignored: during a lock-out even the right password is refused,
            # or the lock-out would still let an attacker confirm a guess.
            self.passwords.check(password=password, stored_hash=user.password_hash)
            raise InvalidGrant(_REFUSED)
        check = self.passwords.check(password=password, stored_hash=user.password_hash)
        if not check.ok:
            self.users.count_failed_login(
                user.id,
                threshold=self.lockout_threshold,
                lock_until=now + timedelta(seconds=self.lockout_period_s),
            )
            _log.info("login_failed", user_id=user.id)
            raise InvalidGrant(_REFUSED)
        if user.disabled:
            raise InvalidGrant(_REFUSED)
        self._require_usable_organisation(user)
        self.users.record_login(user.id, new_password_hash=check.new_hash)
        session_id = new_id("ses")
        refresh = new_refresh_secret(session_id)
        self.sessions.add(
            Session(
                id=session_id,
                user_id=user.id,
                created_at=now,
                expires_at=now + timedelta(seconds=self.session_max_age_s),
                refresh_digest=refresh.digest,
                refresh_expires_at=now + timedelta(seconds=self._refresh_ttl_s()),
            )
        )
        principal = Principal(
            user_id=user.id,
            organisation_id=user.organisation_id,
            role=user.role,
            session_id=session_id,
        )
        _log.info("login_succeeded", user_id=user.id, session_id=session_id)
        return self._pair(principal, refresh_token=refresh.token, now=now)

    def refresh(self, *, refresh_token: str) -> TokenPair:
        now = self.clock.now()
        presented = parse_refresh_token(refresh_token)
        session = self.sessions.get(presented.session_id)
        if session is None or session.revoked_at is not None:
            raise InvalidGrant("the refresh token is not valid")
        digest = presented.digest
        if any(digests_equal(digest, used) for used in session.used_digests):
            self._end_on_reuse(session, now=now)
        if not digests_equal(digest, session.refresh_digest):
            raise InvalidGrant("the refresh token is not valid")
        if session.refresh_expires_at <= now or session.expires_at <= now:
            raise InvalidGrant("the refresh token has expired")
        user = self.users.get(session.user_id)
        if user is None or user.disabled:
            self.sessions.revoke(session.id, at=now, reason="account disabled")
            raise InvalidGrant("the refresh token is not valid")
        self._require_usable_organisation(user)
        rotated = new_refresh_secret(session.id)
        refresh_expires_at = min(now + timedelta(seconds=self._refresh_ttl_s()), session.expires_at)
        if not self.sessions.rotate(
            session.id,
            old_digest=digest,
            new_digest=rotated.digest,
            refresh_expires_at=refresh_expires_at,
        ):
            # Another refresh with this very token won the race: the token was used twice.
            self._end_on_reuse(session, now=now)
        principal = Principal(
            user_id=user.id,
            organisation_id=user.organisation_id,
            role=user.role,
            session_id=session.id,
        )
        return self._pair(principal, refresh_token=rotated.token, now=now)

    def logout(self, *, principal: Principal) -> None:
        self.sessions.revoke(principal.session_id, at=self.clock.now(), reason="logout")
        _log.info("logout", user_id=principal.user_id, session_id=principal.session_id)

    def authenticate(self, *, access_token: str) -> Principal:
        """The principal of a valid token whose session is still open."""
        principal = self.access_tokens.verify(access_token, now=self.clock.now())
        session = self.sessions.get(principal.session_id)
        if session is None or session.revoked_at is not None:
            raise Unauthenticated("the session has ended")
        if session.user_id != principal.user_id:
            raise Unauthenticated("the access token is not valid")
        return principal

    def _end_on_reuse(self, session: Session, *, now: datetime) -> NoReturn:
        self.sessions.revoke(session.id, at=now, reason="refresh token reused")
        _log.warning("refresh_token_reused", session_id=session.id, user_id=session.user_id)
        raise InvalidGrant("the refresh token is not valid")

    def _require_usable_organisation(self, user: User) -> None:
        organisation = self.organisations.get(user.organisation_id)
        if organisation is None:
            raise InvalidGrant(_REFUSED)
        if not organisation.usable:
            raise OrganisationNotVetted("the organisation has not been vetted yet")

    def _refresh_ttl_s(self) -> int:
        return min(self.refresh_ttl_s, self.session_max_age_s)

    def _pair(self, principal: Principal, *, refresh_token: str, now: datetime) -> TokenPair:
        access = self.access_tokens.issue(principal, now=now)
        return TokenPair(
            access_token=access.token,
            expires_in_s=access.expires_in_s,
            refresh_token=refresh_token,
            principal=principal,
        )
