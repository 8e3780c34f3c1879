"""An in-memory matching service behind the gateway's ``MatchingClient`` port.

It keeps the rules the gateway relies on (the real service's access rules, versions,
shaping of match records for owners) so route tests and the authorisation matrix see the
same answers they would get over gRPC. It also records every caller identity it was sent.
"""

from __future__ import annotations

import hashlib
import itertools

import grpc

from gateway.clients.matching import MatchingClient
from pathways.v1 import common_pb2
from pathways.v1 import matching_pb2 as pb
from pathways_runtime.identity import CallerIdentity

OFFICER = "reintegration_officer"
OWNER_ROLE = {
    pb.OPPORTUNITY_KIND_JOB: "employer",
    pb.OPPORTUNITY_KIND_TRAINING: "training_provider",
}


class FakeRpcError(grpc.RpcError):
    def __init__(self, code: grpc.StatusCode, details: str) -> None:
        super().__init__(details)
        self._code = code
        self._details = details

    def code(self) -> grpc.StatusCode:
        return self._code

    def details(self) -> str:
        return self._details


def _fail(code: grpc.StatusCode, details: str) -> FakeRpcError:
    return FakeRpcError(code, details)


class FakeMatching(MatchingClient):
    #: The day of the fake's clock: a step recorded without a day happened on it.
    today = "2026-11-28"

    def __init__(self) -> None:
        self.survivors: dict[str, pb.Survivor] = {}
        self.opportunities: dict[str, pb.Opportunity] = {}
        self.matches: dict[str, pb.MatchRecord] = {}
        self.survivor_org_of_match: dict[str, str] = {}
        #: Organisations suspended (``SetOrganisationSuspension``), and every such call.
        self.suspended: set[str] = set()
        self.suspension_calls: list[tuple[str, bool]] = []
        self.callers: list[CallerIdentity] = []
        #: What every recommendations answer names as skills to record.
        self.skills_to_record: list[str] = []
        self.down = False
        self._ids = itertools.count(1)

    # -- seeding ------------------------------------------------------------------------

    def _id(self, prefix: str, seed: str = "") -> str:
        if seed:
            return f"{prefix}_{hashlib.sha256(seed.encode()).hexdigest()[:24]}"
        return f"{prefix}_{next(self._ids):024d}"

    def add_survivor(self, organisation_id: str, *, request_id: str = "") -> pb.Survivor:
        survivor_id = self._id("srv", f"{organisation_id}|{request_id}" if request_id else "")
        if survivor_id in self.survivors:
            return self.survivors[survivor_id]
        survivor = pb.Survivor(
            survivor_id=survivor_id,
            organisation_id=organisation_id,
            alias="P-" + survivor_id[-6:].upper(),
            profile=pb.SurvivorProfile(
                languages=[
                    common_pb2.LanguageSkill(language="th", level=common_pb2.LANGUAGE_LEVEL_NATIVE)
                ],
                age_band="25-34",
                interests="secret words of the survivor",
                residence=common_pb2.Place(country="TH", district="Bang Rak"),
            ),
            version=1,
        )
        self.survivors[survivor_id] = survivor
        return survivor

    def add_opportunity(
        self, organisation_id: str, *, kind: pb.OpportunityKind = pb.OPPORTUNITY_KIND_JOB
    ) -> pb.Opportunity:
        opportunity = pb.Opportunity(
            opportunity_id=self._id("opp"),
            organisation_id=organisation_id,
            kind=kind,
            title="Barista",
            sector="food_service",
            openings=2,
            minimum_age=18,
            remote=True,
            status=pb.OPPORTUNITY_STATUS_OPEN,
            version=1,
            material_revision=1,
            offer_revision=1,
        )
        self.opportunities[opportunity.opportunity_id] = opportunity
        return opportunity

    def add_match(
        self, survivor: pb.Survivor, opportunity: pb.Opportunity, *, accepted: bool = True
    ) -> pb.MatchRecord:
        record = pb.MatchRecord(
            match_id=self._id("m"),
            survivor_id=survivor.survivor_id,
            opportunity_id=opportunity.opportunity_id,
            opportunity_organisation_id=opportunity.organisation_id,
            kind=opportunity.kind,
            state=pb.MATCH_STATE_PROPOSED,
            score=0.8,
            reasons=[pb.MatchReason(code="PAY_AT_OR_ABOVE_GOAL", text="pays above your goal")],
            history=[pb.MatchTransition(state=pb.MATCH_STATE_PROPOSED, by="usr_x")],
            version=1,
            audit_subject=pb.AuditSubject(
                survivor_id=survivor.survivor_id,
                survivor_organisation_id=survivor.organisation_id,
            ),
        )
        if accepted:
            record.state = pb.MATCH_STATE_ACCEPTED
            record.history.add(state=pb.MATCH_STATE_ACCEPTED, by="usr_x")
            record.version = 2
        self.matches[record.match_id] = record
        self.survivor_org_of_match[record.match_id] = survivor.organisation_id
        return record

    # -- rules --------------------------------------------------------------------------

    def _enter(self, caller: CallerIdentity) -> None:
        if self.down:
            raise _fail(grpc.StatusCode.UNAVAILABLE, "connection refused")
        self.callers.append(caller)

    def _survivor(self, caller: CallerIdentity, survivor_id: str) -> pb.Survivor:
        if caller.role != OFFICER:
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not do this")
        survivor = self.survivors.get(survivor_id)
        if survivor is None or survivor.organisation_id != caller.organisation_id:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such survivor")
        return survivor

    def _owned(self, caller: CallerIdentity, opportunity_id: str) -> pb.Opportunity:
        opportunity = self.opportunities.get(opportunity_id)
        if opportunity is None:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such opportunity")
        if caller.role != OWNER_ROLE[opportunity.kind]:
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not do this")
        if opportunity.organisation_id != caller.organisation_id:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such opportunity")
        return opportunity

    def _match(self, caller: CallerIdentity, match_id: str) -> pb.MatchRecord:
        record = self.matches.get(match_id)
        if record is None:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such match")
        if caller.role == OFFICER:
            visible = self.survivor_org_of_match[match_id] == caller.organisation_id
        elif caller.role in OWNER_ROLE.values():
            visible = record.opportunity_organisation_id == caller.organisation_id and any(
                step.state == pb.MATCH_STATE_ACCEPTED for step in record.history
            )
        else:
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not see matches")
        if not visible:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such match")
        return record

    @staticmethod
    def _check_version(actual: int, expected: int) -> None:
        if expected and expected != actual:
            raise _fail(grpc.StatusCode.ABORTED, "stale version")

    @staticmethod
    def _shaped(record: pb.MatchRecord, caller: CallerIdentity) -> pb.MatchRecord:
        copy = pb.MatchRecord()
        copy.CopyFrom(record)
        if caller.role != OFFICER:
            copy.survivor_id = ""
            del copy.held_by[:]
            for step in copy.history:
                step.by = ""
                step.reason = ""
        return copy

    # -- the port -----------------------------------------------------------------------

    def register_survivor(
        self, request: pb.RegisterSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.Survivor:
        self._enter(caller)
        if caller.role != OFFICER:
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not do this")
        survivor = self.add_survivor(caller.organisation_id, request_id=request.request_id)
        survivor.profile.CopyFrom(request.profile)
        return survivor

    def get_survivor(
        self, request: pb.GetSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.Survivor:
        self._enter(caller)
        return self._survivor(caller, request.survivor_id)

    def update_survivor_profile(
        self, request: pb.UpdateSurvivorProfileRequest, *, caller: CallerIdentity
    ) -> pb.Survivor:
        self._enter(caller)
        survivor = self._survivor(caller, request.survivor_id)
        self._check_version(survivor.version, request.expected_version)
        survivor.profile.CopyFrom(request.profile)
        survivor.version += 1
        return survivor

    def assess_readiness(
        self, request: pb.AssessReadinessRequest, *, caller: CallerIdentity
    ) -> pb.Survivor:
        self._enter(caller)
        survivor = self._survivor(caller, request.survivor_id)
        self._check_version(survivor.version, request.expected_version)
        survivor.readiness.CopyFrom(
            pb.ReadinessAssessment(stage=request.stage, assessed_by=caller.user_id)
        )
        survivor.readiness.assessed_at.FromSeconds(1_740_000_000 + survivor.version)
        survivor.readiness_history.append(survivor.readiness)
        survivor.version += 1
        return survivor

    def set_consent(self, request: pb.SetConsentRequest, *, caller: CallerIdentity) -> pb.Survivor:
        self._enter(caller)
        survivor = self._survivor(caller, request.survivor_id)
        self._check_version(survivor.version, request.expected_version)
        kept = [c for c in survivor.consents if c.purpose != request.purpose]
        del survivor.consents[:]
        survivor.consents.extend(kept)
        survivor.consents.add(
            purpose=request.purpose, granted=request.granted, changed_by=caller.user_id
        )
        survivor.version += 1
        return survivor

    def erase_survivor(
        self, request: pb.EraseSurvivorRequest, *, caller: CallerIdentity
    ) -> pb.EraseSurvivorResponse:
        self._enter(caller)
        self._survivor(caller, request.survivor_id)
        del self.survivors[request.survivor_id]
        return pb.EraseSurvivorResponse()

    def post_opportunity(
        self, request: pb.PostOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity:
        self._enter(caller)
        if caller.role != OWNER_ROLE.get(request.opportunity.kind):
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not post this kind")
        opportunity = self.add_opportunity(caller.organisation_id, kind=request.opportunity.kind)
        kept = pb.Opportunity()
        kept.CopyFrom(request.opportunity)
        for name in (
            "opportunity_id",
            "organisation_id",
            "status",
            "version",
            "material_revision",
            "offer_revision",
        ):
            setattr(kept, name, getattr(opportunity, name))
        self.opportunities[opportunity.opportunity_id] = kept
        return kept

    def get_opportunity(
        self, request: pb.GetOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity:
        self._enter(caller)
        if caller.role == OFFICER:
            found = self.opportunities.get(request.opportunity_id)
            if found is None:
                raise _fail(grpc.StatusCode.NOT_FOUND, "no such opportunity")
            return found
        return self._owned(caller, request.opportunity_id)

    def update_opportunity(
        self, request: pb.UpdateOpportunityRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity:
        self._enter(caller)
        opportunity = self._owned(caller, request.opportunity.opportunity_id)
        self._check_version(opportunity.version, request.expected_version)
        opportunity.title = request.opportunity.title
        opportunity.version += 1
        return opportunity

    def set_opportunity_status(
        self, request: pb.SetOpportunityStatusRequest, *, caller: CallerIdentity
    ) -> pb.Opportunity:
        self._enter(caller)
        opportunity = self._owned(caller, request.opportunity_id)
        self._check_version(opportunity.version, request.expected_version)
        opportunity.status = request.status
        opportunity.version += 1
        return opportunity

    def set_organisation_suspension(
        self, request: pb.SetOrganisationSuspensionRequest, *, caller: CallerIdentity
    ) -> pb.SetOrganisationSuspensionResponse:
        self._enter(caller)
        if caller.role != "platform_admin":
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "platform administrators only")
        self.suspension_calls.append((request.organisation_id, request.suspended))
        changed = 0
        for opportunity in self.opportunities.values():
            if (
                opportunity.organisation_id == request.organisation_id
                and opportunity.suspended != request.suspended
            ):
                opportunity.suspended = request.suspended
                opportunity.version += 1
                changed += 1
        (self.suspended.add if request.suspended else self.suspended.discard)(
            request.organisation_id
        )
        return pb.SetOrganisationSuspensionResponse(opportunities_changed=changed)

    def list_opportunities(
        self, request: pb.ListOpportunitiesRequest, *, caller: CallerIdentity
    ) -> pb.ListOpportunitiesResponse:
        self._enter(caller)
        organisation_id = request.organisation_id or caller.organisation_id
        if caller.role != OFFICER and organisation_id != caller.organisation_id:
            return pb.ListOpportunitiesResponse()
        found = sorted(
            (o for o in self.opportunities.values() if o.organisation_id == organisation_id),
            key=lambda o: o.opportunity_id,
        )
        after = request.page.page_token
        found = [o for o in found if not after or o.opportunity_id > after]
        size = request.page.page_size or 50
        page = found[:size]
        token = page[-1].opportunity_id if len(found) > size else ""
        return pb.ListOpportunitiesResponse(opportunities=page, next_page_token=token)

    def get_matches(
        self, request: pb.GetMatchesRequest, *, caller: CallerIdentity
    ) -> pb.GetMatchesResponse:
        self._enter(caller)
        self._survivor(caller, request.survivor_id)
        response = pb.GetMatchesResponse(skills_to_record=self.skills_to_record)
        for opportunity in list(self.opportunities.values())[: request.top_k or 10]:
            response.matches.add(
                survivor_id=request.survivor_id,
                opportunity_id=opportunity.opportunity_id,
                kind=opportunity.kind,
                title=opportunity.title,
                score=0.7,
                breakdown=[
                    pb.ScoreComponent(name="interest_fit", value=0.9, weight=0.3),
                    pb.ScoreComponent(name="income_parity", value=0.5, weight=0.1, not_judged=True),
                ],
                reasons=[pb.MatchReason(code="SHARED_INTERESTS", text="shares your interests")],
            )
        return response

    def run_matching_round(
        self, request: pb.RunMatchingRoundRequest, *, caller: CallerIdentity
    ) -> pb.RunMatchingRoundResponse:
        self._enter(caller)
        if caller.role != OFFICER:
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not do this")
        for survivor_id in request.survivor_ids:
            self._survivor(caller, survivor_id)
        return pb.RunMatchingRoundResponse(unassigned_survivor_ids=list(request.survivor_ids))

    def propose_match(
        self, request: pb.ProposeMatchRequest, *, caller: CallerIdentity
    ) -> pb.MatchRecord:
        self._enter(caller)
        survivor = self._survivor(caller, request.survivor_id)
        opportunity = self.opportunities.get(request.opportunity_id)
        if opportunity is None:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such opportunity")
        return self.add_match(survivor, opportunity, accepted=False)

    def transition_match(
        self, request: pb.TransitionMatchRequest, *, caller: CallerIdentity
    ) -> pb.MatchRecord:
        self._enter(caller)
        record = self._match(caller, request.match_id)
        self._check_version(record.version, request.expected_version)
        if request.to_state == pb.MATCH_STATE_DECLINED and not request.reason.strip():
            raise _fail(grpc.StatusCode.INVALID_ARGUMENT, "a decline records the survivor's reason")
        record.state = request.to_state
        record.history.add(
            state=request.to_state,
            by=caller.user_id,
            reason=request.reason,
            occurred_on=request.occurred_on or self.today,
        )
        if request.HasField("wage"):
            record.wage.CopyFrom(request.wage)
        record.version += 1
        return self._shaped(record, caller)

    def get_match(self, request: pb.GetMatchRequest, *, caller: CallerIdentity) -> pb.MatchRecord:
        self._enter(caller)
        return self._shaped(self._match(caller, request.match_id), caller)

    def list_survivor_matches(
        self, request: pb.ListSurvivorMatchesRequest, *, caller: CallerIdentity
    ) -> pb.ListMatchRecordsResponse:
        self._enter(caller)
        self._survivor(caller, request.survivor_id)
        return pb.ListMatchRecordsResponse(
            matches=[m for m in self.matches.values() if m.survivor_id == request.survivor_id]
        )

    def get_shortlist(
        self, request: pb.GetShortlistRequest, *, caller: CallerIdentity
    ) -> pb.GetShortlistResponse:
        self._enter(caller)
        self._owned(caller, request.opportunity_id)
        response = pb.GetShortlistResponse()
        for record in self.matches.values():
            if record.opportunity_id != request.opportunity_id:
                continue
            if record.state != pb.MATCH_STATE_ACCEPTED:
                continue
            survivor = self.survivors[record.survivor_id]
            response.candidates.add(
                match_id=record.match_id,
                alias=survivor.alias,
                languages=survivor.profile.languages,
                skills=["customer_service"],
                interests=["food_service"],
                readiness=common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
                state=record.state,
                score=record.score,
                audit_subject=record.audit_subject,
            )
        return response

    def train_outcome_model(
        self, request: pb.TrainOutcomeModelRequest, *, caller: CallerIdentity
    ) -> pb.OutcomeModelReport:
        self._enter(caller)
        if caller.role != "platform_admin":
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not do this")
        return pb.OutcomeModelReport(version="v1", roc_auc=0.7, n_train=300, n_test=100)

    def get_outcome_model(
        self, request: pb.GetOutcomeModelRequest, *, caller: CallerIdentity
    ) -> pb.OutcomeModelReport:
        self._enter(caller)
        if caller.role != "platform_admin":
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not do this")
        return pb.OutcomeModelReport()

    def get_organisation_dashboard(
        self, request: pb.GetOrganisationDashboardRequest, *, caller: CallerIdentity
    ) -> pb.OrganisationDashboard:
        """Members of the organisation read their own, administrators any (as matching)."""
        self._enter(caller)
        if caller.role != "platform_admin" and caller.organisation_id != request.organisation_id:
            raise _fail(grpc.StatusCode.NOT_FOUND, "no such organisation")
        return pb.OrganisationDashboard(organisation_id=request.organisation_id, suppressed_below=5)

    def get_vocabulary(
        self, request: pb.GetVocabularyRequest, *, caller: CallerIdentity
    ) -> pb.Vocabulary:
        """Any authenticated caller; a two-concept vocabulary with one broader link."""
        self._enter(caller)
        vocabulary = pb.Vocabulary(version="v1", languages=["en", "th"])
        vocabulary.concepts.add(
            id="fishing",
            kind="interest",
            labels={"en": "Fishing", "th": "ประมง"},
            broader=["fishing_aquaculture"],
        )
        vocabulary.concepts.add(
            id="fishing_aquaculture",
            kind="sector",
            labels={"en": "Fishing and aquaculture"},
            narrower=["fishing"],
        )
        return vocabulary

    def list_survivors(
        self, request: pb.ListSurvivorsRequest, *, caller: CallerIdentity
    ) -> pb.ListSurvivorsResponse:
        """The caller's organisation's survivors in id order after the token (officers);
        filters by consent granted and by stage, as matching does."""
        self._enter(caller)
        if caller.role != OFFICER:
            raise _fail(grpc.StatusCode.PERMISSION_DENIED, "role may not do this")
        wanted_consents = set(request.consents)
        found = []
        for survivor_id in sorted(self.survivors):
            survivor = self.survivors[survivor_id]
            if survivor.organisation_id != caller.organisation_id:
                continue
            if survivor_id <= request.page.page_token:
                continue
            granted = {c.purpose for c in survivor.consents if c.granted}
            if not wanted_consents <= granted:
                continue
            if request.stage and survivor.readiness.stage != request.stage:
                continue
            if request.not_assessed and survivor.HasField("readiness"):
                continue
            found.append(survivor)
        size = request.page.page_size or 50
        page, more = found[:size], len(found) > size
        response = pb.ListSurvivorsResponse(
            next_page_token=page[-1].survivor_id if more and page else ""
        )
        for survivor in page:
            response.survivors.add(
                survivor_id=survivor.survivor_id,
                alias=survivor.alias,
                stage=survivor.readiness.stage,
                consents=sorted(c.purpose for c in survivor.consents if c.granted),
                version=survivor.version,
            )
        return response
