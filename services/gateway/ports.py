"""The gateway's ports: what its services need from storage and time, as Protocols.

The MongoDB adapters live in ``gateway.adapters``; unit tests use in-memory fakes of the
same Protocols (``tests/unit/gateway/fakes.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from gateway.audit.chain import ChainBreak, ChainedEntry, Checkpoint
from gateway.audit.records import AuditFilter, AuditRecord
from gateway.auth.roles import Role
from gateway.auth.second_factor import SecondFactor
from gateway.directory.models import Organisation, Partnership, User
from pathways.v1 import events_pb2

__all__ = [
    "AuditEntrySource",
    "AuditEventSink",
    "AuditRelayPosition",
    "AuditStore",
    "ChainStatus",
    "ChainStatusStore",
    "Clock",
    "IdempotencyClaim",
    "IdempotencyStore",
    "LoginFailureStore",
    "OrganisationStore",
    "PartnershipStore",
    "RateCounter",
    "Session",
    "SessionStore",
    "StoredResponse",
    "Stores",
    "UserStore",
]


class Clock(Protocol):
    def now(self) -> datetime: ...


class OrganisationStore(Protocol):
    def add(self, organisation: Organisation) -> None:
        """Raises Conflict when the name is taken."""

    def get(self, organisation_id: str) -> Organisation | None: ...

    def list(self, *, after: str | None, limit: int) -> list[Organisation]:
        """In id order (ids sort by creation time), starting after ``after``."""
        ...

    def replace(self, organisation: Organisation, *, expected_version: int) -> bool:
        """Store ``organisation`` if the stored one is at ``expected_version`` (leaving its
        ``has_members`` as stored: that flag is only ever set, by ``mark_has_members``)."""
        ...

    def mark_has_members(self, organisation_id: str) -> None:
        """Record that the organisation has an approved account (idempotent, never undone)."""


class PartnershipStore(Protocol):
    """Who shares survivors with whom; every read is by organisation id (store-access rule)."""

    def add(self, partnership: Partnership) -> Partnership | None:
        """Store it; the one already stored for the pair (unchanged) if there is one."""
        ...

    def remove(self, organisation_id: str, partner_id: str) -> bool:
        """Forget the pair; False if there was none."""
        ...

    def accept(
        self, organisation_id: str, partner_id: str, *, by: str, at: datetime
    ) -> Partnership | None:
        """The pair accepted (kept as first accepted if it was); None if there is none."""
        ...

    def shared_with(self, organisation_id: str) -> list[Partnership]:
        """The NGO's partnerships (whose groups may be proposed its survivors), by partner."""
        ...

    def drawn_from(self, partner_id: str) -> list[Partnership]:
        """The partnerships whose survivors the partner's groups may be proposed, by NGO."""
        ...


class UserStore(Protocol):
    def add(self, user: User) -> None:
        """Raises Conflict when the username is taken."""

    def get(self, user_id: str) -> User | None: ...

    def get_by_username(self, username_key: str) -> User | None: ...

    def list(self, *, organisation_id: str | None, after: str | None, limit: int) -> list[User]: ...

    def replace(self, user: User, *, expected_version: int) -> bool: ...

    def count_failed_login(self, user_id: str, *, threshold: int, lock_until: datetime) -> None:
        """One more failure; at ``threshold`` consecutive ones, lock until ``lock_until``."""

    def record_login(self, user_id: str, *, new_password_hash: str | None) -> None:
        """A successful login: failures reset; a rehashed password stored."""

    def set_password(
        self, user_id: str, *, password_hash: str, change_required: bool = False
    ) -> None:
        """A password stored: one the user chose (no change required any more), or with
        `change_required` one another member chose for them, to be replaced at their first
        sign-in."""

    def set_second_factor(self, user_id: str, factor: SecondFactor | None) -> None:
        """The user's second factor (sealed), or none."""

    def take_second_factor_step(self, user_id: str, step: int) -> bool:
        """Record ``step`` as the last code taken, if it is later than the one recorded
        (False when another sign-in took this code or a later one first)."""

    def take_recovery_code(self, user_id: str, digest: str) -> bool:
        """Take the recovery code of ``digest`` off the user's second factor, if it is there
        (False when it is not: never given, or another sign-in took it first)."""

    def set_recovery_codes(self, user_id: str, digests: frozenset[str]) -> None:
        """The recovery codes of the user's confirmed second factor, replacing the old."""


@dataclass(frozen=True, slots=True)
class Session:
    """One login: who is calling (the source of truth for every request, never the access
    token's claims), and the refresh-token family, rotated on every refresh.

    ``organisation_id`` and ``role`` are the user's when the session opened; a change to
    the user's role or enabled state ends the session (``revoke_all_of_user``). ``None`` in
    both: a session older code opened, whose user record is read instead.
    """

    id: str
    user_id: str
    created_at: datetime
    expires_at: datetime
    refresh_digest: str
    refresh_expires_at: datetime
    used_digests: tuple[str, ...] = ()
    revoked_at: datetime | None = None
    revoked_reason: str | None = None
    organisation_id: str | None = None
    role: Role | None = None
    #: Opened for someone who must enrol a second factor first (an administrator where it
    #: is required): the session may do nothing but enrol (``gateway.auth.second_factor``).
    enrolment_only: bool = False


class SessionStore(Protocol):
    def add(self, session: Session) -> None: ...

    def get(self, session_id: str) -> Session | None: ...

    def rotate(
        self,
        session_id: str,
        *,
        old_digest: str,
        new_digest: str,
        refresh_expires_at: datetime,
    ) -> bool:
        """Swap the refresh token if ``old_digest`` is still current and the session open.

        One atomic write: of two concurrent refreshes with one token, one wins.
        """
        ...

    def revoke(self, session_id: str, *, at: datetime, reason: str) -> None: ...

    def revoke_all_of_user(self, user_id: str, *, at: datetime, reason: str) -> None: ...


@dataclass(frozen=True, slots=True)
class StoredResponse:
    """What a finished POST leaves to answer its retries with: never the answer's body.

    A retry is answered through the normal, authorised and audited read of what the first
    request created or changed (``gateway.api.replays`` says which read, route by route),
    so a record needs only the first ``status`` and ``location``. Where no read rebuilds
    the answer, ``receipt`` holds a JSON object of ids, states, versions, codes and numbers
    (never a profile field or words someone typed). ``survivors``: the pseudonymous ids
    the record names; the store files the record under each, so erasing one of them
    empties it. ``erased``: that happened; only the claim is left, so a retry neither runs
    again (which could re-create the erased survivor) nor learns anything.
    """

    status: int
    location: str | None = None
    receipt: str | None = None
    survivors: tuple[str, ...] = ()
    erased: bool = False


class IdempotencyClaim(StrEnum):
    CLAIMED = "claimed"
    IN_FLIGHT = "in_flight"
    COMPLETED = "completed"
    MISMATCH = "mismatch"


class IdempotencyStore(Protocol):
    def claim(
        self,
        *,
        principal: str,
        key: str,
        fingerprint: str,
        now: datetime,
        lock_until: datetime,
    ) -> tuple[IdempotencyClaim, StoredResponse | None]:
        """Reserve (principal, key) for this request, or say why not.

        CLAIMED: go ahead. COMPLETED: here is what the first response left (an erased
        record whatever the request). IN_FLIGHT: another request with this key runs now.
        MISMATCH: the key was used for another request.
        """
        ...

    def complete(
        self,
        *,
        principal: str,
        key: str,
        response: StoredResponse,
        now: datetime,
        expires_at: datetime,
    ) -> None:
        """Keep ``response`` for retries until ``expires_at``, filed first under each
        survivor it names (so no record about a survivor is ever out of erasure's reach)."""

    def release(self, *, principal: str, key: str) -> None:
        """Forget a claim whose request did not succeed, so a retry may run."""

    def erase_survivor(self, *, survivor_id: str) -> int:
        """Empty every record filed under ``survivor_id`` (what it kept goes, the claim
        stays, marked erased) and forget the survivor's list; returns how many records."""
        ...


class RateCounter(Protocol):
    def hit(self, *, bucket: str, window_start: datetime, expires_at: datetime) -> int:
        """Count one event in ``bucket``'s window; returns the count including this one."""
        ...


class LoginFailureStore(Protocol):
    """Failed logins of one user from one source (a keyed digest of a client address).

    Kept apart from the user so that failures from one address lock that address out, not
    the account: whoever can guess a username could otherwise keep its owner locked out.
    """

    def locked_until(self, key: str) -> datetime | None:
        """When the lock on ``key`` ends, if it was ever locked (it may have ended)."""
        ...

    def count_failure(
        self, key: str, *, now: datetime, threshold: int, lock_until: datetime, forget_at: datetime
    ) -> None:
        """One more failure, at ``now``; at ``threshold`` since the last lock or success, lock until
        ``lock_until``. What is kept of ``key`` may be forgotten from ``forget_at`` on
        (at ``lock_until`` at the earliest)."""

    def forget(self, key: str) -> None:
        """A successful login from ``key``: its failures count from zero again."""


class AuditStore(Protocol):
    def append(self, record: AuditRecord) -> None:
        """Insert only: records are never changed or deleted through this port."""

    def query(
        self, audit_filter: AuditFilter, *, before: str | None, limit: int
    ) -> list[AuditRecord]:
        """Newest first, starting before the record id ``before``."""
        ...

    def any_about(self, *, survivor_id: str, survivor_organisation_id: str) -> bool:
        """Whether any record concerns this survivor as held by that organisation."""
        ...


# --- publishing the audit trail to audit.v1 (gateway.audit.relay) --------------------


class AuditEntrySource(Protocol):
    def entries_after(self, seq: int, *, limit: int) -> Sequence[ChainedEntry]:
        """Up to ``limit`` entries with a sequence number above ``seq``, ascending."""
        ...

    def latest_checkpoint(self) -> Checkpoint | None:
        """Retention's newest checkpoint: entries up to its seq may have been deleted."""
        ...


class AuditRelayPosition(Protocol):
    def published_through(self) -> int:
        """The last sequence number published (0: none yet)."""
        ...

    def advance(self, seq: int) -> bool:
        """Store ``seq`` if the stored position is lower; False when it was not (another
        relay is already at or beyond it). Never lowers the position."""
        ...


class AuditEventSink(Protocol):
    def publish_all(self, topic: str, envelopes: Sequence[events_pb2.EventEnvelope]) -> None:
        """Publish, keyed by aggregate key; return only once every one is acknowledged
        (acks=all), raise if any was not."""


# --- the audit chain's verification status (gateway.audit.watch) ----------------------


@dataclass(frozen=True, slots=True)
class ChainStatus:
    #: The last entry verified (0: none yet) and its hash (the next entry must name it).
    through_seq: int
    head_hash: str
    #: Entries verified to reach ``through_seq`` (since the retention checkpoint, if any).
    checked: int
    #: When the status was last brought up to date.
    checked_at: datetime
    first_break: ChainBreak | None = None
    #: When an operator's full check last ran (None: never).
    full_check_at: datetime | None = None

    @property
    def intact(self) -> bool:
        return self.first_break is None


class ChainStatusStore(Protocol):
    """Two documents, each with one kind of writer: the watches' status and the operator's
    last full check. Neither overwrites the other, so a break a full check found cannot be
    lost to a watch pass that was under way (FerretDB applies an update by
    read-modify-write, so a compare-and-set on one shared document would leave a window)."""

    def load(self) -> ChainStatus | None:
        """The watches' status (None before the first pass)."""
        ...

    def save_if_unchanged(self, status: ChainStatus, *, loaded: ChainStatus | None) -> bool:
        """Store the watches' ``status`` only if it is still ``loaded`` (None: none yet);
        False when another gateway instance's watch saved since."""
        ...

    def load_full_check(self) -> ChainStatus | None:
        """The last full check's result (None: never run)."""
        ...

    def save_full_check(self, status: ChainStatus) -> None:
        """Store a full check's result in place of the previous one's."""


@dataclass
class Stores:
    """Everything the gateway keeps, bundled so tests can swap in fakes in one place."""

    organisations: OrganisationStore
    users: UserStore
    sessions: SessionStore
    idempotency: IdempotencyStore
    rate_counter: RateCounter
    login_failures: LoginFailureStore
    audit: AuditStore
    partnerships: PartnershipStore
    chain_status: ChainStatusStore
