"""An employer sees the anonymised shortlist and expresses interest; an administrator vets,
reads the audit, and shares an NGO's survivors with a peer-support organisation's groups
(and stops again, after a confirmation); an officer's sign-in codes, a recovery code, and a
colleague's reset; a colleague approves a new account with a first password of their own
choosing, which the new officer replaces at their first sign-in."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import pytest
from playwright.sync_api import Browser, Page, expect

from gateway.auth.second_factor import code_now
from pathways_runtime.aliases import alias_seen_by
from tests.browser.conftest import (
    Console,
    font_families,
    page_is_safe,
    person_page,
    screenshot,
    serious_violations,
    sign_in,
)
from tests.e2e.support import GIVEN_PASSWORD, PASSWORD, login, organisation, user
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
    # The code the employer's organisation knows them by (``pathways_runtime.aliases``).
    employer_org = login(console.gateway_url, console.employer).ok("GET", "/v1/me").json()
    return alias_seen_by(
        employer_org["organisation_id"],
        survivor_id=survivor["id"],
        organisation_id=officer_org(console),
        alias=survivor["alias"],
    )


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


#: The interface languages other than English, and the font family each must be drawn in
#: (as ``test_officer_journey.test_every_language_is_drawn_with_a_font_for_its_script``).
SCRIPT_FONTS = {
    "km": "Khmer",
    "my": "Myanmar",
    "th": "Thai",
    "zh-Hant": "WenQuanYi|CJK",
    "vi": "Noto Sans|DejaVu",
    "fil": "Noto Sans|DejaVu",
}


def _choose_language(page: Page, language: str) -> None:
    page.locator("#language-select").select_option(language)
    page.locator("form.language button").click()
    expect(page.locator("html")).to_have_attribute("lang", language)


def test_an_administrator_shares_an_ngos_survivors_and_stops_after_confirming(
    page: Page, console: Console
) -> None:
    admin = console.admin_api
    ngo, peer = organisation(admin, "ngo"), organisation(admin, "peer_support")
    ngo_name = admin.ok("GET", f"/v1/organisations/{ngo}").json()["name"]
    peer_name = admin.ok("GET", f"/v1/organisations/{peer}").json()["name"]
    # An administrator of its own: the languages it tries are remembered for it alone.
    platform = admin.ok("GET", "/v1/me").json()["organisation_id"]
    administrator = user(admin, platform, "platform_admin")
    partners_url = f"{console.url}/admin/organisations/{ngo}/partners"

    def shared_with() -> list[str]:
        found = admin.ok("GET", f"/v1/organisations/{ngo}/partners").json()
        return [p["partner_id"] for p in found["shares_with"]]

    sign_in(page, console, administrator, landing="/admin/organisations")
    page.get_by_role("link", name=f"Partnerships of {ngo_name}", exact=True).click()
    page.wait_for_url(partners_url)
    expect(page.locator("h1")).to_have_text(f"Partnerships of {ngo_name}")
    expect(page.locator(".sharing")).to_contain_text("alias level")
    expect(page.locator("table.partners")).to_have_count(0)
    page_is_safe(page)

    # Picked by name from the organisations that run groups: no id is typed.
    choice = page.get_by_label("Organisation that runs peer groups")
    expect(choice.locator(f"option[value='{console.ngo}']")).to_have_count(1)  # an NGO runs groups
    expect(choice.locator(f"option[value='{ngo}']")).to_have_count(0)  # never itself
    expect(choice.locator(f"option[value='{console.pending_organisation}']")).to_have_count(0)
    choice.select_option(label=peer_name)
    page.get_by_role("button", name="Share its survivors").click()
    page.wait_for_url(f"{partners_url}?done=added")
    row = page.locator("table.partners tbody tr").filter(has_text=peer_name)
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Peer-support organisation")
    # Proposed only: nothing is shared until an officer of the NGO accepts.
    expect(page.get_by_role("status")).to_contain_text("Proposed.")
    expect(row).to_contain_text("Waiting for the NGO to accept")
    assert shared_with() == [peer]
    expect(choice.locator(f"option[value='{peer}']")).to_have_count(0)  # not offered twice
    page_is_safe(page)
    screenshot(page, "en-admin-partnerships")

    # Every language, with a font for its script and no serious accessibility violation.
    for language, font in SCRIPT_FONTS.items():
        _choose_language(page, language)
        page.wait_for_url(partners_url)
        heading = page.locator("h1")
        expect(heading).to_contain_text(ngo_name)
        expect(heading).not_to_have_text(f"Partnerships of {ngo_name}")
        families = font_families(page, "h1")
        assert any(re.search(font, family) for family in families), (language, families)
        assert serious_violations(page) == [], language
        if language == "km":
            screenshot(page, "km-admin-partnerships")
    _choose_language(page, "en")

    # Stopping asks first, and changes nothing until confirmed.
    row.get_by_role("link", name=f"Stop sharing with {peer_name}").click()
    page.wait_for_url(f"{partners_url}/{peer}/removal")
    expect(page.locator("h1")).to_have_text(f"Stop sharing with {peer_name}?")
    page_is_safe(page)
    assert shared_with() == [peer]
    page.get_by_role("button", name="Stop sharing").click()
    page.wait_for_url(f"{partners_url}?done=removed")
    expect(page.get_by_role("status")).to_contain_text("Sharing stopped.")
    expect(page.locator("table.partners")).to_have_count(0)
    assert shared_with() == []
    page_is_safe(page)


def test_an_officer_gets_the_forbidden_page_for_partnerships(page: Page, console: Console) -> None:
    sign_in(page, console)
    answer = page.goto(f"{console.url}/admin/organisations/{console.ngo}/partners")
    assert answer is not None
    assert answer.status == 403
    expect(page.locator("h1")).to_have_text("We could not do that")
    expect(page.locator(".problem")).to_have_text("Your role cannot do this.")


def test_an_officer_accepts_a_proposed_partnership_from_the_account_page(
    page: Page, console: Console
) -> None:
    """An administrator proposes; the NGO's officer finds it under Account, then Sharing,
    and accepts: only then is it in force."""
    admin = console.admin_api
    peer = organisation(admin, "peer_support")
    peer_name = admin.ok("GET", f"/v1/organisations/{peer}").json()["name"]
    admin.ok("PUT", f"/v1/organisations/{console.ngo}/partners/{peer}")

    def accepted() -> bool:
        found = admin.ok("GET", f"/v1/organisations/{console.ngo}/partners").json()
        return any(p["partner_id"] == peer and p["accepted_at"] for p in found["shares_with"])

    sign_in(page, console)
    page.get_by_role("link", name="Account", exact=True).click()
    page.wait_for_url(f"{console.url}/account")
    page.get_by_role("link", name="Sharing", exact=True).click()
    page.wait_for_url(f"{console.url}/sharing")
    row = page.locator("table.partners tbody tr").filter(has_text=peer_name)
    expect(row).to_contain_text("Waiting for your acceptance")
    assert not accepted()
    page_is_safe(page)
    row.get_by_role("button", name=f"Accept sharing with {peer_name}").click()
    page.wait_for_url(f"{console.url}/sharing?done=accepted")
    expect(page.get_by_role("status")).to_contain_text("Accepted.")
    assert accepted()
    screenshot(page, "en-officer-sharing")
    page_is_safe(page)


def test_an_officer_who_lost_their_phone_signs_in_with_a_recovery_code_and_a_colleague_resets(
    page: Page, console: Console, browser: Browser
) -> None:
    """Sign-in codes set up on screen show ten recovery codes once; one of them signs in in
    place of the app's code; a colleague resets the codes from Accounts, after a
    confirmation, and the password alone signs in again."""
    username = user(console.admin_api, console.ngo, "reintegration_officer")
    sign_in(page, console, username)
    page.get_by_role("link", name="Account", exact=True).click()
    page.get_by_role("link", name="Sign-in codes", exact=True).click()
    page.wait_for_url(f"{console.url}/account/second-factor")
    with page.expect_navigation():
        page.get_by_role("button", name="Set up sign-in codes").click()
    secret = page.locator(".secret code").inner_text().replace(" ", "")
    page.get_by_label("Code from your authenticator app").fill(
        code_now(secret, at=datetime.now(UTC))
    )
    page.get_by_label("Current password").fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name="Turn on sign-in codes").click()
    expect(page.locator("h1")).to_have_text("Recovery codes")
    codes = page.locator(".recovery-codes code").all_inner_texts()
    assert len(codes) == 10
    page_is_safe(page, *codes)
    screenshot(page, "en-recovery-codes")
    with page.expect_navigation():
        page.get_by_role("link", name="I have kept them: continue").click()
    expect(page.get_by_role("status")).to_contain_text("Sign-in codes are on.")

    # The phone is lost: the password, then a recovery code in place of the app's code.
    page.locator("#username").fill(username)
    page.locator("#password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("form[action='/sign-in'] button").click()
    expect(page.get_by_label("Code from your authenticator app")).to_be_visible()
    page.get_by_text("Lost your phone? Use a recovery code").click()
    page.locator("#password").fill(PASSWORD)
    page.get_by_label("Recovery code", exact=True).fill(codes[0])
    page_is_safe(page, codes[0])
    with page.expect_navigation():
        page.locator("form[action='/sign-in'] button").click()
    page.wait_for_url(f"{console.url}/caseload")

    # Every code used up or lost too: a colleague resets the codes.
    with person_page(browser, bypass_csp=True) as colleague:
        sign_in(colleague, console)
        colleague.goto(f"{console.url}/accounts")
        colleague.get_by_role("link", name=f"Reset the sign-in codes of {username}").click()
        expect(colleague.locator("h1")).to_have_text(f"Reset the sign-in codes of {username}?")
        page_is_safe(colleague)
        with colleague.expect_navigation():
            colleague.get_by_role("button", name="Yes, reset the sign-in codes").click()
        expect(colleague.get_by_role("status")).to_contain_text(
            "The sign-in codes of the account are reset."
        )
    # Signed out everywhere; the password alone signs in again.
    page.goto(f"{console.url}/caseload")
    page.wait_for_url(re.compile(r".*/sign-in.*"))
    sign_in(page, console, username)


def test_a_colleague_approves_a_new_account_with_a_first_password_the_officer_replaces(
    page: Page, console: Console, browser: Browser
) -> None:
    """An administrator creates a second officer in the NGO (it waits for approval). A
    colleague approves it from Accounts on a page of its own, choosing the first password
    (a weak one is refused under the field and never drawn back); the administrator's
    password then stops working, and the new officer signs in with the colleague's and
    chooses their own."""
    username = f"new.officer.{uuid.uuid4().hex[:6]}"
    chosen = "a first passphrase the approver chose 42"
    created = console.admin_api.ok(
        "POST",
        "/v1/users",
        json={
            "organisation_id": console.ngo,
            "username": username,
            "role": "reintegration_officer",
            "password": GIVEN_PASSWORD,
        },
    ).json()
    assert (created["approval"], created["password_change_required"]) == ("pending", True)

    sign_in(page, console)
    page.goto(f"{console.url}/accounts")
    page.get_by_role("link", name=f"Approve {username}", exact=True).click()
    page.wait_for_url(re.compile(rf".*/accounts/{created['id']}/approve\?version=\d+$"))
    expect(page.locator("h1")).to_have_text(f"Approve the account {username}")
    expect(page.locator("main")).to_contain_text(
        f"Choose a first password for {username}. Give it to them in person or by phone, "
        "never by email or chat."
    )
    page_is_safe(page, username)  # the title is generic
    weak = f"{username}2024"  # the username and a year: refused by the gateway's rules
    page.get_by_label("First password").fill(weak)
    page.get_by_role("button", name="Approve the account", exact=True).click()
    expect(page.locator("#password-error")).to_contain_text(
        "This password contains the username, a part of it, or the name Pathways."
    )
    assert weak not in page.content()
    expect(page.get_by_label("First password")).to_have_value("")
    page_is_safe(page, weak)
    screenshot(page, "en-approve-account-refused-password")
    page.get_by_label("First password").fill(chosen)
    page.get_by_role("button", name="Approve the account", exact=True).click()
    page.wait_for_url(f"{console.url}/accounts?done=account-approved")
    expect(page.get_by_role("status")).to_contain_text("The account is approved.")
    assert chosen not in page.content()
    page_is_safe(page, chosen)

    with person_page(browser, bypass_csp=True) as newcomer:
        # The password the administrator typed no longer opens the account.
        newcomer.goto(f"{console.url}/sign-in")
        newcomer.locator("#username").fill(username)
        newcomer.locator("#password").fill(GIVEN_PASSWORD)
        with newcomer.expect_navigation():
            newcomer.locator("form[action='/sign-in'] button").click()
        expect(newcomer.locator("#sign-in-error")).to_have_text(
            "The username or password is not correct."
        )
        # The colleague's does, once: the new officer chooses their own.
        newcomer.locator("#username").fill(username)
        newcomer.locator("#password").fill(chosen)
        with newcomer.expect_navigation():
            newcomer.locator("form[action='/sign-in'] button").click()
        expect(newcomer.locator("h1")).to_have_text("Choose your password")
        expect(newcomer.locator("#sign-in-error")).to_contain_text(
            "Someone else chose this password for you."
        )
        page_is_safe(newcomer, chosen)
        own = "my own tamarind lantern 73"
        newcomer.get_by_label("The password you were given").fill(chosen)
        newcomer.get_by_label("New password", exact=True).fill(own)
        newcomer.get_by_label("New password again").fill(own)
        with newcomer.expect_navigation():
            newcomer.get_by_role("button", name="Save the password and sign in").click()
        newcomer.wait_for_url(f"{console.url}/caseload")
