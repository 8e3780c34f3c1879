"""The sign-in page speaks the language just used, after signing out, without keeping
anything personal: the language's tag, and nothing else, rides in the URL. With nothing
chosen, the browser's Accept-Language decides; the page offers every other language as a
plain link (no script, no form)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.unit.console.conftest import csrf_of
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

KHMER_SIGN_IN = "ចូលប្រើ"


def _sign_in_in_khmer(client: TestClient) -> None:
    client.post(
        "/sign-in",
        data={
            "csrf_token": csrf_of(client, "/sign-in"),
            "username": "officer",
            "password": PASSWORD,
        },
    )
    client.post(
        "/language",
        data={"csrf_token": csrf_of(client, "/caseload"), "language": "km", "next": "/caseload"},
    )
    assert 'lang="km"' in client.get("/caseload").text


def test_signing_out_returns_to_a_sign_in_page_in_the_language_just_used(
    client: TestClient, gateway: FakeGateway
) -> None:
    _sign_in_in_khmer(client)
    answer = client.post("/sign-out", data={"csrf_token": csrf_of(client, "/caseload")})
    assert answer.status_code == 303
    assert answer.headers["location"] == "/sign-in?lang=km"
    # A fresh browser (no cookie at all) still gets the Khmer page from that address.
    client.cookies.clear()
    page = client.get(answer.headers["location"])
    assert '<html lang="km">' in page.text
    assert f"<h1>{KHMER_SIGN_IN}</h1>" in page.text
    assert "officer" not in answer.headers["location"]


def test_the_language_in_the_address_stays_for_a_failed_sign_in(client: TestClient) -> None:
    token = csrf_of(client, "/sign-in?lang=km")
    answer = client.post(
        "/sign-in", data={"csrf_token": token, "username": "officer", "password": "wrong"}
    )
    assert answer.status_code == 400
    assert '<html lang="km">' in answer.text


def test_with_nothing_chosen_the_browsers_language_decides(client: TestClient) -> None:
    page = client.get("/sign-in", headers={"Accept-Language": "my-MM,my;q=0.9,en;q=0.5"})
    assert '<html lang="my">' in page.text
    page = client.get("/sign-in", headers={"Accept-Language": "de-DE"})
    assert '<html lang="en">' in page.text


def test_an_unknown_language_in_the_address_is_ignored(client: TestClient) -> None:
    page = client.get("/sign-in?lang=xx", headers={"Accept-Language": "th"})
    assert '<html lang="th">' in page.text


def test_the_sign_in_page_links_to_every_other_language(client: TestClient) -> None:
    page = client.get("/sign-in?lang=km").text
    links = re.findall(r'<a href="/sign-in\?lang=([\w-]+)" lang="([\w-]+)"', page)
    assert sorted(tag for tag, _ in links) == sorted(["en", "my", "th", "vi", "fil", "zh-Hant"])
    assert all(tag == lang for tag, lang in links)


def test_quick_exit_still_keeps_nothing(client: TestClient) -> None:
    _sign_in_in_khmer(client)
    answer = client.get("/exit")
    assert "console.test" not in answer.headers["location"]
    assert "cookies" in answer.headers["clear-site-data"]
