"""The console on a phone (360 by 740): no page scrolls sideways, in every role.

A page that is wider than the screen hides its right edge (a dashboard's counts, a table's
actions) behind a sideways scroll. The rule checked here is the browser's own: the
document is no wider than the window. A wide table may scroll inside its own box, which
the rule allows. The header (Quick exit, navigation, language, sign out) leaves most of the
screen to the page: at most a quarter of its height.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from tests.browser.conftest import JOB, Console, person_page, screenshot, sign_in
from tests.e2e.support import login, organisation, user

pytestmark = pytest.mark.e2e

PHONE: ViewportSize = {"width": 360, "height": 740}
PROFILE: dict[str, Any] = {
    "languages": [{"language": "my", "level": "native"}],
    "residence": {"country": "TH", "district": "Mae Sot", "latitude": 16.71, "longitude": 98.57},
    "age_band": "25-34",
    "interests": "ချက်ပြုတ်ခြင်း",
    "interest_tags": ["cooking"],
}


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    with person_page(browser, viewport=PHONE) as found:
        yield found


def _fits_the_phone(page: Page, path: str, console: Console) -> None:
    page.goto(f"{console.url}{path}")
    page.wait_for_load_state("load")
    sizes = page.evaluate(
        """() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                  header: document.querySelector('header').getBoundingClientRect().height})"""
    )
    screenshot(
        page, f"phone{path.replace('/', '-')[:40]}-{page.locator('html').get_attribute('lang')}"
    )
    assert sizes["scroll"] <= sizes["inner"], f"{path} scrolls sideways: {sizes}"
    assert sizes["header"] <= PHONE["height"] / 4, f"{path}: the header is too tall: {sizes}"
    # A chart's label ends above its bar starts, and within the screen (it wraps, never cut).
    overlaps = page.evaluate(
        """() => [...document.querySelectorAll('.chart-row')].map(row => {
             const label = row.querySelector('.chart-label').getBoundingClientRect();
             const bar = row.querySelector('svg').getBoundingClientRect();
             return {label: row.querySelector('.chart-label').textContent,
                     below: label.bottom <= bar.top, inside: label.right <= window.innerWidth};
           }).filter(row => !(row.below && row.inside))"""
    )
    assert overlaps == [], f"{path}: {overlaps}"


def _choose(page: Page, console: Console, language: str) -> None:
    page.goto(f"{console.url}/dashboard")
    page.locator("#language-select").select_option(language)
    page.locator("form.language button").click()
    page.wait_for_selector(f"html[lang={language}]")


@pytest.mark.parametrize("language", ["en", "my"])
def test_an_officers_pages_fit_a_phone(phone: Page, console: Console, language: str) -> None:
    officer = user(console.admin_api, console.ngo, "reintegration_officer")
    survivor = console.officer_api.ok(
        "POST",
        f"/v1/organisations/{console.ngo}/survivors",
        json={"profile": PROFILE, "consents": ["matching"]},
    ).json()["id"]
    sign_in(phone, console, officer)
    _choose(phone, console, language)
    for path in (
        "/caseload",
        "/survivors/new",
        "/dashboard",
        f"/survivors/{survivor}",
        f"/survivors/{survivor}/recommendations",
        f"/survivors/{survivor}/matches",
        f"/survivors/{survivor}/assess",
    ):
        _fits_the_phone(phone, path, console)


@pytest.mark.parametrize("language", ["en", "my"])
def test_an_employers_and_a_facilitators_pages_fit_a_phone(
    phone: Page, console: Console, language: str
) -> None:
    employer_org = organisation(console.admin_api, "employer", vet=True)
    employer = user(console.admin_api, employer_org, "employer")
    # A posted job, so the jobs table (title, status, shortlist, actions) is drawn.
    login(console.gateway_url, employer).ok(
        "POST", f"/v1/organisations/{employer_org}/opportunities", json=JOB
    )
    sign_in(phone, console, employer, landing="/opportunities")
    _choose(phone, console, language)
    for path in ("/opportunities", "/opportunities/new", "/dashboard"):
        _fits_the_phone(phone, path, console)
    phone.context.clear_cookies()
    facilitator = user(console.admin_api, console.peer_organisation, "facilitator")
    sign_in(phone, console, facilitator, landing="/groups")
    _choose(phone, console, language)
    for path in ("/groups", "/groups/new", "/dashboard"):
        _fits_the_phone(phone, path, console)


def test_an_administrators_pages_fit_a_phone(phone: Page, console: Console) -> None:
    _fits_the_phone(phone, "/sign-in", console)
    sign_in(phone, console, "root.admin", landing="/admin/organisations")
    for path in (
        "/admin/organisations",
        "/admin/users",
        "/admin/audit",
        "/admin/outcome-model",
        f"/admin/organisations/{console.ngo}/partners",
        "/dashboard",
    ):
        _fits_the_phone(phone, path, console)
