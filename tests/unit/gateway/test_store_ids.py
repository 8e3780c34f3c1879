"""The id schemes that make the gateway's hot store accesses ``_id`` reads (pure parts)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from gateway.adapters.expiry import chunks, minute_of
from gateway.adapters.mongo_audit import entry_id, run_end
from gateway.adapters.mongo_idempotency import idempotency_id, key_digest


@given(st.integers(min_value=0, max_value=10**19), st.integers(min_value=0, max_value=10**19))
def test_entry_ids_sort_as_their_sequence_numbers(a: int, b: int) -> None:
    assert (entry_id(a) < entry_id(b)) == (a < b)
    assert len(entry_id(a)) == 20


def test_an_idempotency_id_depends_on_principal_and_key_only() -> None:
    one = idempotency_id("usr_1", key_digest("abc"))
    assert one == idempotency_id("usr_1", key_digest("abc"))
    assert one != idempotency_id("usr_2", key_digest("abc"))
    assert one != idempotency_id("usr_1", key_digest("abd"))
    # No way to shift characters between principal and key and land on the same id.
    assert idempotency_id("usr_1a", key_digest("bc")) != idempotency_id("usr_1", key_digest("abc"))
    assert "abc" not in one


def test_expiry_minutes_are_utc_minutes() -> None:
    bangkok = timezone(timedelta(hours=7))
    at = datetime(2026, 12, 1, 21, 5, 59, 999_000, tzinfo=bangkok)
    assert minute_of(at) == datetime(2026, 12, 1, 14, 5, tzinfo=UTC)
    assert minute_of(datetime(2026, 12, 1, 14, 5, 0)) == datetime(2026, 12, 1, 14, 5, tzinfo=UTC)


def test_chunks_are_bounded() -> None:
    parts = list(chunks(list(range(1201)), 500))
    assert [len(p) for p in parts] == [500, 500, 201]


class _Chain:
    """Entries 1..head exist (some pruned from the start); counts the reads."""

    def __init__(self, *, first: int, head: int) -> None:
        self.first, self.head, self.reads = first, head, 0

    def hash_at(self, seq: int) -> str | None:
        self.reads += 1
        return f"h{seq}" if self.first <= seq <= self.head else None


@given(st.integers(min_value=0, max_value=100_000), st.integers(min_value=0, max_value=5_000))
def test_the_head_is_found_from_any_known_point_in_logarithmic_reads(
    start: int, ahead: int
) -> None:
    head = start + ahead
    chain = _Chain(first=1, head=head)
    known = (start, f"h{start}") if start > 0 else None
    found = run_end(chain.hash_at, start=start, known=known)
    assert found == ((head, f"h{head}") if head > 0 else None)
    assert chain.reads <= 2 * (ahead + 1).bit_length() + 1


def test_an_empty_chain_has_no_head_and_a_pruned_one_keeps_its_checkpoint() -> None:
    assert run_end(_Chain(first=1, head=0).hash_at, start=0, known=None) is None
    # Everything up to 40 pruned behind a checkpoint: the head is the checkpoint's entry.
    chain = _Chain(first=41, head=40)
    assert run_end(chain.hash_at, start=40, known=(40, "checkpoint")) == (40, "checkpoint")
