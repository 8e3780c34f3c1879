"""A body full of unknown fields gets a short answer (session 25's security probe: 90,000
unknown keys in a 1 MB body were answered with 5.8 MB, every key listed, in 0.95 s of the
gateway's one event loop). The first ``MOST_ERRORS_LISTED`` are listed and the answer says
how many more there were; nothing is created, and a body with few errors lists them all."""

from __future__ import annotations

from gateway.api.problems import MOST_ERRORS_LISTED
from gateway.auth.roles import Role
from tests.unit.gateway.harness import new_key, world

OFFICER = Role.REINTEGRATION_OFFICER


def test_a_body_of_many_unknown_fields_lists_a_few_and_counts_the_rest() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        body: dict[str, object] = {
            "profile": {"languages": [{"language": "th", "level": "native"}]}
        }
        body.update({f"k{i}": 1 for i in range(5_000)})
        response = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json=body,
            headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
        )
        assert response.status_code == 422
        problem = response.json()
        assert problem["type"] == "/problems/validation-error"
        assert len(problem["errors"]) == MOST_ERRORS_LISTED
        assert problem["errors_not_listed"] >= 5_000 - MOST_ERRORS_LISTED
        assert len(response.content) < 20_000
        assert w.matching.survivors == {}


def test_a_body_with_few_errors_lists_every_one() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        response = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json={"profile": {"languages": []}, "k1": 1, "k2": 2},
            headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
        )
        assert response.status_code == 422
        problem = response.json()
        assert "errors_not_listed" not in problem
        located = {tuple(error["loc"]) for error in problem["errors"]}
        assert ("body", "k1") in located
        assert ("body", "k2") in located
