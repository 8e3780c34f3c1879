"""Every status a peer group can have has words on the facilitator's and officer's pages (a
group that lost members below its smallest size, now reachable from the console when an
officer records a departure, showed a blank status)."""

from __future__ import annotations

from console import messages
from peer_groups.domain.values import GroupStatus


def test_every_group_status_has_words_in_the_console() -> None:
    assert {status.value for status in GroupStatus} == set(messages.GROUP_STATUSES)
