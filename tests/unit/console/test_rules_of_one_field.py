"""A rule of the matching service about one field is said beside that field (console probe,
session 36: a review date in the past, or a job with neither a district nor "Can be done
from home", ended on "Something went wrong" with no field marked).

The matching service names the field (``FieldInvalid``, sent as a located violation); the
gateway passes the location on under ``body``; the console says the rule in the reader's
language beside the field and sums the form up as fields to mend.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

import grpc
import pytest
from pydantic import ValidationError

from console import group_forms, messages
from console.field_problems import field_messages
from console.forms import field_for_error
from console.i18n import Catalogs
from console.opportunity_forms import field_for_opportunity_error
from gateway.api.peer_groups.schemas import GroupSettingsIn
from matching.entrypoints.grpc_api import MatchingServicer
from pathways.v1 import common_pb2, matching_pb2
from pathways_runtime.identity import CallerIdentity, verified_caller_scope
from tests.unit.matching.service_ports import build_ports
from tests.unit.matching.test_grpc_errors import Aborted, FakeContext, _violation
from tests.unit.matching.test_handlers import _ready_survivor

OFFICER = CallerIdentity("u_officer", "org_ngo", "reintegration_officer")
EMPLOYER = CallerIdentity("u_employer", "org_cafe", "employer")


def _refused(call: str, request: object, caller: CallerIdentity) -> FakeContext:
    ports = build_ports()
    context = FakeContext()
    with contextlib.suppress(Aborted), verified_caller_scope(caller):
        getattr(MatchingServicer(ports), call)(request, context)
    assert context.code is grpc.StatusCode.INVALID_ARGUMENT
    return context


def test_a_review_date_before_the_assessment_is_refused_at_its_field() -> None:
    ports = build_ports()
    survivor = _ready_survivor(ports)
    context = FakeContext()
    request = matching_pb2.AssessReadinessRequest(
        survivor_id=survivor.survivor_id,
        stage=common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
    )
    request.review_due.FromDatetime(datetime(2020, 1, 1, tzinfo=UTC))
    with contextlib.suppress(Aborted), verified_caller_scope(OFFICER):
        MatchingServicer(ports).AssessReadiness(request, context)
    assert context.code is grpc.StatusCode.INVALID_ARGUMENT
    violation = _violation(context)
    assert list(violation.location) == ["review_due"]
    said = _said([violation], field_for_error)
    assert said == {"review_due": "The review date must be after today."}


def test_an_opportunity_without_a_place_nor_remote_is_refused_at_its_place() -> None:
    request = matching_pb2.PostOpportunityRequest(
        opportunity=matching_pb2.Opportunity(
            kind=matching_pb2.OPPORTUNITY_KIND_JOB,
            title="Office assistant",
            sector="office_admin",
            openings=3,
            minimum_age=18,
        ),
        request_id="r1",
    )
    violation = _violation(_refused("PostOpportunity", request, EMPLOYER))
    assert list(violation.location) == ["opportunity", "location"]
    # The gateway's route takes the request's `opportunity` as its body.
    gateway_said = matching_pb2.FieldViolation(location=["location"], message=violation.message)
    said = _said([gateway_said], field_for_opportunity_error, places={"location"})
    assert said == {
        "district": "Give the district where it takes place, or tick “Can be done from home”."
    }


def _said(
    violations: list[matching_pb2.FieldViolation],
    field_for: object,
    language: str = "en",
    places: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    errors = [{"loc": ["body", *v.location], "msg": v.message} for v in violations]
    return field_messages(
        errors,
        field_for=field_for,  # type: ignore[arg-type]
        t=Catalogs().for_language(language),
        vocabulary=None,
        sent={},
        places=places,
    )


def test_a_form_with_a_field_named_is_summed_up_as_fields_to_mend() -> None:
    assert messages.problem_summary("invalid-request", located=True) == (
        "Some fields need your attention."
    )
    assert messages.problem_summary("invalid-request", located=False) == (
        "This cannot be done now: a rule of Pathways does not allow it."
    )


@pytest.mark.parametrize("language", ["th", "km"])
def test_the_rules_are_said_in_the_readers_language(language: str) -> None:
    for msgid in (messages.REVIEW_AFTER_TODAY, messages.PLACE_OR_REMOTE):
        assert Catalogs().for_language(language).gettext(msgid) != msgid


def test_a_group_form_left_empty_says_what_each_field_needs() -> None:
    """Usability probe, session 36: no language ticked and no district read "Check this
    field." The refusals are the gateway's own schema's."""
    body = group_forms.group_settings_body(
        {"modality": "in_person", "country": "TH", "district": "", "min_size": "3",
         "max_size": "8", "focus": "any", "day": "1", "start": "18:00", "duration": "120"}
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        GroupSettingsIn.model_validate(body)
    errors = [
        {"loc": ["body", *map(str, e["loc"])], "msg": e["msg"]} for e in refused.value.errors()
    ]
    said = field_messages(
        errors, field_for=group_forms.field_for_group_error, t=Catalogs().for_language("en")
    )
    assert said["languages"] == "Choose at least one."
    assert said["district"] == "This is required."


def test_an_assessment_without_a_stage_asks_to_choose_one() -> None:
    errors = [
        {"loc": ["body", "stage"], "msg": "Input should be 'stabilising' or 'training_ready'"}
    ]
    said = field_messages(errors, field_for=field_for_error, t=Catalogs().for_language("km"))
    assert said["stage"] == Catalogs().for_language("km").gettext("Choose one from the list.")
