"""One contract, two stores: the unit tests' ``FakeUsers`` and ``MongoUserStore`` on a real
FerretDB answer every case the same way (``gateway.ports.UserStore``).

Logins, lock-outs and the administrators' user pages stand on the fake in unit tests. The
rules: a user is kept as given, found by id and by username key (``username_key``: NFC,
case-folded, trimmed); one user per username key, a taken one is a ``Conflict`` that
writes nothing; listings in id order, of one organisation or of all, after a cursor and up
to a limit; a replace lands only on the version it was read at and never undoes the
lock-out counters that logins write meanwhile; failures count up to the threshold, which
locks the account until the given time, without a new version (an administrator's edit
read before it must still land); a successful login clears failures and lock and stores a
rehashed password when there is one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.mongo_directory import MongoUserStore
from gateway.auth.roles import Role
from gateway.bootstrap import ensure_indexes
from gateway.directory.models import User, username_key
from gateway.errors import Conflict
from gateway.ports import UserStore
from tests.unit.gateway.fakes import FakeUsers

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
LOCKED_UNTIL = T0 + timedelta(minutes=15)


@pytest.fixture(params=["fake", "mongodb"])
def store(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[UserStore]:
    if request.param == "fake":
        yield FakeUsers()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"usr_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoUserStore(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _user(n: int, username: str | None = None, **changes: Any) -> User:
    values: dict[str, Any] = {
        "id": f"usr_{n:04d}",
        "organisation_id": "org_ngo",
        "username": username if username is not None else f"officer.{n}",
        "role": Role.REINTEGRATION_OFFICER,
        "password_hash": f"$argon2id$hash-{n}",
        "created_at": T0 + timedelta(minutes=n),
    }
    values.update(changes)
    return User(**values)


def _stored(store: UserStore, user_id: str) -> User:
    found = store.get(user_id)
    assert found is not None
    return found


def test_a_user_is_kept_as_given_and_found_by_id_and_by_username(store: UserStore) -> None:
    user = _user(1, "Sokha.Chan", role=Role.FACILITATOR)
    store.add(user)
    assert store.get(user.id) == user
    assert store.get_by_username(username_key("  SOKHA.chan ")) == user
    assert store.get("usr_unknown") is None
    assert store.get_by_username(username_key("nobody")) is None


def test_one_user_per_username_whatever_its_case(store: UserStore) -> None:
    first = _user(1, "Sokha.Chan")
    store.add(first)
    with pytest.raises(Conflict):
        store.add(_user(2, "sokha.CHAN", organisation_id="org_other"))
    assert store.get("usr_0002") is None
    assert store.get_by_username(username_key("sokha.chan")) == first
    assert [u.id for u in store.list(organisation_id=None, after=None, limit=10)] == [first.id]


def test_users_are_listed_in_id_order_by_organisation_and_paged(store: UserStore) -> None:
    for n in (4, 1, 6, 3, 2, 5):  # added out of order: the listing is by id
        store.add(_user(n, organisation_id="org_ngo" if n % 2 else "org_peer"))
    everyone = store.list(organisation_id=None, after=None, limit=10)
    assert [u.id for u in everyone] == [f"usr_{n:04d}" for n in range(1, 7)]
    first = store.list(organisation_id="org_ngo", after=None, limit=2)
    assert [u.id for u in first] == ["usr_0001", "usr_0003"]
    rest = store.list(organisation_id="org_ngo", after=first[-1].id, limit=10)
    assert [u.id for u in rest] == ["usr_0005"]
    assert store.list(organisation_id="org_nobody", after=None, limit=10) == []


def test_a_replace_lands_only_on_the_version_it_was_read_at(store: UserStore) -> None:
    user = _user(1)
    store.add(user)
    disabled = replace(user, disabled=True, version=2)
    assert store.replace(disabled, expected_version=1)
    # Another administrator's change read at version 1 loses, and changes nothing.
    assert not store.replace(replace(user, role=Role.FACILITATOR, version=2), expected_version=1)
    assert store.get(user.id) == disabled
    # Nothing stored under that id: nothing to replace, and nothing is created.
    assert not store.replace(_user(9), expected_version=1)
    assert store.get("usr_0009") is None


def test_failed_logins_lock_the_account_at_the_threshold_without_a_new_version(
    store: UserStore,
) -> None:
    user = _user(1)
    store.add(user)
    for _ in range(2):
        store.count_failed_login(user.id, threshold=3, lock_until=LOCKED_UNTIL)
    counted = _stored(store, user.id)
    assert (counted.failed_logins, counted.locked_until) == (2, None)
    store.count_failed_login(user.id, threshold=3, lock_until=LOCKED_UNTIL)
    locked = _stored(store, user.id)
    assert locked.locked_until == LOCKED_UNTIL
    assert locked.locked(now=LOCKED_UNTIL - timedelta(seconds=1))
    assert not locked.locked(now=LOCKED_UNTIL)
    assert locked.version == 1
    assert (locked.password_hash, locked.disabled) == (user.password_hash, False)


def test_an_administrators_edit_keeps_the_lock_out_that_logins_wrote_meanwhile(
    store: UserStore,
) -> None:
    user = _user(1)
    store.add(user)
    read_by_admin = _stored(store, user.id)
    for _ in range(3):
        store.count_failed_login(user.id, threshold=3, lock_until=LOCKED_UNTIL)
    changed = replace(read_by_admin, role=Role.FACILITATOR, version=2)
    assert store.replace(changed, expected_version=1)
    after = _stored(store, user.id)
    assert (after.role, after.version) == (Role.FACILITATOR, 2)
    assert after.locked_until == LOCKED_UNTIL


def test_a_successful_login_clears_failures_and_lock_and_keeps_a_rehash(
    store: UserStore,
) -> None:
    user = _user(1)
    store.add(user)
    store.count_failed_login(user.id, threshold=5, lock_until=LOCKED_UNTIL)
    store.record_login(user.id, new_password_hash=None)
    kept = _stored(store, user.id)
    assert (kept.failed_logins, kept.locked_until, kept.password_hash) == (
        0,
        None,
        user.password_hash,
    )
    for _ in range(5):
        store.count_failed_login(user.id, threshold=5, lock_until=LOCKED_UNTIL)
    assert _stored(store, user.id).locked_until == LOCKED_UNTIL
    store.record_login(user.id, new_password_hash="$argon2id$stronger")
    rehashed = _stored(store, user.id)
    assert (rehashed.failed_logins, rehashed.locked_until, rehashed.password_hash) == (
        0,
        None,
        "$argon2id$stronger",
    )
    assert rehashed.version == 1
