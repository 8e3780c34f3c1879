"""Directory rules, the policy table, settings and the gRPC → problem mapping."""

from __future__ import annotations

import json

import grpc
import pytest
from pydantic import TypeAdapter, ValidationError

from gateway.api.grpc_problems import problem_for_status
from gateway.api.types import MultilineText, Name, Username
from gateway.auth.policy import POLICY, PUBLIC_ACTIONS, Action, Scope, View, grant_for
from gateway.auth.principal import Principal, caller_identity
from gateway.auth.roles import OrganisationType, Role
from gateway.bootstrap import build_gateway
from gateway.config import GatewaySettings
from gateway.directory.service import Directory
from gateway.errors import Conflict, InvalidRequest, StaleVersion
from pathways_runtime.caller_assertion import (
    CallerAssertionSigner,
    CallerAssertionVerifier,
    development_private_key,
)
from pathways_runtime.settings import DEVELOPMENT_SECRET
from tests.unit.gateway.fakes import FakeClock, fake_stores
from tests.unit.gateway.harness import PASSWORD, test_settings

SURVIVOR_ACTIONS = [
    a for a in Action if a.value.split(".")[0] in {"survivor", "readiness", "consent"}
]


def _directory() -> Directory:
    return build_gateway(test_settings(), stores=fake_stores(), clock=FakeClock()).directory


def test_a_role_must_fit_its_organisations_type() -> None:
    directory = _directory()
    employer = directory.create_organisation(
        name="Garments", type=OrganisationType.EMPLOYER, country="KH"
    )
    with pytest.raises(InvalidRequest):
        directory.create_user(
            organisation_id=employer.id,
            username="sneaky",
            role=Role.REINTEGRATION_OFFICER,
            password=PASSWORD,
        )


def test_organisation_names_and_usernames_are_unique_whatever_the_case() -> None:
    directory = _directory()
    ngo = directory.create_organisation(name="Hope", type=OrganisationType.NGO, country="KH")
    with pytest.raises(Conflict):
        directory.create_organisation(name="HOPE", type=OrganisationType.NGO, country="TH")
    directory.create_user(
        organisation_id=ngo.id, username="Dara", role=Role.FACILITATOR, password=PASSWORD
    )
    with pytest.raises(Conflict):
        directory.create_user(
            organisation_id=ngo.id, username="dara", role=Role.FACILITATOR, password=PASSWORD
        )


def test_vetting_happens_once_and_only_for_employers_and_providers() -> None:
    directory = _directory()
    employer = directory.create_organisation(
        name="Garments", type=OrganisationType.EMPLOYER, country="KH"
    )
    ngo = directory.create_organisation(name="Hope", type=OrganisationType.NGO, country="KH")
    assert not employer.usable
    assert ngo.usable
    vetted = directory.vet_organisation(organisation_id=employer.id, expected_version=1, by="a")
    assert vetted.usable
    assert vetted.version == 2
    with pytest.raises(StaleVersion):
        directory.vet_organisation(organisation_id=employer.id, expected_version=1, by="a")
    with pytest.raises(Conflict):
        directory.vet_organisation(organisation_id=employer.id, expected_version=2, by="a")
    with pytest.raises(Conflict):
        directory.vet_organisation(organisation_id=ngo.id, expected_version=1, by="a")


def test_a_stale_version_changes_nothing() -> None:
    directory = _directory()
    ngo = directory.create_organisation(name="Hope", type=OrganisationType.NGO, country="KH")
    user = directory.create_user(
        organisation_id=ngo.id, username="dara", role=Role.FACILITATOR, password=PASSWORD
    )
    directory.update_user(user_id=user.id, expected_version=1, role=Role.REINTEGRATION_OFFICER)
    with pytest.raises(StaleVersion):
        directory.update_user(user_id=user.id, expected_version=1, disabled=True)
    assert directory.get_user(user.id).disabled is False
    assert directory.get_user(user.id).version == 2


def test_nobody_disables_their_own_account_or_changes_their_own_role() -> None:
    directory = _directory()
    ngo = directory.create_organisation(name="Hope", type=OrganisationType.NGO, country="KH")
    user = directory.create_user(
        organisation_id=ngo.id, username="dara", role=Role.FACILITATOR, password=PASSWORD
    )
    with pytest.raises(Conflict):
        directory.update_user(
            user_id=user.id, expected_version=1, disabled=True, changed_by=user.id
        )
    with pytest.raises(Conflict):
        directory.update_user(
            user_id=user.id,
            expected_version=1,
            role=Role.REINTEGRATION_OFFICER,
            changed_by=user.id,
        )
    assert directory.get_user(user.id).version == 1
    # Sending what already holds changes nothing and is no lock-out.
    same = directory.update_user(
        user_id=user.id,
        expected_version=1,
        disabled=False,
        role=Role.FACILITATOR,
        changed_by=user.id,
    )
    assert same.version == 1
    # Another administrator can.
    disabled = directory.update_user(
        user_id=user.id, expected_version=1, disabled=True, changed_by="usr_another_admin"
    )
    assert disabled.disabled is True


def test_short_passwords_are_refused() -> None:
    directory = _directory()
    ngo = directory.create_organisation(name="Hope", type=OrganisationType.NGO, country="KH")
    with pytest.raises(InvalidRequest):
        directory.create_user(
            organisation_id=ngo.id, username="dara", role=Role.FACILITATOR, password="short"
        )


def test_the_policy_table_covers_every_action_and_admins_see_no_survivor_data() -> None:
    assert set(POLICY) == set(Action)
    for action in SURVIVOR_ACTIONS:
        assert grant_for(Role.PLATFORM_ADMIN, action) is None
        assert set(POLICY[action]) == {Role.REINTEGRATION_OFFICER}
        assert POLICY[action][Role.REINTEGRATION_OFFICER].scope is Scope.OWN_ORGANISATION
    for action in PUBLIC_ACTIONS:
        assert not POLICY[action]


def test_employers_and_facilitators_never_get_a_full_view_of_survivors() -> None:
    for action, grants in POLICY.items():
        if action.value.startswith(
            ("organisation.", "opportunity.", "session.", "vocabulary.", "user.", "auth.")
        ):
            continue  # no survivor in them: organisations, opportunities, accounts
        for role in (Role.EMPLOYER, Role.TRAINING_PROVIDER):
            if role in grants:
                assert grants[role].view is View.ANONYMISED, (action, role)
        if Role.FACILITATOR in grants:
            assert grants[Role.FACILITATOR].view is View.ALIAS, action


def test_no_role_outside_the_platform_reaches_beyond_its_organisation() -> None:
    for action, grants in POLICY.items():
        for role, grant in grants.items():
            if grant.scope is Scope.ANY:
                assert role is Role.PLATFORM_ADMIN or action in {
                    Action.OPPORTUNITY_READ,
                    Action.OPPORTUNITY_LIST,
                    Action.VOCABULARY_READ,  # reference data, no organisation's objects
                }, (action, role)


def test_the_principal_travels_to_the_services_in_a_signed_assertion() -> None:
    principal = Principal(
        user_id="usr_1", organisation_id="org_1", role=Role.EMPLOYER, session_id="ses_1"
    )
    key = development_private_key()
    metadata = CallerAssertionSigner(private_key=key).metadata(
        caller_identity(principal, request_id="req-1"), audience="matching"
    )
    verifier = CallerAssertionVerifier(public_keys=[key.public_key()], audience="matching")
    identity = verifier.verify(metadata)
    assert (identity.user_id, identity.organisation_id, identity.role, identity.request_id) == (
        "usr_1",
        "org_1",
        "employer",
        "req-1",
    )


def test_default_secrets_are_refused_in_production() -> None:
    with pytest.raises(ValueError, match="PATHWAYS_JWT_SECRET"):
        GatewaySettings(environment="production", cursor_secret="x" * 40)
    with pytest.raises(ValueError, match="PATHWAYS_CURSOR_SECRET"):
        GatewaySettings(environment="production", jwt_secret="y" * 40, cursor_secret="short")
    settings = GatewaySettings(
        environment="production", jwt_secret="y" * 40, cursor_secret="x" * 40
    )
    assert settings.jwt_secret.get_secret_value() != DEVELOPMENT_SECRET


def test_a_route_without_policy_refuses_to_start() -> None:
    from fastapi import APIRouter, FastAPI

    from gateway.api.authorization import RouteWithoutPolicyError, install_policy
    from gateway.api.main import api_router

    rogue = APIRouter()

    @rogue.get("/v1/rogue")
    def rogue_route() -> dict[str, str]:
        return {}

    app = FastAPI()
    app.include_router(api_router)
    app.include_router(rogue)
    with pytest.raises(RouteWithoutPolicyError, match="/v1/rogue"):
        install_policy(app)


@pytest.mark.parametrize(
    ("code", "status", "retry_after"),
    [
        (grpc.StatusCode.INVALID_ARGUMENT, 422, False),
        (grpc.StatusCode.NOT_FOUND, 404, False),
        (grpc.StatusCode.ALREADY_EXISTS, 409, False),
        (grpc.StatusCode.ABORTED, 409, False),
        (grpc.StatusCode.FAILED_PRECONDITION, 409, False),
        (grpc.StatusCode.PERMISSION_DENIED, 404, False),
        (grpc.StatusCode.UNAUTHENTICATED, 401, False),
        (grpc.StatusCode.UNAVAILABLE, 503, True),
        (grpc.StatusCode.DEADLINE_EXCEEDED, 503, True),
        (grpc.StatusCode.INTERNAL, 500, False),
    ],
)
def test_grpc_statuses_map_to_problems(
    code: grpc.StatusCode, status: int, retry_after: bool
) -> None:
    response = problem_for_status(code, details="no such survivor")
    assert response.status_code == status
    assert response.media_type == "application/problem+json"
    assert ("retry-after" in response.headers) is retry_after
    assert json.loads(bytes(response.body))["type"].startswith("/problems/")


def test_permission_denied_is_403_only_when_no_object_is_named() -> None:
    assert (
        problem_for_status(grpc.StatusCode.PERMISSION_DENIED, about_object=False).status_code == 403
    )
    assert problem_for_status(grpc.StatusCode.PERMISSION_DENIED).status_code == 404


def test_a_username_in_full_width_letters_is_the_same_username() -> None:
    """ "ａｄｍｉｎ" shown in an audit list reads as "admin" (security probe, session 26)."""
    directory = _directory()
    ngo = directory.create_organisation(name="Hope", type=OrganisationType.NGO, country="KH")
    directory.create_user(
        organisation_id=ngo.id, username="dara", role=Role.FACILITATOR, password=PASSWORD
    )
    with pytest.raises(Conflict):
        directory.create_user(
            organisation_id=ngo.id, username="ＤＡＲＡ", role=Role.FACILITATOR, password=PASSWORD
        )
    assert TypeAdapter(Username).validate_python("ｓｏｋｈａ.ｏｆｆｉｃｅｒ") == "sokha.officer"


@pytest.mark.parametrize(
    "username",
    [
        "d\u0430ra",  # a Cyrillic а among Latin letters
        "\u202enimda",  # a right-to-left override: shown as "admin"
    ],
)
def test_usernames_that_look_like_another_are_refused(username: str) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(Username).validate_python(username)


@pytest.mark.parametrize("name", ["Hope \u202eOGN", "Hope\u2066 NGO\u2069"])
def test_names_that_reorder_the_text_around_them_are_refused(name: str) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(Name).validate_python(name)


@pytest.mark.parametrize(
    "username", ["sokha.officer", "สมชาย.ngo", "ស៊ីណា", "မောင်မောင်", "陳大文", "maria-santos"]
)
def test_usernames_of_one_script_stay_as_written(username: str) -> None:
    assert TypeAdapter(Username).validate_python(username) == username


@pytest.mark.parametrize(
    "text",
    [
        # Session 37's probe: reversed text that shows as "Placement fee 3,000 THB, deducted
        # from salaries." and as "Your passport will be kept by the company.", and a word
        # mixing Cyrillic letters into Latin ones ("pаssport", "fее").
        "\u202e.seirals morf detcuded ,BHT 000,3 eef tnemecalP\u202c",
        "\u202e.ynapmoc eht yb tpek eb lliw tropssap ruoY\u202c",
        "Your p\u0430ssport will be kept.",
        "Placement f\u0435\u0435 3000",
        "Good \u2067pay\u2069 and tips",
    ],
)
def test_free_text_that_reads_otherwise_than_it_shows_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        TypeAdapter(MultilineText).validate_python(text)


@pytest.mark.parametrize(
    "text",
    [
        "อยากทำงานในร้านกาแฟ\nชอบทำขนม",
        "入data 兼職 (part-time)",
        "naïve café, crème brûlée",
        "Русский язык, English and ខ្មែរ",  # alphabets side by side, each word in one
        "ស្រ៊ី​ណា",  # Khmer with a zero-width space between words
    ],
)
def test_free_text_in_any_script_stays_as_written(text: str) -> None:
    assert TypeAdapter(MultilineText).validate_python(text) == text
