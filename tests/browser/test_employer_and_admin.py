"""An employer sees the anonymised shortlist and expresses interest; an administrator vets."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Console, screenshot, serious_violations, sign_in
from tests.support.processes import wait_until

pytestmark = pytest.mark.e2e

PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": "Bang Rak", "latitude": 13.73, "longitude": 100.524},
    "age_band": "25-34",
    "interests": "อยากทำงานในร้านกาแฟ",
    "skills": ["customer_service"],
    "travel_radius_km": 25,
}


def _accepted_candidate(console: Console) -> str:
    """An officer (over the API) registers, assesses, proposes the job and records yes."""
    officer = console.officer_api
    survivor = officer.ok(
        "POST",
        f"/v1/organisations/{officer_org(console)}/survivors",
        json={"profile": PROFILE, "consents": ["matching", "employer_shortlist"]},
    ).json()
    officer.ok(
        "POST",
        f"/v1/survivors/{survivor['id']}/readiness-assessments",
        json={"stage": "employment_ready"},
    )

    def proposable() -> bool:
        answer = officer.call(
            "POST",
            f"/v1/survivors/{survivor['id']}/matches",
            json={"opportunity_id": console.job_id},
        )
        return answer.status_code == 201

    assert wait_until(proposable, timeout_s=60)
    match = officer.ok("GET", f"/v1/survivors/{survivor['id']}/matches").json()["items"][0]
    officer.ok("POST", f"/v1/matches/{match['id']}/decision", json={"decision": "accepted"})
    return str(survivor["alias"])


def officer_org(console: Console) -> str:
    return str(console.officer_api.ok("GET", "/v1/me").json()["organisation_id"])


def test_an_employer_sees_an_anonymous_card_and_expresses_interest(
    page: Page, console: Console
) -> None:
    alias = _accepted_candidate(console)
    sign_in(page, console, console.employer, landing="/opportunities")
    # This run's job (the employer may have posted others in earlier tests).
    page.locator(f"a[href='/opportunities/{console.job_id}/shortlist']").click()
    card = page.locator(".shortlist .card").filter(has_text=alias)
    expect(card).to_be_visible()
    expect(card).not_to_contain_text("Bang Rak")  # no district, no own words
    expect(card).not_to_contain_text("อยากทำงาน")
    # Vocabulary labels and language names, never concept ids or language codes.
    expect(card).to_contain_text("Customer service")
    expect(card).not_to_contain_text("customer_service")
    expect(card).to_contain_text("Thai (Native)")
    assert serious_violations(page) == []
    screenshot(page, "en-employer-shortlist")
    card.get_by_role("button", name="Express interest").click()
    expect(page.locator(".shortlist .card").filter(has_text=alias).locator(".state")).to_have_text(
        "Employer interested"
    )


def test_an_administrator_approves_a_waiting_employer(page: Page, console: Console) -> None:
    sign_in(page, console, "root.admin", landing="/admin/organisations")
    assert serious_violations(page) == []
    row = page.locator("tr").filter(
        has=page.locator(f"form[action$='/{console.pending_organisation}/vetting']")
    )
    row.get_by_role("button", name="Approve").click()
    page.wait_for_url(f"{console.url}/admin/organisations")
    expect(page.locator(f"form[action$='/{console.pending_organisation}/vetting']")).to_have_count(
        0
    )


def test_an_administrator_reads_the_audit_trail(page: Page, console: Console) -> None:
    # An officer asks for a survivor that is not theirs: recorded as a refusal.
    probe = console.officer_api.call("GET", "/v1/survivors/srv_000000000000000000000000")
    assert probe.status_code == 404
    sign_in(page, console, "root.admin", landing="/admin/organisations")
    page.get_by_role("link", name="Audit trail").click()
    page.wait_for_url(f"{console.url}/admin/audit")
    expect(page.locator("table.audit tbody tr").first).to_be_visible()
    assert serious_violations(page) == []
    page.get_by_label("Outcome").select_option("denied")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(f"{console.url}/admin/audit?outcome=denied")
    expect(page.locator("table.audit tbody tr").first).to_be_visible()
    outcomes = page.locator("table.audit tbody tr td:nth-child(3)").all_inner_texts()
    assert set(outcomes) == {"Refused"}
