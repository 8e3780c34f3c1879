"""What a survivor's own words rule out, held as the conditions an officer ticks; and their
words read once, when written, for every recommendation after.

A survivor who says "no live-in", "ไม่อยากอยู่ประจำ", "không làm ca đêm" or "不想做夜班" has
ruled that work out, whether or not the officer ticked the box: when the profile is
registered or replaced, the conditions the words refuse (``Vocabulary.conditions_refused_in``
over the interests and aspirations) are added to those ticked, and the hard rules hold them
like any other (``rules.stated_conditions``). Never the other way: words never untick a
box, and work done before ("I worked night shifts") refuses nothing.
"""

from __future__ import annotations

from dataclasses import replace

from matching.domain.survivor import Survivor, SurvivorProfile
from matching.domain.values import SurvivorCondition
from matching.domain.vocabulary import Vocabulary
from matching.domain.words_read import read_words

__all__ = ["REFUSED_AS", "read_if_unread", "with_refusals_said"]

#: A condition the words refuse, as the survivor's condition that rules it out.
REFUSED_AS = {
    "night_shifts": SurvivorCondition.NO_NIGHT_SHIFTS,
    "live_in": SurvivorCondition.NO_LIVE_IN,
    "heavy_lifting": SurvivorCondition.NO_HEAVY_LIFTING,
}


def with_refusals_said(vocabulary: Vocabulary | None, profile: SurvivorProfile) -> SurvivorProfile:
    """`profile` with the conditions its words refuse added to those ticked."""
    if vocabulary is None:
        return profile
    said = frozenset(
        REFUSED_AS[condition]
        for text in (profile.interests, profile.aspirations)
        if text
        for condition in vocabulary.conditions_refused_in(text)
    )
    if said <= profile.conditions:
        return profile
    return replace(profile, conditions=profile.conditions | said)


def read_if_unread(vocabulary: Vocabulary | None, survivor: Survivor) -> bool:
    """Read ``survivor``'s words now if they have not been read since they were written
    (or were read with another vocabulary): written with the survivor, the reading is what
    every recommendation after uses (``matching.domain.words_read``). Whether it was read."""
    if vocabulary is None or survivor.words_read is not None:
        return False
    survivor.words_read = read_words(survivor.profile, vocabulary)
    return True
