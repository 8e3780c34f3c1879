"""Retention in peer groups: closed groups' member lists and pool tombstones, in time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peer_groups.retention import PeerGroupsRetention, cutoff

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def test_the_cutoff_is_the_retention_before_now_and_zero_keeps_for_ever() -> None:
    assert cutoff(now=NOW, retention_days=30) == NOW - timedelta(days=30)
    assert cutoff(now=NOW, retention_days=0) is None


class _Groups:
    def __init__(self, closed_at: dict[str, datetime]) -> None:
        self.closed_at = closed_at
        self.members_removed: set[str] = set()

    def remove_members_closed_before(self, cutoff: datetime, *, at: datetime) -> int:
        del at
        due = {g for g, closed in self.closed_at.items() if closed <= cutoff}
        fresh = due - self.members_removed
        self.members_removed |= fresh
        return len(fresh)


class _Pool:
    def __init__(self, tombstones: list[str]) -> None:
        self.tombstones: dict[str, datetime | None] = dict.fromkeys(tombstones)
        self.compactions = 0

    def stamp_tombstones(self, *, at: datetime) -> int:
        undated = [t for t, when in self.tombstones.items() if when is None]
        for t in undated:
            self.tombstones[t] = at
        return len(undated)

    def delete_tombstones_before(self, cutoff: datetime) -> int:
        due = [t for t, when in self.tombstones.items() if when is not None and when <= cutoff]
        for t in due:
            del self.tombstones[t]
        return len(due)

    def compact_buckets(self) -> int:
        self.compactions += 1
        return 0


def test_member_lists_go_after_the_retention_and_a_rerun_removes_nothing_more() -> None:
    groups = _Groups({"g_old": NOW - timedelta(days=40), "g_new": NOW - timedelta(days=5)})
    job = PeerGroupsRetention(
        groups=groups, pool=_Pool([]), closed_group_members_days=30, tombstone_days=0
    )
    assert job.run(now=NOW).member_lists_removed == 1
    assert groups.members_removed == {"g_old"}
    assert job.run(now=NOW).member_lists_removed == 0


def test_a_tombstone_is_kept_for_its_retention_after_it_is_first_seen() -> None:
    pool = _Pool(["srv_erased"])
    job = PeerGroupsRetention(
        groups=_Groups({}), pool=pool, closed_group_members_days=0, tombstone_days=14
    )
    first = job.run(now=NOW)
    assert (first.tombstones_dated, first.tombstones_deleted) == (1, 0)
    assert job.run(now=NOW + timedelta(days=13)).tombstones_deleted == 0
    assert job.run(now=NOW + timedelta(days=14)).tombstones_deleted == 1
    assert not pool.tombstones
    assert job.run(now=NOW + timedelta(days=15)).tombstones_deleted == 0


def test_zero_days_keeps_everything() -> None:
    groups = _Groups({"g_old": NOW - timedelta(days=400)})
    pool = _Pool(["srv_erased"])
    result = PeerGroupsRetention(
        groups=groups, pool=pool, closed_group_members_days=0, tombstone_days=0
    ).run(now=NOW)
    assert (result.member_lists_removed, result.tombstones_dated) == (0, 0)
    assert pool.tombstones == {"srv_erased": None}


def test_every_run_compacts_the_pool_buckets_whatever_the_retention() -> None:
    pool = _Pool([])
    job = PeerGroupsRetention(
        groups=_Groups({}), pool=pool, closed_group_members_days=0, tombstone_days=0
    )
    job.run(now=NOW)
    job.run(now=NOW)
    assert pool.compactions == 2


class _Operations:
    def __init__(self, expiries: dict[str, datetime]) -> None:
        self.expiries = expiries

    def delete_expired(self, *, now: datetime) -> int:
        due = [o for o, expires in self.expiries.items() if expires <= now]
        for o in due:
            del self.expiries[o]
        return len(due)


def test_proposal_operations_go_once_their_day_is_over_whatever_the_retention() -> None:
    operations = _Operations(
        {"pro_old": NOW - timedelta(hours=1), "pro_new": NOW + timedelta(hours=23)}
    )
    job = PeerGroupsRetention(
        groups=_Groups({}),
        pool=_Pool([]),
        closed_group_members_days=0,
        tombstone_days=0,
        operations=operations,
    )
    assert job.run(now=NOW).proposal_operations_deleted == 1
    assert set(operations.expiries) == {"pro_new"}
    assert job.run(now=NOW + timedelta(days=1)).proposal_operations_deleted == 1
    assert not operations.expiries
