"""Typing a district in the real console offers the gateway's gazetteer places, through
htmx, without the typed text ever being in a URL. No sleeps: each check waits for the
option to be in the page."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
from playwright.sync_api import Page, Request, expect

from tests.browser.conftest import Console, serious_violations, sign_in

pytestmark = pytest.mark.e2e


def test_typing_a_district_offers_places_and_keeps_the_text_out_of_urls(
    page: Page, console: Console
) -> None:
    sign_in(page, console)
    page.goto(f"{console.url}/survivors/new")
    sent: list[Request] = []

    def note(request: Request) -> None:
        sent.append(request)

    page.on("request", note)
    page.get_by_label("Country", exact=True).select_option(label="Cambodia")
    page.get_by_label("District", exact=True).press_sequentially("Phn")
    expect(page.locator("#district-places option[value='Phnom Penh']")).to_be_attached()

    asked = [r for r in sent if r.url.endswith("/places/suggestions")]
    assert asked, [r.url for r in sent]
    assert {r.method for r in asked} == {"POST"}
    # Only the CSRF token, the country and what was typed: nothing else of the form.
    assert set(parse_qs(asked[-1].post_data or "", keep_blank_values=True)) == {
        "csrf_token",
        "country",
        "district",
    }
    assert not [r.url for r in sent if "phn" in r.url.casefold()]
    assert serious_violations(page) == []


def test_namesakes_in_two_provinces_are_both_offered_with_labels_that_differ(
    page: Page, console: Console
) -> None:
    sign_in(page, console)
    page.goto(f"{console.url}/survivors/new")
    page.get_by_label("Country", exact=True).select_option(label="Thailand")
    page.get_by_label("District", exact=True).press_sequentially("Chom Thong")
    namesakes = page.locator("#district-places option[value='Chom Thong']")
    expect(namesakes).to_have_count(2)  # in Bangkok and in Chiang Mai (GeoNames)
    labels = {namesakes.nth(i).get_attribute("label") for i in range(2)}
    assert None not in labels
    assert len(labels) == 2, labels
