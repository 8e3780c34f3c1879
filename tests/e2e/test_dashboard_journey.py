"""An organisation's dashboard through the real gateway and matching over HTTP: counts kept
by matching as an officer works, read in one call; small counts withheld; another NGO's
officer is told the dashboard does not exist."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.e2e.support import login as _login
from tests.e2e.support import organisation as _organisation
from tests.e2e.support import user as _user
from tests.e2e.test_matching_journey import PROFILE, system  # noqa: F401 (the fixture)

pytestmark = pytest.mark.e2e


def test_an_ngos_dashboard_counts_what_its_officers_recorded(system: dict[str, Any]) -> None:  # noqa: F811
    url = system["url"]
    admin = _login(url, "root.admin")
    ngo = _organisation(admin, "ngo")
    other_ngo = _organisation(admin, "ngo")
    officer = _login(url, _user(admin, ngo, "reintegration_officer"))
    stranger = _login(url, _user(admin, other_ngo, "reintegration_officer"))

    for _ in range(5):
        registered = officer.ok(
            "POST", f"/v1/organisations/{ngo}/survivors", json={"profile": PROFILE}
        )
        etag = registered.headers["etag"]
        for stage in ("training_ready", "employment_ready"):
            assessed = officer.ok(
                "POST",
                f"/v1/survivors/{registered.json()['id']}/readiness-assessments",
                json={"stage": stage},
                **{"If-Match": etag},
            )
            etag = assessed.headers["etag"]
    officer.ok("POST", f"/v1/organisations/{ngo}/survivors", json={"profile": PROFILE})

    asked_on = datetime.now(UTC).date()
    found = officer.ok("GET", f"/v1/organisations/{ngo}/dashboard").json()
    answered_on = datetime.now(UTC).date()

    assert found["readiness"]["employment_ready"] == 5
    assert found["readiness"]["not_assessed"] is None  # one person: withheld
    assert found["readiness"]["stabilising"] == 0
    assert found["moved_up"]["count"] == 5  # training → employment; a first one is no move
    assert found["outcomes"]["hired"] == 0
    # Each retention step beside the hires old enough to have reached it: none hired yet;
    # the last hire day counted is today (UTC) minus the step's days.
    due = found["retention_due"]
    assert {code: (d["days"], d["count"]) for code, d in due.items()} == {
        "retained_30": (30, 0),
        "retained_90": (90, 0),
        "retained_180": (180, 0),
    }
    for step in due.values():
        days = timedelta(days=step["days"])
        assert step["hired_by"] in {(asked_on - days).isoformat(), (answered_on - days).isoformat()}
    assert found["suppressed_below"] == 5

    refused = stranger.call("GET", f"/v1/organisations/{ngo}/dashboard")
    assert refused.status_code == 404
    assert refused.headers["content-type"] == "application/problem+json"
    assert admin.ok("GET", f"/v1/organisations/{ngo}/dashboard").json()["organisation_id"] == ngo
