"""One contract, two stores: the unit tests' ``FakeSessions`` and ``MongoSessionStore`` on a
real FerretDB answer every case the same way (``gateway.ports.SessionStore``).

Sessions are where logout, refresh-token reuse, disabling and role changes take effect;
the unit tests of those rules stand on the fake, so it must refuse and revoke exactly as
the store that runs in production does.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient
from pymongo.errors import DuplicateKeyError

from gateway.adapters.mongo_sessions import MongoSessionStore
from gateway.auth.roles import Role
from gateway.bootstrap import ensure_indexes
from gateway.ports import Session, SessionStore
from tests.unit.gateway.fakes import FakeSessions

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongodb"])
def store(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[SessionStore]:
    if request.param == "fake":
        yield FakeSessions()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"ses_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoSessionStore(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _session(user_id: str = "usr_1", **changes: Any) -> Session:
    values: dict[str, Any] = {
        "id": f"ses_{uuid.uuid4().hex[:12]}",
        "user_id": user_id,
        "created_at": T0,
        "expires_at": T0 + timedelta(days=30),
        "refresh_digest": "d0",
        "refresh_expires_at": T0 + timedelta(days=14),
        "organisation_id": "org_ngo",
        "role": Role.REINTEGRATION_OFFICER,
    }
    values.update(changes)
    return Session(**values)


def test_a_session_is_kept_as_given(store: SessionStore) -> None:
    session = _session()
    store.add(session)
    found = store.get(session.id)
    assert found is not None
    assert (found.user_id, found.refresh_digest, found.organisation_id, found.role) == (
        "usr_1",
        "d0",
        "org_ngo",
        Role.REINTEGRATION_OFFICER,
    )
    assert store.get("ses_unknown") is None


def test_a_refresh_token_rotates_once_and_a_spent_one_never_again(store: SessionStore) -> None:
    session = _session()
    store.add(session)
    later = T0 + timedelta(days=20)
    assert store.rotate(session.id, old_digest="d0", new_digest="d1", refresh_expires_at=later)
    # The same token again (copied, or a second concurrent refresh) loses.
    assert not store.rotate(session.id, old_digest="d0", new_digest="d2", refresh_expires_at=later)
    found = store.get(session.id)
    assert found is not None
    assert found.refresh_digest == "d1"
    assert "d0" in found.used_digests
    assert found.refresh_expires_at == later


def test_a_revoked_session_stays_revoked_and_cannot_rotate(store: SessionStore) -> None:
    session = _session()
    store.add(session)
    store.revoke(session.id, at=T0 + timedelta(hours=1), reason="logout")
    store.revoke(session.id, at=T0 + timedelta(hours=2), reason="again")
    found = store.get(session.id)
    assert found is not None
    assert (found.revoked_at, found.revoked_reason) == (T0 + timedelta(hours=1), "logout")
    assert not store.rotate(
        session.id, old_digest="d0", new_digest="d1", refresh_expires_at=T0 + timedelta(days=1)
    )


def test_ending_a_users_sessions_ends_all_of_theirs_and_no_one_elses(store: SessionStore) -> None:
    theirs = [_session("usr_a"), _session("usr_a")]
    other = _session("usr_b")
    for session in (*theirs, other):
        store.add(session)
    store.revoke_all_of_user("usr_a", at=T0 + timedelta(hours=3), reason="role_changed")
    for session in theirs:
        found = store.get(session.id)
        assert found is not None
        assert found.revoked_reason == "role_changed"
    untouched = store.get(other.id)
    assert untouched is not None
    assert untouched.revoked_at is None


class _ListCreatedMeanwhile:
    """The users' session lists as seen when another gateway instance opens the same user's
    first session between this one's look and its insert: the upsert meets a duplicate key."""

    def __init__(self, collection: Any) -> None:
        self._collection = collection
        self.raced = False

    def update_one(self, where: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        if not self.raced and kwargs.get("upsert"):
            self.raced = True
            self._collection.insert_one({"_id": where["_id"], "sessions": []})  # the other's
            raise DuplicateKeyError("E11000 duplicate key error", code=11000)
        return self._collection.update_one(where, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._collection, name)


def test_a_first_session_opened_on_two_instances_at_once_is_listed_and_revocable(
    mongodb_uri: str,
) -> None:
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"ses_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        store = MongoSessionStore(client[name])
        raced = _ListCreatedMeanwhile(client[name]["user_sessions"])
        store._by_user = raced  # type: ignore[assignment]
        session = _session("usr_race")

        store.add(session)

        assert raced.raced
        store.revoke_all_of_user("usr_race", at=T0 + timedelta(hours=1), reason="disabled")
        stored = store.get(session.id)
        assert stored is not None
        assert stored.revoked_at is not None  # reached through the list: nothing escapes
    finally:
        client.drop_database(name)
        client.close()
