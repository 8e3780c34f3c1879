"""One contract, two stores: the unit tests' ``FakeChainStatus`` and ``MongoChainStatusStore``
on a real FerretDB answer every case the same way (``gateway.ports.ChainStatusStore``).

The rules: two documents, each with one kind of writer, the watches' status (``chain``)
and the operator's last full check (``full_check``); neither write touches the other, so
a break a full check found is never lost to a watch pass under way. The watches' status is
saved only over the one a pass loaded (none at first): of two instances that loaded the
same status, the first to save wins and the other is told so. A full check's result
replaces the previous one's.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.adapters.chain_status import MongoChainStatusStore
from gateway.audit.chain import ChainBreak, ChainProblem
from gateway.bootstrap import ensure_indexes
from gateway.ports import ChainStatus, ChainStatusStore
from tests.unit.gateway.fakes import FakeChainStatus

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", "mongodb"])
def store(request: pytest.FixtureRequest, mongodb_uri: str) -> Iterator[ChainStatusStore]:
    if request.param == "fake":
        yield FakeChainStatus()
        return
    client: MongoClient[Any] = MongoClient(mongodb_uri, tz_aware=True)
    name = f"chs_{uuid.uuid4().hex[:10]}"
    try:
        ensure_indexes(client[name])
        yield MongoChainStatusStore(client[name])
    finally:
        client.drop_database(name)
        client.close()


def _status(through: int, *, seconds: int, **changes: Any) -> ChainStatus:
    """A status as a pass at ``T0 + seconds`` leaves it (every pass saves a new time)."""
    values: dict[str, Any] = {
        "through_seq": through,
        "head_hash": f"hash-{through}",
        "checked": through,
        "checked_at": T0 + timedelta(seconds=seconds),
    }
    values.update(changes)
    return ChainStatus(**values)


def test_nothing_is_stored_before_the_first_pass_and_the_first_is_kept_as_given(
    store: ChainStatusStore,
) -> None:
    assert store.load() is None
    assert store.load_full_check() is None
    first = _status(3, seconds=1)
    assert store.save_if_unchanged(first, loaded=None)
    assert store.load() == first
    assert store.load_full_check() is None


def test_of_two_first_passes_only_one_saves(store: ChainStatusStore) -> None:
    mine = _status(3, seconds=1)
    assert store.save_if_unchanged(mine, loaded=None)
    assert not store.save_if_unchanged(_status(2, seconds=2), loaded=None)
    assert store.load() == mine


def test_a_pass_saves_over_what_it_loaded_and_a_racing_pass_loses(
    store: ChainStatusStore,
) -> None:
    loaded = _status(3, seconds=1)
    store.save_if_unchanged(loaded, loaded=None)
    ahead = _status(7, seconds=5)
    assert store.save_if_unchanged(ahead, loaded=loaded)
    # Another instance's pass loaded the same status and finished later: it is told.
    assert not store.save_if_unchanged(_status(6, seconds=6), loaded=loaded)
    assert store.load() == ahead
    # A pass that loaded what is stored now goes on from it.
    broken = _status(7, seconds=9, first_break=ChainBreak(8, ChainProblem.BROKEN_LINK))
    assert store.save_if_unchanged(broken, loaded=ahead)
    assert store.load() == broken
    assert not broken.intact


def test_a_full_check_and_the_watches_never_overwrite_each_other(
    store: ChainStatusStore,
) -> None:
    watched = _status(10, seconds=1)
    store.save_if_unchanged(watched, loaded=None)
    found = _status(
        10,
        seconds=2,
        first_break=ChainBreak(4, ChainProblem.ALTERED),
        full_check_at=T0 + timedelta(seconds=2),
    )
    store.save_full_check(found)
    assert store.load() == watched
    assert store.load_full_check() == found
    # A watch pass under way meanwhile saves its own document, and the break stays.
    later = _status(12, seconds=3)
    assert store.save_if_unchanged(later, loaded=watched)
    assert store.load_full_check() == found
    # The next full check's result replaces the previous one's.
    restored = _status(12, seconds=4, full_check_at=T0 + timedelta(seconds=4))
    store.save_full_check(restored)
    assert store.load_full_check() == restored
    assert store.load() == later
