"""Matching's located refusals answer like the gateway's own validation errors, and labels
come in the caller's language."""

from __future__ import annotations

from typing import Any

import grpc
import pytest
from starlette.requests import Request

from gateway.api.backend_calls import label_language
from gateway.api.grpc_problems import FIELD_VIOLATIONS_KEY
from gateway.auth.roles import Role
from pathways.v1 import matching_pb2 as pb
from tests.unit.gateway.fake_matching import FakeRpcError
from tests.unit.gateway.harness import new_key, world

OFFICER = Role.REINTEGRATION_OFFICER
PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "age_band": "25-34",
    "skills": ["customer_service", "sewwing"],
}


class LocatedError(FakeRpcError):
    """INVALID_ARGUMENT with FieldViolations in its trailing metadata, as matching sends."""

    def __init__(self, *violations: pb.FieldViolation) -> None:
        super().__init__(grpc.StatusCode.INVALID_ARGUMENT, "not a vocabulary concept")
        self._trailing = (
            (FIELD_VIOLATIONS_KEY, pb.FieldViolations(violations=violations).SerializeToString()),
        )

    def trailing_metadata(self) -> Any:
        return self._trailing


UNKNOWN_SKILL = pb.FieldViolation(
    location=["profile", "skills", "1"],
    message="not a vocabulary concept; see GET /v1/vocabulary",
    suggestions=["sewing"],
)


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise LocatedError(UNKNOWN_SKILL)


def test_a_located_refusal_on_registration_points_into_the_body() -> None:
    with world() as w:
        w.matching.register_survivor = _refuse  # type: ignore[method-assign]
        ngo = w.organisation_of(OFFICER).id
        response = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json={"profile": PROFILE},
            headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        body = response.json()
        assert body["type"] == "/problems/validation-error"
        assert body["errors"] == [
            {
                "loc": ["body", "profile", "skills", "1"],
                "msg": "not a vocabulary concept; see GET /v1/vocabulary",
                "suggestions": ["sewing"],
            }
        ]


def test_a_profile_update_locates_the_tag_in_the_profile_it_sent() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        created = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json={"profile": PROFILE | {"skills": ["customer_service"]}},
            headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
        )
        assert created.status_code == 201, created.text
        w.matching.update_survivor_profile = _refuse  # type: ignore[method-assign]
        response = w.client.put(
            f"/v1/survivors/{created.json()['id']}/profile",
            json=PROFILE,
            headers=w.headers(OFFICER, **{"If-Match": created.headers["etag"]}),
        )
        assert response.status_code == 422
        assert [e["loc"] for e in response.json()["errors"]] == [["body", "skills", "1"]]


def test_an_invalid_argument_without_locations_stays_a_rule_problem() -> None:
    def plain(*_args: Any, **_kwargs: Any) -> Any:
        raise FakeRpcError(grpc.StatusCode.INVALID_ARGUMENT, "a survivor needs a language")

    with world() as w:
        w.matching.register_survivor = plain  # type: ignore[method-assign]
        ngo = w.organisation_of(OFFICER).id
        response = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json={"profile": PROFILE},
            headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
        )
        assert response.status_code == 422
        assert response.json()["type"] == "/problems/invalid-request"


def _request(accept_language: str | None) -> Request:
    headers = [] if accept_language is None else [(b"accept-language", accept_language.encode())]
    return Request({"type": "http", "method": "GET", "path": "/", "headers": headers})


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, "en"),
        ("th-TH,th;q=0.9,en-US;q=0.8", "th"),
        ("fil-PH", "tl"),
        ("zh-Hant-HK", "zh-Hant"),
        ("zh-HK,zh;q=0.9", "zh-Hant"),
        ("zh-Hans-HK", "zh"),
        ("zh-CN", "zh"),
        ("fr-FR, km;q=0.5", "km"),
        ("en;q=0.2, my;q=0.9", "my"),
        ("de, fr", "en"),
        ("vi;q=0", "en"),
    ],
)
def test_labels_come_in_the_first_accepted_language_that_has_them(
    header: str | None, language: str
) -> None:
    assert label_language(_request(header)) == language
