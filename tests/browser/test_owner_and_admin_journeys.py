"""An employer posts a job, pauses and reopens it, edits it (the list says each change
was done, never with its title) and records a hire and its retention; an administrator
changes a user's role and reads the audit chain's status, the outcome model's report and a
dashboard, and onboards an employer (organisation, approval, a user who then signs in).
Every page: axe-core, no personal data in its URL or title; the main screens also in Khmer
with a Khmer font.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

import pytest
from playwright.sync_api import Page, expect

from pathways_runtime.aliases import alias_seen_by
from tests.browser.conftest import (
    Console,
    and_the_page_is_redrawn,
    font_families,
    page_is_safe,
    screenshot,
    serious_violations,
    sign_in,
)
from tests.e2e.support import login
from tests.support.processes import wait_until

pytestmark = pytest.mark.e2e

DISTRICT = f"Khlong Toei {uuid.uuid4().hex[:6]}"
PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "residence": {"country": "TH", "district": DISTRICT, "latitude": 13.72, "longitude": 100.56},
    "age_band": "25-34",
    "interests": "อยากทำงานในครัว",
    "skills": ["customer_service"],
    "travel_radius_km": 25,
}


def _fill_a_job(page: Page, console: Console, title: str, description: str) -> None:
    """Concepts are picked by their labels, the place by country and district name: no
    vocabulary code and no coordinates are typed (the gateway finds the district)."""
    page.get_by_role("link", name="Post a job").click()
    page.wait_for_url(f"{console.url}/opportunities/new")
    page_is_safe(page)
    page.get_by_label("Title").fill(title)
    page.get_by_label("Description").fill(description)
    page.get_by_label("Sector", exact=True).select_option(
        label="Restaurants, cafés and food service"
    )
    skills = page.get_by_role("group", name="Skills it asks for")
    # The filter box narrows the list as one types (its script); ticking is plain HTML.
    skills.get_by_label("Find in the list").fill("custom")
    expect(skills.get_by_label("Customer service", exact=True)).to_be_visible()
    expect(skills.get_by_label("Welding", exact=True)).to_be_hidden()
    skills.get_by_label("Customer service", exact=True).check()
    skills.get_by_label("Find in the list").fill("")
    skills.get_by_label("Cooking", exact=True).check()
    page.get_by_label("Main language").select_option(label="Thai")
    page.get_by_label("Country", exact=True).select_option(label="Thailand")
    page.get_by_label("District", exact=True).fill("Khlong Toei")
    page.get_by_label("Amount").fill("11000")
    page.get_by_label("Currency").select_option("THB")
    page.get_by_label("Openings").fill("2")


def _post_a_job(page: Page, console: Console, title: str) -> None:
    _fill_a_job(page, console, title, "Kitchen helper in a hotel near Khlong Toei; we train.")
    screenshot(page, "en-employer-post-a-job")
    page.get_by_role("button", name="Save").click()
    # The list says it was saved: the kind of change in the address, never the title.
    page.wait_for_url(f"{console.url}/opportunities?done=job-posted")
    expect(page.locator(".notice")).to_have_text("The job was saved.")
    expect(page.locator(".notice")).not_to_contain_text(title)


def _accepted_candidate(console: Console, job_id: str) -> tuple[str, str]:
    """An officer (over the API) registers, assesses, proposes this job and records yes."""
    officer = console.officer_api
    survivor = officer.ok(
        "POST",
        f"/v1/organisations/{console.ngo}/survivors",
        json={"profile": PROFILE, "consents": ["matching", "employer_shortlist"]},
    ).json()
    officer.ok(
        "POST",
        f"/v1/survivors/{survivor['id']}/readiness-assessments",
        json={"stage": "employment_ready"},
    )

    def proposable() -> bool:
        answer = officer.call(
            "POST", f"/v1/survivors/{survivor['id']}/matches", json={"opportunity_id": job_id}
        )
        return answer.status_code == 201

    assert wait_until(proposable, timeout_s=60)
    match = officer.ok("GET", f"/v1/survivors/{survivor['id']}/matches").json()["items"][0]
    officer.ok("POST", f"/v1/matches/{match['id']}/decision", json={"decision": "accepted"})
    # The code the employer's organisation knows them by (``pathways_runtime.aliases``).
    employer_org = login(console.gateway_url, console.employer).ok("GET", "/v1/me").json()
    alias = alias_seen_by(
        employer_org["organisation_id"],
        survivor_id=survivor["id"],
        organisation_id=console.ngo,
        alias=survivor["alias"],
    )
    return alias, str(match["id"])


def test_a_job_that_keeps_workers_passports_is_refused_at_its_description(
    page: Page, console: Console
) -> None:
    title = f"Online customer service {uuid.uuid4().hex[:4]}"
    sign_in(page, console, console.employer, landing="/opportunities")
    _fill_a_job(page, console, title, "Free dormitory and meals. The company keeps your passport.")
    and_the_page_is_redrawn(page, page.get_by_role("button", name="Save").click)
    expect(page.locator("#description-error")).to_have_text(
        "Employers may not keep workers' passports or identity papers. "
        "Say that workers keep their own documents."
    )
    expect(page.get_by_label("Description")).to_have_attribute("aria-invalid", "true")
    page_is_safe(page)
    page.goto(f"{console.url}/opportunities")
    expect(page.locator("table.opportunities")).not_to_contain_text(title)


def test_an_employer_posts_a_job_and_records_a_hire_and_when_its_retention_is_due(
    page: Page, console: Console
) -> None:
    title = f"Kitchen helper {uuid.uuid4().hex[:4]}"
    sign_in(page, console, console.employer, landing="/opportunities")
    _post_a_job(page, console, title)
    row = page.locator("table.opportunities tr").filter(has_text=title)
    expect(row.locator(".status")).to_have_text("Open")
    page_is_safe(page)
    screenshot(page, "en-employer-jobs")

    row.get_by_role("button", name=f"Pause: {title}").click()
    expect(row.locator(".status")).to_have_text("Paused")
    expect(page.locator(".notice")).to_have_text(
        "The job was paused. Candidates are not offered it until you reopen it; "
        "those already on its shortlist stay."
    )
    row.get_by_role("button", name=f"Reopen: {title}").click()
    expect(row.locator(".status")).to_have_text("Open")
    expect(page.locator(".notice")).to_have_text(
        "The job was reopened. Candidates are offered it again while it has openings left."
    )

    row.get_by_role("link", name=f"Edit {title}").click()
    page.wait_for_url(re.compile(r".*/opportunities/opp_[A-Za-z0-9_\-]+/edit$"))
    job_id = page.url.split("/")[-2]
    page_is_safe(page)
    # What was picked is picked again; what the gateway stored is the concept ids, and the
    # place it found for the district.
    expect(page.get_by_label("Sector", exact=True)).to_have_value("food_service")
    skills = page.get_by_role("group", name="Skills it asks for")
    expect(skills.get_by_label("Customer service", exact=True)).to_be_checked()
    expect(skills.get_by_label("Cooking", exact=True)).to_be_checked()
    expect(skills.get_by_role("checkbox", checked=True)).to_have_count(2)
    stored = console.officer_api.ok("GET", f"/v1/opportunities/{job_id}").json()
    assert stored["sector"] == "food_service"
    assert sorted(stored["skills_required"]) == ["cooking", "customer_service"]
    assert stored["location"]["district"] == "Khlong Toei"
    assert abs(stored["location"]["latitude"] - 13.71) < 0.1
    page.get_by_label("Openings").fill("3")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"{console.url}/opportunities?done=job-changed")
    expect(page.locator(".notice")).to_have_text("Your changes to the job were saved.")
    expect(row.locator("td").nth(1)).to_have_text("3")

    alias, match_id = _accepted_candidate(console, job_id)
    row.get_by_role("link", name="See the shortlist").click()
    card = page.locator(".shortlist .card").filter(has_text=alias)
    # The employer reads the candidate's skills by their labels, never the concept ids.
    expect(card).to_contain_text("Customer service")
    expect(card).not_to_contain_text("customer_service")
    card.get_by_role("button", name="Express interest").click()
    expect(card.locator(".state")).to_have_text("Employer interested")
    # Each step says it was recorded, as an officer's acts do.
    expect(page.locator(".notice")).to_have_text("Your interest was recorded.")
    card.get_by_label(f"Next step for {alias}").select_option("introduced")
    card.get_by_role("button", name="Record").click()
    expect(card.locator(".state")).to_have_text("Introduced")
    expect(page.locator(".notice")).to_have_text("The introduction was recorded.")
    card.get_by_label(f"Next step for {alias}").select_option("hired")
    # A hire without its wage is refused at the wage field, and nothing is recorded.
    and_the_page_is_redrawn(page, card.get_by_role("button", name="Record").click)
    expect(card.get_by_role("alert")).to_have_text(
        "Enter the monthly wage: a hire is recorded with it."
    )
    expect(card.get_by_label("Monthly wage")).to_have_attribute("aria-invalid", "true")
    expect(card.locator(".state")).to_have_text("Introduced")
    expect(page.locator(".notice")).to_have_count(0)  # nothing recorded, nothing announced
    # The currency is chosen from the region's list, the job's own preselected.
    expect(card.get_by_label("Currency", exact=True)).to_have_value("THB")
    card.get_by_label(f"Next step for {alias}").select_option("hired")
    card.get_by_label("Monthly wage").fill("11500")
    card.get_by_role("button", name="Record").click()
    expect(card.locator(".state")).to_have_text("Hired")
    expect(page.locator(".notice")).to_have_text("The hire was recorded, with its monthly wage.")
    page_is_safe(page, DISTRICT)
    screenshot(page, "en-employer-outcome")
    # The hire happened today (the date the form offers); still employed after 30 days can
    # only be dated 30 days after it, and the form says from when, in words and a date.
    hired = console.officer_api.ok("GET", f"/v1/matches/{match_id}").json()
    hired_on = date.fromisoformat(hired["history"][-1]["occurred_on"])
    assert hired["history"][-1]["state"] == "hired"
    due = hired_on + timedelta(days=30)
    card.get_by_label(f"Next step for {alias}").select_option("retained_30")
    expect(card.get_by_label("Date it happened")).to_have_value(hired_on.isoformat())
    and_the_page_is_redrawn(page, card.get_by_role("button", name="Record").click)
    expect(card.get_by_role("alert")).to_have_text(
        f"Too soon after the hire: this can be recorded from {due:%b} {due.day}, {due.year}."
    )
    expect(card.get_by_label("Date it happened")).to_have_attribute("aria-invalid", "true")
    expect(card.locator(".state")).to_have_text("Hired")
    # The step stays on offer, for the day it is due.
    expect(
        card.get_by_label(f"Next step for {alias}").locator("option[value=retained_30]")
    ).to_have_count(1)
    page_is_safe(page, DISTRICT)
    recorded = console.officer_api.ok("GET", f"/v1/matches/{match_id}").json()
    assert recorded["state"] == "hired"

    page.goto(f"{console.url}/dashboard")
    expect(page.locator("h1")).to_have_text("Dashboard")
    expect(page.locator(".chart[role=img] svg").first).to_be_visible()
    # Each retention step reads against the hires old enough to have reached it.
    count = r"(\d[\d,]*|fewer than 5)"
    placements = page.locator("section.card").filter(has_text="Placements and retention")
    for days in (30, 90, 180):
        expect(
            placements.get_by_text(
                re.compile(rf"^{count} of {count} hired at least {days} days ago$")
            )
        ).to_be_visible()
    page_is_safe(page)
    screenshot(page, "en-employer-dashboard")

    page.locator("#language-select").select_option("km")
    page.locator("form.language button").click()
    expect(page.locator("html")).to_have_attribute("lang", "km")
    assert any("Khmer" in family for family in font_families(page, "h1"))
    assert serious_violations(page) == []
    screenshot(page, "km-employer-dashboard")
    page.goto(f"{console.url}/opportunities")
    assert serious_violations(page) == []
    screenshot(page, "km-employer-jobs")
    # The job form in Khmer: the vocabulary's Khmer labels, drawn in a Khmer font.
    page.goto(f"{console.url}/opportunities/new")
    expect(page.locator("#sector option[value=food_service]")).to_have_text(
        "ភោជនីយដ្ឋាន និងសេវាម្ហូបអាហារ"
    )
    expect(page.locator("label[for=skills-customer_service]")).to_have_text("សេវាអតិថិជន")
    assert any("Khmer" in f for f in font_families(page, "label[for=skills-customer_service]"))
    assert serious_violations(page) == []
    screenshot(page, "km-employer-post-a-job")
    page.locator("#language-select").select_option("en")
    page.locator("form.language button").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_an_administrator_changes_a_role_and_sees_the_audit_chain_status(
    page: Page, console: Console
) -> None:
    sign_in(page, console, "root.admin", landing="/admin/organisations")
    page.get_by_role("link", name="Users and roles").click()
    page.wait_for_url(f"{console.url}/admin/users")
    page_is_safe(page)
    target = console.role_change_target
    page.get_by_label(f"Role of {target}", exact=True).select_option("facilitator")
    page.get_by_role("button", name=f"Change the role of {target}").click()
    # The change asks first, naming the username; only "Yes" acts.
    expect(page.locator("h1")).to_have_text(f"Change the role of {target} to Facilitator?")
    and_the_page_is_redrawn(page, page.get_by_role("button", name="Yes, change the role").click)
    expect(page.locator(".notice")).to_contain_text("The role was changed.")
    expect(page.get_by_label(f"Role of {target}", exact=True)).to_have_value("facilitator")
    # Never "Disable" on one's own account.
    own_row = page.locator("table.users tr").filter(has_text="root.admin")
    expect(own_row.get_by_role("link", name="Disable root.admin")).to_have_count(0)
    screenshot(page, "en-admin-users")
    # The gateway agrees: the user is a facilitator now.
    users = console.admin_api.ok("GET", "/v1/users?limit=200").json()["items"]
    assert next(u for u in users if u["username"] == target)["role"] == "facilitator"

    page.get_by_role("link", name="Audit trail").click()
    page.wait_for_url(f"{console.url}/admin/audit")
    status = page.locator(".chain-status")
    # Intact when the gateway offers the check; "Unknown" (and how to run it) until then.
    # "Broken" would fail this test, as it should.
    expect(status).to_have_text(re.compile(r"^(Intact: .*|Unknown: .*verify-audit)$"))
    expect(
        page.locator("table.audit tbody tr")
        .filter(has_text="Changed a user's role or access")
        .filter(has_text="root.admin")
        .first
    ).to_be_visible()
    page_is_safe(page)
    screenshot(page, "en-admin-audit")

    page.get_by_role("link", name="Outcome model").click()
    page.wait_for_url(f"{console.url}/admin/outcome-model")
    expect(page.locator("h1")).to_have_text("Outcome model")
    page_is_safe(page)

    page.get_by_role("link", name="Dashboard").click()
    page.wait_for_url(f"{console.url}/dashboard")
    expect(page.locator("section.card h2").first).to_have_text("Organisations")
    page_is_safe(page)


def test_an_administrator_onboards_an_employer_whose_new_user_then_signs_in(
    page: Page, console: Console
) -> None:
    """From screens only: a new employer organisation (pending until vetted), its approval,
    a user for it (a weak password refused under its field, never drawn back), and that
    user's first sign-in; then the outcome model's "Retrain the model"."""
    name = f"Lotus Bakery {uuid.uuid4().hex[:6]}"
    username = f"lotus.{uuid.uuid4().hex[:6]}"
    password = "violet kettle marathon oyster"
    sign_in(page, console, "root.admin", landing="/admin/organisations")
    page.get_by_role("link", name="Add an organisation").click()
    page.wait_for_url(f"{console.url}/admin/organisations/new")
    page_is_safe(page)
    page.get_by_label("Name").fill(name)
    page.get_by_label("Kind").select_option(label="Employer")
    page.get_by_label("Country").select_option(label="Thailand")
    page.get_by_role("button", name="Create the organisation").click()
    # The kind of what was done in the address, never the name.
    page.wait_for_url(f"{console.url}/admin/organisations?done=organisation-created-vetting")
    expect(page.locator("p.notice")).to_contain_text("must be approved before its users can act")
    page_is_safe(page, name)
    organisations = console.admin_api.ok("GET", "/v1/organisations?limit=200").json()["items"]
    created = next(o for o in organisations if o["name"] == name)
    assert (created["type"], created["country"], created["vetting"]) == (
        "employer",
        "TH",
        "pending",
    )
    and_the_page_is_redrawn(
        page, page.get_by_role("button", name=f"Approve {name}", exact=True).click
    )
    page.get_by_role("link", name=f"Add a user to {name}", exact=True).click()
    page.wait_for_url(f"{console.url}/admin/users/new?organisation={created['id']}")
    page_is_safe(page)
    expect(page.get_by_label("Organisation")).to_have_value(created["id"])
    page.get_by_label("Username").fill(username)
    page.get_by_label("Role").select_option(label="Employer")
    weak = f"{username}2024"  # the username and a year: refused by the gateway's rules
    page.get_by_label("Password").fill(weak)
    page.get_by_role("button", name="Create the user").click()
    expect(page.locator("#password-error")).to_contain_text(
        "This password contains the username, a part of it, or the name Pathways."
    )
    assert weak not in page.content()
    expect(page.get_by_label("Password")).to_have_value("")
    expect(page.get_by_label("Username")).to_have_value(username)
    page_is_safe(page, weak)
    screenshot(page, "en-admin-new-user-refused-password")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Create the user").click()
    page.wait_for_url(f"{console.url}/admin/users?done=user-created")
    expect(page.locator(".notice")).to_have_text(
        "The user was created. Give them their password in person: it is not shown again."
    )
    page_is_safe(page, password)

    page.get_by_role("link", name="Outcome model").click()
    page.wait_for_url(f"{console.url}/admin/outcome-model")
    and_the_page_is_redrawn(page, page.get_by_role("button", name="Retrain the model").click)
    # Enough outcomes or not, the answer is a sentence on this page, never an error page.
    expect(page.locator("h1")).to_have_text("Outcome model")
    expect(page.locator("main [role=status]")).to_have_text(
        re.compile(r"^(The outcome model was retrained|The model was not retrained: too few)")
    )
    page_is_safe(page)

    with page.expect_navigation():
        page.get_by_role("button", name="Sign out").click()
    page.locator("#username").fill(username)
    page.locator("#password").fill(password)
    with page.expect_navigation():
        page.locator("form[action='/sign-in'] button").click()
    # The administrator chose that password: the new user chooses their own, once.
    expect(page.locator("h1")).to_have_text("Choose your password")
    page_is_safe(page, password)
    own = "my own lemongrass kettle 58"
    page.get_by_label("The password you were given").fill(password)
    page.get_by_label("New password", exact=True).fill(own)
    page.get_by_label("New password again").fill(own)
    screenshot(page, "en-choose-password")
    with page.expect_navigation():
        page.get_by_role("button", name="Save the password and sign in").click()
    page.wait_for_url(f"{console.url}/opportunities")
    expect(page.get_by_role("link", name="Post a job")).to_be_visible()


@pytest.mark.parametrize("role", ["officer", "facilitator"])
def test_officers_and_facilitators_have_a_dashboard_drawn_on_the_server(
    page: Page, console: Console, role: str
) -> None:
    username, landing = {
        "officer": (console.officer, "/caseload"),
        "facilitator": (console.facilitator, "/groups"),
    }[role]
    sign_in(page, console, username, landing=landing)
    if role == "officer":
        # The organisation's counts come from the gateway; one person is never shown as 1.
        survivor = console.officer_api.ok(
            "POST",
            f"/v1/organisations/{console.ngo}/survivors",
            json={"profile": PROFILE, "consents": ["matching"]},
        ).json()
        console.officer_api.ok(
            "POST",
            f"/v1/survivors/{survivor['id']}/readiness-assessments",
            json={"stage": "training_ready"},
        )
        page.goto(f"{console.url}/survivors/{survivor['id']}")
    page.get_by_role("link", name="Dashboard").click()
    page.wait_for_url(f"{console.url}/dashboard")
    charts = page.locator("section.card .chart[role=img]")
    expect(charts.first).to_be_visible()
    # Each chart names what it counts for screen readers (its name), not only in bars.
    titles = charts.evaluate_all(
        "nodes => nodes.map(node => document.getElementById("
        "node.getAttribute('aria-labelledby')).textContent.trim())"
    )
    assert titles
    assert all(titles), titles
    if role == "officer":
        # At least the survivor just assessed: a count under 5 is withheld, never shown.
        assert re.search(r"Ready for training (fewer than 5|[5-9]|\d\d)", titles[0]), titles
    else:
        # The people the groups may draw from, counted by peer groups: nobody named.
        assert any(t.startswith("Open to peer groups, by language:") for t in titles), titles
        expect(page.get_by_text("People open to peer groups:")).to_be_visible()
    page_is_safe(page)
    screenshot(page, f"en-{role}-dashboard")
