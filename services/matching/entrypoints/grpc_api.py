"""gRPC entrypoint of matching: parse, run the command or query, map the result or error.

Nothing else happens here. The caller's identity comes from the assertion the gateway
signed, verified by the server before any method runs; the service layer checks it.
Errors map once: domain errors to gRPC status codes, with messages that carry ids and rule
codes only, never personal data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import grpc

from matching.adapters.proto_mapping import (
    CONSENT,
    KIND,
    LEVEL,
    MATCH_STATE,
    OPPORTUNITY_STATUS,
    READINESS,
    day_from_proto,
    details_from_proto,
    enum_from_proto,
    match_to_proto,
    money_from_proto,
    opportunity_to_proto,
    profile_from_proto,
    survivor_to_proto,
    timestamp,
    timestamp_from_proto,
    vocabulary_to_proto,
)
from matching.domain import errors
from matching.domain.access import Caller, Role
from matching.domain.dashboard import SUPPRESS_BELOW, Dashboard, Figure, RetentionDue
from matching.domain.match import Match
from matching.domain.opportunity import OpportunityDetails
from matching.domain.outcome_model import OutcomeModel
from matching.domain.rounds import MatchingRoundError
from matching.service_layer import commands, queries
from matching.service_layer.concept_checks import check_concepts
from matching.service_layer.dashboard_queries import get_organisation_dashboard
from matching.service_layer.handlers import Ports, handle, propose_assignments
from matching.service_layer.refusals import LocatedRefusal
from pathways.v1 import common_pb2, matching_pb2, matching_pb2_grpc
from pathways_runtime.grpc_errors import RpcContext, StatusMap, rpc_method
from pathways_runtime.identity import verified_caller
from pathways_runtime.log import get_logger

__all__ = ["SERVICE_NAME", "MatchingServicer", "register"]

SERVICE_NAME = matching_pb2.DESCRIPTOR.services_by_name["MatchingService"].full_name
#: Trailing metadata that carries a refusal's FieldViolations (see matching.proto).
FIELD_VIOLATIONS_KEY = "pathways-field-violations-bin"

_log = get_logger(__name__)

_STATUS: StatusMap = {
    errors.NotFound: grpc.StatusCode.NOT_FOUND,
    errors.InvalidInput: grpc.StatusCode.INVALID_ARGUMENT,
    errors.AlreadyExists: grpc.StatusCode.ALREADY_EXISTS,
    errors.StaleVersion: grpc.StatusCode.ABORTED,
    errors.Forbidden: grpc.StatusCode.PERMISSION_DENIED,
    errors.NotAllowedNow: grpc.StatusCode.FAILED_PRECONDITION,
    MatchingRoundError: grpc.StatusCode.INVALID_ARGUMENT,
}


def _caller() -> Caller:
    """The caller of the call being served, as verified from the gateway's signed assertion
    (``pathways_runtime.grpc_server.CallerAuthentication``); never from plain metadata."""
    identity = verified_caller()
    try:
        role = Role(identity.role)
    except ValueError as error:
        raise errors.Forbidden("unknown role") from error
    return Caller(user_id=identity.user_id, organisation_id=identity.organisation_id, role=role)


def _located(error: BaseException) -> list[tuple[str, bytes]]:
    """A refusal's field locations, as trailing metadata (see matching.proto)."""
    if isinstance(error, LocatedRefusal):
        violations = [
            matching_pb2.FieldViolation(
                location=list(v.location),
                message=v.message,
                suggestions=list(v.suggestions),
                code=v.code,
            )
            for v in error.violations
        ]
    elif isinstance(error, errors.FieldInvalid):
        violations = [matching_pb2.FieldViolation(location=list(error.field), message=str(error))]
    elif isinstance(error, errors.StepDateRefused):
        violations = [
            matching_pb2.FieldViolation(
                location=[error.field],
                message=str(error),
                suggestions=[error.nearest.isoformat()] if error.nearest is not None else [],
                code=str(error.rule),
            )
        ]
    else:
        return []
    located = matching_pb2.FieldViolations(violations=violations)
    return [(FIELD_VIOLATIONS_KEY, located.SerializeToString())]


#: Domain errors to statuses (a LocatedRefusal and StepDateRefused name their fields).
_rpc = rpc_method(caller=_caller, statuses=_STATUS, trailers=_located)


def _survivor_tags(request: Any) -> dict[tuple[str, ...], Any]:
    profile = request.profile
    return {
        ("profile", "interest_tags"): profile.interest_tags,
        ("profile", "skills"): profile.skills,
        ("profile", "skills_wanted"): profile.skills_wanted,
        ("profile", "sectors_to_avoid"): profile.sectors_to_avoid,
    }


def _opportunity_details(message: matching_pb2.Opportunity) -> OpportunityDetails:
    """The details a request's ``opportunity`` holds; a field they refuse is located in
    the request, under ``opportunity``."""
    try:
        return details_from_proto(message)
    except errors.FieldInvalid as error:
        raise errors.FieldInvalid(str(error), field=("opportunity", *error.field)) from error


class MatchingServicer(matching_pb2_grpc.MatchingServiceServicer):
    def __init__(self, ports: Ports) -> None:
        self._ports = ports
        self._vocabulary_message: matching_pb2.Vocabulary | None = None

    def _check_survivor_tags(self, request: Any) -> None:
        if self._ports.vocabulary is not None:
            check_concepts(self._ports.vocabulary, lists=_survivor_tags(request))

    def _check_opportunity_tags(self, request: Any) -> None:
        if self._ports.vocabulary is None:
            return
        opportunity = request.opportunity
        check_concepts(
            self._ports.vocabulary,
            lists={
                ("opportunity", "skills_required"): opportunity.skills_required,
                ("opportunity", "skills_taught"): opportunity.skills_taught,
            },
            singles={("opportunity", "sector"): opportunity.sector},
        )

    # -- survivors --------------------------------------------------------------------

    @_rpc
    def RegisterSurvivor(
        self,
        request: matching_pb2.RegisterSurvivorRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Survivor:
        self._check_survivor_tags(request)
        survivor = handle(
            commands.RegisterSurvivor(
                caller=caller,
                profile=profile_from_proto(request.profile),
                request_id=request.request_id,
            ),
            self._ports,
        )
        return survivor_to_proto(survivor)

    @_rpc
    def GetSurvivor(
        self,
        request: matching_pb2.GetSurvivorRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Survivor:
        return survivor_to_proto(queries.get_survivor(caller, request.survivor_id, self._ports))

    @_rpc
    def UpdateSurvivorProfile(
        self,
        request: matching_pb2.UpdateSurvivorProfileRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Survivor:
        self._check_survivor_tags(request)
        survivor = handle(
            commands.UpdateSurvivorProfile(
                caller=caller,
                survivor_id=request.survivor_id,
                profile=profile_from_proto(request.profile),
                expected_version=request.expected_version,
            ),
            self._ports,
        )
        return survivor_to_proto(survivor)

    @_rpc
    def AssessReadiness(
        self,
        request: matching_pb2.AssessReadinessRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Survivor:
        survivor = handle(
            commands.AssessReadiness(
                caller=caller,
                survivor_id=request.survivor_id,
                stage=enum_from_proto(READINESS, request.stage, what="readiness stage"),
                review_due=timestamp_from_proto(request.review_due),
                expected_version=request.expected_version,
            ),
            self._ports,
        )
        return survivor_to_proto(survivor)

    @_rpc
    def SetConsent(
        self, request: matching_pb2.SetConsentRequest, context: RpcContext, caller: Caller
    ) -> matching_pb2.Survivor:
        survivor = handle(
            commands.SetConsent(
                caller=caller,
                survivor_id=request.survivor_id,
                purpose=enum_from_proto(CONSENT, request.purpose, what="consent purpose"),
                granted=request.granted,
                expected_version=request.expected_version,
            ),
            self._ports,
        )
        return survivor_to_proto(survivor)

    @_rpc
    def ListSurvivors(
        self,
        request: matching_pb2.ListSurvivorsRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.ListSurvivorsResponse:
        wanted = queries.CaseloadFilter(
            stage=(
                None
                if request.stage == common_pb2.READINESS_STAGE_UNSPECIFIED
                else enum_from_proto(READINESS, request.stage, what="readiness stage")
            ),
            not_assessed=request.not_assessed,
            consents=frozenset(
                enum_from_proto(CONSENT, c, what="consent purpose") for c in request.consents
            ),
            updated_since=timestamp_from_proto(request.updated_since),
        )
        found, token = queries.list_survivors(
            caller,
            page_size=request.page.page_size,
            page_token=request.page.page_token,
            wanted=wanted,
            ports=self._ports,
        )
        response = matching_pb2.ListSurvivorsResponse(next_page_token=token)
        for survivor, updated_at in found:
            line = response.survivors.add(
                survivor_id=survivor.survivor_id,
                alias=survivor.alias,
                consents=sorted(CONSENT[p] for p in CONSENT if survivor.has_consent(p)),
                version=survivor.version,
            )
            current = survivor.readiness
            if current is not None:
                line.stage = READINESS[current.stage]
                if current.review_due is not None:
                    line.review_due.CopyFrom(timestamp(current.review_due))
            if updated_at is not None:
                line.updated_at.CopyFrom(timestamp(updated_at))
        return response

    @_rpc
    def EraseSurvivor(
        self,
        request: matching_pb2.EraseSurvivorRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.EraseSurvivorResponse:
        handle(commands.EraseSurvivor(caller=caller, survivor_id=request.survivor_id), self._ports)
        return matching_pb2.EraseSurvivorResponse()

    # -- opportunities ----------------------------------------------------------------

    @_rpc
    def PostOpportunity(
        self,
        request: matching_pb2.PostOpportunityRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Opportunity:
        self._check_opportunity_tags(request)
        opportunity = handle(
            commands.PostOpportunity(
                caller=caller,
                details=_opportunity_details(request.opportunity),
                request_id=request.request_id,
            ),
            self._ports,
        )
        return opportunity_to_proto(opportunity)

    @_rpc
    def GetOpportunity(
        self,
        request: matching_pb2.GetOpportunityRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Opportunity:
        return opportunity_to_proto(
            queries.get_opportunity(caller, request.opportunity_id, self._ports)
        )

    @_rpc
    def UpdateOpportunity(
        self,
        request: matching_pb2.UpdateOpportunityRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Opportunity:
        self._check_opportunity_tags(request)
        opportunity = handle(
            commands.UpdateOpportunity(
                caller=caller,
                opportunity_id=request.opportunity.opportunity_id,
                details=_opportunity_details(request.opportunity),
                expected_version=request.expected_version,
            ),
            self._ports,
        )
        return opportunity_to_proto(opportunity)

    @_rpc
    def SetOpportunityStatus(
        self,
        request: matching_pb2.SetOpportunityStatusRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Opportunity:
        opportunity = handle(
            commands.SetOpportunityStatus(
                caller=caller,
                opportunity_id=request.opportunity_id,
                status=enum_from_proto(OPPORTUNITY_STATUS, request.status, what="status"),
                expected_version=request.expected_version,
            ),
            self._ports,
        )
        return opportunity_to_proto(opportunity)

    @_rpc
    def SetOrganisationSuspension(
        self,
        request: matching_pb2.SetOrganisationSuspensionRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.SetOrganisationSuspensionResponse:
        changed = handle(
            commands.SetOrganisationSuspension(
                caller=caller,
                organisation_id=request.organisation_id,
                suspended=request.suspended,
            ),
            self._ports,
        )
        return matching_pb2.SetOrganisationSuspensionResponse(opportunities_changed=changed)

    @_rpc
    def ListOpportunities(
        self,
        request: matching_pb2.ListOpportunitiesRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.ListOpportunitiesResponse:
        found, token = queries.list_opportunities(
            caller,
            request.organisation_id,
            page_size=request.page.page_size,
            page_token=request.page.page_token,
            ports=self._ports,
        )
        return matching_pb2.ListOpportunitiesResponse(
            opportunities=[opportunity_to_proto(o) for o in found], next_page_token=token
        )

    # -- matches ----------------------------------------------------------------------

    @_rpc
    def GetMatches(
        self, request: matching_pb2.GetMatchesRequest, context: RpcContext, caller: Caller
    ) -> matching_pb2.GetMatchesResponse:
        kind = (
            None
            if request.kind == matching_pb2.OPPORTUNITY_KIND_UNSPECIFIED
            else enum_from_proto(KIND, request.kind, what="kind")
        )
        found = queries.get_recommendations(
            caller, request.survivor_id, top_k=request.top_k, kind=kind, ports=self._ports
        )
        weights = self._ports.weights.as_dict()
        response = matching_pb2.GetMatchesResponse(
            not_offered_because=[
                matching_pb2.NotOfferedReason(code=r.code, text=r.text, count=r.count)
                for r in found.not_offered_because
            ],
            skills_to_record=sorted(found.skills_to_record),
        )
        for suggestion in found.suggestions:
            opportunity, scored = suggestion.opportunity, suggestion.scored
            response.matches.add(
                survivor_id=request.survivor_id,
                opportunity_id=opportunity.opportunity_id,
                kind=KIND[opportunity.details.kind],
                title=opportunity.details.title,
                score=scored.total,
                breakdown=[
                    matching_pb2.ScoreComponent(
                        name=name,
                        value=value,
                        weight=weights[name],
                        not_judged=name in scored.components.unjudged,
                    )
                    for name, value in scored.components.as_dict().items()
                ],
                reasons=[
                    matching_pb2.MatchReason(code=r.code, text=r.text) for r in scored.reasons
                ],
                missing_skills=sorted(scored.missing_skills),
                pathways=[
                    matching_pb2.PathwaySuggestion(
                        training_opportunity_id=p.training.opportunity_id,
                        training_title=p.training.details.title,
                        skills_closed=sorted(p.skills_closed),
                        leads_to_opportunity_ids=list(p.leads_to),
                    )
                    for p in suggestion.pathways
                ],
                predicted_success=suggestion.predicted_success or 0.0,
                has_predicted_success=suggestion.predicted_success is not None,
            )
        return response

    @_rpc
    def RunMatchingRound(
        self,
        request: matching_pb2.RunMatchingRoundRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.RunMatchingRoundResponse:
        result = queries.run_round(
            caller,
            list(request.survivor_ids),
            overbooking=request.overbooking,
            candidates_per_survivor=request.candidates_per_survivor,
            ports=self._ports,
        )
        fits = result.optimal.proposals
        response = matching_pb2.RunMatchingRoundResponse(
            optimal_total_fit=result.optimal.total_fit,
            greedy_total_fit=result.greedy.total_fit,
            greedy_assigned=result.greedy.assigned_count,
            unassigned_survivor_ids=sorted(result.optimal.unassigned),
        )
        for survivor_id, opportunity_id in fits.items():
            response.optimal.add(survivor_id=survivor_id, opportunity_id=opportunity_id)
        if request.propose:
            propose_assignments(caller, fits, self._ports)
        return response

    @_rpc
    def ProposeMatch(
        self,
        request: matching_pb2.ProposeMatchRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.MatchRecord:
        match = handle(
            commands.ProposeMatch(
                caller=caller,
                survivor_id=request.survivor_id,
                opportunity_id=request.opportunity_id,
            ),
            self._ports,
        )
        return self._record_for(match, caller)

    @_rpc
    def TransitionMatch(
        self,
        request: matching_pb2.TransitionMatchRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.MatchRecord:
        match = handle(
            commands.TransitionMatch(
                caller=caller,
                match_id=request.match_id,
                to_state=enum_from_proto(MATCH_STATE, request.to_state, what="match state"),
                reason=request.reason,
                wage=money_from_proto(request.wage) if request.HasField("wage") else None,
                expected_version=request.expected_version,
                occurred_on=day_from_proto(request.occurred_on),
            ),
            self._ports,
        )
        return self._record_for(match, caller)

    @_rpc
    def GetMatch(
        self, request: matching_pb2.GetMatchRequest, context: RpcContext, caller: Caller
    ) -> matching_pb2.MatchRecord:
        match = queries.get_match(caller, request.match_id, self._ports)
        return self._record_for(match, caller)

    def _record_for(self, match: Match, caller: Caller) -> matching_pb2.MatchRecord:
        """The record shaped for the caller's role; for officers, with what holds it now."""
        held = queries.match_holds(caller, [match], self._ports)
        return _shape_match(match_to_proto(match, held_by=held.get(match.match_id, ())), caller)

    @_rpc
    def ListSurvivorMatches(
        self,
        request: matching_pb2.ListSurvivorMatchesRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.ListMatchRecordsResponse:
        found = queries.list_survivor_matches(caller, request.survivor_id, self._ports)
        held = queries.match_holds(caller, found, self._ports, all_of_survivor=True)
        return matching_pb2.ListMatchRecordsResponse(
            matches=[match_to_proto(m, held_by=held.get(m.match_id, ())) for m in found]
        )

    @_rpc
    def GetShortlist(
        self,
        request: matching_pb2.GetShortlistRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.GetShortlistResponse:
        cards = queries.get_shortlist(caller, request.opportunity_id, self._ports)
        vocabulary = self._ports.vocabulary
        language = request.language or "en"

        def labels(ids: Sequence[str]) -> list[str]:
            # Only concept ids reach a card (queries.get_shortlist), so each has a label.
            return [vocabulary.label(i, language) for i in ids] if vocabulary else []

        response = matching_pb2.GetShortlistResponse()
        for card in cards:
            response.candidates.add(
                match_id=card.match_id,
                alias=card.alias,
                languages=[
                    common_pb2.LanguageSkill(language=s.language, level=LEVEL[s.level])
                    for s in card.languages
                ],
                skills=labels(card.skills),
                interests=labels(card.interests),
                skill_ids=list(card.skills),
                interest_ids=list(card.interests),
                readiness=READINESS[card.readiness],
                state=MATCH_STATE[card.state],
                score=card.score,
                audit_subject=matching_pb2.AuditSubject(
                    survivor_id=card.survivor_id,
                    survivor_organisation_id=card.survivor_organisation_id,
                ),
            )
        return response

    @_rpc
    def TrainOutcomeModel(
        self,
        request: matching_pb2.TrainOutcomeModelRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.OutcomeModelReport:
        model = handle(
            commands.TrainOutcomeModel(
                caller=caller, min_examples=request.min_examples, seed=request.seed or 7
            ),
            self._ports,
        )
        if model is None:
            raise errors.NotAllowedNow("not enough known outcomes to learn from yet")
        return _model_report(model)

    @_rpc
    def GetOutcomeModel(
        self,
        request: matching_pb2.GetOutcomeModelRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.OutcomeModelReport:
        return _model_report(queries.get_outcome_model(caller, self._ports))

    @_rpc
    def GetOrganisationDashboard(
        self,
        request: matching_pb2.GetOrganisationDashboardRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.OrganisationDashboard:
        found = get_organisation_dashboard(caller, request.organisation_id, self._ports)
        return _dashboard_to_proto(found)

    @_rpc
    def GetVocabulary(
        self,
        request: matching_pb2.GetVocabularyRequest,
        context: RpcContext,
        caller: Caller,
    ) -> matching_pb2.Vocabulary:
        """Any authenticated caller: concepts and labels, no personal data. Built once (the
        vocabulary is fixed for the life of the process)."""
        del caller
        if self._ports.vocabulary is None:
            raise errors.NotAllowedNow("no vocabulary is loaded")
        if self._vocabulary_message is None:
            self._vocabulary_message = vocabulary_to_proto(self._ports.vocabulary)
        return self._vocabulary_message


def _count(figure: Figure, due: RetentionDue | None = None) -> matching_pb2.DashboardCount:
    found = matching_pb2.DashboardCount(
        code=figure.code, count=figure.count or 0, suppressed=figure.suppressed
    )
    if due is not None:
        found.due.CopyFrom(
            matching_pb2.DueHires(
                count=due.hires.count or 0,
                suppressed=due.hires.suppressed,
                days=due.days,
                hired_by=due.hired_by.isoformat(),
            )
        )
    return found


def _dashboard_to_proto(found: Dashboard) -> matching_pb2.OrganisationDashboard:
    due = {d.code: d for d in found.retention_due}
    return matching_pb2.OrganisationDashboard(
        organisation_id=found.organisation_id,
        readiness=[_count(f) for f in found.readiness],
        moved_up=_count(found.moved_up),
        moved_up_since=timestamp(found.moved_up_since),
        outcomes=[_count(f, due.get(f.code)) for f in found.outcomes],
        income=[_count(f) for f in found.income],
        suppressed_below=SUPPRESS_BELOW,
    )


def _model_report(model: OutcomeModel | None) -> matching_pb2.OutcomeModelReport:
    if model is None:
        return matching_pb2.OutcomeModelReport()
    metrics = model.metrics
    return matching_pb2.OutcomeModelReport(
        version=model.version,
        roc_auc=metrics.roc_auc,
        brier=metrics.brier,
        expected_calibration_error=metrics.expected_calibration_error,
        n_train=metrics.n_train,
        n_test=metrics.n_test,
        positive_rate=metrics.positive_rate,
        reliability=[
            matching_pb2.ReliabilityBin(
                lower=b.lower,
                upper=b.upper,
                mean_predicted=b.mean_predicted,
                observed_rate=b.observed_rate,
                count=b.count,
            )
            for b in metrics.reliability
        ],
        features=list(model.feature_names),
    )


def _shape_match(record: matching_pb2.MatchRecord, caller: Caller) -> matching_pb2.MatchRecord:
    """Employers and providers never see the survivor's id, who did what when, nor the
    reasons (written for the survivor: they can quote their goals)."""
    if caller.role is Role.REINTEGRATION_OFFICER:
        return record
    record.survivor_id = ""
    del record.held_by[:]
    del record.reasons[:]
    for step in record.history:
        step.by = ""
        step.reason = ""
    return record


def register(servicer: MatchingServicer) -> Callable[[grpc.Server], Sequence[str]]:
    def add(server: grpc.Server) -> Sequence[str]:
        matching_pb2_grpc.add_MatchingServiceServicer_to_server(servicer, server)
        return (SERVICE_NAME,)

    return add
