"""The body of ``GET /v1/organisations/{id}/dashboard``: counts only, small ones hidden.

A count from 1 to ``suppressed_below - 1`` is ``null`` (matching never sends its value): in
a small organisation "one survivor below their income goal" names that survivor to anyone
who knows the caseload. Zero is a number: it singles out nobody.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from pathways.v1 import matching_pb2 as pb

__all__ = ["DueHires", "MovedUp", "OrganisationDashboardPublic"]

Counts = dict[str, int | None]


def _counts(items: list[pb.DashboardCount]) -> Counts:
    return {c.code: (None if c.suppressed else int(c.count)) for c in items}


class MovedUp(BaseModel):
    count: int | None = Field(description="null: between 1 and `suppressed_below - 1`.")
    since: date = Field(
        description="The first day of the calendar month two months back: moves of this "
        "month and the two before are counted."
    )


class DueHires(BaseModel):
    """The hires that could have reached a retention step by today, whether they did or not:
    the figure to read `outcomes.retained_<days>` against."""

    days: int = Field(description="The step's days after the hire: 30, 90 or 180.", examples=[90])
    hired_by: date = Field(
        description="The last hire day counted: today (UTC, matching's clock) minus `days`."
    )
    count: int | None = Field(
        description="Hires (by the day they happened) on or before `hired_by`; null: "
        "between 1 and `suppressed_below - 1`."
    )


def _due(items: list[pb.DashboardCount]) -> dict[str, DueHires]:
    return {
        c.code: DueHires(
            days=c.due.days,
            hired_by=date.fromisoformat(c.due.hired_by),
            count=None if c.due.suppressed else int(c.due.count),
        )
        for c in items
        if c.HasField("due")
    }


class OrganisationDashboardPublic(BaseModel):
    """Counts of an organisation, kept by matching as changes happen. Each value is a
    count, or `null` when it is between 1 and `suppressed_below - 1` (not shown, so that
    nobody can be singled out)."""

    organisation_id: str
    suppressed_below: int = Field(examples=[5])
    readiness: Counts = Field(
        description="The organisation's survivors by readiness stage now: `not_assessed`, "
        "`stabilising`, `peer_support_ready`, `training_ready`, `employment_ready`.",
        examples=[{"not_assessed": 0, "stabilising": 12, "training_ready": None}],
    )
    moved_up: MovedUp = Field(
        description="Assessments that put a survivor on a later stage than their last."
    )
    outcomes: Counts = Field(
        description="Matches that reached each step: `hired`, `retained_30`, `retained_90`, "
        "`retained_180` (a match retained 90 days counts at 30 too), `enrolled`, "
        "`completed`. For an NGO: its survivors' matches; for an employer or provider: "
        "matches into its jobs and courses.",
    )
    retention_due: dict[str, DueHires] = Field(
        default_factory=dict,
        description="For `retained_30`, `retained_90` and `retained_180`: the hires old "
        "enough to have reached the step (hired at least that many days before today, UTC), "
        'of the same matches as `outcomes`. Read "retained 90 days: 5" against its '
        "`count`, not against every hire. Empty from a matching release that does not "
        "count them.",
        examples=[{"retained_90": {"days": 90, "hired_by": "2026-09-03", "count": 12}}],
    )
    income: Counts = Field(
        description="Hires by pay against the survivor's own income goal: "
        "`at_or_above_goal`, `below_goal`, `no_goal`, `not_comparable` (no wage recorded, "
        "or another currency). The survivors' organisation only.",
    )

    @classmethod
    def of(cls, message: pb.OrganisationDashboard) -> OrganisationDashboardPublic:
        moved = message.moved_up
        return cls(
            organisation_id=message.organisation_id,
            suppressed_below=message.suppressed_below,
            readiness=_counts(list(message.readiness)),
            moved_up=MovedUp(
                count=None if moved.suppressed else int(moved.count),
                since=message.moved_up_since.ToDatetime().date(),
            ),
            outcomes=_counts(list(message.outcomes)),
            retention_due=_due(list(message.outcomes)),
            income=_counts(list(message.income)),
        )
