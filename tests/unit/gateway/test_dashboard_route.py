"""``GET /v1/organisations/{id}/dashboard``: members read their own organisation's counts,
administrators any; another organisation's id is 404 (never reaching matching); a count
matching suppressed is ``null``, never a number."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from google.protobuf.timestamp_pb2 import Timestamp

from gateway.auth.roles import Role
from pathways.v1 import matching_pb2 as pb
from pathways_runtime.identity import CallerIdentity
from tests.unit.gateway.fake_matching import FakeMatching
from tests.unit.gateway.harness import World, world


class DashboardMatching(FakeMatching):
    """The fake matching service, with the dashboard it would answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, CallerIdentity]] = []

    def get_organisation_dashboard(
        self, request: pb.GetOrganisationDashboardRequest, *, caller: CallerIdentity
    ) -> pb.OrganisationDashboard:
        self.asked.append((request.organisation_id, caller))
        since = Timestamp()
        since.FromJsonString("2026-10-01T00:00:00Z")
        return pb.OrganisationDashboard(
            organisation_id=request.organisation_id,
            readiness=[
                pb.DashboardCount(code="not_assessed", count=0),
                pb.DashboardCount(code="training_ready", count=12),
                pb.DashboardCount(code="employment_ready", suppressed=True),
            ],
            moved_up=pb.DashboardCount(code="moved_up", count=7),
            moved_up_since=since,
            outcomes=[
                pb.DashboardCount(code="hired", count=9),
                pb.DashboardCount(
                    code="retained_30",
                    suppressed=True,
                    due=pb.DueHires(count=6, days=30, hired_by="2026-11-02"),
                ),
                pb.DashboardCount(
                    code="retained_90",
                    count=0,
                    due=pb.DueHires(suppressed=True, days=90, hired_by="2026-09-03"),
                ),
            ],
            income=[pb.DashboardCount(code="below_goal", count=5)],
            suppressed_below=5,
        )


@pytest.fixture
def w() -> Iterator[World]:
    with world() as built:
        built.matching = DashboardMatching()
        built.client.app.state.matching = built.matching  # type: ignore[attr-defined]
        yield built


def _url(w: World, role: Role, which: str = "own") -> str:
    return f"/v1/organisations/{w.organisation_of(role, which).id}/dashboard"


def _asked(w: World) -> list[tuple[str, CallerIdentity]]:
    assert isinstance(w.matching, DashboardMatching)
    return w.matching.asked


def test_an_officer_reads_their_ngos_counts_with_small_ones_as_null(w: World) -> None:
    response = w.client.get(
        _url(w, Role.REINTEGRATION_OFFICER), headers=w.headers(Role.REINTEGRATION_OFFICER)
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["readiness"] == {"not_assessed": 0, "training_ready": 12, "employment_ready": None}
    assert body["moved_up"] == {"count": 7, "since": "2026-10-01"}
    assert body["outcomes"] == {"hired": 9, "retained_30": None, "retained_90": 0}
    # Each retention step beside the hires old enough to have reached it; a small number
    # of them is withheld like any count.
    assert body["retention_due"] == {
        "retained_30": {"days": 30, "hired_by": "2026-11-02", "count": 6},
        "retained_90": {"days": 90, "hired_by": "2026-09-03", "count": None},
    }
    assert body["income"] == {"below_goal": 5}
    assert body["suppressed_below"] == 5
    [(organisation_id, caller)] = _asked(w)
    assert organisation_id == w.organisation_of(Role.REINTEGRATION_OFFICER).id
    assert caller.role == Role.REINTEGRATION_OFFICER.value


@pytest.mark.parametrize(
    "role",
    [Role.REINTEGRATION_OFFICER, Role.EMPLOYER, Role.TRAINING_PROVIDER],
)
def test_every_member_reads_their_own_organisation(w: World, role: Role) -> None:
    response = w.client.get(_url(w, role), headers=w.headers(role))
    assert response.status_code == 200, response.text
    assert response.json()["organisation_id"] == w.organisation_of(role).id


@pytest.mark.parametrize(
    "role",
    [Role.REINTEGRATION_OFFICER, Role.EMPLOYER, Role.TRAINING_PROVIDER],
)
def test_another_organisations_dashboard_is_not_found_and_matching_is_not_asked(
    w: World, role: Role
) -> None:
    response = w.client.get(_url(w, role, "other"), headers=w.headers(role))
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert w.organisation_of(role, "other").id not in response.text
    assert _asked(w) == []


def test_a_facilitator_reads_none_and_matching_is_not_asked(w: World) -> None:
    """Readiness and income counts are no group's business (security probe, session 32:
    read twice a moment apart, they told an NGO's facilitator why a member left)."""
    response = w.client.get(_url(w, Role.FACILITATOR), headers=w.headers(Role.FACILITATOR))
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert _asked(w) == []


def test_an_administrator_reads_any_organisations_dashboard(w: World) -> None:
    response = w.client.get(
        _url(w, Role.REINTEGRATION_OFFICER, "other"), headers=w.headers(Role.PLATFORM_ADMIN)
    )
    assert response.status_code == 200, response.text


def test_without_a_token_nothing_is_read(w: World) -> None:
    response = w.client.get(_url(w, Role.REINTEGRATION_OFFICER))
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert _asked(w) == []


class OlderMatching(DashboardMatching):
    """Matching from before the hires were kept by day: its outcomes carry no `due`."""

    def get_organisation_dashboard(
        self, request: pb.GetOrganisationDashboardRequest, *, caller: CallerIdentity
    ) -> pb.OrganisationDashboard:
        found = super().get_organisation_dashboard(request, caller=caller)
        for count in found.outcomes:
            count.ClearField("due")
        return found


def test_retention_from_a_matching_without_due_hires_has_no_due_figures(w: World) -> None:
    w.matching = OlderMatching()
    w.client.app.state.matching = w.matching  # type: ignore[attr-defined]
    response = w.client.get(
        _url(w, Role.REINTEGRATION_OFFICER), headers=w.headers(Role.REINTEGRATION_OFFICER)
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["outcomes"] == {"hired": 9, "retained_30": None, "retained_90": 0}
    assert body["retention_due"] == {}
