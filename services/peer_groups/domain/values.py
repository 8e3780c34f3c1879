"""Value objects of the peer-groups domain: small, immutable, validated on construction."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum

from peer_groups.domain.errors import InvalidInput

__all__ = [
    "MINUTES_PER_WEEK",
    "AgeBand",
    "GroupFocus",
    "GroupStatus",
    "MemberState",
    "Modality",
    "ReadinessStage",
    "WeeklySlot",
    "overlap_minutes",
]

MINUTES_PER_WEEK = 7 * 24 * 60


class ReadinessStage(IntEnum):
    """Ordered as in matching: peer groups are open from PEER_SUPPORT_READY on."""

    STABILISING = 1
    PEER_SUPPORT_READY = 2
    TRAINING_READY = 3
    EMPLOYMENT_READY = 4


class Modality(Enum):
    IN_PERSON = "in_person"
    ONLINE = "online"


class GroupFocus(Enum):
    """Who a group is for. A focused group takes only survivors who chose that focus."""

    ANY = "any"
    LABOUR_TRAFFICKING = "labour_trafficking"
    SEX_TRAFFICKING = "sex_trafficking"
    WOMEN_ONLY = "women_only"
    YOUTH = "youth"


class GroupStatus(Enum):
    FORMING = "forming"
    ACTIVE = "active"
    #: Was active; fewer joined members than the minimum now (someone left): the facilitator
    #: invites more or closes it. Active again once enough have joined.
    BELOW_MINIMUM = "below_minimum"
    CLOSED = "closed"


class MemberState(Enum):
    PROPOSED = "proposed"
    INVITED = "invited"
    JOINED = "joined"
    DECLINED = "declined"
    LEFT = "left"


@dataclass(frozen=True, slots=True)
class AgeBand:
    """An age band such as "14-17" or "55+", as matching publishes it (minors recorded
    before "14-17" existed carry "15-17"). Any "low-high" band parses, so a minor of 14
    is as much a minor as one of 17; exact ages, when sent, replace the band."""

    lowest: int
    highest: int

    @classmethod
    def parse(cls, band: str) -> AgeBand:
        text = band.strip()
        try:
            if text.endswith("+"):
                return cls(int(text[:-1]), 120)
            low, high = text.split("-")
            parsed = cls(int(low), int(high))
        except ValueError as error:
            raise InvalidInput("an age band looks like '14-17' or '55+'") from error
        if not 0 <= parsed.lowest <= parsed.highest <= 120:
            raise InvalidInput("an age band runs from a lower to a higher age")
        return parsed

    @property
    def minor(self) -> bool:
        return self.highest < 18


@dataclass(frozen=True, slots=True)
class WeeklySlot:
    day_of_week: int  # 1 = Monday ... 7 = Sunday
    start_minute: int
    duration_minutes: int

    def __post_init__(self) -> None:
        if not (1 <= self.day_of_week <= 7 and 0 <= self.start_minute < 24 * 60):
            raise InvalidInput("a weekly slot needs a day 1-7 and a start within the day")
        if not (0 < self.duration_minutes <= 24 * 60):
            raise InvalidInput("a weekly slot lasts between 1 minute and a day")

    @property
    def start_of_week_minute(self) -> int:
        return (self.day_of_week - 1) * 24 * 60 + self.start_minute


def overlap_minutes(a: WeeklySlot, b: WeeklySlot) -> int:
    """Minutes two weekly slots share; a slot running past Sunday midnight wraps to Monday."""
    a_start, b_start = a.start_of_week_minute, b.start_of_week_minute
    best = 0
    for shift in (-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK):
        start = max(a_start, b_start + shift)
        end = min(a_start + a.duration_minutes, b_start + shift + b.duration_minutes)
        best += max(0, end - start)
    return best
