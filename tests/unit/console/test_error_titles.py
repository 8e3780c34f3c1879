"""An error page's title says what happened, in the reader's language, and never who or
which record (console probe, session 20, finding 20: 403 and 404 pages were titled
" · Pathways", so screen readers and tabs gave no cue)."""

from __future__ import annotations

import re

import pytest

from console.i18n import LANGUAGES, Catalogs
from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import FakeGateway


def _title(page: str) -> str:
    found = re.search(r"<title>(.*)</title>", page)
    assert found
    return found.group(1)


@pytest.mark.parametrize(
    ("path", "status", "title"),
    [
        ("/no-such-page", 404, "Not found · Pathways"),
        ("/admin/users", 403, "No access · Pathways"),  # an officer on an admin page
    ],
)
def test_an_error_page_is_titled_by_what_happened(path: str, status: int, title: str) -> None:
    with signed_in_officer(FakeGateway()) as client:
        answer = client.get(path)
    assert answer.status_code == status
    assert _title(answer.text) == title


def test_an_error_title_reads_in_the_readers_language() -> None:
    with signed_in_officer(FakeGateway()) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/caseload").text)
        assert token
        client.post("/language", data={"csrf_token": token.group(1), "language": "th"})
        answer = client.get("/no-such-page")
    assert _title(answer.text) == "ไม่พบ · Pathways"


def test_a_survivor_that_does_not_exist_gives_no_id_in_the_title() -> None:
    survivor_id = "srv_0123456789abcdef01234567"
    with signed_in_officer(FakeGateway()) as client:
        answer = client.get(f"/survivors/{survivor_id}")
    assert answer.status_code == 404
    assert _title(answer.text) == "Not found · Pathways"


def _heading(page: str) -> str:
    found = re.search(r"<h1>(.*)</h1>", page)
    assert found
    return found.group(1)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_form_refused_for_coming_from_another_site_is_titled_as_its_heading_says(
    language: str,
) -> None:
    """Usability probe, finding L1: the refusal read "We could not do that" under the title
    "No access", though the person may do this; only that request was not taken."""
    with signed_in_officer(FakeGateway()) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/caseload").text)
        assert token
        client.post("/language", data={"csrf_token": token.group(1), "language": language})
        answer = client.post(
            "/sign-out",
            data={"csrf_token": token.group(1)},
            headers={"Origin": "https://prize-draw.example"},
        )
    assert answer.status_code == 403
    heading = _heading(answer.text)
    assert heading == Catalogs().for_language(language).gettext("We could not do that")
    assert (heading == "We could not do that") == (language == "en")  # in the reader's
    assert _title(answer.text) == f"{heading} · Pathways"


def test_an_expired_form_is_titled_as_its_heading_says() -> None:
    with signed_in_officer(FakeGateway()) as client:
        answer = client.post("/sign-out", data={"csrf_token": "not-the-token"})
    assert answer.status_code == 403
    assert _title(answer.text) == f"{_heading(answer.text)} · Pathways"
