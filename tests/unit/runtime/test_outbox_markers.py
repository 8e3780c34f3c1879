"""Whose pending-outbox marker is due when: the relay's pure decision (docs/delivery.md)."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from pathways_runtime.outbox_relay import marker_due_at, marker_id

GRACE = 10.0


def test_a_marker_id_names_the_collection_and_the_document() -> None:
    assert marker_id("groups", "grp_1") == "groups:grp_1"
    assert marker_id("survivors", "grp_1") != marker_id("groups", "grp_1")


@given(at=st.floats(min_value=0, max_value=4e9), now=st.floats(min_value=0, max_value=4e9))
def test_this_relays_own_marker_is_due_at_once_whatever_its_age(at: float, now: float) -> None:
    marker = {"owner": "me", "at": at}
    assert marker_due_at(marker, owner="me", grace_s=GRACE) <= now


def test_another_instances_marker_is_due_one_grace_period_after_it_was_written() -> None:
    marker = {"owner": "other", "at": 1_000.0}
    due = marker_due_at(marker, owner="me", grace_s=GRACE)
    assert due == 1_010.0
    assert due > 1_009.9  # still the writer's: it publishes within milliseconds
    assert due <= 1_010.0  # left by a crash: taken over


def test_a_migrated_marker_belongs_to_no_relay_and_waits_the_grace_period() -> None:
    marker = {"owner": "migration", "at": 50.0}
    assert marker_due_at(marker, owner="me", grace_s=GRACE) == 60.0


def test_a_marker_without_a_usable_time_is_due_at_once() -> None:
    # Nobody is known to be working on it: waiting would only delay its events.
    for at in (None, "yesterday", True, math.nan, math.inf):
        marker = {"owner": "other", "at": at}
        assert marker_due_at(marker, owner="me", grace_s=GRACE) == -math.inf
    assert marker_due_at({}, owner="me", grace_s=GRACE) == -math.inf
