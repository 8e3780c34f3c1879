"""How much the console reads of a request (session 25's security probe: a 263 MB sign-in
form was read and parsed whole, 70 MB -> 348 MB of memory, before its missing CSRF token
was refused). Without the console's cookie a body may hold 16 KiB, with it 256 KiB, and a
form at most 200 fields of 64 KiB; the largest real form, a profile with both free texts
full in Burmese, still passes."""

from __future__ import annotations

from fastapi.testclient import TestClient

from console.body_limits import MAX_ANONYMOUS_BODY, MAX_FORM_BODY
from tests.unit.console.conftest import signed_in_officer
from tests.unit.console.fake_gateway import PASSWORD, FakeGateway
from tests.unit.console.test_edit_a_profile import SURVIVOR_ID, ProfileGateway, _form

#: A Burmese character percent-encoded by a browser is 9 bytes ("%E1%80%80").
BURMESE = "က"


def test_a_sign_in_form_larger_than_the_anonymous_limit_is_refused_unread(
    client: TestClient, gateway: FakeGateway
) -> None:
    body = "username=officer&password=" + "x" * MAX_ANONYMOUS_BODY
    answer = client.post(
        "/sign-in",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 413
    assert answer.headers["cache-control"] == "no-store"
    assert not [r for r in gateway.requests if r.url.path == "/v1/auth/token"]


def test_a_body_announcing_more_than_the_limit_is_refused_at_once(client: TestClient) -> None:
    answer = client.post(
        "/sign-in",
        content=b"a" * 10,
        headers={
            "content-type": "application/x-www-form-urlencoded",
            "content-length": str(MAX_ANONYMOUS_BODY + 1),
        },
    )
    assert answer.status_code == 413


def test_the_fullest_real_profile_form_is_accepted() -> None:
    gateway = ProfileGateway()
    with signed_in_officer(gateway) as client:
        data = _form(client.get(f"/survivors/{SURVIVOR_ID}/profile").text)
        data["interests"] = BURMESE * 2000
        data["aspirations"] = BURMESE * 2000
        saved = client.post(f"/survivors/{SURVIVOR_ID}/profile", data=data)
        assert saved.status_code == 303, saved.text
        [(_, sent)] = gateway.puts
        assert sent["interests"] == BURMESE * 2000


def test_a_signed_in_body_larger_than_the_form_limit_is_refused_and_changes_nothing() -> None:
    gateway = ProfileGateway()
    with signed_in_officer(gateway) as client:
        data = _form(client.get(f"/survivors/{SURVIVOR_ID}/profile").text)
        data["interests"] = "x" * (MAX_FORM_BODY + 1)
        refused = client.post(f"/survivors/{SURVIVOR_ID}/profile", data=data)
        assert refused.status_code == 413
        assert gateway.puts == []


def test_a_form_with_more_fields_than_any_real_one_is_refused() -> None:
    gateway = ProfileGateway()
    with signed_in_officer(gateway) as client:
        data = _form(client.get(f"/survivors/{SURVIVOR_ID}/profile").text)
        data.update({f"extra_{i}": "1" for i in range(300)})
        refused = client.post(f"/survivors/{SURVIVOR_ID}/profile", data=data)
        assert refused.status_code == 400
        assert gateway.puts == []


def test_signing_in_still_works(client: TestClient) -> None:
    page = client.get("/sign-in").text
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    answer = client.post(
        "/sign-in", data={"csrf_token": token, "username": "officer", "password": PASSWORD}
    )
    assert answer.status_code == 303
