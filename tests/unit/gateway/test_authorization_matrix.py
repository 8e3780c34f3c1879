"""The authorisation matrix: every /v1 route × every role (own and other organisation) and
anonymous, checked against the policy table.

Routes come from the app's OpenAPI schema, so a new route shows up here by itself: it fails
until it has a policy action (the app refuses to start without one) and a recipe below
saying how to call it. Expected answers come from the role-by-role specification
(``access_spec.py``, written apart from the policy table, which ``test_policy_matches_spec``
holds to it): no grant → 403; a grant reaching the own organisation → success for an object
of the caller's organisation and 404 for another organisation's; anonymous → 401.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import pytest

from gateway.app import create_app
from gateway.audit.records import Purpose
from gateway.audit.service import record_access
from gateway.auth.policy import POLICY, Action
from gateway.auth.principal import Principal
from gateway.auth.roles import OrganisationType, Role
from gateway.auth.second_factor import code_now
from gateway.bootstrap import Overrides
from gateway.directory.models import Organisation, User
from pathways.v1 import matching_pb2 as pb
from pathways.v1 import peer_groups_pb2 as pg
from pathways_runtime.identity import CallerIdentity
from tests.unit.gateway.access_spec import PUBLIC, expected_reach
from tests.unit.gateway.harness import HOME, PASSWORD, World, new_key, test_settings, world

OTHER = {"own": "other", "other": "own"}


@dataclass
class Call:
    method: str
    url: str
    json: Any = None
    data: dict[str, str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    #: Use a new session of the caller (the call ends it, e.g. logout).
    fresh_session: bool = False
    #: The call names no object of any organisation (the caller's own proposals, counts of
    #: the pool): "another organisation's" cannot be asked, so both callers get an answer.
    names_no_object: bool = False


Recipe = Callable[[World, Role | None, str], Call]


def _home(world_: World, role: Role | None, which: str) -> Organisation:
    return world_.organisation_of(role or Role.REINTEGRATION_OFFICER, which)


def _unvetted_employer(world_: World) -> Organisation:
    return world_.gateway.directory.create_organisation(
        name=f"employer {new_key()}", type=OrganisationType.EMPLOYER, country="TH"
    )


def _throwaway_employer(world_: World, *, suspended: bool = False) -> Organisation:
    """An employer of its own (vetted, suspended if asked), so that no call changes another
    case's organisation."""
    directory = world_.gateway.directory
    employer = _unvetted_employer(world_)
    employer = directory.vet_organisation(
        organisation_id=employer.id, expected_version=employer.version, by="setup"
    )
    if suspended:
        employer = directory.set_suspension(
            organisation_id=employer.id,
            suspended=True,
            expected_version=employer.version,
            by="setup",
        )
    return employer


def _suspension(world_: World, method: str, *, suspended: bool) -> Call:
    employer = _throwaway_employer(world_, suspended=suspended)
    return Call(
        method,
        f"/v1/organisations/{employer.id}/suspension",
        headers={"If-Match": f'"{employer.version}"'},
    )


def _throwaway_user(world_: World, role: Role | None, which: str) -> User:
    role = role or Role.REINTEGRATION_OFFICER
    return world_.gateway.directory.create_user(
        organisation_id=_home(world_, role, which).id,
        username=f"throwaway.{new_key()}",
        role=role,
        password=PASSWORD,
    )


def _pending_user(world_: World, role: Role | None, which: str) -> User:
    """An account an administrator asked for in the home organisation of ``role`` (which
    has members: the world's users), of the same role: one its members may approve."""
    role = role or Role.REINTEGRATION_OFFICER
    return world_.gateway.directory.create_user(
        organisation_id=_home(world_, role, which).id,
        username=f"pending.{new_key()}",
        role=role,
        password=PASSWORD,
        requested_by="usr_an_administrator",
    )


def _own_password_back(world_: World, role: Role | None) -> None:
    """The caller's password as the world knows it (an earlier call may have changed it)."""
    if role is not None:
        world_.stores.users.set_password(
            world_.users[(role, "own")].id,
            password_hash=world_.gateway.authenticator.passwords.hash(PASSWORD),
        )


def _password_change(world_: World, role: Role | None) -> Call:
    _own_password_back(world_, role)
    return Call(
        "POST",
        "/v1/auth/password",
        json={"current_password": PASSWORD, "new_password": "a new passphrase of mine 7"},
        fresh_session=True,
        names_no_object=True,
    )


def _second_factor_confirmation(world_: World, role: Role | None) -> Call:
    """The caller's own account with an enrolment just started (a secret this test knows),
    confirmed with the code its app would show now."""
    code = "000000"
    if role is not None:
        user = world_.users[(role, "own")]
        enrolment = world_.gateway.authenticator.second_factors.enrol(
            user_id=user.id, username=user.username
        )
        world_.stores.users.set_second_factor(user.id, enrolment.factor)
        code = code_now(enrolment.secret, at=world_.clock.now())
    return Call(
        "POST",
        "/v1/auth/second-factor/confirmation",
        json={"code": code, "password": PASSWORD},
        fresh_session=True,
        names_no_object=True,
    )


def _recovery_codes_renewal(world_: World, role: Role | None) -> Call:
    """The caller's own account with a confirmed second factor (a secret this test knows),
    asking for new recovery codes with the code its app would show now, in a session opened
    before (a sign-in now would ask for a code)."""
    code = "000000"
    if role is not None:
        world_.token(role)
        user = world_.users[(role, "own")]
        enrolment = world_.gateway.authenticator.second_factors.enrol(
            user_id=user.id, username=user.username
        )
        world_.stores.users.set_second_factor(user.id, replace(enrolment.factor, confirmed=True))
        code = code_now(enrolment.secret, at=world_.clock.now())
    return Call(
        "POST",
        "/v1/auth/second-factor/recovery-codes",
        json={"code": code},
        names_no_object=True,
    )


def _partnership_url(world_: World, which: str, *, existing: bool = False) -> str:
    ngo = world_.organisations[(OrganisationType.NGO, which)].id
    peer = world_.organisations[(OrganisationType.PEER_SUPPORT, which)].id
    if existing:
        world_.gateway.partnerships.set(organisation_id=ngo, partner_id=peer, by="setup")
    return f"/v1/organisations/{ngo}/partners/{peer}"


RECIPES: dict[tuple[str, str], Recipe] = {
    ("POST", "/v1/auth/token"): lambda w, r, x: Call(
        "POST",
        "/v1/auth/token",
        data={
            "username": w.users[(Role.REINTEGRATION_OFFICER, "own")].username,
            "password": PASSWORD,
        },
    ),
    ("POST", "/v1/auth/refresh"): lambda w, r, x: Call(
        "POST",
        "/v1/auth/refresh",
        json={
            "refresh_token": w.login(w.users[(Role.FACILITATOR, "own")].username).json()[
                "refresh_token"
            ]
        },
    ),
    ("POST", "/v1/auth/logout"): lambda w, r, x: Call(
        "POST", "/v1/auth/logout", fresh_session=True
    ),
    ("GET", "/v1/me"): lambda w, r, x: Call("GET", "/v1/me"),
    ("GET", "/v1/vocabulary"): lambda w, r, x: Call("GET", "/v1/vocabulary"),
    ("GET", "/v1/places"): lambda w, r, x: Call("GET", "/v1/places?country=KH&q=phn"),
    ("POST", "/v1/organisations"): lambda w, r, x: Call(
        "POST",
        "/v1/organisations",
        json={"name": f"NGO {new_key()}", "type": "ngo", "country": "VN"},
    ),
    ("GET", "/v1/organisations"): lambda w, r, x: Call("GET", "/v1/organisations"),
    ("GET", "/v1/organisations/{organisation_id}"): lambda w, r, x: Call(
        "GET", f"/v1/organisations/{_home(w, r, x).id}"
    ),
    ("POST", "/v1/organisations/{organisation_id}/vetting"): lambda w, r, x: Call(
        "POST",
        f"/v1/organisations/{_unvetted_employer(w).id}/vetting",
        headers={"If-Match": '"1"'},
    ),
    ("POST", "/v1/organisations/{organisation_id}/suspension"): lambda w, r, x: _suspension(
        w, "POST", suspended=False
    ),
    ("DELETE", "/v1/organisations/{organisation_id}/suspension"): lambda w, r, x: _suspension(
        w, "DELETE", suspended=True
    ),
    # A partnership of the NGO of ``x`` with the peer-support organisation of ``x``.
    ("PUT", "/v1/organisations/{organisation_id}/partners/{partner_id}"): lambda w, r, x: Call(
        "PUT", _partnership_url(w, x)
    ),
    ("DELETE", "/v1/organisations/{organisation_id}/partners/{partner_id}"): lambda w, r, x: Call(
        "DELETE", _partnership_url(w, x, existing=True)
    ),
    (
        "POST",
        "/v1/organisations/{organisation_id}/partners/{partner_id}/acceptance",
    ): lambda w, r, x: Call("POST", _partnership_url(w, x, existing=True) + "/acceptance"),
    ("GET", "/v1/organisations/{organisation_id}/partners"): lambda w, r, x: Call(
        "GET", f"/v1/organisations/{_home(w, r, x).id}/partners"
    ),
    ("GET", "/v1/organisations/{organisation_id}/dashboard"): lambda w, r, x: Call(
        "GET", f"/v1/organisations/{_home(w, r, x).id}/dashboard"
    ),
    ("POST", "/v1/users"): lambda w, r, x: Call(
        "POST",
        "/v1/users",
        json={
            "organisation_id": _home(w, r, x).id,
            "username": f"new.{new_key()}",
            "role": (r or Role.REINTEGRATION_OFFICER).value,
            "password": PASSWORD,
        },
    ),
    # Administrators list everyone; members their own organisation: no other's to ask for.
    ("GET", "/v1/users"): lambda w, r, x: Call("GET", "/v1/users", names_no_object=True),
    ("GET", "/v1/users/{user_id}"): lambda w, r, x: Call(
        "GET", f"/v1/users/{_throwaway_user(w, r, x).id}"
    ),
    ("PATCH", "/v1/users/{user_id}"): lambda w, r, x: Call(
        "PATCH",
        f"/v1/users/{_throwaway_user(w, r, x).id}",
        json={"disabled": True},
        headers={"If-Match": '"1"'},
    ),
    ("POST", "/v1/users/{user_id}/approval"): lambda w, r, x: Call(
        "POST",
        f"/v1/users/{_pending_user(w, r, x).id}/approval",
        json={"decision": "approve", "password": "a first passphrase handed over 61"},
        headers={"If-Match": '"1"'},
    ),
    ("POST", "/v1/auth/password"): lambda w, r, x: _password_change(w, r),
    ("POST", "/v1/auth/second-factor"): lambda w, r, x: Call(
        "POST", "/v1/auth/second-factor", fresh_session=True, names_no_object=True
    ),
    ("POST", "/v1/auth/second-factor/confirmation"): lambda w, r, x: _second_factor_confirmation(
        w, r
    ),
    ("POST", "/v1/auth/second-factor/recovery-codes"): lambda w, r, x: _recovery_codes_renewal(
        w, r
    ),
    # A colleague of the caller's role in the organisation (``may_approve`` lets every role
    # reset its own role's codes).
    ("DELETE", "/v1/users/{user_id}/second-factor"): lambda w, r, x: Call(
        "DELETE", f"/v1/users/{_throwaway_user(w, r, x).id}/second-factor"
    ),
    # Survivors "held" by the officers' organisations are seeded in the audit trail below.
    ("GET", "/v1/audit"): lambda w, r, x: Call(
        "GET", f"/v1/audit?survivor_id=srv-{_home(w, Role.REINTEGRATION_OFFICER, x).id}"
    ),
    ("GET", "/v1/audit/chain"): lambda w, r, x: Call("GET", "/v1/audit/chain"),
}


# --- the routes in front of matching: objects live in the fake matching service ----------

_PROFILE = {"languages": [{"language": "th", "level": "native"}], "age_band": "25-34"}


def _kind_for(role: Role | None) -> str:
    return "training" if role is Role.TRAINING_PROVIDER else "job"


def _opportunity_body(role: Role | None) -> dict[str, Any]:
    return {
        "kind": _kind_for(role),
        "title": "Barista",
        "sector": "food_service",
        "remote": True,
        "openings": 2,
    }


def _survivor_of(world_: World, which: str) -> str:
    ngo = world_.organisation_of(Role.REINTEGRATION_OFFICER, which)
    return world_.matching.add_survivor(ngo.id).survivor_id


def _opportunity_of(world_: World, role: Role | None, which: str) -> pb.Opportunity:
    """A job of the employer of ``which`` (a programme for providers)."""
    kind = (
        pb.OPPORTUNITY_KIND_TRAINING if role is Role.TRAINING_PROVIDER else pb.OPPORTUNITY_KIND_JOB
    )
    owner = Role.TRAINING_PROVIDER if role is Role.TRAINING_PROVIDER else Role.EMPLOYER
    return world_.matching.add_opportunity(world_.organisation_of(owner, which).id, kind=kind)


def _match_of(world_: World, role: Role | None, which: str, *, accepted: bool = True) -> str:
    """A match between a survivor of ``which`` NGO and an opportunity of ``which`` owner."""
    ngo = world_.organisation_of(Role.REINTEGRATION_OFFICER, which)
    survivor = world_.matching.add_survivor(ngo.id)
    opportunity = _opportunity_of(world_, role, which)
    return world_.matching.add_match(survivor, opportunity, accepted=accepted).match_id


_V1 = {"If-Match": '"1"'}

RECIPES.update(
    {
        ("POST", "/v1/organisations/{organisation_id}/survivors"): lambda w, r, x: Call(
            "POST",
            f"/v1/organisations/{w.organisation_of(Role.REINTEGRATION_OFFICER, x).id}/survivors",
            json={"profile": _PROFILE, "consents": ["matching"]},
        ),
        ("GET", "/v1/survivors/{survivor_id}"): lambda w, r, x: Call(
            "GET", f"/v1/survivors/{_survivor_of(w, x)}"
        ),
        ("DELETE", "/v1/survivors/{survivor_id}"): lambda w, r, x: Call(
            "DELETE", f"/v1/survivors/{_survivor_of(w, x)}"
        ),
        ("PUT", "/v1/survivors/{survivor_id}/profile"): lambda w, r, x: Call(
            "PUT", f"/v1/survivors/{_survivor_of(w, x)}/profile", json=_PROFILE, headers=_V1
        ),
        ("POST", "/v1/survivors/{survivor_id}/readiness-assessments"): lambda w, r, x: Call(
            "POST",
            f"/v1/survivors/{_survivor_of(w, x)}/readiness-assessments",
            json={"stage": "training_ready"},
        ),
        ("GET", "/v1/survivors/{survivor_id}/readiness"): lambda w, r, x: Call(
            "GET", f"/v1/survivors/{_survivor_of(w, x)}/readiness"
        ),
        ("GET", "/v1/survivors/{survivor_id}/consents"): lambda w, r, x: Call(
            "GET", f"/v1/survivors/{_survivor_of(w, x)}/consents"
        ),
        ("PUT", "/v1/survivors/{survivor_id}/consents/{purpose}"): lambda w, r, x: Call(
            "PUT",
            f"/v1/survivors/{_survivor_of(w, x)}/consents/employer_shortlist",
            json={"granted": True},
            headers=_V1,
        ),
        ("POST", "/v1/organisations/{organisation_id}/opportunities"): lambda w, r, x: Call(
            "POST",
            f"/v1/organisations/{_home(w, r, x).id}/opportunities",
            json=_opportunity_body(r),
        ),
        ("GET", "/v1/organisations/{organisation_id}/survivors"): lambda w, r, x: Call(
            "GET",
            f"/v1/organisations/{w.organisation_of(Role.REINTEGRATION_OFFICER, x).id}/survivors",
        ),
        ("GET", "/v1/organisations/{organisation_id}/opportunities"): lambda w, r, x: Call(
            "GET", f"/v1/organisations/{_home(w, r, x).id}/opportunities"
        ),
        ("GET", "/v1/opportunities/{opportunity_id}"): lambda w, r, x: Call(
            "GET", f"/v1/opportunities/{_opportunity_of(w, r, x).opportunity_id}"
        ),
        ("PUT", "/v1/opportunities/{opportunity_id}"): lambda w, r, x: Call(
            "PUT",
            f"/v1/opportunities/{_opportunity_of(w, r, x).opportunity_id}",
            json=_opportunity_body(r),
            headers=_V1,
        ),
        ("PUT", "/v1/opportunities/{opportunity_id}/status"): lambda w, r, x: Call(
            "PUT",
            f"/v1/opportunities/{_opportunity_of(w, r, x).opportunity_id}/status",
            json={"status": "closed"},
            headers=_V1,
        ),
        ("GET", "/v1/opportunities/{opportunity_id}/shortlist"): lambda w, r, x: Call(
            "GET", f"/v1/opportunities/{_opportunity_of(w, r, x).opportunity_id}/shortlist"
        ),
        ("GET", "/v1/survivors/{survivor_id}/recommendations"): lambda w, r, x: Call(
            "GET", f"/v1/survivors/{_survivor_of(w, x)}/recommendations?top_k=5"
        ),
        ("POST", "/v1/survivors/{survivor_id}/matches"): lambda w, r, x: Call(
            "POST",
            f"/v1/survivors/{_survivor_of(w, x)}/matches",
            json={"opportunity_id": _opportunity_of(w, Role.EMPLOYER, "own").opportunity_id},
        ),
        ("GET", "/v1/survivors/{survivor_id}/matches"): lambda w, r, x: Call(
            "GET", f"/v1/survivors/{_survivor_of(w, x)}/matches"
        ),
        ("GET", "/v1/matches/{match_id}"): lambda w, r, x: Call(
            "GET", f"/v1/matches/{_match_of(w, r, x)}"
        ),
        ("POST", "/v1/matches/{match_id}/decision"): lambda w, r, x: Call(
            "POST",
            f"/v1/matches/{_match_of(w, r, x, accepted=False)}/decision",
            json={"decision": "accepted"},
        ),
        ("POST", "/v1/matches/{match_id}/interest"): lambda w, r, x: Call(
            "POST", f"/v1/matches/{_match_of(w, r, x)}/interest", json={}
        ),
        ("POST", "/v1/matches/{match_id}/outcomes"): lambda w, r, x: Call(
            "POST",
            f"/v1/matches/{_match_of(w, r, x)}/outcomes",
            json={"outcome": "enrolled" if _kind_for(r) == "training" else "introduced"},
        ),
        ("POST", "/v1/matching-rounds"): lambda w, r, x: Call(
            "POST", "/v1/matching-rounds", json={"survivor_ids": [_survivor_of(w, x)]}
        ),
        ("POST", "/v1/outcome-model/trainings"): lambda w, r, x: Call(
            "POST", "/v1/outcome-model/trainings", json={}
        ),
        ("GET", "/v1/outcome-model"): lambda w, r, x: Call("GET", "/v1/outcome-model"),
    }
)


# --- the routes in front of peer groups: objects live in the fake peer-groups service -----

_GROUP_SETTINGS = {
    "title": "Thursday evening circle",
    "languages": ["th"],
    "modality": "online",
    "min_size": 2,
    "max_size": 4,
    "schedule": [{"day_of_week": 4, "start_minute": 1080, "duration_minutes": 90}],
}


def _group_of(world_: World, which: str, *, members: int = 0) -> str:
    """A forming group of the peer-support organisation of ``which``, with proposed members."""
    peer_org = world_.organisation_of(Role.FACILITATOR, which).id
    group_id = world_.peer_groups.add_group(peer_org).group_id
    for _ in range(members):
        person = world_.peer_groups.add_person(f"ngo-{new_key()}")
        world_.peer_groups.propose(group_id, person)
    return group_id


def _proposal_of(world_: World, which: str) -> str:
    """A finished proposal started by the facilitator of ``which`` for a group of theirs."""
    facilitator = world_.users[(Role.FACILITATOR, which)]
    operation = world_.peer_groups.start_proposal(
        pg.StartProposalRequest(
            proposal=pg.ProposeMembersRequest(group_ids=[_group_of(world_, which)], seed=1)
        ),
        caller=CallerIdentity(
            user_id=facilitator.id,
            organisation_id=facilitator.organisation_id,
            role=Role.FACILITATOR.value,
        ),
        timeout_s=5,
    )
    return str(operation.operation_id)


def _member_alias(world_: World, which: str) -> tuple[str, str]:
    group_id = _group_of(world_, which, members=1)
    return group_id, world_.peer_groups.groups[group_id].members[0].person.alias


def _invited(world_: World, which: str) -> tuple[str, str]:
    """A group (of the own peer-support organisation) inviting a survivor of ``which`` NGO."""
    ngo = world_.organisation_of(Role.REINTEGRATION_OFFICER, which).id
    person = world_.peer_groups.add_person(ngo)
    group_id = _group_of(world_, "own")
    world_.peer_groups.invite(group_id, person)
    return group_id, person.survivor_id


def _lock_call(w: World, x: str) -> Call:
    group_id, alias = _member_alias(w, x)
    return Call("POST", f"/v1/peer-groups/{group_id}/members/{alias}/lock")


def _remove_call(w: World, x: str) -> Call:
    group_id, alias = _member_alias(w, x)
    return Call("DELETE", f"/v1/peer-groups/{group_id}/members/{alias}")


def _answer_call(w: World, x: str) -> Call:
    group_id, survivor_id = _invited(w, x)
    return Call(
        "POST",
        f"/v1/peer-groups/{group_id}/answers",
        json={"survivor_id": survivor_id, "answer": "joined"},
    )


def _departure_call(w: World, x: str) -> Call:
    group_id, survivor_id = _invited(w, x)
    return Call("POST", f"/v1/peer-groups/{group_id}/departures", json={"survivor_id": survivor_id})


RECIPES.update(
    {
        ("POST", "/v1/organisations/{organisation_id}/peer-groups"): lambda w, r, x: Call(
            "POST",
            f"/v1/organisations/{w.organisation_of(Role.FACILITATOR, x).id}/peer-groups",
            json=_GROUP_SETTINGS,
        ),
        ("GET", "/v1/organisations/{organisation_id}/peer-groups"): lambda w, r, x: Call(
            "GET", f"/v1/organisations/{w.organisation_of(Role.FACILITATOR, x).id}/peer-groups"
        ),
        ("GET", "/v1/peer-groups/{group_id}"): lambda w, r, x: Call(
            "GET", f"/v1/peer-groups/{_group_of(w, x, members=2)}"
        ),
        ("PUT", "/v1/peer-groups/{group_id}/settings"): lambda w, r, x: Call(
            "PUT", f"/v1/peer-groups/{_group_of(w, x)}/settings", json=_GROUP_SETTINGS, headers=_V1
        ),
        ("POST", "/v1/peer-groups/{group_id}/closure"): lambda w, r, x: Call(
            "POST", f"/v1/peer-groups/{_group_of(w, x)}/closure", headers=_V1
        ),
        ("POST", "/v1/peer-group-proposals"): lambda w, r, x: Call(
            "POST", "/v1/peer-group-proposals", json={"group_ids": [_group_of(w, x)], "seed": 1}
        ),
        ("GET", "/v1/peer-group-proposals"): lambda w, r, x: Call(
            "GET", "/v1/peer-group-proposals", names_no_object=True
        ),
        ("GET", "/v1/peer-group-proposals/{proposal_id}"): lambda w, r, x: Call(
            "GET", f"/v1/peer-group-proposals/{_proposal_of(w, x)}"
        ),
        ("GET", "/v1/peer-group-pool"): lambda w, r, x: Call(
            "GET", "/v1/peer-group-pool?language=th", names_no_object=True
        ),
        ("POST", "/v1/peer-groups/{group_id}/members/{alias}/lock"): lambda w, r, x: _lock_call(
            w, x
        ),
        ("DELETE", "/v1/peer-groups/{group_id}/members/{alias}"): lambda w, r, x: _remove_call(
            w, x
        ),
        ("POST", "/v1/peer-groups/{group_id}/invitations"): lambda w, r, x: Call(
            "POST", f"/v1/peer-groups/{_group_of(w, x, members=2)}/invitations"
        ),
        ("POST", "/v1/peer-groups/{group_id}/answers"): lambda w, r, x: _answer_call(w, x),
        ("POST", "/v1/peer-groups/{group_id}/departures"): lambda w, r, x: _departure_call(w, x),
        ("GET", "/v1/survivors/{survivor_id}/peer-groups"): lambda w, r, x: Call(
            "GET", f"/v1/survivors/{_invited(w, x)[1]}/peer-groups"
        ),
    }
)


def _operations() -> list[tuple[str, str, str]]:
    app = create_app(test_settings(), Overrides(checks={}))
    found = []
    for path, operations in app.openapi()["paths"].items():
        if not path.startswith("/v1/"):
            continue
        for method, operation in operations.items():
            found.append((method.upper(), path, operation.get("x-pathways-action", "")))
    return sorted(found)


OPERATIONS = _operations()


def _expected(action: Action, role: Role | None, which: str) -> str:
    if action.value in PUBLIC:
        return "success"
    if role is None:
        return "401"
    reach = expected_reach(role, action.value)
    if reach is None:
        return "403"
    if reach.startswith("own") and which == "other":
        return "404"
    return "success"


def _observed(status: int) -> str:
    return "success" if 200 <= status < 300 else str(status)


def _seed_survivors(world_: World) -> None:
    """One survivor per officer organisation, known to the gateway by an access record."""
    for which in ("own", "other"):
        officer = world_.users[(Role.REINTEGRATION_OFFICER, which)]
        record_access(
            store=world_.stores.audit,
            clock=world_.clock,
            principal=Principal(
                user_id=officer.id,
                organisation_id=officer.organisation_id,
                role=officer.role,
                session_id="seed",
            ),
            action=Action.SURVIVOR_CREATE.value,
            purpose=Purpose.CASE_MANAGEMENT,
            request_id="seed",
            survivor_id=f"srv-{officer.organisation_id}",
            survivor_organisation_id=officer.organisation_id,
        )


def test_every_route_in_the_schema_has_a_policy_and_a_recipe() -> None:
    assert OPERATIONS, "no /v1 routes found"
    for method, path, action in OPERATIONS:
        assert action in {a.value for a in POLICY}, f"{method} {path} has no policy action"
        assert (method, path) in RECIPES, f"{method} {path} has no recipe in the matrix test"


def test_the_schema_names_only_probes_outside_v1() -> None:
    app = create_app(test_settings(), Overrides(checks={}))
    assert {p for p in app.openapi()["paths"] if not p.startswith("/v1/")} == {
        "/healthz",
        "/readyz",
    }


@pytest.mark.parametrize(
    ("method", "path", "action"), OPERATIONS, ids=[f"{m} {p}" for m, p, _a in OPERATIONS]
)
def test_route_answers_every_caller_as_the_policy_says(method: str, path: str, action: str) -> None:
    recipe = RECIPES.get((method, path))
    assert recipe is not None, f"{method} {path} has no recipe in the matrix test"
    limits = {
        "login_limit_per_ip": 10_000,
        "login_limit_per_username": 10_000,
        "write_limit_per_ip": 10_000,
        "write_limit_per_user": 10_000,
        "read_limit_per_user": 100_000,
    }
    mismatches = []
    with world(**limits) as w:
        _seed_survivors(w)
        callers: list[tuple[Role | None, str]] = [(None, "own")] + [
            (role, which) for role in HOME for which in ("own", "other")
        ]
        for role, which in callers:
            call = recipe(w, role, which)
            headers = dict(call.headers)
            if role is not None:
                if call.fresh_session:
                    token = w.login(w.users[(role, "own")].username).json()["access_token"]
                else:
                    token = w.token(role)
                headers["Authorization"] = f"Bearer {token}"
            if call.method == "POST":
                headers["Idempotency-Key"] = new_key()
            response = w.client.request(
                call.method, call.url, json=call.json, data=call.data, headers=headers
            )
            expected = _expected(Action(action), role, "own" if call.names_no_object else which)
            observed = _observed(response.status_code)
            if observed != expected:
                who = role.value if role else "anonymous"
                mismatches.append(
                    f"{who}/{which}: expected {expected}, got {response.status_code} "
                    f"{response.text[:200]}"
                )
            if not 200 <= response.status_code < 300:
                assert response.headers["content-type"] == "application/problem+json"
    assert not mismatches, f"{method} {path}:\n" + "\n".join(mismatches)
