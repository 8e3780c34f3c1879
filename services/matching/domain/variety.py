"""Variety in a short list: copies of one offer do not fill it.

An organisation often posts one offer more than once: the same job at several branches, a
new intake of the same course, a posting copied to change a date. The copies share their
text, so they score alike, and ranked by score alone they would fill a short list with one
offer and hide every other opportunity the survivor could also take up: the third copy tells
the reader nothing the first did not.

The rule: in the order of the scores, at most ``MOST_OF_ONE_OFFER`` opportunities of one
offer (one organisation's, of one kind, under one title compared without case or spacing)
come before the other relevant opportunities; the further copies keep their order and follow
them. Nothing is dropped: when nothing else is relevant, the copies still fill the list.
The same title from two organisations is two offers (two employers hiring cashiers are two
chances of work), so each keeps its place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from matching.domain.values import OpportunityKind

__all__ = ["MOST_OF_ONE_OFFER", "holds_extra_copies", "offer_key", "spread_copies"]

#: How many opportunities of one offer may come before the others in a short list.
MOST_OF_ONE_OFFER = 2

T = TypeVar("T")


def offer_key(
    organisation_id: str, kind: OpportunityKind, title: str
) -> tuple[str, OpportunityKind, str]:
    """What makes two opportunities copies of one offer: their organisation, their kind and
    their title, read without case and with runs of spaces as one."""
    return organisation_id, kind, " ".join(title.casefold().split())


def spread_copies(
    ranked: Iterable[T], key: Callable[[T], Hashable], *, most: int = MOST_OF_ONE_OFFER
) -> list[T]:
    """``ranked`` (best first) with each item past the ``most``-th of its offer moved after
    every other item, the moved ones in their own order."""
    seen: Counter[Hashable] = Counter()
    first: list[T] = []
    later: list[T] = []
    for item in ranked:
        offer = key(item)
        seen[offer] += 1
        (first if seen[offer] <= most else later).append(item)
    return first + later


def holds_extra_copies(items: Iterable[T], key: Callable[[T], Hashable]) -> bool:
    """Whether ``items`` hold more than ``MOST_OF_ONE_OFFER`` of one offer: the first ``k``
    of ``spread_copies`` over too few candidates, where more might bring other offers."""
    return any(count > MOST_OF_ONE_OFFER for count in Counter(map(key, items)).values())
