"""A stand-in for the gateway's HTTP API at the transport edge (``httpx.MockTransport``).

It answers the few routes the unit tests use, like the real gateway would: OAuth2 tokens
that rotate on refresh, 401 for a stale access token, ``/v1/me``, logout, and an RFC 9457
validation problem. What the console sent is kept in ``requests`` for assertions.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

import httpx

PASSWORD = "correct horse battery staple"


@dataclass
class FakeGateway:
    requests: list[httpx.Request] = field(default_factory=list)
    valid_access: set[str] = field(default_factory=set)
    valid_refresh: set[str] = field(default_factory=set)
    logged_out: list[str] = field(default_factory=list)
    role: str = "reintegration_officer"
    #: What ``GET /v1/organisations/org_1/survivors`` answers (the caseload page).
    caseload: dict[str, Any] = field(default_factory=lambda: {"items": [], "next_cursor": None})
    _counter: itertools.count[int] = field(default_factory=itertools.count)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def _tokens(self) -> dict[str, Any]:
        n = next(self._counter)
        access, refresh = f"access-token-{n}", f"ses_1.refresh-secret-{n}"
        self.valid_access.add(access)
        self.valid_refresh.add(refresh)
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": 900,
            "refresh_token": refresh,
        }

    def expire_access_tokens(self) -> None:
        self.valid_access.clear()

    def _problem(self, status: int, slug: str, **extra: Any) -> httpx.Response:
        body = {"type": f"/problems/{slug}", "title": slug, "status": status, **extra}
        return httpx.Response(
            status, json=body, headers={"content-type": "application/problem+json"}
        )

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/v1/auth/token":
            form = dict(x.split("=", 1) for x in request.content.decode().split("&"))
            if form.get("username") == "officer" and form.get("password") == PASSWORD.replace(
                " ", "+"
            ):
                return httpx.Response(200, json=self._tokens())
            return self._problem(400, "invalid-grant")
        if path == "/v1/auth/refresh":
            token = json.loads(request.content)["refresh_token"]
            if token not in self.valid_refresh:
                return self._problem(400, "invalid-grant")
            self.valid_refresh.discard(token)
            return httpx.Response(200, json=self._tokens())
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer not in self.valid_access:
            return self._problem(401, "unauthenticated")
        if path == "/v1/auth/logout":
            self.logged_out.append(bearer)
            self.valid_access.discard(bearer)
            return httpx.Response(204)
        if path == "/v1/me":
            return httpx.Response(
                200,
                json={
                    "user_id": "usr_1",
                    "organisation_id": "org_1",
                    "role": self.role,
                },
            )
        if path == "/v1/survivors/srv_broken":  # a gateway answering garbage
            return httpx.Response(200, content=b"<html>not json</html>")
        if path == "/v1/organisations/org_1/survivors" and request.method == "GET":
            return httpx.Response(200, json=self.caseload)
        if path == "/v1/organisations/org_1/survivors" and request.method == "POST":
            if "Idempotency-Key" not in request.headers:
                return self._problem(400, "idempotency-key-required")
            return self._problem(
                422,
                "validation-error",
                errors=[{"loc": ["body", "profile", "residence", "country"], "msg": "bad"}],
            )
        return self._problem(404, "not-found")
