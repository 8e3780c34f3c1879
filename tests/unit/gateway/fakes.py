"""In-memory fakes of the gateway's ports (``gateway.ports``), same semantics as MongoDB's."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from gateway.adapters.expiry import IN_CHUNK
from gateway.audit.chain import ChainedEntry, Checkpoint, chain_key, next_entry
from gateway.audit.records import AuditFilter, AuditOutcome, AuditRecord, Purpose
from gateway.auth.second_factor import SecondFactor
from gateway.directory.models import Organisation, Partnership, User
from gateway.errors import Conflict
from gateway.ids import new_id
from gateway.ports import (
    AuditEntrySource,
    AuditStore,
    ChainStatus,
    ChainStatusStore,
    Clock,
    LoginFailureStore,
    OrganisationStore,
    PartnershipStore,
    RateCounter,
    Session,
    SessionStore,
    Stores,
    UserStore,
)
from tests.unit.gateway.fake_idempotency import FakeIdempotency


class FakeClock(Clock):
    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2025, 3, 1, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)


class FakeOrganisations(OrganisationStore):
    def __init__(self) -> None:
        self.items: dict[str, Organisation] = {}

    def add(self, organisation: Organisation) -> None:
        if any(o.name.casefold() == organisation.name.casefold() for o in self.items.values()):
            raise Conflict("an organisation with this name exists")
        self.items[organisation.id] = organisation

    def get(self, organisation_id: str) -> Organisation | None:
        return self.items.get(organisation_id)

    def list(self, *, after: str | None, limit: int) -> list[Organisation]:
        ids = sorted(i for i in self.items if after is None or i > after)
        return [self.items[i] for i in ids[:limit]]

    def replace(self, organisation: Organisation, *, expected_version: int) -> bool:
        current = self.items.get(organisation.id)
        if current is None or current.version != expected_version:
            return False
        self.items[organisation.id] = replace(organisation, has_members=current.has_members)
        return True

    def mark_has_members(self, organisation_id: str) -> None:
        self.items[organisation_id] = replace(self.items[organisation_id], has_members=True)


class FakePartnerships(PartnershipStore):
    """Pairs by (NGO, partner); the Mongo store's index documents are a way to read these by
    ``_id``, not a behaviour of their own."""

    def __init__(self) -> None:
        self.pairs: dict[tuple[str, str], Partnership] = {}

    def add(self, partnership: Partnership) -> Partnership | None:
        key = (partnership.organisation_id, partnership.partner_id)
        if key in self.pairs:
            return self.pairs[key]
        self.pairs[key] = partnership
        return None

    def remove(self, organisation_id: str, partner_id: str) -> bool:
        return self.pairs.pop((organisation_id, partner_id), None) is not None

    def accept(
        self, organisation_id: str, partner_id: str, *, by: str, at: datetime
    ) -> Partnership | None:
        found = self.pairs.get((organisation_id, partner_id))
        if found is not None and found.accepted_at is None:
            found = self.pairs[(organisation_id, partner_id)] = replace(
                found, accepted_at=at, accepted_by=by
            )
        return found

    def shared_with(self, organisation_id: str) -> list[Partnership]:
        return sorted(
            (p for (ngo, _), p in self.pairs.items() if ngo == organisation_id),
            key=lambda p: p.partner_id,
        )

    def drawn_from(self, partner_id: str) -> list[Partnership]:
        return sorted(
            (p for (_, partner), p in self.pairs.items() if partner == partner_id),
            key=lambda p: p.organisation_id,
        )


class FakeUsers(UserStore):
    def __init__(self) -> None:
        self.items: dict[str, User] = {}

    def add(self, user: User) -> None:
        if any(u.key == user.key for u in self.items.values()):
            raise Conflict("this username is taken")
        self.items[user.id] = user

    def get(self, user_id: str) -> User | None:
        return self.items.get(user_id)

    def get_by_username(self, username_key: str) -> User | None:
        return next((u for u in self.items.values() if u.key == username_key), None)

    def list(self, *, organisation_id: str | None, after: str | None, limit: int) -> list[User]:
        ids = sorted(
            i
            for i, u in self.items.items()
            if (after is None or i > after)
            and (organisation_id is None or u.organisation_id == organisation_id)
        )
        return [self.items[i] for i in ids[:limit]]

    def replace(self, user: User, *, expected_version: int) -> bool:
        current = self.items.get(user.id)
        if current is None or current.version != expected_version:
            return False
        self.items[user.id] = replace(
            user,
            failed_logins=current.failed_logins,
            locked_until=current.locked_until,
            password_hash=current.password_hash,
            password_change_required=current.password_change_required,
            second_factor=current.second_factor,
        )
        return True

    def count_failed_login(self, user_id: str, *, threshold: int, lock_until: datetime) -> None:
        user = self.items[user_id]
        failures = user.failed_logins + 1
        if failures >= threshold:
            self.items[user_id] = replace(user, failed_logins=0, locked_until=lock_until)
        else:
            self.items[user_id] = replace(user, failed_logins=failures)

    def record_login(self, user_id: str, *, new_password_hash: str | None) -> None:
        user = self.items[user_id]
        self.items[user_id] = replace(
            user,
            failed_logins=0,
            locked_until=None,
            password_hash=new_password_hash or user.password_hash,
        )

    def set_second_factor(self, user_id: str, factor: SecondFactor | None) -> None:
        self.items[user_id] = replace(self.items[user_id], second_factor=factor)

    def take_second_factor_step(self, user_id: str, step: int) -> bool:
        factor = self.items[user_id].second_factor
        if factor is None or factor.last_step >= step:
            return False
        self.set_second_factor(user_id, replace(factor, last_step=step))
        return True

    def take_recovery_code(self, user_id: str, digest: str) -> bool:
        factor = self.items[user_id].second_factor
        if factor is None or digest not in factor.recovery:
            return False
        self.set_second_factor(user_id, replace(factor, recovery=factor.recovery - {digest}))
        return True

    def set_recovery_codes(self, user_id: str, digests: frozenset[str]) -> None:
        factor = self.items[user_id].second_factor
        if factor is not None and factor.confirmed:
            self.set_second_factor(user_id, replace(factor, recovery=digests))

    def set_password(
        self, user_id: str, *, password_hash: str, change_required: bool = False
    ) -> None:
        self.items[user_id] = replace(
            self.items[user_id],
            password_hash=password_hash,
            password_change_required=change_required,
        )


class FakeSessions(SessionStore):
    def __init__(self) -> None:
        self.items: dict[str, Session] = {}
        self._lock = threading.Lock()

    def add(self, session: Session) -> None:
        self.items[session.id] = session

    def get(self, session_id: str) -> Session | None:
        return self.items.get(session_id)

    def rotate(
        self, session_id: str, *, old_digest: str, new_digest: str, refresh_expires_at: datetime
    ) -> bool:
        with self._lock:
            session = self.items.get(session_id)
            if (
                session is None
                or session.refresh_digest != old_digest
                or session.revoked_at is not None
            ):
                return False
            self.items[session_id] = replace(
                session,
                refresh_digest=new_digest,
                refresh_expires_at=refresh_expires_at,
                used_digests=(*session.used_digests, old_digest),
            )
            return True

    def revoke(self, session_id: str, *, at: datetime, reason: str) -> None:
        session = self.items.get(session_id)
        if session is not None and session.revoked_at is None:
            self.items[session_id] = replace(session, revoked_at=at, revoked_reason=reason)

    def revoke_all_of_user(self, user_id: str, *, at: datetime, reason: str) -> None:
        for session in list(self.items.values()):
            if session.user_id == user_id:
                self.revoke(session.id, at=at, reason=reason)


class FakeRateCounter(RateCounter):
    def __init__(self) -> None:
        self.counts: dict[tuple[str, datetime], int] = {}

    def hit(self, *, bucket: str, window_start: datetime, expires_at: datetime) -> int:
        del expires_at
        key = (bucket, window_start)
        self.counts[key] = self.counts.get(key, 0) + 1
        return self.counts[key]


class FakeLoginFailures(LoginFailureStore):
    def __init__(self) -> None:
        #: key -> [failures since the last lock or success, end of the last lock]
        self.kept: dict[str, tuple[int, datetime | None]] = {}

    def locked_until(self, key: str) -> datetime | None:
        return self.kept.get(key, (0, None))[1]

    def count_failure(
        self, key: str, *, now: datetime, threshold: int, lock_until: datetime, forget_at: datetime
    ) -> None:
        del now, forget_at
        failures, until = self.kept.get(key, (0, None))
        failures += 1
        self.kept[key] = (0, lock_until) if failures >= threshold else (failures, until)

    def forget(self, key: str) -> None:
        self.kept.pop(key, None)


class FakeAudit(AuditStore, AuditEntrySource):
    """The audit trail as a hash chain in memory, like ``MongoAuditStore``, and the source
    the relay and the watch read it from.

    ``chained`` is the stored chain (tests tamper with it directly); ``checkpoints`` the
    retention checkpoints.
    """

    def __init__(self, *, key: bytes | None = None) -> None:
        self.key = key if key is not None else chain_key("fake-audit-chain-key")
        self.chained: list[ChainedEntry] = []
        self.checkpoints: list[Checkpoint] = []
        self._lock = threading.Lock()

    @property
    def records(self) -> list[AuditRecord]:
        return [entry.record for entry in self.chained]

    def append(self, record: AuditRecord) -> None:
        with self._lock:
            head: tuple[int, str] | None = None
            if self.chained:
                newest = max(self.chained, key=lambda e: e.seq)
                head = (newest.seq, newest.hash)
            elif self.checkpoints:
                checkpoint = self.latest_checkpoint()
                assert checkpoint is not None
                head = (checkpoint.seq, checkpoint.hash)
            self.chained.append(next_entry(self.key, head=head, record=record))

    def entries(self, *, after_seq: int = 0) -> list[ChainedEntry]:
        # Stable sort, like an index on seq: a duplicated number keeps its stored order.
        return sorted((e for e in self.chained if e.seq > after_seq), key=lambda e: e.seq)

    def entries_after(self, seq: int, *, limit: int) -> list[ChainedEntry]:
        """Like the store: exactly the ids ``seq + 1 .. seq + limit``, whatever is there of
        them, read in parts of ``IN_CHUNK`` ids; after a part with a hole, no more (past a
        hole the store returns at most the rest of that part, not ``limit`` entries)."""
        present = {e.seq: e for e in self.entries(after_seq=seq) if e.seq <= seq + limit}
        found: list[ChainedEntry] = []
        for start in range(seq + 1, seq + limit + 1, IN_CHUNK):
            part = range(start, min(start + IN_CHUNK, seq + limit + 1))
            found.extend(present[n] for n in part if n in present)
            if any(n not in present for n in part):
                break
        return found

    def latest_checkpoint(self) -> Checkpoint | None:
        return max(self.checkpoints, key=lambda c: c.seq, default=None)

    def add_checkpoint(self, checkpoint: Checkpoint) -> None:
        if all(c.seq != checkpoint.seq for c in self.checkpoints):
            self.checkpoints.append(checkpoint)

    def delete_through(self, seq: int) -> int:
        before = len(self.chained)
        self.chained = [e for e in self.chained if e.seq > seq]
        return before - len(self.chained)

    def query(
        self, audit_filter: AuditFilter, *, before: str | None, limit: int
    ) -> list[AuditRecord]:
        def keep(record: AuditRecord) -> bool:
            for field in (
                "survivor_id",
                "survivor_organisation_id",
                "user_id",
                "organisation_id",
                "action",
                "outcome",
            ):
                wanted = getattr(audit_filter, field)
                if wanted is not None and getattr(record, field) != wanted:
                    return False
            if audit_filter.since is not None and record.at < audit_filter.since:
                return False
            if audit_filter.until is not None and record.at >= audit_filter.until:
                return False
            return before is None or record.id < before

        found = sorted((r for r in self.records if keep(r)), key=lambda r: r.id, reverse=True)
        return found[:limit]

    def any_about(self, *, survivor_id: str, survivor_organisation_id: str) -> bool:
        return any(
            r.survivor_id == survivor_id and r.survivor_organisation_id == survivor_organisation_id
            for r in self.records
        )


class FakeChainStatus(ChainStatusStore):
    def __init__(self) -> None:
        self.status: ChainStatus | None = None
        self.full_check: ChainStatus | None = None

    def load(self) -> ChainStatus | None:
        return self.status

    def load_full_check(self) -> ChainStatus | None:
        return self.full_check

    def save_full_check(self, status: ChainStatus) -> None:
        self.full_check = status

    def save_if_unchanged(self, status: ChainStatus, *, loaded: ChainStatus | None) -> bool:
        if self.status != loaded:
            return False
        self.status = status
        return True


@dataclass
class FakeStores(Stores):
    """The stores over the in-memory fakes, typed as the fakes so a test can look inside
    them."""

    organisations: FakeOrganisations
    users: FakeUsers
    sessions: FakeSessions
    idempotency: FakeIdempotency
    rate_counter: FakeRateCounter
    login_failures: FakeLoginFailures
    audit: FakeAudit
    partnerships: FakePartnerships
    chain_status: FakeChainStatus


def fake_stores() -> FakeStores:
    return FakeStores(
        organisations=FakeOrganisations(),
        users=FakeUsers(),
        sessions=FakeSessions(),
        idempotency=FakeIdempotency(),
        rate_counter=FakeRateCounter(),
        login_failures=FakeLoginFailures(),
        audit=FakeAudit(),
        partnerships=FakePartnerships(),
        chain_status=FakeChainStatus(),
    )


def audit_record(at: datetime, n: int, **overrides: Any) -> AuditRecord:
    """The n-th of a run of distinct, ordinary audit records (an officer reading a case)."""
    values: dict[str, Any] = {
        "id": new_id("aud"),
        "at": at,
        "user_id": f"usr_{n}",
        "organisation_id": "org_ngo",
        "role": "reintegration_officer",
        "action": "survivor.read",
        "purpose": Purpose.CASE_MANAGEMENT,
        "outcome": AuditOutcome.SUCCEEDED,
        "request_id": f"req-{n:08d}",
        "survivor_id": f"srv_{n}",
        "survivor_organisation_id": "org_ngo",
    }
    values.update(overrides)
    return AuditRecord(**values)
