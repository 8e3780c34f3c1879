"""The audit trail reads as what people did, by username, a page at a time (console probe,
session 20, finding 17: raw action codes in every language, user ids, ~100 rows at once)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi.testclient import TestClient

from tests.unit.console.conftest import officer_client
from tests.unit.console.fake_gateway import FakeGateway

OFFICER_ID = "usr_0a1b2c3d4e5f"
GONE_ID = "usr_9f8e7d6c5b4a"  # a user the users list no longer has
CURSOR = "eyJwIjoiYXVkXzEyMyJ9.c2lnbmF0dXJl"


def _record(n: int, action: str, user_id: str) -> dict[str, Any]:
    return {
        "id": f"aud_{n:04d}",
        "at": "2026-12-03T08:00:00Z",
        "user_id": user_id,
        "organisation_id": "org_1",
        "role": "reintegration_officer",
        "action": action,
        "purpose": "case_management",
        "outcome": "succeeded",
        "request_id": "r" * 32,
        "survivor_id": "srv_3f2a9c0d6b1e4f7a8c9d0e1f",
        "target_id": None,
    }


@dataclass
class AuditGateway(FakeGateway):
    asked: list[dict[str, str]] = field(default_factory=list)
    users_read: int = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer in self.valid_access and request.method == "GET":
            path = request.url.path
            if path == "/v1/audit":
                self.asked.append(dict(request.url.params))
                items = [
                    _record(1, "survivor.read", OFFICER_ID),
                    _record(2, "match.request", GONE_ID),
                    _record(3, "brand_new.thing", OFFICER_ID),
                ]
                later = "cursor" in request.url.params
                return httpx.Response(
                    200, json={"items": items, "next_cursor": None if later else CURSOR}
                )
            if path == "/v1/audit/chain":
                return httpx.Response(200, json={"intact": None, "checked": 0})
            if path == "/v1/users":
                self.users_read += 1
                users = [{"id": OFFICER_ID, "username": "mekong.officer", "version": 1}]
                return httpx.Response(200, json={"items": users, "next_cursor": None})
        return super().handle(request)


def _signed_in(gateway: AuditGateway) -> TestClient:
    return officer_client(gateway)


def _rows(page: str) -> list[str]:
    return page.split('<table class="audit"', 1)[1].split("</tbody>", 1)[0].split("<tr>")[2:]


def test_actions_read_as_what_was_done_and_users_by_username() -> None:
    gateway = AuditGateway(role="platform_admin")
    with _signed_in(gateway) as client:
        page = client.get("/admin/audit").text
    read, requested, unknown = _rows(page)
    assert "Read a survivor&#39;s case" in read
    assert "mekong.officer" in read
    assert "Asked for matches" in requested
    assert f"<code>{GONE_ID}</code>" in requested  # not in the users list: shown by id
    assert "Other (code brand_new.thing)" in unknown  # a new action is never hidden
    assert gateway.users_read == 1  # one read for the page, never one per row


def test_the_trail_comes_a_page_at_a_time_with_older_entries_behind_a_link() -> None:
    gateway = AuditGateway(role="platform_admin")
    with _signed_in(gateway) as client:
        first = client.get("/admin/audit").text
        older = re.search(r'<a href="(/admin/audit\?[^"]+)" rel="next">Older entries</a>', first)
        assert older
        second = client.get(older.group(1).replace("&amp;", "&")).text
    assert int(gateway.asked[0]["limit"]) <= 50
    assert "cursor" not in gateway.asked[0]
    assert gateway.asked[1]["cursor"] == CURSOR
    assert "Older entries" not in second  # the gateway said there is no more
    assert 'href="/admin/audit">Newest entries</a>' in second


def test_the_audit_page_reads_in_khmer() -> None:
    gateway = AuditGateway(role="platform_admin")
    with _signed_in(gateway) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/admin/audit").text)
        assert token
        client.post("/language", data={"csrf_token": token.group(1), "language": "km"})
        page = client.get("/admin/audit").text
    assert "បានអានករណីរបស់អ្នករស់រានមានជីវិត" in _rows(page)[0]
