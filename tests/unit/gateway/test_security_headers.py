"""Security headers on every response of the app: routes, problems, replays, docs."""

from __future__ import annotations

import re

import httpx2

from gateway.auth.roles import Role
from tests.unit.gateway.harness import new_key, world

#: What every response must carry.
EXPECTED = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
API_POLICY = "default-src 'none'; frame-ancestors 'none'"


#: Reference data that holds no personal data: cacheable when answered (with an ETag).
REFERENCE_DATA = frozenset({"/v1/vocabulary"})


def _assert_hardened(response: httpx2.Response, *, where: str, cacheable: bool = False) -> None:
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, f"{where}: {name}"
    if cacheable:
        assert response.headers.get("cache-control", "").startswith("public, "), where
        assert response.headers.get("etag"), where
    else:
        assert response.headers.get("cache-control") == "no-store", where
    assert "frame-ancestors 'none'" in response.headers.get("content-security-policy", ""), where
    assert "server" not in response.headers, where


def test_every_get_route_answers_with_no_store_and_the_security_headers() -> None:
    with world() as w:
        schema = w.client.get("/openapi.json").json()
        documented = [path for path, operations in schema["paths"].items() if "get" in operations]
        assert len(documented) >= 20
        # Served but not documented: the schema and the docs pages.
        for template in [*documented, "/openapi.json", "/docs", "/redoc"]:
            path = re.sub(r"\{[^}]+\}", "x0", template)
            for headers in ({}, w.headers(Role.REINTEGRATION_OFFICER)):
                response = w.client.get(path, headers=headers)
                _assert_hardened(
                    response,
                    where=f"GET {template} -> {response.status_code}",
                    cacheable=template in REFERENCE_DATA and response.status_code == 200,
                )
                if path.startswith("/v1/"):
                    assert response.headers["content-security-policy"] == API_POLICY


def test_problems_and_writes_carry_the_headers_too() -> None:
    with world() as w:
        officer = w.headers(Role.REINTEGRATION_OFFICER)
        answers = {
            "unauthenticated": w.client.get("/v1/survivors/x0"),
            "not found": w.client.get("/v1/no/such/path", headers=officer),
            "method not allowed": w.client.delete("/healthz"),
            "validation": w.client.post(
                "/v1/organisations",
                json={"name": ""},
                headers=w.headers(Role.PLATFORM_ADMIN, **{"Idempotency-Key": new_key()}),
            ),
            "login": w.login("reintegration_officer.own"),
        }
    assert answers["validation"].status_code == 422
    assert answers["login"].status_code == 200
    for where, response in answers.items():
        _assert_hardened(response, where=where)


def test_an_idempotent_replay_carries_the_headers() -> None:
    with world() as w:
        key = new_key()
        body = {"name": "Replayed NGO", "type": "ngo", "country": "KH"}
        admin = w.headers(Role.PLATFORM_ADMIN, **{"Idempotency-Key": key})
        first = w.client.post("/v1/organisations", json=body, headers=admin)
        again = w.client.post("/v1/organisations", json=body, headers=admin)
    assert first.status_code == again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true"
    _assert_hardened(again, where="replay")


def test_vendored_files_may_be_cached_and_nothing_else_under_docs_is() -> None:
    with world() as w:
        page = w.client.get("/docs")
        [css] = re.findall(r'href="(/docs/assets/[^"]+\.css)"', page.text)
        asset = w.client.get(css)
        missing = w.client.get("/docs/assets/swagger-ui-dist@5.35.0/index.html")
        again = w.client.get(css, headers={"If-None-Match": asset.headers["etag"]})
    assert asset.status_code == 200
    assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert asset.headers["content-type"] == "text/css; charset=utf-8"
    assert asset.headers["x-content-type-options"] == "nosniff"
    assert again.status_code == 304
    assert missing.status_code == 404
    assert missing.headers["cache-control"] == "no-store"
    assert page.headers["cache-control"] == "no-store"


def test_a_trailing_slash_is_not_found_and_no_host_is_written_into_a_redirect() -> None:
    """Session 34's probe: Starlette redirected "/v1/me/" to the Host header the request
    named ("http://evil.example/v1/me"). A path is matched as written, or not found."""
    with world() as w:
        answer = w.client.get(
            "/v1/me/",
            headers={**w.headers(Role.REINTEGRATION_OFFICER), "Host": "evil.example"},
            follow_redirects=False,
        )

        assert answer.status_code == 404
        assert "location" not in answer.headers
        assert "evil.example" not in answer.text
        _assert_hardened(answer, where="/v1/me/")
