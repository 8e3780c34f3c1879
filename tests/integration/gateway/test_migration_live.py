"""``python -m gateway migrate`` against real FerretDB, on documents in the shape older code
wrote (inserted raw, with the old indexes): the stores work before and after, the audit
chain still verifies, only counts are printed, and a second run changes nothing."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

from bson import ObjectId
from bson.binary import Binary
from pymongo import ASCENDING, MongoClient

from gateway.adapters.migration import ANSWERS_MARKER
from gateway.adapters.mongo_audit import MongoAuditStore, entry_id
from gateway.adapters.mongo_directory import MongoOrganisationStore, MongoUserStore
from gateway.adapters.mongo_idempotency import MongoIdempotencyStore
from gateway.adapters.mongo_sessions import MongoSessionStore
from gateway.audit.chain import next_entry, sign_checkpoint
from gateway.audit.records import AuditFilter, AuditOutcome, AuditRecord, Purpose
from gateway.config import GatewaySettings
from gateway.ids import new_id
from gateway.ports import IdempotencyClaim
from tests.support.processes import run_module

CHAIN_SECRET = "integration-audit-chain-secret-0123456789"
USERNAME = "Somchai.Migrated@example.org"
USERNAME_KEY = USERNAME.casefold()
DISTRICT = "Canary-Migrated-District"
REASON = "canary-migrated-reason-too-far-from-home"
REGISTRATION_ANSWER = json.dumps(
    {"id": "srv_1", "profile": {"residence": {"district": DISTRICT}}}
).encode()
DECISION_ANSWER = json.dumps(
    {"id": "m_1", "survivor_id": "srv_1", "history": [{"reason": REASON}]}
).encode()


def _key() -> bytes:
    return GatewaySettings(audit_chain_secret=CHAIN_SECRET).audit_chain_key


def _run(mongodb_uri: str, database: str, command: str) -> tuple[int, dict[str, Any], str]:
    done = run_module(
        "gateway",
        [command],
        env={
            "PATHWAYS_MONGODB_URI": mongodb_uri,
            "PATHWAYS_MONGODB_DATABASE": database,
            "PATHWAYS_AUDIT_CHAIN_SECRET": CHAIN_SECRET,
        },
    )
    assert done.stdout.strip(), done.stderr
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1]), done.stdout


def _record(n: int, at: datetime) -> AuditRecord:
    return AuditRecord(
        id=new_id("aud"),
        at=at,
        user_id="usr_old",
        organisation_id="org_old",
        role="reintegration_officer",
        action="survivor.read",
        purpose=Purpose.CASE_MANAGEMENT,
        outcome=AuditOutcome.SUCCEEDED,
        request_id=f"req-{n}",
        survivor_id=f"srv_{n}",
        survivor_organisation_id="org_old",
    )


def _old_audit(db: Any, now: datetime) -> list[AuditRecord]:
    """Six entries as older code stored them (``_id`` = record id, unique ``seq``), the
    first two pruned behind a checkpoint, the relay at 4."""
    db.audit_records.create_index([("seq", ASCENDING)], unique=True)
    records = [_record(n, now - timedelta(minutes=10 - n)) for n in range(1, 7)]
    head: tuple[int, str] | None = None
    for record in records:
        entry = next_entry(_key(), head=head, record=record)
        head = (entry.seq, entry.hash)
        if entry.seq == 2:
            checkpoint = sign_checkpoint(_key(), seq=2, hash_=entry.hash, at=now)
            db.audit_checkpoints.insert_one(
                {
                    "_id": 2,
                    "seq": 2,
                    "hash": checkpoint.hash,
                    "at": checkpoint.at,
                    "mac": checkpoint.mac,
                }
            )
        if entry.seq <= 2:
            continue
        db.audit_records.insert_one(
            {
                "_id": record.id,
                "at": record.at,
                "user_id": record.user_id,
                "organisation_id": record.organisation_id,
                "role": record.role,
                "action": record.action,
                "purpose": record.purpose.value,
                "outcome": record.outcome.value,
                "request_id": record.request_id,
                "survivor_id": record.survivor_id,
                "survivor_organisation_id": record.survivor_organisation_id,
                "target_id": record.target_id,
                "seq": entry.seq,
                "prev_hash": entry.prev_hash,
                "hash": entry.hash,
            }
        )
    db.audit_relay.insert_one({"_id": "audit.v1", "seq": 4, "updated_at": now})
    return records


def _old_rest(db: Any, now: datetime) -> None:
    future, past = now + timedelta(hours=1), now - timedelta(hours=1)
    db.idempotency_keys.create_index([("principal", ASCENDING), ("key", ASCENDING)], unique=True)
    digest = hashlib.sha256(b"key-1").hexdigest()
    db.idempotency_keys.insert_many(
        [
            {
                "_id": ObjectId(),
                "principal": "usr_old",
                "key": digest,
                "fingerprint": "fp-1",
                "state": "completed",
                "created_at": now,
                "expires_at": future,
                "status": 201,
                "body": Binary(REGISTRATION_ANSWER),
                "headers": [{"name": "location", "value": "/v1/survivors/srv_1"}],
            },
            {
                # A decision's whole answer, the survivor's reason in it: no Location to
                # read it back from, so the migration deletes it.
                "_id": ObjectId(),
                "principal": "usr_old",
                "key": hashlib.sha256(b"key-2").hexdigest(),
                "fingerprint": "fp-3",
                "state": "completed",
                "created_at": now,
                "expires_at": future,
                "status": 200,
                "body": Binary(DECISION_ANSWER),
                "headers": [{"name": "content-type", "value": "application/json"}],
            },
            {
                "_id": ObjectId(),
                "principal": "usr_old",
                "key": hashlib.sha256(b"key-old").hexdigest(),
                "fingerprint": "fp-2",
                "state": "completed",
                "created_at": past,
                "expires_at": past,
            },
        ]
    )
    db.organisations.insert_many(
        [
            {
                "_id": org,
                "name": name,
                "name_key": name.casefold(),
                "type": "ngo",
                "country": "TH",
                "created_at": past,
                "version": 1,
                "vetted_at": None,
                "vetted_by": None,
            }
            for org, name in (("org_old", "Old NGO"), ("org_empty", "Empty NGO"))
        ]
    )
    db.users.create_index([("username_key", ASCENDING)], unique=True)
    db.users.insert_one(
        {
            "_id": "usr_old",
            "organisation_id": "org_old",
            "username": USERNAME,
            "username_key": USERNAME_KEY,
            "role": "reintegration_officer",
            "password_hash": "$argon2id$not-a-real-hash",
            "created_at": past,
            "version": 1,
            "disabled": False,
            "failed_logins": 0,
            "locked_until": None,
        }
    )
    db.sessions.create_index([("user_id", ASCENDING)])
    session = {
        "user_id": "usr_old",
        "created_at": past,
        "refresh_digest": "d",
        "refresh_expires_at": future,
        "used_digests": [],
        "revoked_at": None,
        "revoked_reason": None,
    }
    db.sessions.insert_many(
        [
            session | {"_id": "ses_open", "expires_at": future},
            session | {"_id": "ses_expired", "expires_at": past},
        ]
    )
    db.rate_counters.insert_many(
        [
            {"_id": "login:x@1", "count": 3, "expires_at": past},
            {"_id": "login:x@2", "count": 1, "expires_at": future},
        ]
    )


def test_migrate_rekeys_old_documents_and_the_stores_keep_working(
    mongodb_uri: str, unique_name: str
) -> None:
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    try:
        db = client[unique_name]
        now = datetime.now(UTC).replace(microsecond=0)
        records = _old_audit(db, now)
        _old_rest(db, now)

        # Before any migration the stores answer from the old shape.
        assert MongoUserStore(db).get_by_username(USERNAME_KEY) is not None
        before, stored = MongoIdempotencyStore(db).claim(
            principal="usr_old", key="key-1", fingerprint="fp-1", now=now, lock_until=now
        )
        assert before is IdempotencyClaim.COMPLETED
        assert stored is not None
        assert stored.status == 201
        # Even before the migration, the store never hands out the body older code kept.
        assert stored.location == "/v1/survivors/srv_1"
        assert DISTRICT not in repr(stored)

        code, first, stdout = _run(mongodb_uri, unique_name, "migrate")
        assert code == 0, first
        print(f"gateway migrate, first run: {first}")
        assert USERNAME not in stdout
        assert USERNAME_KEY not in stdout
        counts = first["counts"]
        assert counts["audit_records"] == {
            "rekeyed": 4,
            "unchained_named": 0,
            "checkpoint_copied": 1,
        }
        assert counts["idempotency_keys"] == {"rekeyed": 2, "expired_deleted": 1}
        assert counts["idempotency_answers"] == {"answers_stripped": 1, "answers_deleted": 1}
        assert counts["users"] == {"usernames_listed": 1}
        # The NGO with an account has members now (its next admin-made account waits for
        # their approval); the one without has none. The old account reads as approved.
        assert counts["organisations"] == {"organisations_marked": 1}
        organisations = MongoOrganisationStore(db)
        old, empty = organisations.get("org_old"), organisations.get("org_empty")
        assert old is not None
        assert old.has_members
        assert empty is not None
        assert not empty.has_members
        migrated_user = MongoUserStore(db).get("usr_old")
        assert migrated_user is not None
        assert migrated_user.may_sign_in
        assert counts["sessions"] == {"sessions_listed": 1}
        assert counts["rate_counters"] == {"filed_for_expiry": 1, "expired_deleted": 1}

        # The audit chain: ids are sequence numbers, record ids kept, still verifies.
        assert sorted(d["_id"] for d in db.audit_records.find({})) == [
            entry_id(n) for n in range(3, 7)
        ]
        assert {d["record_id"] for d in db.audit_records.find({})} == {r.id for r in records[2:]}
        code, report, _ = _run(mongodb_uri, unique_name, "verify-audit")
        assert code == 0, report
        assert (report["checkpoint_seq"], report["head_seq"], report["checked"]) == (2, 6, 4)

        audit = MongoAuditStore(db, chain_key=_key())
        appended = _record(7, now)
        audit.append(appended)  # finds the head from the relay position, by _id
        assert [e.seq for e in audit.entries_after(4, limit=500)] == [5, 6, 7]
        assert audit.entries_after(4, limit=500)[-1].record.id == appended.id
        listed = audit.query(AuditFilter(survivor_id="srv_3"), before=None, limit=10)
        assert [r.id for r in listed] == [records[2].id]
        code, report, _ = _run(mongodb_uri, unique_name, "verify-audit")
        assert code == 0, report
        assert report["head_seq"] == 7

        # Idempotency: the live record answers under its new id; the expired one is gone.
        state, stored = MongoIdempotencyStore(db).claim(
            principal="usr_old", key="key-1", fingerprint="fp-1", now=now, lock_until=now
        )
        assert state is IdempotencyClaim.COMPLETED
        assert stored is not None
        assert (stored.status, stored.location, stored.survivors) == (
            201,
            "/v1/survivors/srv_1",
            ("srv_1",),
        )
        assert db.idempotency_keys.count_documents({}) == 1
        raw = repr(list(db.idempotency_keys.find({})))
        assert DISTRICT not in raw
        assert REASON not in raw
        assert "body" not in raw
        # Filed under its survivor, so erasing them empties it.
        assert MongoIdempotencyStore(db).erase_survivor(survivor_id="srv_1") == 1
        emptied, _ = MongoIdempotencyStore(db).claim(
            principal="usr_old", key="key-1", fingerprint="other", now=now, lock_until=now
        )
        assert emptied is IdempotencyClaim.COMPLETED
        assert "srv_1" not in repr(list(db.idempotency_keys.find({})))
        assert db.idempotency_survivors.count_documents({}) == 0

        # Login's lookup by name, and revoking every session of the user.
        user = MongoUserStore(db).get_by_username(USERNAME_KEY)
        assert user is not None
        assert user.id == "usr_old"
        MongoSessionStore(db).revoke_all_of_user("usr_old", at=now, reason="account changed")
        revoked = db.sessions.find_one({"_id": "ses_open"})
        assert revoked is not None
        assert revoked["revoked_reason"] == "account changed"

        code, second, _ = _run(mongodb_uri, unique_name, "migrate")
        assert code == 0, second
        assert second == {"counts": {}}
        # Interrupted before its marker was written, the answers step finds nothing to do.
        db.gateway_migrations.delete_one({"_id": ANSWERS_MARKER})
        code, again, _ = _run(mongodb_uri, unique_name, "migrate")
        assert code == 0, again
        assert again == {
            "counts": {"idempotency_answers": {"answers_stripped": 0, "answers_deleted": 0}}
        }
        code, report, _ = _run(mongodb_uri, unique_name, "verify-audit")
        assert code == 0, report
    finally:
        client.drop_database(unique_name)
        client.close()


def test_migrate_on_a_fresh_database_only_marks_it(mongodb_uri: str, unique_name: str) -> None:
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    try:
        code, first, _ = _run(mongodb_uri, unique_name, "migrate")
        assert code == 0, first
        assert all(value == 0 for counts in first["counts"].values() for value in counts.values())
        code, second, _ = _run(mongodb_uri, unique_name, "migrate")
        assert (code, second) == (0, {"counts": {}})
    finally:
        client.drop_database(unique_name)
        client.close()
