"""What an officer asked or suggested, typed into the survivor's words with the answers, is
no wish of the survivor's (the thirty-seventh language set's first run, session 40: intake
conversations). Written for this change, not a blind set.

- A turn opened by the asking side's label ("Officer:", "Q:", "จนท.:", "社工：") names the
  officer's question, which is left out, unless the answer takes it up ("yes please",
  "ได้ค่ะ") without declining it ("no", "ไม่", "不").
- A question or suggestion told of ("I asked if she likes cooking", "ถามว่า…ไหม", "我問佢…",
  Burmese "…လားလို့ မေးတော့") is left out to its clause's end (in Burmese from its start).
- The survivor's own question ("Can I learn to cook?"), what they asked for ("She asked if
  she could learn sewing", "I asked my boss if I could learn welding", "ฉันถามว่าเรียนทำผม
  ได้ไหม") and what someone they name suggested and they like ("mẹ em gợi ý học may, em cũng
  thích") are still theirs.
"""

from __future__ import annotations

import functools

import pytest

from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary


@functools.cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def wished(text: str) -> frozenset[str]:
    """The concepts read from the words as the survivor's own (what they like and name)."""
    reader = vocabulary()
    return reader.concepts_in(reader.liked_text(text))


def read_as_theirs_not_asked(text: str, *, theirs: str, asked: str) -> None:
    read = wished(text)
    assert theirs in read
    assert asked not in read


@pytest.mark.parametrize(
    ("text", "theirs", "asked"),
    [
        (
            "Officer: do you want to work in a restaurant kitchen?\n"
            "Client: no, I want to learn sewing",
            "sewing",
            "cooking",
        ),
        ("Q: what about hairdressing? / A: no, I like baking bread", "baking", "hairdressing"),
        ("จนท.: สนใจทำอาหารไหม\nน้อง: ไม่ค่ะ อยากเรียนเย็บผ้า", "sewing", "cooking"),
        ("社工：想唔想学煮饭？\n我：不想，我想学剪头发", "hairdressing", "cooking"),
        (
            "Cán bộ: em có muốn học nấu ăn không?\nEm: dạ không, em thích may vá",
            "sewing",
            "cooking",
        ),
    ],
)
def test_an_officers_question_the_answer_declines_is_no_wish(
    text: str, theirs: str, asked: str
) -> None:
    read_as_theirs_not_asked(text, theirs=theirs, asked=asked)


@pytest.mark.parametrize(
    ("text", "taken_up"),
    [
        ("Officer: there is a baking course next month\nClient: yes please, that one", "baking"),
        ("จนท.: มีคอร์สเย็บผ้านะ\nน้อง: ได้ค่ะ อันนี้แหละ", "sewing"),
    ],
)
def test_an_officers_suggestion_the_answer_takes_up_is_read(text: str, taken_up: str) -> None:
    assert taken_up in wished(text)


def test_an_answer_that_says_yes_and_no_takes_nothing_up() -> None:
    assert "baking" not in wished("Q: a baking course, ok?\nA: no, not ok. I want to sew")


@pytest.mark.parametrize(
    ("text", "theirs", "asked"),
    [
        (
            "I asked if she likes cooking, she said no, she wants to learn sewing",
            "sewing",
            "cooking",
        ),
        ("ถามว่าสนใจทำอาหารไหม น้องบอกไม่เอา อยากเรียนเย็บผ้า", "sewing", "cooking"),
        ("我問佢鍾唔鍾意煮飯，佢話唔鍾意，佢想學剪頭髮", "hairdressing", "cooking"),
    ],
)
def test_a_question_told_of_is_no_wish(text: str, theirs: str, asked: str) -> None:
    read_as_theirs_not_asked(text, theirs=theirs, asked=asked)


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("Can I learn to cook? I love cooking", "cooking"),
        ("She asked if she could learn sewing", "sewing"),
        ("Q is my nickname. I like sewing", "sewing"),
        ("I asked my boss if I could learn welding", "welding"),
        ("ฉันถามว่าเรียนทำผมได้ไหม", "hairdressing"),
        ("tinanong ko kung pwede akong mag-aral ng pagluluto", "cooking"),
        ("mẹ em gợi ý học may, em cũng thích", "sewing"),
        ("我问他能不能教我做面包", "baking"),
        ("ខ្ញុំសួរថាអាចរៀនកាត់សក់បានទេ", "hairdressing"),
    ],
)
def test_the_survivors_own_questions_and_requests_stay_theirs(text: str, theirs: str) -> None:
    assert theirs in wished(text)
    assert vocabulary().without_asked(text) == text
