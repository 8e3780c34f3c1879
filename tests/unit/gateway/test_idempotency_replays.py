"""Retries with a known Idempotency-Key, over the app with fakes: answered through the
normal read (or a receipt of ids), authenticated and audited like a first request, never
from a stored copy of the answer; erased with the survivor they name."""

from __future__ import annotations

import json

import httpx2

from gateway.api.authorization import IDEMPOTENCY_EXEMPT_PREFIX, route_actions
from gateway.api.replays import REPLAYS, FirstAnswer
from gateway.audit.records import AuditFilter
from gateway.auth.roles import Role
from tests.unit.gateway.fake_idempotency import FakeIdempotency
from tests.unit.gateway.harness import World, new_key, world
from tests.unit.gateway.test_peer_group_routes import _create as _create_group
from tests.unit.gateway.test_peer_group_routes import _people, _propose
from tests.unit.gateway.test_peer_group_routes import _post as _group_post

OFFICER = Role.REINTEGRATION_OFFICER
EMPLOYER = Role.EMPLOYER
ADMIN = Role.PLATFORM_ADMIN
#: Words that appear nowhere but in what the officer typed.
CANARY_INTERESTS = "canary-interests-tukta-weaving"
CANARY_ASPIRATIONS = "canary-aspirations-own-stall"
CANARY_DISTRICT = "Canary District Nine"
CANARY_REASON = "canary-reason-my-childrens-school"
PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "age_band": "25-34",
    "interests": CANARY_INTERESTS,
    "aspirations": CANARY_ASPIRATIONS,
    "residence": {
        "country": "TH",
        "district": CANARY_DISTRICT,
        "latitude": 13.73,
        "longitude": 100.52,
    },
}
CANARIES = (CANARY_INTERESTS, CANARY_ASPIRATIONS, CANARY_DISTRICT, CANARY_REASON)


def _register(w: World, key: str, headers: dict[str, str] | None = None) -> httpx2.Response:
    ngo = w.organisation_of(OFFICER).id
    return w.client.post(
        f"/v1/organisations/{ngo}/survivors",
        json={"profile": PROFILE, "consents": ["matching"]},
        headers=(headers or w.headers(OFFICER)) | {"Idempotency-Key": key},
    )


def _kept(w: World) -> str:
    """Everything the idempotency store holds, as text."""
    store = w.stores.idempotency
    assert isinstance(store, FakeIdempotency)
    return repr(store.items) + repr(store.by_survivor)


def _audited(w: World, survivor_id: str) -> int:
    return len(w.stores.audit.query(AuditFilter(survivor_id=survivor_id), before=None, limit=1000))


def test_every_post_route_says_how_its_retries_are_answered() -> None:
    with world() as w:
        app = w.client.app
        posts = {
            path
            for (method, path) in route_actions(app)  # type: ignore[arg-type]
            if method == "POST" and not path.startswith(IDEMPOTENCY_EXEMPT_PREFIX)
        }
    assert posts == set(REPLAYS)


def test_a_replayed_registration_is_the_normal_read_and_nothing_typed_is_stored() -> None:
    with world() as w:
        key = new_key()
        first = _register(w, key)
        assert first.status_code == 201, first.text
        survivor_id = first.json()["id"]
        before = _audited(w, survivor_id)
        again = _register(w, key)
        assert again.status_code == 201
        assert again.headers["idempotent-replayed"] == "true"
        assert again.headers["location"] == first.headers["location"]
        assert again.json() == first.json()
        assert again.headers["etag"] == first.headers["etag"]
        # The replay was the officer's own read of the survivor: recorded as such.
        assert _audited(w, survivor_id) == before + 1
        kept = _kept(w)
        for canary in CANARIES:
            assert canary not in kept
        assert len(w.matching.survivors) == 1


def test_a_replay_answers_what_the_survivor_record_says_now() -> None:
    with world() as w:
        key = new_key()
        first = _register(w, key)
        survivor_id = first.json()["id"]
        w.matching.survivors[survivor_id].profile.interests = "changed since"
        w.matching.survivors[survivor_id].version += 1
        again = _register(w, key)
        assert again.json()["profile"]["interests"] == "changed since"
        assert again.headers["etag"] == '"' + str(first.json()["version"] + 1) + '"'


def test_after_erasure_a_replayed_registration_is_404_and_runs_nothing() -> None:
    with world() as w:
        key = new_key()
        first = _register(w, key)
        survivor_id = first.json()["id"]
        erased = w.client.delete(f"/v1/survivors/{survivor_id}", headers=w.headers(OFFICER))
        assert erased.status_code == 204
        again = _register(w, key)
        assert again.status_code == 404
        assert again.json()["type"] == "/problems/not-found"
        for canary in (*CANARIES, survivor_id):
            assert canary not in again.text
            assert canary not in _kept(w)
        # Not registered again under the id derived from the key.
        assert w.matching.survivors == {}


def test_a_replay_after_logout_is_401() -> None:
    with world() as w:
        key = new_key()
        token = w.login(w.users[(OFFICER, "own")].username).json()["access_token"]
        bearer = {"Authorization": f"Bearer {token}"}
        assert _register(w, key, bearer).status_code == 201
        assert w.client.post("/v1/auth/logout", headers=bearer).status_code == 204
        assert w.client.get("/v1/me", headers=bearer).status_code == 401
        again = _register(w, key, bearer)
        assert again.status_code == 401
        assert "idempotent-replayed" not in again.headers
        assert CANARY_INTERESTS not in again.text


def test_a_replay_after_disabling_is_401_and_after_losing_the_grant_403() -> None:
    with world() as w:
        officer = w.users[(OFFICER, "own")]
        key = new_key()
        assert _register(w, key).status_code == 201
        w.gateway.directory.update_user(
            user_id=officer.id, expected_version=officer.version, role=None, disabled=True
        )
        disabled = _register(w, key)
        assert disabled.status_code == 401
        current = w.gateway.directory.get_user(officer.id)
        w.gateway.directory.update_user(
            user_id=officer.id,
            expected_version=current.version,
            role=Role.FACILITATOR,
            disabled=False,
        )
        token = w.login(officer.username).json()["access_token"]
        as_facilitator = _register(w, key, {"Authorization": f"Bearer {token}"})
        assert as_facilitator.status_code == 403
        assert CANARY_INTERESTS not in as_facilitator.text


def test_a_replayed_decision_is_a_receipt_without_the_reason() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        job = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        match = w.matching.add_match(survivor, job, accepted=False)
        key = new_key()
        url = f"/v1/matches/{match.match_id}/decision"
        body = {"decision": "declined", "reason": CANARY_REASON}
        headers = w.headers(OFFICER, **{"Idempotency-Key": key})
        first = w.client.post(url, json=body, headers=headers)
        assert first.status_code == 200
        assert CANARY_REASON in first.text  # the first answer is the officer's full view
        before = _audited(w, survivor.survivor_id)
        again = w.client.post(url, json=body, headers=headers)
        assert again.status_code == 200
        assert again.headers["idempotent-replayed"] == "true"
        assert again.json() == {
            "view": "full",
            "id": match.match_id,
            "state": "declined",
            "version": first.json()["version"],
        }
        assert CANARY_REASON not in again.text
        assert CANARY_REASON not in _kept(w)
        # Admitted by the officer's read of the match, which is audited.
        assert _audited(w, survivor.survivor_id) == before + 1


def test_an_employers_replayed_interest_is_refused_once_the_match_is_out_of_reach() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        job = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        match = w.matching.add_match(survivor, job)
        headers = w.headers(EMPLOYER, **{"Idempotency-Key": new_key()})
        url = f"/v1/matches/{match.match_id}/interest"
        assert w.client.post(url, json={}, headers=headers).status_code == 200
        again = w.client.post(url, json={}, headers=headers)
        assert again.status_code == 200
        assert again.json()["view"] == "anonymised"
        assert survivor.survivor_id not in again.text
        del w.matching.matches[match.match_id]  # erased in matching with the survivor
        gone = w.client.post(url, json={}, headers=headers)
        assert gone.status_code == 404


def test_a_replayed_round_is_its_receipt_audited_per_survivor_and_erased_with_them() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        headers = w.headers(OFFICER, **{"Idempotency-Key": new_key()})
        body = {"survivor_ids": [survivor.survivor_id]}
        first = w.client.post("/v1/matching-rounds", json=body, headers=headers)
        assert first.status_code == 200
        before = _audited(w, survivor.survivor_id)
        again = w.client.post("/v1/matching-rounds", json=body, headers=headers)
        assert again.status_code == 200
        assert again.json() == first.json()
        assert _audited(w, survivor.survivor_id) == before + 1
        w.gateway.stores.idempotency.erase_survivor(survivor_id=survivor.survivor_id)
        gone = w.client.post("/v1/matching-rounds", json=body, headers=headers)
        assert gone.status_code == 404
        assert survivor.survivor_id not in gone.text + _kept(w)


def test_a_known_key_with_another_body_is_refused_only_to_an_admitted_caller() -> None:
    with world() as w:
        key = new_key()
        token = w.login(w.users[(OFFICER, "own")].username).json()["access_token"]
        bearer = {"Authorization": f"Bearer {token}"}
        assert _register(w, key, bearer).status_code == 201
        ngo = w.organisation_of(OFFICER).id
        other = {"profile": PROFILE | {"age_band": "18-24"}}
        reused = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json=other,
            headers=bearer | {"Idempotency-Key": key},
        )
        assert reused.status_code == 422
        w.client.post("/v1/auth/logout", headers=bearer)
        after_logout = w.client.post(
            f"/v1/organisations/{ngo}/survivors",
            json=other,
            headers=bearer | {"Idempotency-Key": key},
        )
        assert after_logout.status_code == 401


def test_receipts_keep_only_ids_states_versions_codes_and_numbers() -> None:
    decision = REPLAYS["/v1/matches/{match_id}/decision"]
    kept = decision.keep(
        status=200,
        first=FirstAnswer(
            params={"match_id": "m_1"},
            request={"decision": "declined", "reason": CANARY_REASON},
            answer={
                "view": "full",
                "id": "m_1",
                "survivor_id": "srv_1",
                "state": "declined",
                "version": 3,
                "history": [{"state": "declined", "reason": CANARY_REASON}],
                "reasons": [{"code": "X", "text": CANARY_INTERESTS}],
            },
            location=None,
        ),
    )
    assert kept.receipt is not None
    assert json.loads(kept.receipt) == {
        "view": "full",
        "id": "m_1",
        "state": "declined",
        "version": 3,
    }
    assert kept.survivors == ("srv_1",)
    proposal = REPLAYS["/v1/peer-group-proposals"].keep(
        status=200,
        first=FirstAnswer(
            params={},
            request={"group_ids": ["grp_1"]},
            answer={
                "proposals": [
                    {
                        "group_id": "grp_1",
                        "members": [{"alias": "P-ABCDEF", "shared_interests": ["weaving"]}],
                        "cohesion": 0.5,
                        "shared": ["weaving"],
                        "feasible": False,
                        "reason": "TOO_FEW_ELIGIBLE",
                    }
                ],
                "left_out": [{"alias": "P-GHJKLM", "code": "NO_SHARED_LANGUAGE"}],
                "left_out_counts": {"NO_SHARED_LANGUAGE": 1, "words typed here": 2},
                "groups": [{"id": "grp_1", "members": [{"alias": "P-ABCDEF"}]}],
            },
            location=None,
        ),
    )
    assert proposal.receipt is not None
    assert json.loads(proposal.receipt) == {
        "proposals": [
            {"group_id": "grp_1", "cohesion": 0.5, "feasible": False, "reason": "TOO_FEW_ELIGIBLE"}
        ],
        "left_out_counts": {"NO_SHARED_LANGUAGE": 1},
    }
    # A Location that is not a plain path of ids is not kept.
    organisation = REPLAYS["/v1/organisations"].keep(
        status=201,
        first=FirstAnswer(params={}, request=None, answer=None, location="/v1/x?name=Somchai"),
    )
    assert organisation.location is None


def test_an_unknown_post_path_is_the_routers_404_and_claims_nothing() -> None:
    with world() as w:
        response = w.client.post(
            "/v1/no-such-thing", json={}, headers=w.headers(OFFICER, **{"Idempotency-Key": "k"})
        )
        assert response.status_code == 404
        assert _kept(w) == "{}{}"


def test_an_officers_replayed_answer_is_a_receipt_audited_under_the_survivor() -> None:
    with world() as w:
        group_id = _create_group(w).json()["id"]
        [person] = _people(w, 1)
        _propose(w, group_id)
        assert _group_post(w, f"/v1/peer-groups/{group_id}/invitations", None).status_code == 200
        url = f"/v1/peer-groups/{group_id}/answers"
        body = {"survivor_id": person.survivor_id, "answer": "joined"}
        headers = w.headers(OFFICER, **{"Idempotency-Key": new_key()})
        first = w.client.post(url, json=body, headers=headers)
        assert first.status_code == 200, first.text
        assert first.json()["members"]  # the first answer shows member cards
        answers = AuditFilter(survivor_id=person.survivor_id, action="peer_group.answer")
        before = len(w.stores.audit.query(answers, before=None, limit=100))
        again = w.client.post(url, json=body, headers=headers)
        assert again.status_code == 200
        assert again.json() == {
            "id": group_id,
            "status": first.json()["status"],
            "version": first.json()["version"],
        }
        [*_, latest] = sorted(
            w.stores.audit.query(answers, before=None, limit=100), key=lambda r: r.id
        )
        assert len(w.stores.audit.query(answers, before=None, limit=100)) == before + 1
        assert (latest.target_id, latest.survivor_organisation_id) == (
            group_id,
            w.organisation_of(OFFICER).id,
        )
        w.gateway.stores.idempotency.erase_survivor(survivor_id=person.survivor_id)
        assert w.client.post(url, json=body, headers=headers).status_code == 404
        assert person.survivor_id not in _kept(w)
