"""Every hot and periodic store access of the gateway is by ``_id``, against real FerretDB.

The commands the stores send are recorded with pymongo's command monitoring while they do
what requests, logins, the audit relay and the expiry sweeps do, on a database already
holding data; every read, update and delete must filter by an exact ``_id`` or a bounded
``$in`` of ids (FerretDB v1 scans the whole collection for anything else), as the shared
recorder judges it (``tests.support.store_commands``).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import MongoClient

from gateway.adapters.audit_events import MongoAuditRelayPosition
from gateway.adapters.mongo_audit import MongoAuditStore
from gateway.adapters.mongo_directory import MongoUserStore
from gateway.adapters.mongo_idempotency import MongoIdempotencyStore
from gateway.adapters.mongo_rate_limits import MongoRateCounter
from gateway.adapters.mongo_sessions import MongoSessionStore
from gateway.audit.records import AuditOutcome, AuditRecord, Purpose
from gateway.auth.roles import Role
from gateway.bootstrap import ensure_indexes
from gateway.directory.models import User
from gateway.ids import new_id
from gateway.ports import IdempotencyClaim, Session, StoredResponse
from tests.support.store_commands import StoreCommandRecorder


def _record(n: int, at: datetime) -> AuditRecord:
    return AuditRecord(
        id=new_id("aud"),
        at=at,
        user_id="usr_1",
        organisation_id="org_1",
        role="reintegration_officer",
        action="survivor.read",
        purpose=Purpose.CASE_MANAGEMENT,
        outcome=AuditOutcome.SUCCEEDED,
        request_id=f"req-{n}",
        survivor_id=f"srv_{n}",
        survivor_organisation_id="org_1",
    )


def _user(n: int, now: datetime) -> User:
    return User(
        id=new_id("usr"),
        organisation_id="org_1",
        username=f"officer-{n}",
        role=Role.REINTEGRATION_OFFICER,
        password_hash="$argon2id$not-a-real-hash",
        created_at=now,
    )


def _session(user_id: str, now: datetime) -> Session:
    return Session(
        id=new_id("ses"),
        user_id=user_id,
        created_at=now,
        expires_at=now + timedelta(minutes=30),
        refresh_digest="d0",
        refresh_expires_at=now + timedelta(minutes=10),
    )


def test_hot_and_periodic_store_accesses_filter_by_id(mongodb_uri: str, unique_name: str) -> None:
    recorder = StoreCommandRecorder(database=unique_name, recording=False)
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True, event_listeners=[recorder])
    try:
        db = client[unique_name]
        ensure_indexes(db)  # indexes, then the id scheme's markers (a fresh database)
        now = datetime.now(UTC).replace(microsecond=0)
        audit = MongoAuditStore(db)
        for n in range(30):  # something stored already
            audit.append(_record(n, now))
        users = MongoUserStore(db)
        first = _user(0, now)
        users.add(first)
        for n in range(1, 5):
            users.add(_user(n, now))
        sessions = MongoSessionStore(db)
        old_session = _session(first.id, now - timedelta(hours=1))
        sessions.add(old_session)
        idempotency = MongoIdempotencyStore(db)
        rates = MongoRateCounter(db)
        position = MongoAuditRelayPosition(db)
        position.advance(20)

        recorder.recording = True
        # A request with an Idempotency-Key: claim, complete, a replay, a failed one.
        lock = now + timedelta(seconds=30)
        assert idempotency.claim(
            principal="usr_1", key="k1", fingerprint="f", now=now, lock_until=lock
        ) == (IdempotencyClaim.CLAIMED, None)
        idempotency.complete(
            principal="usr_1",
            key="k1",
            response=StoredResponse(
                status=201, location="/v1/survivors/srv_9", survivors=("srv_9",)
            ),
            now=now,
            expires_at=now + timedelta(minutes=10),
        )
        state, _ = idempotency.claim(
            principal="usr_1", key="k1", fingerprint="f", now=now, lock_until=lock
        )
        assert state is IdempotencyClaim.COMPLETED
        idempotency.claim(principal="usr_1", key="k2", fingerprint="f", now=now, lock_until=lock)
        idempotency.release(principal="usr_1", key="k2")
        # A round naming two survivors, one of whom is then erased.
        idempotency.claim(principal="usr_1", key="k4", fingerprint="f", now=now, lock_until=lock)
        idempotency.complete(
            principal="usr_1",
            key="k4",
            response=StoredResponse(status=200, receipt="{}", survivors=("srv_8", "srv_9")),
            now=now,
            expires_at=now + timedelta(minutes=10),
        )
        assert idempotency.erase_survivor(survivor_id="srv_9") == 2
        # Rate limits, login, refresh, logout, an account change.
        rates.hit(bucket="login:x", window_start=now, expires_at=now + timedelta(minutes=1))
        found = users.get_by_username("officer-0")
        assert found is not None
        assert found.id == first.id
        assert users.get_by_username("nobody") is None
        users.count_failed_login(first.id, threshold=5, lock_until=now)
        users.record_login(first.id, new_password_hash=None)
        session = _session(first.id, now)
        sessions.add(session)
        assert sessions.get(session.id) is not None
        assert sessions.rotate(
            session.id, old_digest="d0", new_digest="d1", refresh_expires_at=lock
        )
        sessions.revoke_all_of_user(first.id, at=now, reason="account changed")
        # The audit trail: a fresh process's first append (finds the head), the relay.
        fresh = MongoAuditStore(db)
        fresh.append(_record(30, now))
        assert [e.seq for e in fresh.entries_after(20, limit=500)] == list(range(21, 32))
        assert fresh.latest_checkpoint() is None
        assert position.published_through() == 20
        position.advance(31)
        # The sweeps, an hour later: what expired meanwhile goes, by _id.
        later = now + timedelta(hours=1)
        idempotency.claim(
            principal="usr_1",
            key="k3",
            fingerprint="f",
            now=later,
            lock_until=later + timedelta(seconds=30),
        )
        rates.hit(bucket="login:x", window_start=later, expires_at=later + timedelta(minutes=1))
        sessions.add(_session(first.id, later))
        recorder.recording = False

        assert not recorder.scans(), recorder.scans()
        assert len(recorder.records) > 40
        # The sweeps did delete what had expired: k1's and k4's records (k2 was released), the
        # first window's counter, the session that ended half an hour before.
        assert db.idempotency_keys.count_documents({}) == 1
        # srv_8's list went with the last record it named; srv_9's with the erasure.
        assert db.idempotency_survivors.count_documents({}) == 0
        assert db.rate_counters.count_documents({}) == 1
        assert db.sessions.find_one({"_id": old_session.id}) is None
    finally:
        client.drop_database(unique_name)
        client.close()
