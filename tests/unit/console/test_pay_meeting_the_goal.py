"""Pay is scored only where a job pays less than the survivor's goal (docs/architecture.md:
what cannot be judged neither lifts nor sinks a total, so no kind is favoured). A job that
meets the goal says so in its reasons, and its income bar said "not judged" beside it
(usability probe, session 36): the officer, reading both to the survivor, could not tell
whether the pay had been looked at. The bar now says why it is not scored."""

from __future__ import annotations

from typing import Any

from tests.unit.console.test_pathways_on_recommendations import PathwaysGateway, _card, _page


def _job(title: str, reasons: list[dict[str, str]], income: dict[str, Any]) -> dict[str, Any]:
    return {
        "opportunity_id": "opp_" + title.lower().replace(" ", "_").ljust(24, "0")[:24],
        "kind": "job",
        "title": title,
        "score": 0.6,
        "breakdown": [
            {"name": "interest_fit", "value": 0.7, "weight": 0.5, "judged": True},
            {"name": "income_parity", "weight": 0.1, **income},
        ],
        "reasons": reasons,
        "missing_skills": [],
        "pathways": [],
        "predicted_success": None,
    }


MEETS = _job(
    "Court office assistant",
    [{"code": "PAY_AT_OR_ABOVE_GOAL", "text": "pays 12,000 THB/month, at or above your goal"}],
    {"value": 1.0, "judged": False},
)
UNKNOWN = _job("Online shop assistant", [], {"value": 1.0, "judged": False})
BELOW = _job(
    "Room attendant",
    [{"code": "PAY_BELOW_GOAL", "text": "pays 6,000 THB/month, below your goal"}],
    {"value": 0.67, "judged": True},
)


def test_a_job_meeting_the_goal_says_so_in_its_bar_and_no_longer_not_judged() -> None:
    page = _page(PathwaysGateway(items=[MEETS, UNKNOWN, BELOW]))
    meets = _card(page, "Court office assistant")
    assert "Pays at or above their income goal" in meets
    assert "meets their goal, not scored" in meets
    assert "not judged" not in meets
    # Pay not comparable (another currency, none stated): still "not judged", no reason.
    unknown = _card(page, "Online shop assistant")
    assert "not judged" in unknown
    assert "meets their goal" not in unknown
    below = _card(page, "Room attendant")
    assert "Pays below their income goal" in below
    assert "not judged" not in below
