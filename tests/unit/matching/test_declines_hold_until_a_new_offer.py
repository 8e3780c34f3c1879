"""A survivor's "no" to a job holds until the employer makes a genuinely new offer.

Safety probe, session 26: one baht more brought a declined job back. Expected values come
from the rule, not from the code: a new offer is a change of what a survivor decides on
other than pay (hours, location, ...), pay at least 10% above the best pay the job has
offered so far, or pay that cannot be compared with it (another currency, pay stated where
none was). One baht more, less pay, a cut and a raise back, or a raise a little above the
best are no new offer; each is still new terms, which a survivor who accepted the old ones
must decide on again (``test_rules_hold_after_proposal``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import bson
import pytest

from matching.adapters import documents
from matching.adapters.proto_mapping import opportunity_from_proto, opportunity_to_proto
from matching.domain.errors import NotAllowedNow
from matching.domain.left_out import count_left_out
from matching.domain.match import Match, MatchState
from matching.domain.opportunity import Opportunity
from matching.domain.rules import MatchContext, Violation, violations
from matching.domain.survivor import Survivor
from matching.domain.values import Hours, MonthlyAmount, OpportunityKind
from matching.service_layer import commands, queries
from matching.service_layer.handlers import handle
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.strategies import NOW, PLACES, open_job, ready_survivor
from tests.unit.matching.test_handlers import EMPLOYER, OFFICER, _details, _ready_survivor
from tests.unit.matching.test_opportunity_index import _index

S = MatchState


def _thb(amount: int) -> MonthlyAmount:
    return MonthlyAmount(amount, "THB")


def _with_pay(job: Opportunity, pay: MonthlyAmount | None) -> None:
    job.update(details=replace(job.details, pay=pay))


#: Pay changes after a decline of a job paying 12,000 THB a month, and whether the job is
#: then offered to the survivor again (a tenth of 12,000 is 1,200).
PAY_CHANGES: list[tuple[str, Sequence[MonthlyAmount | None], bool]] = [
    ("one baht more", [_thb(12_001)], False),
    ("a raise one baht short of a tenth", [_thb(13_199)], False),
    ("less pay", [_thb(11_000)], False),
    ("pay no longer stated", [None], False),
    ("a cut, then raised back", [_thb(10_000), _thb(12_000)], False),
    ("a cut, then a little above the best", [_thb(10_000), _thb(12_600)], False),
    ("pay no longer stated, then stated as before", [None, _thb(12_000)], False),
    ("a tenth more", [_thb(13_200)], True),
    ("a quarter more", [_thb(15_000)], True),
    ("a cut, then a tenth above the best", [_thb(10_000), _thb(13_200)], True),
    ("pay in another currency", [MonthlyAmount(400, "USD")], True),
]


def _declined_job_after(changes: Sequence[MonthlyAmount | None]) -> tuple[Opportunity, int]:
    """A job at 12,000 THB, the offer revision at which the survivor declined it, and the
    job after ``changes`` of its pay."""
    job = open_job(pay=_thb(12_000))
    declined_at = job.offer_revision
    for pay in changes:
        _with_pay(job, pay)
    return job, declined_at


def _offered_again(job: Opportunity, declined_at: int) -> bool:
    return violations(ready_survivor(), job, MatchContext(declined_at_offer=declined_at)) == []


# -- the rule -------------------------------------------------------------------------------


def test_the_job_is_offered_before_anyone_declines_it() -> None:
    """Guards the cases below: the survivor and the job break no other rule."""
    assert violations(ready_survivor(), open_job(pay=_thb(12_000))) == []


@pytest.mark.parametrize(
    ("changes", "offered_again"),
    [pytest.param(changes, again, id=name) for name, changes, again in PAY_CHANGES],
)
def test_a_declined_job_comes_back_only_for_a_new_offer_of_pay(
    changes: Sequence[MonthlyAmount | None], offered_again: bool
) -> None:
    job, declined_at = _declined_job_after(changes)
    assert _offered_again(job, declined_at) is offered_again


def test_every_change_of_pay_is_still_new_terms() -> None:
    """What stops an accepted match (a survivor who accepted 12,000 decides again on 11,000)
    moves with any change of pay, a new offer or not."""
    job = open_job(pay=_thb(12_000))
    for step, pay in enumerate([_thb(12_001), _thb(11_000), _thb(12_001), None], start=2):
        _with_pay(job, pay)
        assert job.material_revision == step
        assert job.offer_revision == 1


def test_a_raise_counts_from_the_best_pay_ever_offered_not_the_pay_declined() -> None:
    """Offered at 14,000, cut to 12,000 and declined there: 13,500 is no new offer (the job
    offered more before), 15,400 (a tenth above 14,000) is."""
    job = open_job(pay=_thb(14_000))
    _with_pay(job, _thb(12_000))
    declined_at = job.offer_revision

    _with_pay(job, _thb(13_500))
    assert not _offered_again(job, declined_at)
    _with_pay(job, _thb(15_400))
    assert _offered_again(job, declined_at)


def test_small_raises_one_after_another_are_no_new_offer() -> None:
    """Each raise counts from the best offered before it: 13,000 (8% above 12,000), then
    14,000 (8% above 13,000) bring nothing back; 15,400, a tenth above 14,000, does."""
    job = open_job(pay=_thb(12_000))
    declined_at = job.offer_revision

    for pay in (13_000, 14_000):
        _with_pay(job, _thb(pay))
        assert not _offered_again(job, declined_at)
    _with_pay(job, _thb(15_400))
    assert _offered_again(job, declined_at)


def test_pay_stated_where_none_was_is_a_new_offer() -> None:
    job = open_job(pay=None)
    declined_at = job.offer_revision
    _with_pay(job, _thb(9_000))
    assert _offered_again(job, declined_at)


def test_pay_back_in_a_currency_offered_before_is_no_new_offer() -> None:
    """12,000 THB declined; 400 USD is a new offer, declined too; 12,000 THB again is what
    the survivor declined first."""
    job = open_job(pay=_thb(12_000))
    _with_pay(job, MonthlyAmount(400, "USD"))
    declined_again_at = job.offer_revision
    _with_pay(job, _thb(12_000))
    assert not _offered_again(job, declined_again_at)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"hours": Hours.PART_TIME}, id="hours"),
        pytest.param({"location": PLACES[0]}, id="location"),
        pytest.param({"hours": Hours.PART_TIME, "pay": _thb(11_000)}, id="hours-and-less-pay"),
    ],
)
def test_a_declined_job_comes_back_when_other_terms_change(change: dict[str, object]) -> None:
    job = open_job(pay=_thb(12_000))
    declined_at = job.offer_revision
    job.update(details=replace(job.details, **change))  # type: ignore[arg-type]
    assert _offered_again(job, declined_at)


def test_a_change_of_the_words_alone_is_no_new_offer() -> None:
    job = open_job(pay=_thb(12_000))
    declined_at = job.offer_revision
    job.update(details=replace(job.details, title="Line cook, day shift"))
    assert job.material_revision == job.offer_revision == 1
    assert not _offered_again(job, declined_at)


# -- the index agrees -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "offered_again"),
    [pytest.param(changes, again, id=name) for name, changes, again in PAY_CHANGES],
)
def test_the_index_offers_a_declined_job_again_as_the_rule_does(
    changes: Sequence[MonthlyAmount | None], offered_again: bool
) -> None:
    job, declined_at = _declined_job_after(changes)
    survivor = ready_survivor()
    declined = {job.opportunity_id: declined_at}
    index = _index([job])

    ranked = {c.opportunity_id for c in index.rank(survivor, k=10, declined=declined)}
    counted = index.left_out(
        survivor, kinds=frozenset(OpportunityKind), shown=(), declined=declined
    )

    assert (job.opportunity_id in ranked) is offered_again
    assert counted == count_left_out(
        survivor,
        kinds=frozenset(OpportunityKind),
        shown=(),
        opportunities=[job],
        declined=declined,
    )


def test_the_index_follows_an_update_that_is_no_new_offer() -> None:
    """An update upserted into an index that holds the job: the decline still holds there
    after one baht more, and no longer after a change of hours."""
    job = open_job(pay=_thb(12_000))
    survivor, declined = ready_survivor(), {job.opportunity_id: job.offer_revision}
    index = _index([job])

    for change, offered_again in [
        ({"pay": _thb(12_001)}, False),
        ({"hours": Hours.PART_TIME}, True),
    ]:
        job.update(details=replace(job.details, **change))  # type: ignore[arg-type]
        job.version += 1
        index.upsert(job)
        ranked = {c.opportunity_id for c in index.rank(survivor, k=10, declined=declined)}
        assert (job.opportunity_id in ranked) is offered_again


# -- through the service --------------------------------------------------------------------


@pytest.fixture
def ports() -> FakePorts:
    return build_ports()


def _post(ports: FakePorts, pay: int) -> Opportunity:
    posted: Opportunity = handle(
        commands.PostOpportunity(caller=EMPLOYER, details=_details(pay=_thb(pay))), ports
    )
    return posted


def _edit(ports: FakePorts, opportunity_id: str, **details: object) -> None:
    stored = ports.opportunities.get(opportunity_id)
    assert stored is not None
    handle(
        commands.UpdateOpportunity(
            caller=EMPLOYER,
            opportunity_id=opportunity_id,
            details=replace(stored.details, **details),  # type: ignore[arg-type]
            expected_version=stored.version,
        ),
        ports,
    )


def _propose(ports: FakePorts, survivor: Survivor, job: Opportunity) -> Match:
    match: Match = handle(
        commands.ProposeMatch(
            caller=OFFICER, survivor_id=survivor.survivor_id, opportunity_id=job.opportunity_id
        ),
        ports,
    )
    return match


def _step(ports: FakePorts, match_id: str, to: MatchState, reason: str = "") -> Match:
    moved: Match = handle(
        commands.TransitionMatch(caller=OFFICER, match_id=match_id, to_state=to, reason=reason),
        ports,
    )
    return moved


def _suggested(ports: FakePorts, survivor: Survivor) -> set[str]:
    found = queries.get_matches(OFFICER, survivor.survivor_id, top_k=10, kind=None, ports=ports)
    return {s.opportunity.opportunity_id for s in found}


def test_a_declined_job_is_not_suggested_nor_proposed_again_for_one_baht_more(
    ports: FakePorts,
) -> None:
    job = _post(ports, 10_000)
    survivor = _ready_survivor(ports)
    _step(ports, _propose(ports, survivor, job).match_id, S.DECLINED, "too far from home")

    for pay in (10_001, 9_000, 10_000, 10_999):
        _edit(ports, job.opportunity_id, pay=_thb(pay))
        assert job.opportunity_id not in _suggested(ports, survivor)
        with pytest.raises(NotAllowedNow, match="declined_before"):
            _propose(ports, survivor, job)

    _edit(ports, job.opportunity_id, pay=_thb(12_099))  # a tenth above the best, 10,999
    assert job.opportunity_id in _suggested(ports, survivor)
    assert _propose(ports, survivor, job).state is S.PROPOSED


def test_a_declined_job_is_proposed_again_after_a_change_of_hours(ports: FakePorts) -> None:
    job = _post(ports, 10_000)
    survivor = _ready_survivor(ports)
    declined = _step(ports, _propose(ports, survivor, job).match_id, S.DECLINED, "hours")

    _edit(ports, job.opportunity_id, hours=Hours.PART_TIME)

    assert job.opportunity_id in _suggested(ports, survivor)
    assert _propose(ports, survivor, job).match_id != declined.match_id


def test_declining_an_offer_stops_its_match_on_other_terms_of_the_same_offer(
    ports: FakePorts,
) -> None:
    """Proposed at 10,000, proposed again after a cut to 9,500 (new terms, another match, the
    same offer); the survivor declines the first: the second is the offer they declined and
    goes no further, until a new offer."""
    job = _post(ports, 10_000)
    survivor = _ready_survivor(ports)
    first = _propose(ports, survivor, job)
    _edit(ports, job.opportunity_id, pay=_thb(9_500))
    second = _propose(ports, survivor, job)
    assert second.match_id != first.match_id
    _step(ports, first.match_id, S.DECLINED, "not this job")

    with pytest.raises(NotAllowedNow, match="declined_before"):
        _step(ports, second.match_id, S.ACCEPTED)

    _edit(ports, job.opportunity_id, location=PLACES[0])
    assert _propose(ports, survivor, job).state is S.PROPOSED


# -- stored and sent ------------------------------------------------------------------------


def _stored_by_older_code(opportunity: Opportunity) -> dict[str, Any]:
    doc = documents.opportunity_to_document(opportunity)
    del doc["offer_revision"], doc["best_pay_offered"]
    return doc


def test_an_opportunity_stored_before_offers_were_counted_reads_its_material_revision() -> None:
    job = open_job(pay=_thb(12_000))
    for pay in (13_000, 11_000):
        _with_pay(job, _thb(pay))
    assert (job.material_revision, job.offer_revision) == (3, 1)

    back = documents.opportunity_from_document(bson.decode(bson.encode(_stored_by_older_code(job))))

    assert back.offer_revision == 3
    assert back.best_pay_offered == (_thb(11_000),)


def test_a_match_stored_before_offers_were_counted_reads_its_material_revision() -> None:
    crypto = InMemoryFieldCrypto()
    match = _declined_match(material_revision=3, offer_revision=1)
    doc = documents.match_to_document(match, crypto=crypto)
    del doc["offer_revision"]

    back = documents.match_from_document(bson.decode(bson.encode(doc)), crypto=crypto)

    assert back.offer_revision == back.material_revision == 3


def test_a_decline_stored_by_older_code_stays_in_force() -> None:
    """Job and decline both stored at material revision 3 before offers were counted: the
    decline holds after one baht more and ends with a change of hours."""
    crypto = InMemoryFieldCrypto()
    job_doc = _stored_by_older_code(open_job(pay=_thb(12_000)))
    job_doc["material_revision"] = 3
    match_doc = documents.match_to_document(
        _declined_match(material_revision=3, offer_revision=3), crypto=crypto
    )
    del match_doc["offer_revision"]
    job = documents.opportunity_from_document(job_doc)
    match = documents.match_from_document(match_doc, crypto=crypto)
    declined = MatchContext(declined_at_offer=match.offer_revision)

    assert violations(ready_survivor(), job, declined) == [Violation.DECLINED_BEFORE]
    _with_pay(job, _thb(12_001))
    assert violations(ready_survivor(), job, declined) == [Violation.DECLINED_BEFORE]
    job.update(details=replace(job.details, hours=Hours.PART_TIME))
    assert violations(ready_survivor(), job, declined) == []


def test_the_offer_revision_and_best_pay_survive_the_store_and_the_events() -> None:
    job = open_job(pay=_thb(12_000))
    for pay in (13_200, 12_500):
        _with_pay(job, _thb(pay))
    assert (job.material_revision, job.offer_revision) == (3, 2)

    stored = documents.opportunity_from_document(
        bson.decode(bson.encode(documents.opportunity_to_document(job)))
    )
    sent = opportunity_from_proto(opportunity_to_proto(job))

    assert stored.offer_revision == sent.offer_revision == 2
    assert stored.best_pay_offered == (_thb(13_200),)


def test_an_opportunity_sent_before_offers_were_counted_reads_its_material_revision() -> None:
    message = opportunity_to_proto(open_job(pay=_thb(12_000)))
    message.material_revision = 4
    message.ClearField("offer_revision")
    assert opportunity_from_proto(message).offer_revision == 4


def _declined_match(*, material_revision: int, offer_revision: int) -> Match:
    match = Match.propose(
        survivor_id="srv_1",
        survivor_organisation_id="org_ngo",
        opportunity_id="opp_1",
        opportunity_organisation_id="org_employer",
        kind=OpportunityKind.JOB,
        material_revision=material_revision,
        offer_revision=offer_revision,
        score=0.5,
        reasons=(),
        at=NOW,
        by=OFFICER.user_id,
    )
    match.transition(to=S.DECLINED, caller=OFFICER, at=NOW, reason="not for me")
    return match
