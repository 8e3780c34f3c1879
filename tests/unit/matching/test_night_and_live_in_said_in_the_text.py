"""Night work and live-in work said only in an opportunity's text count as such (safety
probe V9): "Kitchen helper, night shift only" posted with the night-shift box unticked is
night work, for the minors' rule and for survivors who ruled night shifts out.

Expected values come from what each phrase means to a reader of its language: a phrase that
says night shifts or living at the employer's is that condition; one that says the opposite
("no night shifts", "ไม่มีกะดึก", "不用留宿") is not, nor is an unrelated phrase that shares
words with one ("live in Bangkok", "stationed at the shop"). Ticked boxes are never undone
by the text.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.errors import NotAllowedNow
from matching.domain.opportunity import Opportunity, with_conditions_said
from matching.domain.values import ReadinessStage, SurvivorCondition, Workplace
from matching.domain.vocabulary import Vocabulary
from matching.service_layer import commands
from matching.service_layer.handlers import handle
from matching.service_layer.standing import current_opportunity
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.test_handlers import EMPLOYER, OFFICER, _details, _ready_survivor
from tests.unit.matching.test_minors_never_offered_hazardous_work import minor, offered, posted

NIGHT = frozenset({"night_shifts"})
LIVE_IN = frozenset({"live_in"})
NOTHING: frozenset[str] = frozenset()


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


SAID = [
    # English
    ("Kitchen helper, night shift only (22:00-06:00)", NIGHT),
    ("Security guard working nights at a warehouse", NIGHT),
    ("Live-in housekeeper for a family in Chiang Mai", LIVE_IN),
    ("Deckhand: you live on board for three months", LIVE_IN),
    ("Waiter. No night shifts, day work only.", NOTHING),
    ("Not live-in: you go home every evening", NOTHING),
    ("Open to applicants who live in Bangkok", NOTHING),
    ("Promoter for nightlife venues", NOTHING),
    # Thai
    ("รับสมัครพนักงานร้านสะดวกซื้อ เข้ากะดึก", NIGHT),
    ("รับสมัครแม่บ้านอยู่ประจำ", LIVE_IN),
    ("พนักงานร้านอาหาร ไม่มีกะดึก", NOTHING),
    ("พนักงานขายอยู่ประจำร้าน", NOTHING),
    # Khmer
    ("ត្រូវការបុគ្គលិកយាមវេនយប់", NIGHT),
    ("អ្នកបម្រើការងារផ្ទះ ស្នាក់នៅផ្ទះម្ចាស់", LIVE_IN),
    ("បុគ្គលិកហាងកាហ្វេ គ្មានវេនយប់", NOTHING),
    # Burmese
    ("စက်ရုံအလုပ်သမား ညဆိုင်းဆင်းရမည်", NIGHT),
    ("အိမ်အကူ အလုပ်ရှင်အိမ်မှာနေရမည်", LIVE_IN),
    ("စားပွဲထိုး ညဆိုင်းမရှိပါ", NOTHING),
    # Vietnamese, with and without tone marks
    ("Tuyển phụ bếp làm ca đêm", NIGHT),
    ("Tuyen bao ve lam ca dem", NIGHT),
    ("Tuyển giúp việc nhà ở lại", LIVE_IN),
    ("Nhân viên bán hàng, không làm ca đêm", NOTHING),
    # Filipino
    ("Call center agent, graveyard shift", NIGHT),
    ("Kasambahay, stay-in, Quezon City", LIVE_IN),
    ("Tindera sa palengke, walang night shift", NOTHING),
    # Chinese (Hong Kong Traditional, and Simplified)
    ("招聘夜班保安", NIGHT),
    ("诚聘夜班保安", NIGHT),
    ("招聘住家姐，需留宿", LIVE_IN),
    ("餐廳侍應，不用留宿，無夜班", NOTHING),
]


@pytest.mark.parametrize(("text", "conditions"), SAID, ids=[text for text, _ in SAID])
def test_the_text_says_night_or_live_in_work_in_each_language(
    text: str, conditions: frozenset[str]
) -> None:
    assert vocabulary().workplace_conditions_in(text) == conditions


def test_what_the_text_says_is_added_and_a_ticked_box_stays_ticked() -> None:
    details = _details(workplace=Workplace(live_in=True, women_only=True))
    assert with_conditions_said(details, NIGHT).workplace == Workplace(
        night_shifts=True, live_in=True, women_only=True
    )
    assert with_conditions_said(details, NOTHING) is details


def _with_vocabulary() -> FakePorts:
    return replace(build_ports(), vocabulary=vocabulary())


def _post(ports: FakePorts, title: str, description: str = "") -> Opportunity:
    posted_now: Opportunity = handle(
        commands.PostOpportunity(
            caller=EMPLOYER,
            details=_details(title=title, description=description, minimum_age=15),
        ),
        ports,
    )
    return posted_now


def test_a_job_posted_as_night_work_in_its_text_is_stored_as_night_work() -> None:
    ports = _with_vocabulary()
    job = _post(ports, "Barista", "Coffee shop, night shift only")
    stored = ports.opportunities.get(job.opportunity_id)
    assert stored is not None
    assert stored.details.workplace.night_shifts
    assert not stored.details.workplace.live_in


def test_an_update_that_adds_live_in_to_the_text_is_live_in_work() -> None:
    ports = _with_vocabulary()
    job = _post(ports, "Barista", "Coffee shop in the old town")
    updated = handle(
        commands.UpdateOpportunity(
            caller=EMPLOYER,
            opportunity_id=job.opportunity_id,
            details=_details(title="Barista", description="Live-in, room above the shop"),
            expected_version=job.version,
        ),
        ports,
    )
    assert updated.details.workplace.live_in
    assert updated.material_revision == job.material_revision + 1


def test_no_one_who_ruled_out_night_shifts_is_proposed_night_work_said_in_the_text() -> None:
    ports = _with_vocabulary()
    job = _post(ports, "Barista", "Coffee shop, night shift only")
    survivor = _ready_survivor(
        ports,
        ReadinessStage.EMPLOYMENT_READY,
        conditions=frozenset({SurvivorCondition.NO_NIGHT_SHIFTS}),
    )
    with pytest.raises(NotAllowedNow, match="condition_not_met"):
        handle(
            commands.ProposeMatch(
                caller=OFFICER,
                survivor_id=survivor.survivor_id,
                opportunity_id=job.opportunity_id,
            ),
            ports,
        )


def test_a_minor_is_not_offered_night_or_live_in_work_said_only_in_the_text() -> None:
    night = posted(
        "opp_night", title="Kitchen helper", description="night shift only", sector="food_service"
    )
    live_in = posted(
        "opp_live_in", title="Housekeeper", description="live-in, Bangkok", sector="hospitality"
    )
    day = posted(
        "opp_day", title="Kitchen helper", description="no night shifts", sector="food_service"
    )
    # Posted through the service, the text's conditions are set when written.
    for job in (night, live_in, day):
        job.details = with_conditions_said(
            job.details, vocabulary().workplace_conditions_in(job.details.description)
        )
    assert offered(minor(16), night, live_in, day) == {"opp_day"}


def test_jobs_written_before_this_vocabulary_are_read_again_by_the_index() -> None:
    # Stored with another vocabulary: no concepts, the boxes as they were ticked.
    night = posted("opp_old_night", title="Cleaner", description="ทำงานกะดึก", sector="hospitality")
    night.concepts = None
    assert not night.details.workplace.night_shifts
    assert offered(minor(16), night) == set()


def test_a_forward_step_reads_a_job_written_before_this_vocabulary_again() -> None:
    ports = _with_vocabulary()
    job = _post(ports, "Housekeeper", "รับสมัครแม่บ้านอยู่ประจำ")
    stored = ports.opportunities.get(job.opportunity_id)
    assert stored is not None
    # As the repository returns one written with an older vocabulary.
    stored.details = replace(stored.details, workplace=Workplace())
    stored.concepts = None
    read = current_opportunity(ports, job.opportunity_id)
    assert read is not None
    assert read.details.workplace.live_in
