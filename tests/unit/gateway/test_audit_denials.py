"""Refused calls on survivor-data routes leave a ``denied`` audit record naming only the id
that was asked for; anonymous calls and other routes leave none."""

from __future__ import annotations

import pytest

from gateway.audit.denials import DENIAL_PURPOSES, pending_denial, requested_id
from gateway.audit.records import AuditFilter, AuditOutcome, AuditRecord, Purpose
from gateway.auth.policy import Action, View
from gateway.auth.principal import Principal
from gateway.auth.roles import Role
from tests.unit.gateway.harness import World, new_key, world

OFFICER = Role.REINTEGRATION_OFFICER
MATCH_ID = "m_" + "9e" * 12
EMPLOYER = Role.EMPLOYER
ADMIN = Role.PLATFORM_ADMIN
PROFILE = {
    "languages": [{"language": "th", "level": "native"}],
    "age_band": "25-34",
    "interests": "อยากทำงานในร้านกาแฟ",
}


def _denied(w: World) -> list[AuditRecord]:
    return w.stores.audit.query(AuditFilter(outcome=AuditOutcome.DENIED), before=None, limit=100)


def _all(w: World) -> list[AuditRecord]:
    return w.stores.audit.query(AuditFilter(), before=None, limit=1000)


def test_another_organisations_officer_reading_a_survivor_leaves_a_denied_record() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        stranger = w.users[(OFFICER, "other")]

        answer = w.client.get(
            f"/v1/survivors/{survivor.survivor_id}", headers=w.headers(OFFICER, "other")
        )

        assert answer.status_code == 404
        [record] = _denied(w)
        assert (record.user_id, record.organisation_id, record.role) == (
            stranger.id,
            stranger.organisation_id,
            "reintegration_officer",
        )
        assert (record.action, record.purpose, record.outcome) == (
            "survivor.read",
            Purpose.CASE_MANAGEMENT,
            AuditOutcome.DENIED,
        )
        # The id asked for, as a target: never as "a survivor held by an organisation".
        assert record.target_id == survivor.survivor_id
        assert record.survivor_id is None
        assert record.survivor_organisation_id is None
        assert record.request_id == answer.headers["x-request-id"]


def test_denied_records_are_for_admins_and_never_show_in_an_officers_view() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        path = f"/v1/survivors/{survivor.survivor_id}"
        assert w.client.get(path, headers=w.headers(OFFICER, "other")).status_code == 404
        assert w.client.get(path, headers=w.headers(OFFICER)).status_code == 200

        admin = w.client.get("/v1/audit", params={"outcome": "denied"}, headers=w.headers(ADMIN))
        assert admin.status_code == 200, admin.text
        [item] = admin.json()["items"]
        assert item["outcome"] == "denied"
        assert item["target_id"] == survivor.survivor_id
        assert item["organisation_id"] == w.organisation_of(OFFICER, "other").id

        # The survivor's own officer sees the accesses to their survivor, not the probe
        # (it names no organisation holding the survivor).
        own = w.client.get(
            "/v1/audit", params={"survivor_id": survivor.survivor_id}, headers=w.headers(OFFICER)
        )
        assert own.status_code == 200
        assert {i["outcome"] for i in own.json()["items"]} == {"succeeded"}
        # The prober still cannot use the audit to learn the survivor exists.
        probe = w.client.get(
            "/v1/audit",
            params={"survivor_id": survivor.survivor_id},
            headers=w.headers(OFFICER, "other"),
        )
        assert probe.status_code == 404


def test_a_role_without_a_grant_is_403_and_recorded_with_the_id_it_asked_for() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        answer = w.client.get(
            f"/v1/survivors/{survivor.survivor_id}/consents", headers=w.headers(EMPLOYER)
        )
        assert answer.status_code == 403
        [record] = _denied(w)
        assert (record.action, record.role, record.target_id) == (
            "consent.read",
            "employer",
            survivor.survivor_id,
        )
        assert w.matching.callers == []  # refused before any backend call


def test_an_unknown_id_is_recorded_like_another_organisations() -> None:
    with world() as w:
        unknown = "srv_" + "0" * 23 + "f"  # shaped like an issued id, issued to nobody
        answer = w.client.get(f"/v1/survivors/{unknown}", headers=w.headers(OFFICER))
        assert answer.status_code == 404
        assert [r.target_id for r in _denied(w)] == [unknown]


def test_words_typed_where_an_id_belongs_never_reach_the_trail() -> None:
    """The trail is append-only and hash-chained: a name typed into a path could never be
    erased from it. The refusal is still recorded, without the words."""
    with world() as w:
        answer = w.client.get("/v1/survivors/Somchai_Jaidee", headers=w.headers(OFFICER))
        assert answer.status_code in (404, 422)
        assert all("Somchai" not in str(r) for r in _all(w))


def test_a_backend_refusal_of_a_match_is_recorded_by_match_id_for_the_employers_purpose() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        opportunity = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        match = w.matching.add_match(survivor, opportunity, accepted=False)
        # The employer owns the opportunity, but the survivor has not accepted: NOT_FOUND.
        answer = w.client.get(f"/v1/matches/{match.match_id}", headers=w.headers(EMPLOYER))
        assert answer.status_code == 404
        [record] = _denied(w)
        assert (record.action, record.purpose, record.target_id) == (
            "match.read",
            Purpose.EMPLOYER_SHORTLIST,
            match.match_id,
        )
        assert record.survivor_id is None


def test_a_refused_write_is_recorded_and_other_organisations_ids_of_any_kind_too() -> None:
    with world() as w:
        own_ngo = w.organisation_of(OFFICER).id
        answer = w.client.post(
            f"/v1/organisations/{own_ngo}/survivors",
            json={"profile": PROFILE},
            headers=w.headers(OFFICER, "other", **{"Idempotency-Key": new_key()}),
        )
        assert answer.status_code == 404
        [record] = _denied(w)
        assert (record.action, record.target_id) == ("survivor.create", own_ngo)
        assert w.matching.survivors == {}


def test_nothing_from_the_refused_object_is_in_the_record() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        for path in ("", "/readiness", "/consents", "/matches", "/recommendations"):
            w.client.get(
                f"/v1/survivors/{survivor.survivor_id}{path}",
                headers=w.headers(OFFICER, "other"),
            )
        records = _denied(w)
        assert len(records) == 5
        text = repr(records)
        for leaked in (
            survivor.organisation_id,
            survivor.alias,
            survivor.profile.interests,
            survivor.profile.residence.district,
        ):
            assert leaked not in text


def test_an_id_that_is_not_plain_is_not_stored() -> None:
    name = "Srey Mom, Battambang"
    with world() as w:
        # Refused by the policy table before the path is validated.
        answer = w.client.get(f"/v1/survivors/{name}", headers=w.headers(EMPLOYER))
        assert answer.status_code == 403
        assert all(name not in repr(record) for record in _all(w))
        [record] = _denied(w)
        assert record.target_id is None


def test_anonymous_calls_and_routes_without_survivor_data_are_not_recorded() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        assert w.client.get(f"/v1/survivors/{survivor.survivor_id}").status_code == 401
        opportunity = w.matching.add_opportunity(w.organisation_of(EMPLOYER).id)
        refused = w.client.get(
            f"/v1/opportunities/{opportunity.opportunity_id}",
            headers=w.headers(EMPLOYER, "other"),
        )
        assert refused.status_code == 404
        assert w.client.get("/v1/organisations", headers=w.headers(OFFICER)).status_code == 403
        assert _denied(w) == []


def test_a_success_leaves_no_denied_record() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        read = w.client.get(f"/v1/survivors/{survivor.survivor_id}", headers=w.headers(OFFICER))
        assert read.status_code == 200
        assert _denied(w) == []
        assert [r.outcome for r in _all(w) if r.action == "survivor.read"] == [
            AuditOutcome.SUCCEEDED
        ]


def test_when_the_denial_cannot_be_recorded_the_refusal_still_goes_out() -> None:
    with world() as w:
        survivor = w.matching.add_survivor(w.organisation_of(OFFICER).id)
        headers = w.headers(OFFICER, "other")  # log in before the store breaks

        def broken(record: AuditRecord) -> None:
            raise ConnectionError("database away")

        w.stores.audit.append = broken  # type: ignore[method-assign]
        answer = w.client.get(f"/v1/survivors/{survivor.survivor_id}", headers=headers)
        assert answer.status_code == 404
        assert answer.headers["content-type"].startswith("application/problem+json")


# --- the pure part -------------------------------------------------------------------------

PRINCIPAL = Principal(
    user_id="usr_1", organisation_id="org_1", role=Role.EMPLOYER, session_id="ses_1"
)


def test_the_requested_id_is_the_first_path_parameter_when_it_is_plain() -> None:
    survivor, group, organisation = "srv_" + "a1" * 12, "grp_" + "0b" * 12, "org_" + "c" * 32
    assert requested_id({"survivor_id": survivor, "purpose": "matching"}) == survivor
    assert requested_id({"group_id": group, "alias": "P-ABC"}) == group
    assert requested_id({"organisation_id": organisation}) == organisation
    assert requested_id({}) is None
    assert requested_id({"survivor_id": "Srey Mom"}) is None
    assert requested_id({"survivor_id": "Srey_Mom"}) is None  # plain letters, not an id
    assert requested_id({"survivor_id": "srv_1"}) is None
    assert requested_id({"survivor_id": "x" * 65}) is None
    assert requested_id({"survivor_id": survivor + "\n"}) is None


def test_only_survivor_data_actions_are_recorded_with_their_purpose() -> None:
    assert pending_denial(PRINCIPAL, Action.OPPORTUNITY_READ, view=None, path_params={}) is None
    assert pending_denial(PRINCIPAL, Action.USER_LIST, view=None, path_params={}) is None
    assert pending_denial(PRINCIPAL, Action.PEER_GROUP_CREATE, view=None, path_params={}) is None
    match_read = pending_denial(
        PRINCIPAL, Action.MATCH_READ, view=View.ANONYMISED, path_params={"match_id": MATCH_ID}
    )
    assert match_read is not None
    assert (match_read.purpose, match_read.target_id) == (Purpose.EMPLOYER_SHORTLIST, MATCH_ID)
    officer_read = pending_denial(PRINCIPAL, Action.MATCH_READ, view=View.FULL, path_params={})
    assert officer_read is not None
    assert officer_read.purpose is Purpose.MATCHING


@pytest.mark.parametrize("action", sorted(DENIAL_PURPOSES, key=str))
def test_every_recorded_action_is_a_survivor_data_action(action: Action) -> None:
    """Survivor data, or the audit trail, which names survivors by their pseudonymous ids:
    a refused look into it is recorded like a refused look at a survivor."""
    assert not action.value.startswith(("auth.", "session.", "organisation.", "user."))
    assert not action.value.startswith(("opportunity.", "outcome_model."))
    if action.value.startswith("audit."):
        assert action is Action.AUDIT_READ
