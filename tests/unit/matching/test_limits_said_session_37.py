"""What a survivor says their body cannot do, or no longer can, is no wish (session 37's
blind set: "can't look at a computer for long" was read as a wish for computer work, "can't
lift heavy things any more" as one for warehouse work).

Many survivors leave exploitation with injuries, and a limit of the body is what people in
care say first. So a limit reads as a dislike (what it names ranks lower, never keeps
anything away), and a limit on heavy lifting refuses it, like "no heavy lifting" ticked. A
limit is said of oneself (or, in an officer's note, of "she", "he", "the client") and of the
body: what the person cared for could not do ("my grandmother couldn't walk"), what one
cannot wait for, and a skill still to learn ("I can't speak English": an English course is
what they may want) are no limits. Expected values come from what each phrase says; the phrases
are written for this test.
"""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped

LIFTING_RULED_OUT = [
    "I can't lift heavy things any more, my back hurts",
    "She can no longer carry heavy loads after the injury",
    "หลังเจ็บ ยกของหนักไม่ได้แล้ว",
    "hindi ko na kayang magbuhat ng mabigat",
    "ខ្ញុំមិនអាចលើករបស់ធ្ងន់បានទៀតទេ",
    "အလေးအပင် မ မနိုင်တော့ဘူး",
    "重嘢搬唔郁，想做收銀",
    "我搬不动重物了",
]


@pytest.mark.parametrize("text", LIFTING_RULED_OUT)
def test_a_limit_on_lifting_rules_heavy_lifting_out(text: str) -> None:
    assert "heavy_lifting" in shipped().conditions_refused_in(text)


@pytest.mark.parametrize(
    ("text", "limited"),
    [
        ("I can't stand for long, I want to sit and sew", "I can't stand for long"),
        ("nhìn máy tính lâu không được, em muốn làm tổng đài", "nhìn máy tính lâu không được"),
        ("bán hàng cả ngày em làm không nổi, muốn học nấu ăn", "bán hàng cả ngày em làm không nổi"),
        (
            "hindi ko na kayang tumayo nang matagal, gusto ko sa opisina",
            "hindi ko na kayang tumayo nang matagal",
        ),
        ("我站不了太久，想学缝纫", "站不了太久"),  # the subject is no part of it
    ],
)
def test_what_one_cannot_do_is_read_as_not_wanted(text: str, limited: str) -> None:
    vocabulary = shipped()
    assert vocabulary.disliked_text(text) == limited
    assert limited not in vocabulary.liked_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't wait to start cooking!",
        "I couldn't find a sewing job last year, I still want one",
        "She was unable to find work in a factory",
        "I can't speak English",
        "I cannot use a computer",
        "em không làm được máy tính",
        "At the end my grandmother couldn't walk, so I bathed and fed her",
        "ខ្ញុំមិនអាចរង់ចាំរៀនធ្វើម្ហូបបានទេ",
    ],
)
def test_what_one_cannot_wait_for_find_or_learn_or_what_another_could_not_do_is_no_limit(
    text: str,
) -> None:
    assert shipped().disliked_text(text) == ""


@pytest.mark.parametrize(
    "text",
    ["無需搬重物，冷氣工作環境", "冇重嘢要搬，環境舒適"],
)
def test_a_job_saying_no_heavy_things_to_carry_says_no_heavy_lifting(text: str) -> None:
    assert "heavy_lifting" not in shipped().workplace_conditions_in(text)
