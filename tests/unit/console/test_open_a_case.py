"""Opening a case from the caseload by what the officer sees there (outside probe, session
20): the code name the caseload shows opens the case; a case id does too; anything else,
a name typed by mistake included, is "not found" without reaching the gateway, and the
form is posted, so what was typed is in no URL, history or audit record."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.unit.console.fake_gateway import PASSWORD, FakeGateway

SURVIVOR = {"id": "srv_3f2a9c0d6b1e4f7a8c9d0e1f", "alias": "P-7KQ3XM", "readiness": "stabilising"}


def _signed_in(client: TestClient) -> str:
    def csrf(path: str) -> str:
        found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
        assert found
        return found.group(1)

    answer = client.post(
        "/sign-in",
        data={"csrf_token": csrf("/sign-in"), "username": "officer", "password": PASSWORD},
    )
    assert answer.status_code == 303
    return csrf("/caseload")


def test_the_code_name_or_the_case_id_opens_the_case(
    client: TestClient, gateway: FakeGateway
) -> None:
    gateway.caseload = {"items": [SURVIVOR], "next_cursor": None}
    token = _signed_in(client)
    for typed in ("P-7KQ3XM", "p-7kq3xm", " srv_3f2a9c0d6b1e4f7a8c9d0e1f "):
        answer = client.post("/survivors/open", data={"csrf_token": token, "case": typed})
        assert answer.status_code == 303, typed
        assert answer.headers["location"] == f"/survivors/{SURVIVOR['id']}"


def test_a_name_typed_in_the_box_goes_nowhere(client: TestClient, gateway: FakeGateway) -> None:
    gateway.caseload = {"items": [SURVIVOR], "next_cursor": None}
    token = _signed_in(client)
    before = len(gateway.requests)
    for typed in ("Somchai_Boonmee", "P-NOTME1", "../../v1/users"):
        answer = client.post("/survivors/open", data={"csrf_token": token, "case": typed})
        assert answer.status_code == 404, typed
    sent = [r.url.path for r in gateway.requests[before:]]
    assert all(path == "/v1/organisations/org_1/survivors" for path in sent)  # the lookup
    assert not any("Somchai" in str(r.url) or "users" in str(r.url) for r in gateway.requests)
    assert 'method="post" action="/survivors/open"' in client.get("/caseload").text
