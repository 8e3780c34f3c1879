"""The routes in front of matching, over the app with an in-memory matching service."""

from __future__ import annotations

from enum import StrEnum

import httpx2
import pytest

from gateway.api import types
from gateway.api.matches import schemas as match_schemas
from gateway.api.opportunities import schemas as opportunity_schemas
from gateway.api.peer_groups import schemas as peer_group_schemas
from gateway.api.survivors import schemas as survivor_schemas
from gateway.audit.records import AuditFilter
from gateway.auth.roles import Role
from gateway.proto_enums import from_proto, to_proto
from pathways.v1 import matching_pb2 as pb
from tests.unit.gateway.harness import World, new_key, world

OFFICER = Role.REINTEGRATION_OFFICER
EMPLOYER = Role.EMPLOYER
PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "age_band": "25-34",
    "interests": "อยากทำงานในร้านกาแฟ",
}
CARD_FIELDS = {
    "match_id",
    "alias",
    "languages",
    "skills",
    "interests",
    # The concepts behind the labels: vocabulary ids, never typed text.
    "skill_ids",
    "interest_ids",
    "readiness",
    "state",
    "score",
}
ANONYMISED_MATCH_FIELDS = {
    "view",
    "id",
    "opportunity_id",
    "kind",
    "state",
    "score",
    "history",
    "wage",
    "version",
}


def _post(
    w: World, url: str, body: object, role: Role = OFFICER, **headers: str
) -> httpx2.Response:
    return w.client.post(
        url, json=body, headers=w.headers(role, **{"Idempotency-Key": new_key()}, **headers)
    )


def _register(w: World, **extra: object) -> httpx2.Response:
    ngo = w.organisation_of(OFFICER).id
    return _post(w, f"/v1/organisations/{ngo}/survivors", {"profile": PROFILE, **extra})


#: Modules whose bodies carry enums of the contract (the peer groups' ones too).
BODY_MODULES = (types, survivor_schemas, opportunity_schemas, match_schemas, peer_group_schemas)


def _api_enums() -> list[type[StrEnum]]:
    return [
        value
        for module in BODY_MODULES
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, StrEnum)
        and value.__module__ == module.__name__
    ]


@pytest.mark.parametrize("enum", _api_enums(), ids=lambda enum: enum.__name__)
def test_every_api_enum_value_maps_to_the_contract_and_back(enum: type[StrEnum]) -> None:
    for member in enum:
        assert from_proto(enum, to_proto(member)) is member


def test_a_survivor_is_registered_with_consent_and_read_with_an_etag_and_an_audit_record() -> None:
    with world() as w:
        created = _register(w, consents=["matching", "employer_shortlist"])
        assert created.status_code == 201, created.text
        body = created.json()
        assert {c["purpose"] for c in body["consents"]} == {"matching", "employer_shortlist"}
        assert created.headers["location"] == f"/v1/survivors/{body['id']}"
        read = w.client.get(f"/v1/survivors/{body['id']}", headers=w.headers(OFFICER))
        assert read.status_code == 200
        assert read.headers["etag"] == f'"{body["version"]}"'
        assert read.json()["profile"]["interests"] == PROFILE["interests"]
        records = w.stores.audit.query(AuditFilter(survivor_id=body["id"]), before=None, limit=50)
        assert {r.action for r in records} >= {"survivor.create", "consent.update", "survivor.read"}
        assert all(r.survivor_organisation_id == w.organisation_of(OFFICER).id for r in records)
        caller = w.matching.callers[-1]
        officer = w.users[(OFFICER, "own")]
        assert (caller.user_id, caller.organisation_id, caller.role) == (
            officer.id,
            officer.organisation_id,
            "reintegration_officer",
        )


def test_unknown_fields_are_a_422_problem_that_never_repeats_the_input() -> None:
    secret = "Srey Mom, Battambang"
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        response = _post(
            w,
            f"/v1/organisations/{ngo}/survivors",
            {"profile": PROFILE | {"full_name": secret, "age_band": secret}, "phone": secret},
        )
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"
        assert "Srey" not in response.text
        assert "Battambang" not in response.text
        locations = {tuple(e["loc"]) for e in response.json()["errors"]}
        assert ("body", "phone") in locations
        assert ("body", "profile", "full_name") in locations
        assert ("body", "profile", "age_band") in locations
        assert not w.matching.survivors


def test_strings_are_not_numbers_nor_booleans() -> None:
    with world() as w:
        employer_org = w.organisation_of(EMPLOYER).id
        response = _post(
            w,
            f"/v1/organisations/{employer_org}/opportunities",
            {
                "kind": "job",
                "title": "Cook",
                "sector": "food_service",
                "remote": "yes",
                "openings": "2",
            },
            role=EMPLOYER,
        )
        assert response.status_code == 422
        assert {tuple(e["loc"]) for e in response.json()["errors"]} >= {
            ("body", "remote"),
            ("body", "openings"),
        }


def test_a_stale_if_match_is_412_and_changes_nothing_and_a_missing_one_is_428() -> None:
    with world() as w:
        survivor = _register(w).json()
        url = f"/v1/survivors/{survivor['id']}/consents/matching"
        first = w.client.put(
            url, json={"granted": True}, headers=w.headers(OFFICER, **{"If-Match": '"1"'})
        )
        assert first.status_code == 200
        assert first.headers["etag"] == '"2"'
        stale = w.client.put(
            url, json={"granted": False}, headers=w.headers(OFFICER, **{"If-Match": '"1"'})
        )
        assert stale.status_code == 412
        assert stale.json()["type"] == "/problems/precondition-failed"
        assert [c.granted for c in w.matching.survivors[survivor["id"]].consents] == [True]
        missing = w.client.put(url, json={"granted": False}, headers=w.headers(OFFICER))
        assert missing.status_code == 428
        zero = w.client.put(
            f"/v1/survivors/{survivor['id']}/profile",
            json=PROFILE,
            headers=w.headers(OFFICER, **{"If-Match": '"0"'}),
        )
        assert zero.status_code == 412


def test_a_retried_registration_with_one_key_creates_one_survivor() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        headers = w.headers(OFFICER, **{"Idempotency-Key": new_key()})
        first = w.client.post(
            f"/v1/organisations/{ngo}/survivors", json={"profile": PROFILE}, headers=headers
        )
        again = w.client.post(
            f"/v1/organisations/{ngo}/survivors", json={"profile": PROFILE}, headers=headers
        )
        assert first.status_code == again.status_code == 201
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json()["id"] == first.json()["id"]
        assert len(w.matching.survivors) == 1
        without = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json={"profile": PROFILE},
            headers=w.headers(OFFICER),
        )
        assert without.status_code == 400


def test_with_matching_down_a_route_answers_503_with_retry_after() -> None:
    with world() as w:
        survivor = _register(w).json()
        w.matching.down = True
        response = w.client.get(f"/v1/survivors/{survivor['id']}", headers=w.headers(OFFICER))
        assert response.status_code == 503
        assert response.json()["type"] == "/problems/backend-unavailable"
        assert int(response.headers["retry-after"]) >= 1
        w.matching.down = False
        assert (
            w.client.get(f"/v1/survivors/{survivor['id']}", headers=w.headers(OFFICER)).status_code
            == 200
        )


def test_an_employer_sees_only_the_allowed_fields_of_a_shortlist_and_a_match() -> None:
    with world() as w:
        ngo = w.organisation_of(OFFICER).id
        survivor = w.matching.add_survivor(ngo)
        job = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        match = w.matching.add_match(survivor, job)
        shortlist = w.client.get(
            f"/v1/opportunities/{job.opportunity_id}/shortlist", headers=w.headers(EMPLOYER)
        )
        assert shortlist.status_code == 200
        [card] = shortlist.json()["items"]
        assert set(card) == CARD_FIELDS
        for secret in (survivor.survivor_id, "Bang Rak", "secret words", ngo):
            assert secret not in shortlist.text
        seen = w.client.get(f"/v1/matches/{match.match_id}", headers=w.headers(EMPLOYER))
        assert seen.status_code == 200
        assert set(seen.json()) == ANONYMISED_MATCH_FIELDS
        assert set(seen.json()["history"][0]) == {"state", "at", "occurred_on"}
        assert survivor.survivor_id not in seen.text
        assert "usr_x" not in seen.text
        interest = _post(w, f"/v1/matches/{match.match_id}/interest", {}, role=EMPLOYER)
        assert interest.status_code == 200
        assert interest.json()["state"] == "employer_interest"
        assert set(interest.json()) == ANONYMISED_MATCH_FIELDS
        officer_view = w.client.get(f"/v1/matches/{match.match_id}", headers=w.headers(OFFICER))
        assert officer_view.json()["survivor_id"] == survivor.survivor_id


def test_an_officer_is_told_what_holds_a_match_and_an_employer_is_not() -> None:
    """``held_by`` says something about the survivor (a consent withdrawn, a readiness): it
    is in the officer's view of the record and in no view an employer gets."""
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        job = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        match = w.matching.add_match(survivor, job)
        match.held_by.append("no_employer_shortlist_consent")
        officer = w.client.get(f"/v1/matches/{match.match_id}", headers=w.headers(OFFICER))
        listed = w.client.get(
            f"/v1/survivors/{survivor.survivor_id}/matches", headers=w.headers(OFFICER)
        )
        employer = w.client.get(f"/v1/matches/{match.match_id}", headers=w.headers(EMPLOYER))
        assert officer.json()["held_by"] == ["no_employer_shortlist_consent"]
        assert listed.json()["items"][0]["held_by"] == ["no_employer_shortlist_consent"]
        assert "held_by" not in employer.json()
        assert "no_employer_shortlist_consent" not in employer.text


def test_a_decline_without_a_reason_is_refused_with_the_backend_rule() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        job = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        match = w.matching.add_match(survivor, job, accepted=False)
        refused = _post(w, f"/v1/matches/{match.match_id}/decision", {"decision": "declined"})
        assert refused.status_code == 422
        assert refused.json()["type"] == "/problems/invalid-request"
        declined = _post(
            w,
            f"/v1/matches/{match.match_id}/decision",
            {"decision": "declined", "reason": "too far"},
        )
        assert declined.status_code == 200
        assert declined.json()["history"][-1]["reason"] == "too far"


def test_recommendations_carry_reasons_and_breakdown() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        response = w.client.get(
            f"/v1/survivors/{survivor.survivor_id}/recommendations?top_k=3&kind=job",
            headers=w.headers(OFFICER),
        )
        assert response.status_code == 200
        [item] = response.json()["items"]
        assert item["reasons"][0]["code"] == "SHARED_INTERESTS"
        assert [(c["name"], c["judged"]) for c in item["breakdown"]] == [
            ("interest_fit", True),
            ("income_parity", False),
        ]
        assert item["predicted_success"] is None
        assert (
            w.client.get(
                f"/v1/survivors/{survivor.survivor_id}/recommendations?top_k=500",
                headers=w.headers(OFFICER),
            ).status_code
            == 422
        )


def test_a_recommendations_answer_is_json_of_its_documented_schema_with_text_as_written() -> None:
    """The route writes its model's JSON itself (``gateway.api.model_answers``): the answer
    must still be what its OpenAPI schema documents, typed as JSON, every field present."""
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        opportunity = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        w.matching.opportunities[opportunity.opportunity_id].title = "พนักงานทำขนม 烘焙"
        response = w.client.get(
            f"/v1/survivors/{survivor.survivor_id}/recommendations",
            headers=w.headers(OFFICER),
        )
        schemas = w.client.get("/openapi.json").json()["components"]["schemas"]

    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert "พนักงานทำขนม 烘焙".encode() in response.content
    body = response.json()
    assert set(body) == {"survivor_id", "items", "not_offered_because", "skills_to_record"}
    [item] = body["items"]
    assert set(item) == set(schemas["Recommendation"]["properties"])
    assert item["title"] == "พนักงานทำขนม 烘焙"
    assert match_schemas.RecommendationList.model_validate(body).items[0].opportunity_id == (
        opportunity.opportunity_id
    )


def test_recommendations_name_the_skills_to_record_that_matching_found() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        path = f"/v1/survivors/{survivor.survivor_id}/recommendations"
        assert w.client.get(path, headers=w.headers(OFFICER)).json()["skills_to_record"] == []
        w.matching.skills_to_record = ["nail_care", "sewing_machine_operation"]
        answer = w.client.get(path, headers=w.headers(OFFICER)).json()
        assert answer["skills_to_record"] == ["nail_care", "sewing_machine_operation"]


def test_opportunities_page_with_signed_cursors() -> None:
    with world() as w:
        employer_org = w.organisation_of(EMPLOYER).id
        for _ in range(3):
            w.matching.add_opportunity(employer_org)
        url = f"/v1/organisations/{employer_org}/opportunities"
        first = w.client.get(f"{url}?limit=2", headers=w.headers(EMPLOYER)).json()
        assert len(first["items"]) == 2
        assert first["next_cursor"]
        second = w.client.get(
            f"{url}?limit=2&cursor={first['next_cursor']}", headers=w.headers(EMPLOYER)
        ).json()
        assert len(second["items"]) == 1
        assert second["next_cursor"] is None
        forged = w.client.get(f"{url}?limit=2&cursor=abc.def", headers=w.headers(EMPLOYER))
        assert forged.status_code == 422


def test_the_openapi_documents_every_matching_route_with_examples() -> None:
    with world() as w:
        schema = w.client.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    for name in ("SurvivorCreate", "SurvivorPublic", "OpportunityIn", "CandidateCard", "Decision"):
        assert components[name].get("examples"), name
    posts = [
        op
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
        if method == "post" and not path.startswith("/v1/auth/")
    ]
    assert all(any(p["name"] == "Idempotency-Key" for p in op["parameters"]) for op in posts)
    assert pb.DESCRIPTOR.services_by_name["MatchingService"]


def test_withdrawing_peer_group_consent_tells_peer_groups_at_once() -> None:
    """The mission: a withdrawn consent takes effect at once for every copy. Peer groups
    would otherwise learn it from matching's event, seconds later, and a facilitator could
    invite someone who had just said no (a safety probe did, in session 24)."""
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        url = f"/v1/survivors/{survivor.survivor_id}/consents/peer_groups"
        granted = w.client.put(
            url, json={"granted": True}, headers=w.headers(OFFICER, **{"If-Match": '"1"'})
        )
        assert granted.status_code == 200
        assert w.peer_groups.withdrawals == []  # granting waits for the event
        withdrawn = w.client.put(
            url, json={"granted": False}, headers=w.headers(OFFICER, **{"If-Match": '"2"'})
        )
        assert withdrawn.status_code == 200
        # At the version matching recorded the withdrawal at.
        assert w.peer_groups.withdrawals == [(survivor.survivor_id, 3)]
        matching_url = f"/v1/survivors/{survivor.survivor_id}/consents/matching"
        w.client.put(
            matching_url, json={"granted": False}, headers=w.headers(OFFICER, **{"If-Match": '"3"'})
        )
        assert len(w.peer_groups.withdrawals) == 1  # another purpose: not peer groups'


def test_an_assessment_as_stabilising_tells_peer_groups_at_once() -> None:
    """The mission: nothing is offered while stabilising. Peer groups would otherwise learn
    it from matching's event, and a facilitator could invite someone just assessed as not
    ready (session 34's probe did, 25 ms after the answer)."""
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        url = f"/v1/survivors/{survivor.survivor_id}/readiness-assessments"
        ready = w.client.post(
            url,
            json={"stage": "peer_support_ready"},
            headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
        )
        assert ready.status_code == 201, ready.text
        assert w.peer_groups.stabilising == []  # more ready: the event brings it
        lowered = w.client.post(
            url,
            json={"stage": "stabilising"},
            headers=w.headers(OFFICER, **{"Idempotency-Key": new_key()}),
        )
        assert lowered.status_code == 201, lowered.text
        # At the version matching recorded the assessment at.
        assert w.peer_groups.stabilising == [(survivor.survivor_id, lowered.json()["version"])]
        assert w.peer_groups.withdrawals == []


def test_a_withdrawal_is_recorded_even_when_peer_groups_is_down() -> None:
    """Matching holds the consent; peer groups then applies matching's event when it is
    back (and nobody can be invited while it is down)."""
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        w.peer_groups.down = True
        answer = w.client.put(
            f"/v1/survivors/{survivor.survivor_id}/consents/peer_groups",
            json={"granted": False},
            headers=w.headers(OFFICER, **{"If-Match": '"1"'}),
        )
        assert answer.status_code == 200
        consents = w.matching.survivors[survivor.survivor_id].consents
        assert [(c.granted) for c in consents] == [False]
