"""An intake form copied into the interests: its labels say what each field is.

Found by the twenty-seventh blind set (session 31): officers paste their intake form into
the field ("Past work: … | Goal: … | Barriers: …"). Read as running text, the past work and
the barriers were wishes: "Barriers: transport cost" brought driving courses, "障礙：要照顧
小朋友" (barrier: must look after the children) childcare courses, and "Skills: very good at
sewing … Goal: delivery rider" tailoring jobs. Now a label of ``_meta.form_<kind>`` that
starts the text, a line or a separated part and is followed by a colon says what its field
is, to the next label: a wish ("Goal:", "เป้าหมาย:", "目標："), what was done or is held
("Past work:", "Kỹ năng:"; a wish word in it is none), an aside read as nothing ("Barriers:",
"Hadlang:"), or a refusal ("Does not want:", "មិនចង់:"). A label word elsewhere is read as
before. The notes are written for this test.
"""

from __future__ import annotations

import pytest

from tests.unit.matching.shipped import shipped


def wished(text: str) -> frozenset[str]:
    vocabulary = shipped()
    return vocabulary.wished_in(vocabulary.wished_text(vocabulary.liked_text(text)))


@pytest.mark.parametrize(
    ("note", "wanted", "not_wanted"),
    [
        (
            "Past work: garment factory (forced) | Goal: hairdresser",
            {"hairdressing"},
            {"garment_manufacturing"},
        ),
        ("Skills: very good at cooking. Goal: delivery rider", {"delivery"}, {"cooking"}),
        (
            "Goal: work in a hotel kitchen\nBarriers: childcare, transport",
            {"cooking"},
            {"childcare"},
        ),
        (
            "งานเดิม: โรงงานแปรรูปอาหารทะเล\nเป้าหมาย: เป็นช่างตัดผม",
            {"hairdressing"},
            {"food_processing"},
        ),
        ("Kỹ năng: giỏi may vá | Mục tiêu: làm thu ngân siêu thị", {"cashier"}, {"sewing"}),
        (
            "Dating trabaho: kasambahay. Layunin: magtrabaho sa call center.",
            {"call_centre"},
            {"domestic_care_work"},
        ),
        (
            "過往工作：餐廳洗碗。目標：讀美甲課程。障礙：要湊仔。",
            {"nail_care"},
            {"childcare", "food_service"},
        ),
        ("- ယခင်အလုပ်: အထည်ချုပ်စက်ရုံ\n- ရည်မှန်းချက်: ဆံပင်ညှပ်", {"hairdressing"}, {"garment_manufacturing"}),
    ],
)
def test_each_field_is_read_as_its_label_says(
    note: str, wanted: set[str], not_wanted: set[str]
) -> None:
    assert not_wanted <= shipped().concepts_in(note), "the note names what is not wanted"
    found = wished(note)
    assert wanted <= found
    assert not not_wanted & found


def test_an_aside_is_not_read_at_all() -> None:
    vocabulary = shipped()
    liked = vocabulary.liked_text("Goal: cook | Barriers: childcare, no driving licence")
    assert "childcare" not in vocabulary.concepts_in(liked)
    assert "driving_licence" not in vocabulary.concepts_in(liked)


@pytest.mark.parametrize(
    ("note", "refused"),
    [
        (
            "Does not want: night shifts, live-in work. Goal: office cleaner",
            {"night_shifts", "live_in"},
        ),
        ("មិនចង់: ធ្វើវេនយប់។ គោលដៅ: លក់បន្លែ", {"night_shifts"}),
    ],
)
def test_what_the_form_says_is_not_wanted_is_refused(note: str, refused: set[str]) -> None:
    assert refused <= shipped().conditions_refused_in(note)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # A label word inside a sentence is no label: read as before.
        ("Her goal is to learn sewing, she has no other needs", {"sewing"}),
        ("She talked about her past work in a garment factory; she wants to cook", {"cooking"}),
        # A generic heading holds everything: "Notes:" is no aside.
        ("Notes: wants to learn hairdressing", {"hairdressing"}),
    ],
)
def test_a_label_word_elsewhere_is_read_as_before(text: str, wanted: set[str]) -> None:
    assert wanted <= wished(text)
