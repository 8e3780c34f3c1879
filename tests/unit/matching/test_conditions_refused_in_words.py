"""What a survivor's own words rule out is held like a ticked condition (session 30: the
twenty-fourth held-out set's "pls no live-in ... happy to look after old ppl" got live-in
domestic helper jobs first, because no box was ticked).

Expected values come from what each phrase means: a refusal of night work, of living at
the workplace or of heavy loads rules that work out; work done before, or a willingness
("no problem with night shifts"), rules nothing out. The phrases are written for this
test."""

from __future__ import annotations

import functools
from dataclasses import replace

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.rules import MatchContext, Violation, violations
from matching.domain.values import SurvivorCondition, Workplace
from matching.domain.vocabulary import Vocabulary
from matching.service_layer import commands
from matching.service_layer.handlers import handle
from tests.unit.matching.service_ports import FakePorts, build_ports
from tests.unit.matching.strategies import open_job
from tests.unit.matching.test_handlers import OFFICER, _profile


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("pls no live-in. happy to look after old ppl in the day", "live_in"),
        ("I don't want night shifts, I want to cook", "night_shifts"),
        ("ไม่อยากอยู่ประจำ อยากทำอาหาร", "live_in"),
        ("Không làm ca đêm, muốn làm bếp", "night_shifts"),
        ("ayoko ng stay-in, gusto ko magluto", "live_in"),
        ("ខ្ញុំមិនចង់ធ្វើវេនយប់ទេ", "night_shifts"),
        ("ညဆိုင်းမဆင်းချင်ဘူး", "night_shifts"),
        ("不想做夜班，想学煮饭", "night_shifts"),
        ("Tôi không muốn khuân vác nữa, đau lưng lắm", "heavy_lifting"),
        # Said with "not" before "want" (session 31): the cue holds "not … night shifts",
        # which in a job's text says there are none; what the cue governs is read alone.
        ("I do not want night shifts.", "night_shifts"),
        ("Client does not want night work or live-in work.", "night_shifts"),
        ("Client does not want night work or live-in work.", "live_in"),
        # Refused or feared, as an officer notes it.
        ("She refuses any night shift.", "night_shifts"),
        ("He is afraid of night work since the boat.", "night_shifts"),
        ("น้องกลัวงานกะดึก", "night_shifts"),
    ],
)
def test_words_that_refuse_a_condition(text: str, refused: str) -> None:
    assert refused in vocabulary().conditions_refused_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "I worked night shifts before, now I want a day job in a cafe",
        "no problem with night shifts",
        "I don't mind night shifts",
        "Tôi từng làm ca đêm ở xưởng may",
        "เคยทำกะดึกมาก่อน",
        "以前做过夜班",
        # What the person was made to do is work done before (``[_intents] exploited``).
        "She was forced to work night shifts in a karaoke bar; she wants to learn baking.",
        "Client was trafficked into live-in domestic work in Malaysia; she wants to cook.",
        "ผู้รับบริการเคยถูกบังคับให้ทำงานกะดึกในโรงงาน อยากเรียนทำขนม",
        "佢之前被迫喺工廠做夜班，而家想學整蛋糕",
        # A preference weighs one thing against another; it refuses neither
        # (``[_intents] compared``).
        "I'd rather work days than night shifts",
        "I'd prefer a job where I live at home rather than a live-in job",
        "อยากทำงานกะกลางวันมากกว่ากะดึก",
    ],
)
def test_words_that_refuse_nothing(text: str) -> None:
    assert vocabulary().conditions_refused_in(text) == frozenset()


def _with_vocabulary() -> FakePorts:
    return replace(build_ports(), vocabulary=vocabulary())


def test_a_refusal_in_the_words_is_held_as_the_condition() -> None:
    ports = _with_vocabulary()
    survivor = handle(
        commands.RegisterSurvivor(
            caller=OFFICER,
            profile=_profile(interests="pls no live-in. I'd like to look after old people"),
        ),
        ports,
    )
    assert survivor.profile.conditions == {SurvivorCondition.NO_LIVE_IN}
    live_in = open_job(workplace=Workplace(live_in=True))
    assert Violation.CONDITION_NOT_MET in violations(survivor, live_in, MatchContext())
    assert Violation.CONDITION_NOT_MET not in violations(survivor, open_job(), MatchContext())


def test_words_add_to_the_ticked_conditions_and_never_untick_one() -> None:
    ports = _with_vocabulary()
    survivor = handle(
        commands.RegisterSurvivor(
            caller=OFFICER,
            profile=_profile(conditions=frozenset({SurvivorCondition.NO_HEAVY_LIFTING})),
        ),
        ports,
    )
    assert survivor.profile.conditions == {SurvivorCondition.NO_HEAVY_LIFTING}
    updated = handle(
        commands.UpdateSurvivorProfile(
            caller=OFFICER,
            survivor_id=survivor.survivor_id,
            profile=_profile(
                conditions=frozenset({SurvivorCondition.NO_HEAVY_LIFTING}),
                aspirations="ไม่เอากะดึกนะคะ อยากทำงานร้านกาแฟ",
            ),
            expected_version=survivor.version,
        ),
        ports,
    )
    assert updated.profile.conditions == {
        SurvivorCondition.NO_HEAVY_LIFTING,
        SurvivorCondition.NO_NIGHT_SHIFTS,
    }


def test_what_the_words_say_of_legal_proceedings_refuses_nothing() -> None:
    # A sentence about legal proceedings is never read, whatever else it says.
    assert (
        vocabulary().conditions_refused_in(
            "I have to go to court as a witness, so no night shifts."
        )
        == frozenset()
    )
    assert vocabulary().conditions_refused_in("No night shifts, please.") == {"night_shifts"}
