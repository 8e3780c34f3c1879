"""What session 37's safety probe of ``make run`` got past the reading of a job's text, held.

A job that says its hours only in figures, or its work without the usual word, or charges
the worker or keeps their papers in words the vocabulary lacked or in letters it did not
fold, was offered to a minor, to a survivor avoiding the sector, or accepted when posted.
Expected values come from what each text says (night work: a range past midnight; work
closed to minors: massage in private rooms, a fish port, rope work on high-rise buildings;
a fee: money the worker leaves, pays or repays from wages to get or keep the job; papers
kept: the employer's side holding them). The texts are written for this test, beside the
probe's own, and in the disguises it used (full-width letters, a combining grapheme joiner,
figures for letters).
"""

from __future__ import annotations

import pytest

from matching.domain.vocabulary.night_hours import states_night_hours
from tests.unit.matching.shipped import shipped


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("Shift: 23.00 – 07.00, Mon-Fri.", True),
        ("Hours 21.30-05.30, six nights a week", True),
        ("เข้างาน 4 ทุ่ม ถึง 6 โมงเช้า", True),  # ten at night to six in the morning
        ("เข้างาน 5 ทุ่ม - 7 โมงเช้า", True),
        # Day hours, and prices that look like times.
        ("Shift 08.00 - 17.00", False),
        ("เข้างาน 8 โมงเช้า ถึง 5 โมงเย็น", False),
        ("เข้างาน บ่าย 2 โมง ถึง 4 ทุ่ม", False),  # ends at 22:00: not night work
        ("Price 10.50 - 12.99 baht", False),
        ("Pay USD 1.50 - 2.50 an hour", False),
        ("ราคา 20.00 - 25.00 บาท", False),
    ],
)
def test_hours_in_figures_that_run_past_midnight_are_night_work(text: str, night: bool) -> None:
    assert states_night_hours(text) is night


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Body scrub and oil treatments for male clients in private rooms.", "massage"),
        ("Oil treatment therapist wanted", "massage"),
        ("Sorting catch on the pier at the fish port.", "fishing_aquaculture"),
        ("Unloading the catch at the fishing harbour", "fishing_aquaculture"),
        ("Cleaning windows on high-rise buildings with ropes.", "work_at_height"),
    ],
)
def test_work_closed_to_minors_said_without_its_usual_word_is_read(text: str, concept: str) -> None:
    assert concept in shipped().concepts_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "We sell fish at the market hall",  # a fishmonger's stall is no fish port
        "Office on the 30th floor, lift to every floor",
        "Hotel spa receptionist, no treatments",
    ],
)
def test_their_ordinary_neighbours_are_not(text: str) -> None:
    concepts = shipped().concepts_in(text)
    assert not concepts & {"fishing_aquaculture", "work_at_height", "massage"}


FEE = "fee_charged"
PAPERS = "documents_withheld"


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("New staff leave a 5,000 baht bond with the manager, returned after 12 months.", FEE),
        ("Uniform and training cost 3000 THB, taken from your first 3 salaries.", FEE),
        ("hi sis!! job ok, pay agent 2k first then start", FEE),
        ("Company advances your travel ticket; repaid monthly from salary.", FEE),
        ("We lend you the bus ticket, you pay back from wages.", FEE),
        ("Give your passport to HR on arrival, they will return it when you resign.", PAPERS),
        ("Boss looks after workers' documents so they don't get lost.", PAPERS),
        ("Employer keeps workers documents.", PAPERS),
        # Disguised letters: figures, full-width forms, an invisible joiner.
        ("P4ssp0rt k3pt by c0mpany.", PAPERS),
        ("\uff50\uff41\uff53\uff53\uff50\uff4f\uff52\uff54 will be kept by the company.", PAPERS),
        ("\uff50\uff4c\uff41\uff43\uff45\uff4d\uff45\uff4e\uff54 \uff46\uff45\uff45 3000 THB", FEE),
        ("pass\u034fport will be kept by the company.", PAPERS),
    ],
)
def test_a_fee_or_kept_papers_said_otherwise_is_read(text: str, condition: str) -> None:
    assert condition in shipped().workplace_conditions_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The employer pays the agent fee. Salary paid monthly to your bank.",
        "Please bring your passport and give us your passport number.",
        "Salary 12,000 baht, paid on the 25th, overtime paid.",
        "Return it when you finish your shift (the locker key).",
        "Leave your bag in the locker.",
        "Staff canteen, 4G wifi, MP3 music allowed",
    ],
)
def test_ordinary_wordings_charge_nothing_and_keep_nothing(text: str) -> None:
    assert not shipped().workplace_conditions_in(text) & {FEE, PAPERS}
