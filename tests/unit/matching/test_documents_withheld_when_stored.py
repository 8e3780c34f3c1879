"""A job stored before the vocabulary could read that its employer keeps workers' papers is
offered to no one once it can, and none of its matches moves forward, until its text changes.

Since session 30 such a text is refused when posted or changed (``test_documents_withheld``),
but a job stored before that rule, or before a term that reads it in another language, was
still offered: the refusal only looks at new text. Keeping a worker's identity documents is
one of the ILO's indicators of forced labour, so the expected values come from that rule: the
job reaches no survivor, whatever their profile; an owner sees why; an officer can still
record a decline or end a match; a text rewritten without it is offered again. A job whose
text says a worker pays to get it (``test_fee_charged``) is stored, offered and counted the
same way, and is checked beside it here. The phrases are written for this test.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import pytest

from matching.adapters.documents import details_from_document, details_to_document
from matching.adapters.proto_mapping import opportunity_from_proto, opportunity_to_proto
from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.errors import NotAllowedNow, NotFound
from matching.domain.left_out import count_left_out
from matching.domain.match import MatchState
from matching.domain.opportunity import Opportunity, with_conditions_said
from matching.domain.rules import Violation, violations
from matching.domain.survivor import Survivor
from matching.domain.values import OpportunityKind, Workplace
from matching.domain.vocabulary import Vocabulary
from matching.service_layer import commands, queries
from matching.service_layer.handlers import handle
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.strategies import ready_survivor
from tests.unit.matching.test_handlers import EMPLOYER, OFFICER, _details, _ready_survivor
from tests.unit.matching.test_minors_never_offered_hazardous_work import offered, posted
from tests.unit.matching.test_rules_hold_after_proposal import _proposed

#: Said as an employer would, in four of the seven languages.
PAPERS_KEPT = [
    "Factory packer. For your safety the company keeps your passport until the contract ends.",
    "พนักงานแพ็คของ บริษัทจะเก็บพาสปอร์ตไว้ให้ตลอดสัญญา",
    "Công nhân đóng gói, công ty sẽ giữ hộ chiếu của bạn trong thời gian làm việc.",
    "包装工，入职后护照由公司统一保管。",
]


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def _with_vocabulary() -> FakePorts:
    return replace(build_ports(), vocabulary=vocabulary(), concepts_in=vocabulary().concepts_in)


def _everyone_open() -> list[Survivor]:
    """Adults with every door open: any place, remote or not, across borders."""
    return [
        ready_survivor(),
        ready_survivor(open_to_cross_border=True, remote_ok=True, travel_radius_km=500),
    ]


#: The other sign a job's text may show (``test_fee_charged``): a worker pays to get it.
FEE_CHARGED = [
    "Factory packer. Placement fee RM 3,000, deducted from the first 3 months' salary.",
    "รับสมัครพนักงานโรงงาน ค่าดำเนินการ 5,000 บาท หักจากเงินเดือน",
]
#: Each sign: the workplace field it sets and the violation it makes.
SIGNS = [
    ("documents_withheld", Violation.DOCUMENTS_WITHHELD),
    ("fee_charged", Violation.FEE_CHARGED),
]


@pytest.mark.parametrize(
    ("text", "sign"),
    [(text, "documents_withheld") for text in PAPERS_KEPT]
    + [(text, "fee_charged") for text in FEE_CHARGED],
)
def test_a_job_stored_before_its_text_was_read_so_is_offered_to_no_one(
    text: str, sign: str
) -> None:
    job = posted("opp_papers", title="Packer", description=text, sector="manufacturing")
    job.concepts = None  # stored with another vocabulary: read again by the index
    assert not getattr(job.details.workplace, sign)
    clean = posted(
        "opp_clean", title="Packer", description="Packing shirts", sector="manufacturing"
    )
    for survivor in _everyone_open():
        assert offered(survivor, job, clean) == {"opp_clean"}


@pytest.mark.parametrize(("sign", "violation"), SIGNS)
def test_the_rule_breaks_every_pair_and_the_job_is_no_candidate_left_out(
    sign: str, violation: Violation
) -> None:
    job = posted("opp_papers", title="Packer", description="", sector="manufacturing")
    job.details = with_conditions_said(job.details, frozenset({sign}))
    assert getattr(job.details.workplace, sign)
    for survivor in _everyone_open():
        assert violation in violations(survivor, job)
        left_out = count_left_out(
            survivor,
            kinds=frozenset({OpportunityKind.JOB}),
            shown=(),
            opportunities=[job],
            declined={},
        )
        assert left_out.candidates == 0  # offered to no one: not "left out" of this list


def test_it_is_never_taken_from_a_poster_and_crosses_the_store_and_events() -> None:
    read = with_conditions_said(_details(), frozenset())
    assert not read.workplace.documents_withheld  # never assumed
    kept = replace(_details(), workplace=Workplace(documents_withheld=True))
    assert details_from_document(details_to_document(kept)).workplace == kept.workplace
    message = opportunity_to_proto(Opportunity("opp_1", "org_1", kept))
    assert message.workplace.documents_withheld
    assert opportunity_from_proto(message).details.workplace.documents_withheld


def _stored_before_the_rule(ports: FakePorts, opportunity_id: str, description: str) -> None:
    """As the repository returns a job written with an older vocabulary, whose text says the
    employer keeps the papers: its boxes as ticked, no concepts."""
    stored = ports.opportunities.items[opportunity_id]
    stored.details = replace(stored.details, description=description)
    stored.concepts = None


def test_its_matches_move_no_further_but_can_be_declined_or_ended() -> None:
    ports = _with_vocabulary()
    job: Opportunity = handle(
        commands.PostOpportunity(caller=EMPLOYER, details=_details(openings=3)), ports
    )
    survivor = _ready_survivor(ports)
    proposed = _proposed(ports, survivor, job)
    _stored_before_the_rule(ports, job.opportunity_id, PAPERS_KEPT[0])

    with pytest.raises(NotAllowedNow, match="documents_withheld"):
        handle(
            commands.TransitionMatch(
                caller=OFFICER, match_id=proposed, to_state=MatchState.ACCEPTED
            ),
            ports,
        )
    assert queries.get_shortlist(EMPLOYER, job.opportunity_id, ports) == []
    with pytest.raises(NotFound):
        queries.get_match(EMPLOYER, proposed, ports)
    declined = handle(
        commands.TransitionMatch(
            caller=OFFICER,
            match_id=proposed,
            to_state=MatchState.DECLINED,
            reason="does not want a job that keeps her passport",
        ),
        ports,
    )
    assert declined.state is MatchState.DECLINED
    other = _ready_survivor(ports)
    with pytest.raises(NotAllowedNow, match="documents_withheld"):
        handle(
            commands.ProposeMatch(
                caller=OFFICER, survivor_id=other.survivor_id, opportunity_id=job.opportunity_id
            ),
            ports,
        )


def test_the_owner_sees_why_and_a_text_rewritten_without_it_is_offered_again() -> None:
    ports = _with_vocabulary()
    job: Opportunity = handle(commands.PostOpportunity(caller=EMPLOYER, details=_details()), ports)
    _stored_before_the_rule(ports, job.opportunity_id, PAPERS_KEPT[2])

    seen = queries.get_opportunity(EMPLOYER, job.opportunity_id, ports)
    assert seen.details.workplace.documents_withheld
    listed, _ = queries.list_opportunities(
        EMPLOYER, EMPLOYER.organisation_id, page_size=50, page_token="", ports=ports
    )
    assert [o.details.workplace.documents_withheld for o in listed] == [True]

    # Sent back as the gateway takes it: the workplace as ticked, the text rewritten.
    rewritten: Opportunity = handle(
        commands.UpdateOpportunity(
            caller=EMPLOYER,
            opportunity_id=job.opportunity_id,
            details=replace(
                seen.details,
                description="Packing shirts. Workers keep their own passports.",
                workplace=Workplace(),
            ),
            expected_version=seen.version,
        ),
        ports,
    )
    assert not rewritten.details.workplace.documents_withheld
    survivor = _ready_survivor(ports)
    match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=job.opportunity_id
        ),
        ports,
    )
    assert match.state is MatchState.PROPOSED
