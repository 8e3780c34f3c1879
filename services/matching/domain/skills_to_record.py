"""Skills a survivor's own words name that their profile does not record.

A job is judged by the share of the skills it asks for that the survivor holds, and only
skills recorded as held count ("Skills they have" in the console). Someone whose words say
"I can use a sewing machine" but whose skills were never recorded gets sewing courses
before sewing jobs. Matching does not take the words for a record (they may be a wish:
"I want to learn to sew"); it names those skills so that the officer can ask and record
the ones the survivor has. People decide.
"""

from __future__ import annotations

from collections.abc import Iterable

from matching.domain.survivor import Survivor

__all__ = ["skills_to_record"]


def skills_to_record(
    survivor: Survivor, named: Iterable[str], *, skills: frozenset[str]
) -> frozenset[str]:
    """Of the concepts the survivor's words ``named``, the ``skills`` (what a job can ask
    for: the vocabulary's skills and activities) their profile records neither as held, nor
    as wanted, nor as a chosen interest."""
    profile = survivor.profile
    recorded = profile.skills | profile.skills_wanted | profile.interest_tags
    return frozenset(c for c in named if c in skills and c not in recorded)
