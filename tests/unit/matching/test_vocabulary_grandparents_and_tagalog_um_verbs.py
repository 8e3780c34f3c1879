"""Words the eleventh held-out set's first run (session 23) found missing: caring for a
grandfather or grandmother named by the bare kinship word (Thai ตา/ยาย/ปู่/ย่า, Khmer តា),
or with words between them and the verb (Burmese "grandmother, for five years, cared
for"); Burmese vegetables with other plants named before "planted"; and the -um- family of
Tagalog verbs (gumupit, gumugupit, gugupit beside maggupit, naggugupit).

The phrases are written for this test, none of them from the evaluation's sets."""

from __future__ import annotations

import pytest

from matching.domain.vocabulary.word_forms import WORD_FORMS
from tests.unit.matching.shipped import shipped


@pytest.mark.parametrize(
    "text",
    [
        "ดูแลยายที่บ้านมาสองปี",
        "เคยดูแลปู่ตอนท่านป่วย",
        "ខ្ញុំធ្លាប់មើលថែតាខ្ញុំនៅមន្ទីរពេទ្យ",
        "အဖွားကို ငါးနှစ်လောက် စောင့်ရှောက်ခဲ့တယ်",
    ],
)
def test_caring_for_a_grandparent_is_elder_care(text: str) -> None:
    assert "elder_care" in shipped().wished_in(text)


@pytest.mark.parametrize("text", ["ดูแลตามโรงพยาบาล", "មើលថែតាមផ្ទះអ្នកជំងឺ"])
def test_caring_along_somewhere_is_not_a_grandfather(text: str) -> None:
    """Thai ตาม and Khmer តាម ("along, at") begin with the word for grandfather."""
    assert "elder_care" not in shipped().wished_in(text)


def test_burmese_vegetables_planted_with_other_plants() -> None:
    assert "vegetable_growing" in shipped().wished_in("ဟင်းရွက်နဲ့ ပန်းအနည်းငယ် စိုက်ခဲ့တယ်")


def test_the_um_family_of_a_tagalog_verb() -> None:
    forms = WORD_FORMS["tagalog_affixes"]("maggupit")
    assert {"gumupit", "gumugupit", "gugupit", "naggugupit", "maggupit"} <= forms
    assert {"umani", "umaani", "aani"} <= WORD_FORMS["tagalog_affixes"]("magani")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Gumupit ako ng buhok ng mga kapitbahay", "hairdressing"),
        ("Lumuluto ako ng ulam para sa pamilya araw-araw", "cooking"),
    ],
)
def test_tagalog_um_verbs_name_their_work(text: str, concept: str) -> None:
    assert concept in shipped().wished_in(text)


def test_pointing_is_not_teaching() -> None:
    """ "Tumuro" (the -um- form of turo) is to point; to teach is "magturo"."""
    assert "teaching" not in shipped().wished_in("Tumuturo siya sa mapa ng lungsod")
    assert "teaching" in shipped().wished_in("Nagtuturo ako ng mga bata sa barangay")
