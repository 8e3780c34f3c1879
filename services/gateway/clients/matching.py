"""The matching service as the gateway sees it: a port, and its gRPC implementation.

Routes depend on :class:`MatchingClient` (a Protocol), so unit tests put an in-memory fake
behind it and the real process puts :class:`GrpcMatchingClient`. Every call names the
checked caller (``CallerIdentity``: the channel signs an assertion of it, which matching
verifies before checking the caller's rights again) and carries a deadline: an unanswered
call ends as DEADLINE_EXCEEDED, which the gateway answers as 503 instead of hanging a
worker thread.
"""

from __future__ import annotations

from typing import Any, Protocol

import grpc

from pathways.v1 import matching_pb2 as pb
from pathways.v1 import matching_pb2_grpc
from pathways_runtime.grpc_client import on_behalf_of
from pathways_runtime.identity import CallerIdentity

__all__ = ["GrpcMatchingClient", "MatchingClient"]


class _Unimplemented(grpc.RpcError):
    def code(self) -> grpc.StatusCode:
        return grpc.StatusCode.UNIMPLEMENTED

    def details(self) -> str:
        return "not implemented by this matching client"


class MatchingClient(Protocol):
    """One method per RPC of ``pathways.v1.MatchingService`` that the gateway uses.

    Errors are ``grpc.RpcError`` (fakes raise one too); ``api/grpc_problems.py`` maps them.
    """

    def register_survivor(
        self, request: pb.RegisterSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.Survivor: ...

    def get_survivor(
        self, request: pb.GetSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.Survivor: ...

    def update_survivor_profile(
        self, request: pb.UpdateSurvivorProfileRequest, *, caller: CallerIdentity
    ) -> pb.Survivor: ...

    def assess_readiness(
        self, request: pb.AssessReadinessRequest, *, caller: CallerIdentity
    ) -> pb.Survivor: ...

    def set_consent(
        self, request: pb.SetConsentRequest, *, caller: CallerIdentity
    ) -> pb.Survivor: ...

    def erase_survivor(
        self, request: pb.EraseSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.EraseSurvivorResponse: ...

    def post_opportunity(
        self, request: pb.PostOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity: ...

    def get_opportunity(
        self, request: pb.GetOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity: ...

    def update_opportunity(
        self, request: pb.UpdateOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity: ...

    def set_opportunity_status(
        self, request: pb.SetOpportunityStatusRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity: ...

    def list_opportunities(
        self, request: pb.ListOpportunitiesRequest, *, caller: CallerIdentity
    ) -> pb.ListOpportunitiesResponse: ...

    def set_organisation_suspension(
        self, request: pb.SetOrganisationSuspensionRequest, *, caller: CallerIdentity
    ) -> pb.SetOrganisationSuspensionResponse: ...

    def get_matches(
        self, request: pb.GetMatchesRequest, *, caller: CallerIdentity
    ) -> pb.GetMatchesResponse: ...

    def list_survivors(
        self, request: pb.ListSurvivorsRequest, *, caller: CallerIdentity
    ) -> pb.ListSurvivorsResponse: ...

    def get_vocabulary(
        self, request: pb.GetVocabularyRequest, *, caller: CallerIdentity
    ) -> pb.Vocabulary: ...

    def run_matching_round(
        self, request: pb.RunMatchingRoundRequest, *, caller: CallerIdentity
    ) -> pb.RunMatchingRoundResponse: ...

    def propose_match(
        self, request: pb.ProposeMatchRequest, *, caller: CallerIdentity
    ) -> pb.MatchRecord: ...

    def transition_match(
        self, request: pb.TransitionMatchRequest, *, caller: CallerIdentity
    ) -> pb.MatchRecord: ...

    def get_match(
        self, request: pb.GetMatchRequest, *, caller: CallerIdentity
    ) -> pb.MatchRecord: ...

    def list_survivor_matches(
        self, request: pb.ListSurvivorMatchesRequest, *, caller: CallerIdentity
    ) -> pb.ListMatchRecordsResponse: ...

    def get_shortlist(
        self, request: pb.GetShortlistRequest, *, caller: CallerIdentity
    ) -> pb.GetShortlistResponse: ...

    def train_outcome_model(
        self, request: pb.TrainOutcomeModelRequest, *, caller: CallerIdentity
    ) -> pb.OutcomeModelReport: ...

    def get_outcome_model(
        self, request: pb.GetOutcomeModelRequest, *, caller: CallerIdentity
    ) -> pb.OutcomeModelReport: ...

    def get_organisation_dashboard(
        self, request: pb.GetOrganisationDashboardRequest, *, caller: CallerIdentity
    ) -> pb.OrganisationDashboard:
        """Not abstract, so in-memory fakes written before it keep working (they answer
        UNIMPLEMENTED, as an older matching would)."""
        raise _Unimplemented


class GrpcMatchingClient:
    """:class:`MatchingClient` over a channel; building it does no I/O.

    The deadline is passed on every call, not only left to the channel's default, so it
    holds whatever channel a caller hands in.
    """

    def __init__(self, channel: grpc.Channel, *, timeout_s: float) -> None:
        if timeout_s <= 0:
            raise ValueError("a deadline must be positive")
        self._stub = matching_pb2_grpc.MatchingServiceStub(channel)
        self._timeout_s = timeout_s

    def _call(self, method: str, request: Any, caller: CallerIdentity) -> Any:
        # The channel's CallerAssertionInterceptor signs `caller` into the call: a channel
        # without one sends no identity, and the service refuses the call.
        with on_behalf_of(caller):
            return getattr(self._stub, method)(request, timeout=self._timeout_s)

    def register_survivor(
        self, request: pb.RegisterSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.Survivor:
        result: pb.Survivor = self._call("RegisterSurvivor", request, caller)
        return result

    def get_survivor(
        self, request: pb.GetSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.Survivor:
        result: pb.Survivor = self._call("GetSurvivor", request, caller)
        return result

    def update_survivor_profile(
        self, request: pb.UpdateSurvivorProfileRequest, *, caller: CallerIdentity
    ) -> pb.Survivor:
        result: pb.Survivor = self._call("UpdateSurvivorProfile", request, caller)
        return result

    def assess_readiness(
        self, request: pb.AssessReadinessRequest, *, caller: CallerIdentity
    ) -> pb.Survivor:
        result: pb.Survivor = self._call("AssessReadiness", request, caller)
        return result

    def set_consent(self, request: pb.SetConsentRequest, *, caller: CallerIdentity) -> pb.Survivor:
        result: pb.Survivor = self._call("SetConsent", request, caller)
        return result

    def erase_survivor(
        self, request: pb.EraseSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.EraseSurvivorResponse:
        result: pb.EraseSurvivorResponse = self._call("EraseSurvivor", request, caller)
        return result

    def post_opportunity(
        self, request: pb.PostOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity:
        result: pb.Opportunity = self._call("PostOpportunity", request, caller)
        return result

    def get_opportunity(
        self, request: pb.GetOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity:
        result: pb.Opportunity = self._call("GetOpportunity", request, caller)
        return result

    def update_opportunity(
        self, request: pb.UpdateOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity:
        result: pb.Opportunity = self._call("UpdateOpportunity", request, caller)
        return result

    def set_opportunity_status(
        self, request: pb.SetOpportunityStatusRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity:
        result: pb.Opportunity = self._call("SetOpportunityStatus", request, caller)
        return result

    def set_organisation_suspension(
        self, request: pb.SetOrganisationSuspensionRequest, *, caller: CallerIdentity
    ) -> pb.SetOrganisationSuspensionResponse:
        result: pb.SetOrganisationSuspensionResponse = self._call(
            "SetOrganisationSuspension", request, caller
        )
        return result

    def list_opportunities(
        self, request: pb.ListOpportunitiesRequest, *, caller: CallerIdentity
    ) -> pb.ListOpportunitiesResponse:
        result: pb.ListOpportunitiesResponse = self._call("ListOpportunities", request, caller)
        return result

    def get_matches(
        self, request: pb.GetMatchesRequest, *, caller: CallerIdentity
    ) -> pb.GetMatchesResponse:
        result: pb.GetMatchesResponse = self._call("GetMatches", request, caller)
        return result

    def list_survivors(
        self, request: pb.ListSurvivorsRequest, *, caller: CallerIdentity
    ) -> pb.ListSurvivorsResponse:
        result: pb.ListSurvivorsResponse = self._call("ListSurvivors", request, caller)
        return result

    def get_vocabulary(
        self, request: pb.GetVocabularyRequest, *, caller: CallerIdentity
    ) -> pb.Vocabulary:
        result: pb.Vocabulary = self._call("GetVocabulary", request, caller)
        return result

    def run_matching_round(
        self, request: pb.RunMatchingRoundRequest, *, caller: CallerIdentity
    ) -> pb.RunMatchingRoundResponse:
        result: pb.RunMatchingRoundResponse = self._call("RunMatchingRound", request, caller)
        return result

    def propose_match(
        self, request: pb.ProposeMatchRequest, *, caller: CallerIdentity
    ) -> pb.MatchRecord:
        result: pb.MatchRecord = self._call("ProposeMatch", request, caller)
        return result

    def transition_match(
        self, request: pb.TransitionMatchRequest, *, caller: CallerIdentity
    ) -> pb.MatchRecord:
        result: pb.MatchRecord = self._call("TransitionMatch", request, caller)
        return result

    def get_match(self, request: pb.GetMatchRequest, *, caller: CallerIdentity) -> pb.MatchRecord:
        result: pb.MatchRecord = self._call("GetMatch", request, caller)
        return result

    def list_survivor_matches(
        self, request: pb.ListSurvivorMatchesRequest, *, caller: CallerIdentity
    ) -> pb.ListMatchRecordsResponse:
        result: pb.ListMatchRecordsResponse = self._call("ListSurvivorMatches", request, caller)
        return result

    def get_shortlist(
        self, request: pb.GetShortlistRequest, *, caller: CallerIdentity
    ) -> pb.GetShortlistResponse:
        result: pb.GetShortlistResponse = self._call("GetShortlist", request, caller)
        return result

    def train_outcome_model(
        self, request: pb.TrainOutcomeModelRequest, *, caller: CallerIdentity
    ) -> pb.OutcomeModelReport:
        result: pb.OutcomeModelReport = self._call("TrainOutcomeModel", request, caller)
        return result

    def get_outcome_model(
        self, request: pb.GetOutcomeModelRequest, *, caller: CallerIdentity
    ) -> pb.OutcomeModelReport:
        result: pb.OutcomeModelReport = self._call("GetOutcomeModel", request, caller)
        return result

    def get_organisation_dashboard(
        self, request: pb.GetOrganisationDashboardRequest, *, caller: CallerIdentity
    ) -> pb.OrganisationDashboard:
        result: pb.OrganisationDashboard = self._call("GetOrganisationDashboard", request, caller)
        return result
