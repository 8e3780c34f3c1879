"""The session says who is calling, on real FerretDB: one ``_id`` read per request, and
sessions older code wrote (without organisation or role) keep working and are filled in.

The gateway's services run on the real MongoDB stores here; commands are recorded with
pymongo's monitoring (``tests.support.store_commands``) to hold the request path to one
read by ``_id``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from pymongo import MongoClient
from pymongo.database import Database

from gateway.adapters.mongo_sessions import (
    COLLECTION,
    MongoSessionStore,
    migrate_session_identities,
)
from gateway.adapters.schema import MIGRATIONS_COLLECTION
from gateway.auth.passwords import Passwords
from gateway.auth.roles import OrganisationType, Role
from gateway.bootstrap import Gateway, build_gateway, ensure_indexes, mongo_stores
from gateway.config import GatewaySettings
from gateway.errors import Unauthenticated
from gateway.ports import Session
from tests.support.store_commands import StoreCommandRecorder

PASSWORD = "correct horse battery staple"
SECRET = "a-signing-secret-the-forger-also-holds"


class _Clock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


@pytest.fixture
def store(
    mongodb_uri: str, unique_name: str
) -> Iterator[tuple[Database[Any], StoreCommandRecorder]]:
    recorder = StoreCommandRecorder(database=unique_name, recording=False)
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True, event_listeners=[recorder])
    db = client[unique_name]
    ensure_indexes(db)
    try:
        yield db, recorder
    finally:
        client.drop_database(unique_name)
        client.close()


def _gateway(db: Database[dict[str, Any]], clock: _Clock) -> Gateway:
    settings = GatewaySettings(environment="test", jwt_secret=SECRET)
    return build_gateway(
        settings,
        stores=mongo_stores(db),
        clock=clock,
        passwords=Passwords(time_cost=1, memory_cost_kib=8, parallelism=1),
    )


def _resigned(token: str, **claims: object) -> str:
    key = hashlib.sha256(b"pathways-access-token:" + SECRET.encode()).digest()
    original = jwt.decode(token, options={"verify_signature": False})
    return jwt.encode(original | claims, key, algorithm="HS256")


def _officer(gateway: Gateway, name: str = "Dara") -> str:
    ngo = gateway.directory.create_organisation(
        name=f"Hope {name}", type=OrganisationType.NGO, country="KH"
    )
    return gateway.directory.create_user(
        organisation_id=ngo.id, username=name, role=Role.REINTEGRATION_OFFICER, password=PASSWORD
    ).id


def test_a_request_reads_its_session_once_by_id_and_believes_no_claim(
    store: tuple[Database[Any], StoreCommandRecorder],
) -> None:
    db, recorder = store
    clock = _Clock(datetime.now(UTC).replace(microsecond=0))
    gateway = _gateway(db, clock)
    _officer(gateway)
    platform = gateway.directory.create_organisation(
        name="Platform", type=OrganisationType.PLATFORM, country="KH"
    )
    pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    forged = _resigned(pair.access_token, role="platform_admin", org=platform.id)

    recorder.recording = True
    principal = gateway.authenticator.authenticate(access_token=forged)
    recorder.recording = False

    assert (principal.role, principal.organisation_id) == (
        Role.REINTEGRATION_OFFICER,
        pair.principal.organisation_id,
    )
    assert [(r["collection"], r["command"]) for r in recorder.records] == [(COLLECTION, "find")]
    assert recorder.scans() == []
    stored = db[COLLECTION].find_one({"_id": principal.session_id})
    assert stored is not None
    assert (stored["role"], stored["organisation_id"]) == (
        "reintegration_officer",
        pair.principal.organisation_id,
    )


def _as_older_code_wrote(db: Database[dict[str, Any]], session_id: str) -> None:
    """The session document as the previous release wrote it: no organisation, no role."""
    db[COLLECTION].update_one({"_id": session_id}, {"$unset": {"organisation_id": "", "role": ""}})


def test_sessions_older_code_opened_keep_working_and_are_filled_in_once(
    store: tuple[Database[Any], StoreCommandRecorder],
) -> None:
    db, recorder = store
    now = datetime.now(UTC).replace(microsecond=0)
    clock = _Clock(now)
    gateway = _gateway(db, clock)
    _officer(gateway, "Dara")
    disabled_id = _officer(gateway, "Sok")
    open_pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    ended_pair = gateway.authenticator.login(username="dara", password=PASSWORD)
    gateway.authenticator.logout(principal=ended_pair.principal)
    disabled_pair = gateway.authenticator.login(username="sok", password=PASSWORD)
    for pair in (open_pair, ended_pair, disabled_pair):
        _as_older_code_wrote(db, pair.principal.session_id)
    # Sok was disabled by older code whose change missed this session (no list yet).
    db.users.update_one({"_id": disabled_id}, {"$set": {"disabled": True}})
    sessions = MongoSessionStore(db)
    legacy = sessions.get(open_pair.principal.session_id)
    assert legacy is not None
    assert (legacy.role, legacy.organisation_id) == (None, None)

    # Before the migration: answered from the user record, claims still ignored.
    recorder.recording = True
    principal = gateway.authenticator.authenticate(
        access_token=_resigned(open_pair.access_token, role="platform_admin")
    )
    recorder.recording = False
    assert principal.role is Role.REINTEGRATION_OFFICER
    assert [(r["collection"], r["command"]) for r in recorder.records] == [
        (COLLECTION, "find"),
        ("users", "find"),
    ]
    assert recorder.scans() == []
    with pytest.raises(Unauthenticated):
        gateway.authenticator.authenticate(access_token=disabled_pair.access_token)

    # The gateway's start-up migration found no sessions of older code (there were none
    # then) and left its marker; these sessions stand for ones older code wrote before it.
    db[MIGRATIONS_COLLECTION].delete_one({"_id": "session-identities-ids-v2"})
    counts = migrate_session_identities(db, now=now)

    assert counts == {"sessions_identified": 1, "sessions_ended": 1}
    filled = sessions.get(open_pair.principal.session_id)
    assert filled is not None
    assert (filled.role, filled.organisation_id) == (
        Role.REINTEGRATION_OFFICER,
        open_pair.principal.organisation_id,
    )
    ended = sessions.get(disabled_pair.principal.session_id)
    assert ended is not None
    assert ended.revoked_at is not None
    logged_out = sessions.get(ended_pair.principal.session_id)
    assert logged_out is not None
    assert logged_out.role is None  # over already: left as it was
    # After it, one read again; and a second run only reads its marker.
    recorder.clear()
    recorder.recording = True
    assert gateway.authenticator.authenticate(access_token=open_pair.access_token).role is (
        Role.REINTEGRATION_OFFICER
    )
    assert [(r["collection"], r["command"]) for r in recorder.records] == [(COLLECTION, "find")]
    recorder.clear()
    assert migrate_session_identities(db, now=now + timedelta(minutes=1)) is None
    recorder.recording = False
    assert [r["collection"] for r in recorder.records] == ["gateway_migrations"]


def test_the_store_keeps_organisation_and_role_through_rotation_and_revocation(
    store: tuple[Database[Any], StoreCommandRecorder],
) -> None:
    db, _recorder = store
    now = datetime.now(UTC).replace(microsecond=0)
    sessions = MongoSessionStore(db)
    session = Session(
        id="ses_identity_1",
        user_id="usr_1",
        created_at=now,
        expires_at=now + timedelta(hours=1),
        refresh_digest="d0",
        refresh_expires_at=now + timedelta(minutes=30),
        organisation_id="org_1",
        role=Role.FACILITATOR,
    )
    sessions.add(session)
    assert sessions.rotate(
        session.id, old_digest="d0", new_digest="d1", refresh_expires_at=now + timedelta(hours=1)
    )
    rotated = sessions.get(session.id)
    assert rotated is not None
    assert (rotated.organisation_id, rotated.role, rotated.refresh_digest) == (
        "org_1",
        Role.FACILITATOR,
        "d1",
    )
    sessions.revoke_all_of_user("usr_1", at=now, reason="account changed")
    revoked = sessions.get(session.id)
    assert revoked is not None
    assert revoked.revoked_at is not None
