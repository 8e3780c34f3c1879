"""Login, refresh, logout, and checking an access token on each request.

Login failures all look the same from outside (unknown user, wrong password, locked or
disabled account): one ``invalid_grant``, after the same argon2 work, so neither the answer
nor its timing says whether a user exists. Only a caller who gave the right password learns
that their organisation still awaits vetting.

**Lock-outs are per source.** ``lockout_threshold`` failures in a row for one user from one
client address lock *that address* out of that account for ``lockout_period_s``: anyone who
can guess a username (``admin``) could otherwise keep its owner locked out for good with a
handful of requests every quarter of an hour. Guessing from many addresses is bounded by
``account_lockout_threshold`` failures in a row from anywhere, which locks the account
itself: a denial of service then takes that many addresses' worth of attempts, and the
per-address and per-username rate limits of the login route slow each of them.

**A second factor** (``gateway.auth.second_factor``): an account that enrolled one signs
in with a code from its app beside the password (``second-factor-required`` without it; a
wrong or already used code answers ``second-factor-refused`` and counts towards the
lock-outs like a wrong password: only a caller who gave the right password gets that far,
so saying so tells them nothing new, and the person can try the next code). One of the
account's recovery codes, given in place of the app's code, signs in once. A platform
administrator without one, where the settings require it, gets a session that may only
enrol; confirming the enrolment ends it (sign in again, with a code).

**A password someone else chose is replaced at first sign-in.** An administrator creating
an account types its first password; until the user gives a password of their own with the
right one (``new_password``), sign-in answers ``password-change-required`` and opens no
session, so the administrator never holds a working login of anyone else. Accounts awaiting
a member's approval are told so, only after the right password, and open no session either.

Refresh tokens rotate: each use returns a new one and retires the old. Presenting a retired
one means two parties hold the same token (one of them stole it), so the whole session is
ended and both must log in again.

**The session is the source of truth** for who is calling. The access token only names
its session; ``authenticate`` reads that session by ``_id`` (the one store read of a
request) and takes the user, organisation and role from it. The user's enabled state is
the session's being open: disabling a user, or giving them a new role, ends every session
of theirs (``Directory.update_user``), so the next request answers 401 and a new login
carries the new role. Ended rather than updated in place on a role change, as OWASP asks
of any change of privilege: a token stolen before a promotion must not gain the new role.
Whatever else a token claims (a role, an organisation: what someone who holds the signing
secret could write) is never read, and a token naming another user than its session's is
refused.

Two races are closed here rather than left to chance. A login reads the user, then opens
the session: if the role changed or the user was disabled in between, the account change
may already have ended the user's sessions and missed this one, so the login reads the user
again after opening it and ends it if anything changed. And if a process stops between
changing a user and ending their sessions, the next refresh sees the session disagree
with the user and ends it, so such a session outlives the change by one access token's
lifetime at most.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import NoReturn

from gateway.auth.passwords import Passwords
from gateway.auth.principal import Principal
from gateway.auth.roles import Role
from gateway.auth.second_factor import Enrolment, SecondFactor, TotpCodes
from gateway.auth.tokens import (
    AccessTokens,
    RefreshSecret,
    digests_equal,
    new_refresh_secret,
    parse_refresh_token,
)
from gateway.directory.models import Approval, User, username_key
from gateway.errors import (
    AccountAwaitingApproval,
    Conflict,
    InvalidGrant,
    OrganisationNotVetted,
    OrganisationSuspended,
    PasswordChangeRequired,
    SamePassword,
    SecondFactorRefused,
    SecondFactorRequired,
    Unauthenticated,
    WrongCode,
    WrongPassword,
)
from gateway.ids import new_id
from gateway.ports import (
    Clock,
    LoginFailureStore,
    OrganisationStore,
    Session,
    SessionStore,
    UserStore,
)
from pathways_runtime.log import get_logger

__all__ = ["Authenticator", "TokenPair"]

_log = get_logger(__name__)
_REFUSED = "the username or password is not valid"
_ENDED = "the session has ended"
#: Logins retried when the account changed while a session was being opened: one is the
#: realistic case; a bound keeps an account changed in a loop from holding a login forever.
_OPEN_ATTEMPTS = 3


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
    login_failures: LoginFailureStore
    lockout_threshold: int = 5
    lockout_period_s: int = 900
    account_lockout_threshold: int = 50
    refresh_ttl_s: int = 14 * 24 * 3600
    session_max_age_s: int = 30 * 24 * 3600
    second_factors: TotpCodes = field(default_factory=lambda: TotpCodes(key=bytes(32)))
    #: Platform administrators must enrol a second factor before doing anything else.
    admin_second_factor_required: bool = False

    def login(
        self,
        *,
        username: str,
        password: str,
        source: str = "",
        new_password: str | None = None,
        code: str | None = None,
    ) -> TokenPair:
        """``source``: a keyed digest of the client's address (empty when unknown: then
        every caller shares one source). ``new_password``: the user's own password, to
        replace the one they signed in with (required while an administrator's is held);
        the caller checked it against the password policy. ``code``: from the user's
        authenticator app, when they enrolled a second factor."""
        now = self.clock.now()
        user = self.users.get_by_username(username_key(username))
        if user is None:
            self.passwords.check(password=password, stored_hash=None)
            raise InvalidGrant(_REFUSED)
        failures_key = f"{source}:{user.id}"
        if user.locked(now=now) or self._source_locked(failures_key, now=now):
            # Checked and ignored: during a lock-out even the right password is refused,
            # or the lock-out would still let an attacker confirm a guess.
            self.passwords.check(password=password, stored_hash=user.password_hash)
            raise InvalidGrant(_REFUSED)
        check = self.passwords.check(password=password, stored_hash=user.password_hash)
        if not check.ok:
            lock_until = now + timedelta(seconds=self.lockout_period_s)
            self.login_failures.count_failure(
                failures_key,
                now=now,
                threshold=self.lockout_threshold,
                lock_until=lock_until,
                forget_at=lock_until,
            )
            self.users.count_failed_login(
                user.id, threshold=self.account_lockout_threshold, lock_until=lock_until
            )
            _log.info("login_failed", user_id=user.id)
            raise InvalidGrant(_REFUSED)
        if user.disabled or user.approval is Approval.REFUSED:
            raise InvalidGrant(_REFUSED)
        self._require_usable_organisation(user)
        if user.approval is Approval.PENDING:
            raise AccountAwaitingApproval("a member of your organisation has not approved it yet")
        self._check_second_factor(user, code=code, failures_key=failures_key, now=now)
        new_hash = check.new_hash
        if new_password is not None:
            if self.passwords.check(password=new_password, stored_hash=user.password_hash).ok:
                raise SamePassword("the new password must differ from the one it replaces")
            new_hash = self.passwords.hash(new_password)
            # Whoever else knew the old password may hold a session of it: ended.
            self.sessions.revoke_all_of_user(user.id, at=now, reason="password changed")
            self.users.set_password(user.id, password_hash=new_hash)
        elif user.password_change_required:
            raise PasswordChangeRequired("choose a password of your own to sign in")
        self.users.record_login(user.id, new_password_hash=None if new_password else new_hash)
        self.login_failures.forget(failures_key)
        session, refresh, holder = self._open_session(user, now=now)
        _log.info("login_succeeded", user_id=user.id, session_id=session.id)
        return self._pair(_principal_of(session, holder), refresh_token=refresh.token, now=now)

    def _check_second_factor(
        self, user: User, *, code: str | None, failures_key: str, now: datetime
    ) -> None:
        """The code of an enrolled account's app, taken once (a wrong one, or one taken
        before, counts as a failed sign-in)."""
        factor = user.second_factor
        if factor is None or not factor.confirmed:
            return
        if code is None:
            raise SecondFactorRequired("enter the code your authenticator app shows")
        if self._took_recovery_code(user, factor, code=code):
            return
        step = self.second_factors.step_of(factor, user_id=user.id, code=code, now=now)
        if step is None or not self.users.take_second_factor_step(user.id, step):
            lock_until = now + timedelta(seconds=self.lockout_period_s)
            self.login_failures.count_failure(
                failures_key,
                now=now,
                threshold=self.lockout_threshold,
                lock_until=lock_until,
                forget_at=lock_until,
            )
            self.users.count_failed_login(
                user.id, threshold=self.account_lockout_threshold, lock_until=lock_until
            )
            _log.info("second_factor_refused", user_id=user.id)
            raise SecondFactorRefused("the code is not right, or was used already")

    def _took_recovery_code(self, user: User, factor: SecondFactor, *, code: str) -> bool:
        """Whether ``code`` is one of the user's recovery codes, now taken (each once)."""
        digest = self.second_factors.recovery_digest(user_id=user.id, code=code)
        if digest is None or digest not in factor.recovery:
            return False
        if not self.users.take_recovery_code(user.id, digest):
            return False  # another sign-in took it first
        _log.info("recovery_code_used", user_id=user.id, left=len(factor.recovery) - 1)
        return True

    def _must_enrol(self, user: User) -> bool:
        return (
            self.admin_second_factor_required
            and user.role is Role.PLATFORM_ADMIN
            and not user.has_second_factor
        )

    def start_second_factor(self, *, principal: Principal) -> Enrolment:
        """A new secret for the caller's app, kept sealed and unconfirmed until a code from
        the app confirms it. An account with a confirmed one cannot start another here."""
        user = self.users.get(principal.user_id)
        if user is None or not user.may_sign_in:
            raise Unauthenticated(_ENDED)
        if user.has_second_factor:
            raise Conflict("a second factor is already set up for this account")
        enrolment = self.second_factors.enrol(user_id=user.id, username=user.username)
        self.users.set_second_factor(user.id, enrolment.factor)
        return enrolment

    def confirm_second_factor(
        self, *, principal: Principal, code: str, password: str
    ) -> tuple[str, ...]:
        """The enrolment confirmed by a code from the app and the account's current
        `password`, and its recovery codes (shown once); every session of the user ends (an
        enrolment-only one among them): they sign in again, with a code. The password, as
        for changing it: a stolen session alone must not set a second factor only its thief
        holds and lock the owner out (session 34's probe)."""
        now = self.clock.now()
        user = self.users.get(principal.user_id)
        if user is None or not user.may_sign_in:
            raise Unauthenticated(_ENDED)
        self._require_current_password(user, password, now=now, event="second_factor_refused")
        factor = user.second_factor
        if factor is None or factor.confirmed:
            raise Conflict("start setting up a second factor first")
        step = self.second_factors.step_of(factor, user_id=user.id, code=code, now=now)
        if step is None:
            raise WrongCode("the code is not right: check the app's clock and try the next one")
        recovery_codes, digests = self.second_factors.recovery_codes(user_id=user.id)
        self.users.set_second_factor(
            user.id, replace(factor, confirmed=True, last_step=step, recovery=digests)
        )
        self.sessions.revoke_all_of_user(user.id, at=now, reason="second factor set up")
        _log.info("second_factor_enrolled", user_id=user.id)
        return recovery_codes

    def renew_recovery_codes(self, *, principal: Principal, code: str) -> tuple[str, ...]:
        """New recovery codes for the caller's second factor, replacing every old one, for a
        code from the app (taken like a sign-in's: once). Shown once."""
        now = self.clock.now()
        user = self.users.get(principal.user_id)
        if user is None or not user.may_sign_in:
            raise Unauthenticated(_ENDED)
        factor = user.second_factor
        if factor is None or not factor.confirmed:
            raise Conflict("set up a second factor first")
        step = self.second_factors.step_of(factor, user_id=user.id, code=code, now=now)
        if step is None or not self.users.take_second_factor_step(user.id, step):
            raise WrongCode("the code is not right: check the app's clock and try the next one")
        recovery_codes, digests = self.second_factors.recovery_codes(user_id=user.id)
        self.users.set_recovery_codes(user.id, digests)
        _log.info("recovery_codes_renewed", user_id=user.id)
        return recovery_codes

    def _source_locked(self, key: str, *, now: datetime) -> bool:
        until = self.login_failures.locked_until(key)
        return until is not None and until > now

    def _open_session(self, user: User, *, now: datetime) -> tuple[Session, RefreshSecret, User]:
        """A new session holding ``user``'s organisation and role as they are now (and the
        user record it was checked against).

        The user is read again once the session is written. A change that wrote the user
        before that read is seen here, and the session ended (the change may have ended
        the user's sessions before this one was listed); a change that writes it after
        that read finds this session listed and ends it itself.
        """
        for _ in range(_OPEN_ATTEMPTS):
            session_id = new_id("ses")
            refresh = new_refresh_secret(session_id)
            session = Session(
                id=session_id,
                user_id=user.id,
                created_at=now,
                expires_at=now + timedelta(seconds=self.session_max_age_s),
                refresh_digest=refresh.digest,
                refresh_expires_at=now + timedelta(seconds=self._refresh_ttl_s()),
                organisation_id=user.organisation_id,
                role=user.role,
                enrolment_only=self._must_enrol(user),
            )
            self.sessions.add(session)
            current = self.users.get(user.id)
            if current is not None and current.may_sign_in and _holds(session, current):
                return session, refresh, current
            self.sessions.revoke(session_id, at=now, reason="account changed")
            if current is None or not current.may_sign_in:
                raise InvalidGrant(_REFUSED)
            user = current
        raise InvalidGrant(_REFUSED)

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
        if user is None or not user.may_sign_in:
            self.sessions.revoke(session.id, at=now, reason="account disabled")
            raise InvalidGrant("the refresh token is not valid")
        if session.role is not None and not _holds(session, user):
            # The account changed and its sessions should have ended with it (a process
            # stopped in between): end this one now.
            self.sessions.revoke(session.id, at=now, reason="account changed")
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
        return self._pair(_principal_of(session, user), refresh_token=rotated.token, now=now)

    def change_password(self, *, principal: Principal, current: str, new: str) -> None:
        """The caller's own password replaced (``new`` passed the policy at the route);
        every session of theirs ends. A wrong ``current`` counts towards the account's
        lock-out, as a failed sign-in does: the route must not be a way to guess it."""
        now = self.clock.now()
        user = self.users.get(principal.user_id)
        if user is None or not user.may_sign_in:
            raise Unauthenticated(_ENDED)
        self._require_current_password(user, current, now=now, event="password_change_refused")
        if self.passwords.check(password=new, stored_hash=user.password_hash).ok:
            raise SamePassword("the new password must differ from the one it replaces")
        self.users.set_password(user.id, password_hash=self.passwords.hash(new))
        self.sessions.revoke_all_of_user(user.id, at=now, reason="password changed")
        _log.info("password_changed", user_id=user.id)

    def _require_current_password(
        self, user: User, password: str, *, now: datetime, event: str
    ) -> None:
        """``WrongPassword`` unless `password` is the user's own; a wrong one counts towards
        the account's lock-out, as a failed sign-in does: no route may be a way to guess it."""
        check = self.passwords.check(password=password, stored_hash=user.password_hash)
        if user.locked(now=now) or not check.ok:
            self.users.count_failed_login(
                user.id,
                threshold=self.account_lockout_threshold,
                lock_until=now + timedelta(seconds=self.lockout_period_s),
            )
            _log.info(event, user_id=user.id)
            raise WrongPassword("the current password is not right")

    def logout(self, *, principal: Principal) -> None:
        self.sessions.revoke(principal.session_id, at=self.clock.now(), reason="logout")
        _log.info("logout", user_id=principal.user_id, session_id=principal.session_id)

    def authenticate(self, *, access_token: str) -> Principal:
        """Who is calling, as the open session the token names says: one read by ``_id``.

        Nothing but the session id (and, as a check, the user id) is taken from the token.
        A session older code opened holds no organisation or role: its user is read by
        ``_id`` instead (``migrate_session_identities`` fills them in at start).
        """
        now = self.clock.now()
        token = self.access_tokens.verify(access_token, now=now)
        session = self.sessions.get(token.session_id)
        if session is None or session.revoked_at is not None or session.expires_at <= now:
            raise Unauthenticated(_ENDED)
        if session.user_id != token.user_id:
            # Signed with our key, yet naming a user the session is not for: not a token
            # the gateway issued. Refused, so nothing keyed by a token's user (such as
            # idempotency records) can be reached with another user's name.
            _log.warning("access_token_contradicts_session", session_id=session.id)
            raise Unauthenticated("the access token is not valid")
        if session.role is not None and session.organisation_id is not None:
            return Principal(
                user_id=session.user_id,
                organisation_id=session.organisation_id,
                role=session.role,
                session_id=session.id,
                enrolment_only=session.enrolment_only,
            )
        user = self.users.get(session.user_id)
        if user is None or not user.may_sign_in:
            raise Unauthenticated(_ENDED)
        return _principal_of(session, user)

    def _end_on_reuse(self, session: Session, *, now: datetime) -> NoReturn:
        self.sessions.revoke(session.id, at=now, reason="refresh token reused")
        _log.warning("refresh_token_reused", session_id=session.id, user_id=session.user_id)
        raise InvalidGrant("the refresh token is not valid")

    def _require_usable_organisation(self, user: User) -> None:
        organisation = self.organisations.get(user.organisation_id)
        if organisation is None:
            raise InvalidGrant(_REFUSED)
        if organisation.suspended:
            raise OrganisationSuspended("the organisation is suspended")
        if not organisation.usable:
            raise OrganisationNotVetted("the organisation has not been vetted yet")
        if user.approval is Approval.APPROVED and not organisation.has_members:
            # The flag is written after the account it follows from (``Directory``): set
            # here when a crash came in between.
            self.organisations.mark_has_members(organisation.id)

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


def _holds(session: Session, user: User) -> bool:
    """Whether the session still stands for the user as the directory has them now."""
    return session.role == user.role and session.organisation_id == user.organisation_id


def _principal_of(session: Session, user: User) -> Principal:
    """The caller of ``session``, whose user record ``user`` was read (and checked)."""
    return Principal(
        user_id=user.id,
        organisation_id=user.organisation_id,
        role=user.role,
        session_id=session.id,
        enrolment_only=session.enrolment_only,
    )
