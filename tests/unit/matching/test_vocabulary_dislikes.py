"""What a survivor says they do not want is not read as a wish.

The rule (``matching.domain.vocabulary.dislikes``): a dislike cue of the language files
governs the rest of its clause (in Burmese, the clause up to the cue; in Thai, Vietnamese
and Chinese, when it ends its clause, the clause up to it too), clauses ending at clause
punctuation, contrast words and, in Thai and Khmer, spaces. Every phrase here was
written for these tests; each says what its words are about, so the expected concepts come
from the phrase, not from running the vocabulary. A disliked concept is first checked to be
found in the whole text, so that its absence afterwards is the rule's doing.
"""

from __future__ import annotations

import unicodedata

import pytest
from pymongo import MongoClient

from matching.bootstrap import bootstrap
from matching.config import MatchingSettings
from matching.domain.values import OpportunityKind
from matching.domain.vocabulary import Vocabulary, VocabularyError
from matching.domain.vocabulary.dislikes import (
    Cue,
    clause_breaks,
    disliked_stretches,
    ends_its_clause,
    start_of_its_phrase,
    without_stretches,
)
from matching.domain.vocabulary.normalisation import word_spans, words_of
from matching.domain.words_read import reading_of
from pathways_runtime.field_crypto import InMemoryFieldCrypto
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import open_job, ready_survivor


def liked(text: str) -> frozenset[str]:
    """The concepts of what the text says the writer likes or wants."""
    return shipped().concepts_in(shipped().liked_text(text))


Cases = dict[str, list[tuple[str, set[str], set[str]]]]
CASE_FIELDS = ("language", "text", "kept", "dropped")


def cases(table: Cases) -> list[tuple[str, str, set[str], set[str]]]:
    """A table of phrases by language as parameters (language, text, kept, dropped)."""
    return [
        (language, text, kept, dropped)
        for language, phrases in table.items()
        for text, kept, dropped in phrases
    ]


def assert_kept_and_dropped(language: str, text: str, kept: set[str], dropped: set[str]) -> None:
    """`dropped` is named in the whole text (so its absence is the rule's doing), and only
    `kept` of the two is left as a wish."""
    assert dropped <= shipped().concepts_in(text), "the whole text names what is dropped"
    found = liked(text)
    assert kept <= found, language
    assert not found & dropped, language


# (a dislike next to a like, the concepts liked, the concepts disliked)
DISLIKE_AND_LIKE: Cases = {
    "en": [
        # what they did before and refuse to do again
        ("Not washing dishes again, I want to learn baking", {"baking"}, {"food_service"}),
        (
            "I don't want to work in a factory any more, I want to grow vegetables",
            {"vegetable_growing"},
            {"manufacturing"},
        ),
        ("I hate cleaning houses but I love cooking", {"cooking"}, {"housework"}),
        (
            "I'm tired of sewing all day; I would like to drive a truck",
            {"driving"},
            {"sewing"},
        ),
        # asking to be kept from something
        (
            "I have worked on building sites. Please don't put me on a sewing line.",
            {"construction"},
            {"sewing"},
        ),
        (
            "Keep me away from cleaning jobs, I want to drive a truck",
            {"driving"},
            {"cleaning_services"},
        ),
        ("Anything but sewing, I'd like to grow vegetables", {"vegetable_growing"}, {"sewing"}),
        ("No way I'm working in a factory again, I want to cook", {"cooking"}, {"manufacturing"}),
        (
            "I'm not doing housework again; I'd like to look after children",
            {"childcare"},
            {"housework"},
        ),
        (
            "I never want to sew in a factory again, I'd like to drive a truck",
            {"driving"},
            {"sewing"},
        ),
    ],
    "th": [
        # a space ends the phrase the dislike governs
        (
            "ไม่อยากทำงานโรงงานแล้ว อยากขายของออนไลน์",
            {"online_selling"},
            {"manufacturing"},
        ),
        # no space: the contrast word ends it
        ("เบื่องานแม่บ้านแต่ชอบเลี้ยงเด็ก", {"childcare"}, {"domestic_care_work"}),
        # แต่ inside แต่งหน้า (makeup) is no "but": the dislike reaches over it
        ("ไม่ชอบแต่งหน้า อยากทำอาหาร", {"cooking"}, {"makeup"}),
        # a Latin word spaced off belongs to the phrase before it
        ("ไม่ชอบ IT support อยากทำอาหาร", {"cooking"}, {"it_support"}),
        # the topic first, the dislike and a particle after it: it reaches back
        ("ชอบทำกาแฟค่ะ งานโรงงานไม่อยากทำแล้ว", {"coffee"}, {"manufacturing"}),
        # ... within a run without spaces, from the contrast word (แต่ before งาน is "but",
        # not แต่ง, to dress: a word never ends on the consonant that starts "งาน")
        ("อยากปลูกผักแต่งานโรงงานไม่ชอบเลย", {"vegetable_growing"}, {"manufacturing"}),
        # ... and over the space before a phrase that is only the dislike
        ("อยากเลี้ยงเด็ก ล้างจาน ไม่เอาแล้ว", {"childcare"}, {"food_service"}),
        # not managing something heavy
        ("ยกของหนักไม่ไหว อยากทำขนม", {"baking"}, {"logistics_warehouse"}),
        # a dislike followed by what it is about governs forwards only
        ("อยากทำอาหารไม่อยากเย็บผ้า", {"cooking"}, {"sewing"}),
        ("ทำอาหารได้ ไม่ชอบเย็บผ้า", {"cooking"}, {"sewing"}),
        # a subject between the topic's phrase and its dislike (``_meta.dislike_head``)
        ("งานโรงงาน ฉันไม่ชอบเลย อยากเรียนทำขนม", {"baking"}, {"manufacturing"}),
        ("ทำขนม ผมชอบ ล้างจาน ผมก็ไม่ชอบ", {"baking"}, {"food_service"}),
        ("ทำขนม ผมชอบ ล้างจาน ผมจริงๆ ก็ไม่ชอบ", {"baking"}, {"food_service"}),
        # ... but a subject and a dislike with its own topic govern forwards only
        ("ขายของ ฉันไม่ชอบงานโรงงาน", {"selling"}, {"manufacturing"}),
    ],
    "vi": [
        # not ... any more (không … nữa), typed with its marks or without
        ("không làm nhà máy nữa, muốn học nấu ăn", {"cooking"}, {"manufacturing"}),
        ("ko lam giup viec nua, muon hoc may", {"sewing"}, {"domestic_care_work"}),
        (
            "Tôi không muốn làm công nhân may nữa, tôi muốn học làm tóc",
            {"hairdressing"},
            {"garment_manufacturing"},
        ),
        ("Em ghét rửa bát nhưng thích nấu ăn", {"cooking"}, {"food_service"}),
        ("Em không thích làm ở nhà máy, em muốn theo nghề may", {"sewing"}, {"manufacturing"}),
        # typed without tone marks
        ("em ko thich lam van phong, em thich trong hoa", {"gardening"}, {"office_admin"}),
        # the topic first, after thì, then the dislike and a softener: it reaches back
        ("Em thích làm bánh, chứ may vá thì em ngại lắm", {"baking"}, {"sewing"}),
        ("Em muốn học nấu ăn. Còn rửa bát thì em ngại lắm", {"cooking"}, {"food_service"}),
        (
            "Làm ca đêm ở nhà máy thì em sợ lắm, em muốn trồng rau",
            {"vegetable_growing"},
            {"manufacturing"},
        ),
        ("ban hang thi em ko thich dau, em muon hoc nau an", {"cooking"}, {"selling"}),
        # chứ, rather than, ends a clause
        ("Em không thích bán hàng chứ thích nấu ăn", {"cooking"}, {"selling"}),
    ],
    "tl": [
        (
            "Ayoko nang maglinis ng bahay, gusto kong mag-alaga ng bata",
            {"childcare"},
            {"housework"},
        ),
        (
            "Sawang-sawa na ako sa pabrika pero gusto kong magtanim ng gulay",
            {"vegetable_growing"},
            {"manufacturing"},
        ),
    ],
    "km": [
        (
            "ខ្ញុំមិនចង់ធ្វើការរោងចក្រកាត់ដេរទៀតទេ ខ្ញុំចង់រៀនកាត់សក់",
            {"hairdressing"},
            {"garment_manufacturing"},
        ),
        ("ខ្ញុំស្អប់ការលាងចានប៉ុន្តែចូលចិត្តធ្វើម្ហូប", {"cooking"}, {"food_service"}),
        # the topic first, the dislike after it (``_meta.topic_before_dislike``)
        ("ការងាររោងចក្រ មិនចូលចិត្តទេ ចង់ធ្វើម្ហូប", {"cooking"}, {"manufacturing"}),
        # ... with the subject between them (``_meta.dislike_head``)
        ("លក់ដូរ ខ្ញុំមិនចូលចិត្តទេ ចង់រៀនដេរ", {"sewing"}, {"selling"}),
    ],
    "my": [
        # the object comes first: the dislike reaches back to the clause's start
        ("အိမ်အကူအလုပ် မလုပ်ချင်ဘူး၊ ကလေးထိန်းချင်တယ်", {"childcare"}, {"domestic_care_work"}),
        # spaces inside a Burmese clause end nothing; the contrast word does
        (
            "ထမင်းဟင်းချက်ရတာ ကြိုက်တယ် ဒါပေမဲ့ ပန်းကန်ဆေးရတာ မကြိုက်ဘူး",
            {"cooking"},
            {"food_service"},
        ),
    ],
    "zh": [
        ("我不想再去工厂打工了，想去美发店学剪头发", {"hairdressing"}, {"manufacturing"}),
        ("我讨厌洗碗，但是喜欢做饭", {"cooking"}, {"food_service"}),
        ("我唔想再做清潔，想湊細路", {"childcare"}, {"cleaning_services"}),  # Cantonese
        # the topic first, the dislike and a particle or "go", "do" after it: it reaches back
        ("工厂我不想去了，想去美发店学剪头发", {"hairdressing"}, {"manufacturing"}),
        ("洗碗我真的不喜歡，想學做蛋糕", {"baking"}, {"food_service"}),  # Traditional
        ("工廠我不幹了，想學剪頭髮", {"hairdressing"}, {"manufacturing"}),
        ("洗碗我不是很喜欢，想学做蛋糕", {"baking"}, {"food_service"}),  # not much
        # Cantonese: like in one clause, the topic and dislike in the next
        ("我钟意煮嘢食，洗碗就真系唔钟意", {"cooking"}, {"food_service"}),
        ("煮飯我真係唔掂㗎，想湊細路", {"childcare"}, {"cooking"}),  # can't handle cooking
        ("地盤我唔做喇，想學揸的士", {"driving"}, {"construction"}),
        ("賣嘢我真係冇乜興趣呀，想學整車", {"car_repair"}, {"selling"}),
        ("搬運就唔好啦，想做清潔", {"cleaning_services"}, {"logistics_warehouse"}),
        # no punctuation: the contrast word ends the clause the dislike reaches back over
        ("我想学做饭但是工厂不想去", {"cooking"}, {"manufacturing"}),
        # a dislike followed by what it is about governs forwards only
        ("我想学做饭不想做清洁", {"cooking"}, {"cleaning_services"}),
        # "not doing cleaning", as a helper writing Cantonese as a second language puts it
        ("我想做 office 工，唔係做清潔", {"office_admin"}, {"cleaning_services"}),
    ],
}


@pytest.mark.parametrize(CASE_FIELDS, cases(DISLIKE_AND_LIKE))
def test_a_dislike_next_to_a_like_keeps_the_like_and_drops_the_dislike(
    language: str, text: str, kept: set[str], dropped: set[str]
) -> None:
    assert_kept_and_dropped(language, text, kept, dropped)
    assert "dislike" in shipped().intents_in(text)


def test_every_shipped_language_says_how_to_dislike() -> None:
    assert set(DISLIKE_AND_LIKE) == set(shipped().languages)


# (a bare negation about something else, next to a wish: the wish stays)
STILL_WISHES: list[tuple[str, set[str]]] = [
    ("I never learnt to sew but I want to", {"sewing"}),
    ("I never wanted to cook, but now I love it", {"cooking"}),
    ("I don't mind night shifts in a bakery", {"baking"}),
    ("ไม่เคยเรียนทำขนม อยากลอง", {"baking"}),
    ("chưa từng học may nhưng muốn học", {"sewing"}),
    ("Hindi ako marunong manahi pero gusto kong matuto", {"sewing"}),
    ("ខ្ញុំមិនដែលរៀនដេរទេ តែចង់រៀនដេរខោអាវ", {"sewing"}),
    ("ချုပ်ရိုးချုပ်နည်း တစ်ခါမှ မသင်ဖူးဘူး၊ အပ်ချုပ် သင်ယူချင်တယ်", {"sewing"}),
    ("我没读过多少书，但很想学做蛋糕", {"baking"}),
    ("I can do anything but I want to learn sewing", {"sewing"}),
    # a topic first with a liking, not a dislike, after it
    ("ไม่เคยทำขนม แต่อยากลอง", {"baking"}),
    ("ทำอาหารชอบมากค่ะ", {"cooking"}),
    ("chưa học may thì em muốn học", {"sewing"}),
    ("Nấu ăn thì em thích lắm", {"cooking"}),
    # a cue negated: never tired of it, not reluctant, not afraid
    ("ทำอาหารไม่เบื่อเลย", {"cooking"}),
    ("Chăm người già em không ngại đâu", {"elder_care"}),
    ("em không sợ máu, em muốn chăm sóc người già", {"elder_care"}),
    ("Trồng rau thì em không chán đâu", {"vegetable_growing"}),
    # Chinese: a topic first with a liking after it; a negation that is no dislike (never
    # learnt, not good at); not afraid; don't hate it; "want or not", a question; not clean
    ("做饭我最喜欢", {"cooking"}),
    ("車衫我好鍾意", {"sewing"}),
    ("裁缝我没学过，但是想学", {"tailoring"}),
    ("电脑我不太会，想学", {"computers"}),
    ("電腦我不太會，想學", {"computers"}),
    ("做清洁我不怕脏", {"cleaning_services"}),
    ("夜班保安我都唔怕，想做", {"security_services"}),
    ("洗碗我不讨厌", {"food_service"}),
    ("清潔我唔係好憎", {"cleaning_services"}),
    ("你想不想学做饭？我好想", {"cooking"}),
    ("廚房不乾淨也沒關係，我想做飯", {"cooking"}),
    # Khmer: ជាជាង ("rather than") inside "work as / become a tailor" (ធ្វើជា + ជាងដេរ)
    ("ខ្ញុំចង់ធ្វើជាជាងដេរ", {"tailoring"}),
    ("នាងចង់ក្លាយជាជាងកាត់សក់", {"hairdressing"}),
]


@pytest.mark.parametrize(("text", "wished"), STILL_WISHES)
def test_a_bare_negation_about_something_else_leaves_the_wish(text: str, wished: set[str]) -> None:
    assert "dislike" not in shipped().intents_in(text)
    assert shipped().liked_text(text) == text
    assert wished <= liked(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hate working in factories.",
        "ไม่อยากทำงานโรงงาน",
        "Tôi không muốn làm ở nhà máy",
        "Ayoko sa pabrika",
        "ខ្ញុំមិនចូលចិត្តធ្វើការរោងចក្រ",
        "စက်ရုံမှာ အလုပ်မလုပ်ချင်ဘူး",
        "我不喜欢在工厂上班",
    ],
)
def test_a_text_that_is_only_a_dislike_maps_to_nothing(text: str) -> None:
    assert shipped().concepts_in(text), "the whole text names what is disliked"
    assert liked(text) == frozenset()


# A bare negation that opens a clause refuses what follows (``_meta.dislike_opening``), as
# chat replies and speech say it. (the text, the concepts liked, the concepts refused)
OPENING_REFUSALS: Cases = {
    "en": [
        ("can i learn to fix phones here? not the sewing class pls", {"phone_repair"}, {"sewing"}),
        ("no factory pls, cooking", {"cooking"}, {"manufacturing"}),
        ("warehouse ok, no forklift", {"logistics_warehouse"}, {"forklift_operation"}),
        ("I want no night shifts, cooking is good", {"cooking"}, set()),
    ],
    "vi": [
        ("dạ\nmay vá 😊\nko làm nhà hàng đâu", {"sewing"}, {"food_service"}),
        ("em muốn học may, không làm nhà máy", {"sewing"}, {"manufacturing"}),
    ],
    "tl": [("hindi po sa pabrika, gusto ko magluto", {"cooking"}, {"manufacturing"})],
    # Chinese says it with a bare 不要 (don't want), a dislike cue anywhere
    "zh": [("做饭 不要工厂的", {"cooking"}, {"manufacturing"})],
}


@pytest.mark.parametrize(CASE_FIELDS, cases(OPENING_REFUSALS))
def test_a_negation_that_opens_a_clause_refuses_what_follows(
    language: str, text: str, kept: set[str], dropped: set[str]
) -> None:
    assert_kept_and_dropped(language, text, kept, dropped)


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        # an opening that refuses nothing, and a negation inside a clause
        ("not sure maybe cooking", "cooking"),
        ("no experience but I want to learn sewing", "sewing"),
        ("Not only sewing but also cooking", "sewing"),
        ("I never had the chance to learn sewing", "sewing"),
        ("I want to learn sewing, there is no school near me", "sewing"),
        ("không biết, chắc là nấu ăn", "cooking"),
        ("không có kinh nghiệm nhưng em muốn học may", "sewing"),
        ("hindi ko alam, siguro pananahi", "sewing"),
        ("e muon di hoc nghe cat toc", "hairdressing"),
        ("要不要学做饭？我好想", "cooking"),
        # Tagalog "ko" (I, my) after its wish word is no Vietnamese "ko" (no)
        ("Gusto ko pong matuto ng computer para makapagtrabaho sa opisina", "computers"),
    ],
)
def test_a_negation_that_opens_nothing_refuses_nothing(text: str, wished: str) -> None:
    assert wished in liked(text)


def test_a_wish_to_learn_said_as_a_dislike_is_no_wish_to_learn() -> None:
    text = "I don't want to study any more, I want to work in a restaurant"
    assert shipped().wants_to_learn(text)  # the words "want to study" are there
    assert not shipped().wants_to_learn(shipped().liked_text(text))
    assert "food_service" in liked(text)


def test_what_is_left_is_cut_from_the_text_as_written() -> None:
    """Traditional characters stay Traditional, marks typed apart stay apart: the text
    features see the survivor's own characters."""
    assert shipped().liked_text("我唔鍾意喺工廠做嘢，而係想學煮嘢食") == "我 | ，而係想學煮嘢食"
    decomposed = unicodedata.normalize("NFD", "Em ghét rửa bát nhưng thích nấu ăn")
    assert shipped().liked_text(decomposed) == unicodedata.normalize(
        "NFD", "Em | nhưng thích nấu ăn"
    )


# -- the scope rule on its own --------------------------------------------------------


def test_a_cue_governs_to_the_next_break_where_the_object_follows_the_verb() -> None:
    #       0123456789
    text = "ab NO cd, ef"
    stretches = disliked_stretches(
        len(text),
        cues=[Cue(3, 5)],
        breaks=clause_breaks(text, contrast=[], spaced_scripts=frozenset()),
    )
    assert stretches == [(3, 8)]
    assert without_stretches(text, stretches) == "ab | , ef"


def test_a_cue_governs_back_to_the_last_break_where_the_object_comes_first() -> None:
    text = "ab, cd NO ef"
    stretches = disliked_stretches(
        len(text),
        cues=[Cue(7, 9, governs_after=False, governs_before=True)],
        breaks=clause_breaks(text, contrast=[], spaced_scripts=frozenset()),
    )
    assert stretches == [(3, 9)]
    assert without_stretches(text, stretches) == "ab, | ef"


def test_a_contrast_word_ends_the_clause() -> None:
    text = "no cd but ef"
    breaks = clause_breaks(text, contrast=[(6, 9)], spaced_scripts=frozenset())
    assert disliked_stretches(len(text), cues=[Cue(0, 2)], breaks=breaks) == [(0, 6)]


def test_a_break_inside_the_cue_ends_nothing() -> None:
    text = "ไม่ ชอบงาน ผัก"  # "don't like" typed with a space in it
    breaks = clause_breaks(text, contrast=[], spaced_scripts=frozenset({"THAI"}))
    assert breaks == [(3, 4), (10, 11)]
    assert disliked_stretches(len(text), cues=[Cue(0, 7)], breaks=breaks) == [(0, 10)]


def test_a_cue_alone_in_its_phrase_reaches_over_the_space_before_it() -> None:
    text = "ab cd NO"
    breaks = [(2, 3), (5, 6)]
    before = Cue(6, 8, governs_after=False, governs_before=True)
    assert disliked_stretches(len(text), cues=[before], breaks=breaks) == [(6, 8)]
    assert disliked_stretches(len(text), cues=[before], breaks=breaks, spaces=breaks) == [(3, 8)]
    # a clause's punctuation is no space: the stretch stops there
    assert disliked_stretches(len(text), cues=[before], breaks=breaks, spaces=[(2, 3)]) == [(6, 8)]


@pytest.mark.parametrize(
    ("rest", "ends"),
    [
        ("", True),
        (" really!", True),
        ("reallyreally 🙂", True),
        (" REALLY, coffee", True),  # the clause ends at the comma
        (" really coffee", False),
        (" realistic", False),
    ],
)
def test_a_cue_ends_its_clause_when_only_tail_words_follow_it(rest: str, ends: bool) -> None:
    text = "coffee NO" + rest
    breaks = clause_breaks(text, contrast=[], spaced_scripts=frozenset())
    assert ends_its_clause(text, 9, breaks=breaks, tail=frozenset({"really"})) is ends


@pytest.mark.parametrize(
    ("text", "starts_at"),
    [
        ("coffee, me NO", 7),  # only the subject before the cue: its clause's start
        ("coffee, me me NO", 7),
        ("coffee, NO", 8),  # nothing before the cue: where it is
        ("coffee, me tea NO", 15),  # anything else: where it is
        ("coffee, meme2 NO", 14),
    ],
)
def test_a_cue_starts_its_phrase_when_only_head_words_stand_before_it(
    text: str, starts_at: int
) -> None:
    breaks = clause_breaks(text, contrast=[], spaced_scripts=frozenset())
    cue = text.index("NO")
    assert start_of_its_phrase(text, cue, breaks=breaks, head=frozenset({"me"})) == starts_at


def test_over_spaces_between_phrases_a_cue_starts_at_the_first_phrase_of_head_words() -> None:
    text = "tea me too NO"
    spaces = [(3, 4), (6, 7), (10, 11)]  # phrases end at these spaces
    cue = text.index("NO")
    head = frozenset({"me", "too"})
    assert start_of_its_phrase(text, cue, breaks=spaces, head=head, spaces=spaces) == 4
    assert (
        start_of_its_phrase(text, cue, breaks=spaces, head=frozenset({"too"}), spaces=spaces) == 7
    )
    # breaks that are not spaces between phrases (punctuation): its own clause only
    assert start_of_its_phrase(text, cue, breaks=spaces, head=head) == cue
    # a cue alone in its phrase: the phrases of head words before it
    alone = "tea me NO"
    assert start_of_its_phrase(alone, 7, breaks=spaces[:2], head=head, spaces=spaces[:2]) == 4


def test_overlapping_stretches_merge() -> None:
    assert disliked_stretches(9, cues=[Cue(0, 2), Cue(4, 5)], breaks=[]) == [(0, 9)]


def test_spaces_end_phrases_only_before_a_letter_of_a_spaced_script() -> None:
    text = "ไม่ชอบ IT งาน ผัก"
    breaks = clause_breaks(text, contrast=[], spaced_scripts=frozenset({"THAI"}))
    assert breaks == [(9, 10), (13, 14)]  # not the space before the Latin word


# -- the language files' settings ------------------------------------------------------


def tiny(meta: dict[str, object], dislike: list[str]) -> Vocabulary:
    return Vocabulary(
        concepts={
            "coffee": {"kind": "interest", "label": "Coffee"},
            "tea": {"kind": "interest", "label": "Tea"},
        },
        languages={
            "xx": {
                "_meta": meta,
                "_intents": {"dislike": dislike},
                "coffee": {"terms": ["coffee"]},
                "tea": {"terms": ["tea"]},
            }
        },
    )


def test_contrast_words_and_object_first_languages_come_from_the_files() -> None:
    after = tiny({"contrast": ["yet"]}, ["nope"])
    assert after.concepts_in(after.liked_text("nope coffee yet tea")) == {"tea"}
    before = tiny({"contrast": ["yet"], "object_before_verb": True}, ["nope"])
    assert before.concepts_in(before.liked_text("coffee nope yet tea")) == {"tea"}
    assert before.concepts_in(before.liked_text("tea yet coffee nope")) == {"tea"}


def test_a_topic_before_its_dislike_is_disliked_where_the_files_say_so() -> None:
    topic_first = tiny({"topic_before_dislike": True, "dislike_tail": ["really"]}, ["nope"])

    def liked_of(text: str) -> frozenset[str]:
        return topic_first.concepts_in(topic_first.liked_text(text))

    assert liked_of("coffee nope really, tea") == {"tea"}
    assert liked_of("coffee nope, tea") == {"tea"}
    assert liked_of("nope coffee, tea") == {"tea"}  # forwards, as in every language
    assert liked_of("coffee, nope tea") == {"coffee"}  # what follows is what it governs
    assert liked_of("coffee nope much, tea") == {"coffee", "tea"}  # "much" is no tail word
    verb_first = tiny({}, ["nope"])
    assert verb_first.concepts_in(verb_first.liked_text("coffee nope, tea")) == {
        "coffee",
        "tea",
    }


def test_a_cue_whose_parts_hold_its_topic_reaches_no_further_back() -> None:
    """A cue such as "not on the boats again" names its topic between its parts: said last
    in a clause, it governs what it holds, not the wish before it. Only fillers or tail
    words between the parts hold no topic, and the cue reaches back as any other."""
    vocabulary = tiny(
        {"topic_before_dislike": True, "dislike_tail": ["really"], "fillers": ["the"]},
        ["nope … again"],
    )

    def liked_of(text: str) -> frozenset[str]:
        return vocabulary.concepts_in(vocabulary.liked_text(text))

    assert liked_of("tea nope the coffee again") == {"tea"}
    assert liked_of("tea coffee nope again") == frozenset()
    assert liked_of("tea coffee nope the again") == frozenset()
    assert liked_of("tea coffee nope really again") == frozenset()


@pytest.mark.parametrize(
    ("text", "wished", "refused"),
    [
        (
            "i want to learn welding and get a job in a workshop not on the fishing boats again",
            "welding",
            "fishing",
        ),
        ("I want to cook not in a factory again", "cooking", "manufacturing"),
    ],
)
def test_a_wish_before_a_dislike_that_holds_its_topic_stays_a_wish(
    text: str, wished: str, refused: str
) -> None:
    assert refused in shipped().concepts_in(text)
    assert wished in liked(text)
    assert refused not in liked(text)


def test_phrases_listed_as_no_dislike_are_no_cue() -> None:
    vocabulary = Vocabulary(
        concepts={"coffee": {"kind": "interest", "label": "Coffee"}},
        languages={
            "xx": {
                "_intents": {"dislike": ["mind"], "dislike_not": ["never mind"]},
                "coffee": {"terms": ["coffee"]},
            }
        },
    )
    assert vocabulary.liked_text("mind coffee") == ""
    assert vocabulary.liked_text("never mind coffee") == "never mind coffee"
    assert "dislike" not in vocabulary.intents_in("never mind coffee")
    assert vocabulary.intents == {"dislike"}


def test_phrases_that_are_no_intent_need_the_intent() -> None:
    with pytest.raises(VocabularyError, match="no 'dislike'"):
        Vocabulary(
            concepts={"coffee": {"kind": "interest", "label": "Coffee"}},
            languages={"xx": {"_intents": {"dislike_not": ["never mind"]}}},
        )


def test_a_word_that_starts_a_new_wish_ends_the_dislike_before_it() -> None:
    vocabulary = tiny({"wish": ["want"], "wish_not": ["wanted"]}, ["nope", "no want"])
    assert vocabulary.concepts_in(vocabulary.liked_text("nope coffee and want tea")) == {"tea"}
    # A wish word inside the cue itself ends nothing; one inside a longer word is no wish.
    assert vocabulary.concepts_in(vocabulary.liked_text("no want coffee")) == frozenset()
    assert vocabulary.concepts_in(vocabulary.liked_text("nope wanted coffee")) == frozenset()
    # Object first: a wish said in full ends the clause a later dislike reaches back over.
    before = tiny({"wish": ["want"], "object_before_verb": True}, ["nope"])
    assert before.concepts_in(before.liked_text("tea want coffee nope")) == {"tea"}


# A dislike, then a new wish in the same run of words: no punctuation, no contrast word.
# (the text, the concepts liked, the concepts disliked)
DISLIKE_THEN_WISH: Cases = {
    "en": [
        ("I don't like cleaning houses and I want to cook", {"cooking"}, {"housework"}),
        ("I hate factory work and would like to learn sewing", {"sewing"}, {"manufacturing"}),
        ("I'm tired of cleaning houses I want to drive a truck", {"driving"}, {"housework"}),
    ],
    "th": [
        ("ไม่ชอบงานโรงงานอยากเรียนตัดเสื้อ", {"tailoring"}, {"manufacturing"}),
        ("ไม่อยากทำงานโรงงานและอยากทำอาหาร", {"cooking"}, {"manufacturing"}),
    ],
    "vi": [
        ("em không thích làm nhà máy mà thích nấu ăn", {"cooking"}, {"manufacturing"}),
        ("tôi không muốn làm nhà máy và tôi muốn học may", {"sewing"}, {"manufacturing"}),
    ],
    "tl": [
        ("ayoko sa pabrika at gusto kong magluto", {"cooking"}, {"manufacturing"}),
    ],
    "km": [
        ("មិនចូលចិត្តធ្វើការរោងចក្រចង់រៀនដេរ", {"sewing"}, {"manufacturing"}),
    ],
    "my": [
        ("အပ်ချုပ်ချင်တယ် စက်ရုံမှာ မလုပ်ချင်ဘူး", {"sewing"}, {"manufacturing"}),
    ],
    "zh": [
        ("我不想在工厂工作而且我想学做饭", {"cooking"}, {"manufacturing"}),
        ("工厂我不想去想学做饭", {"cooking"}, {"manufacturing"}),
    ],
}


@pytest.mark.parametrize(CASE_FIELDS, cases(DISLIKE_THEN_WISH))
def test_a_new_wish_after_a_dislike_is_still_a_wish(
    language: str, text: str, kept: set[str], dropped: set[str]
) -> None:
    assert_kept_and_dropped(language, text, kept, dropped)


# What is wanted less than something else ("rather than", "instead of", "more … than"; the
# ``compared`` intent): no wish. The words between a cue's parts are the wish.
# (the text, the concepts liked, the concepts wanted less)
WANTED_LESS: Cases = {
    "en": [
        ("I want to cook rather than clean houses", {"cooking"}, {"housework"}),
        ("I'd like a sewing course instead of factory work", {"sewing"}, {"manufacturing"}),
        ("more into driving jobs than cleaning offices", {"driving"}, {"cleaning_services"}),
        ("I like cooking more than cleaning houses", {"cooking"}, {"housework"}),
        ("I'm better at sewing than at cooking", {"sewing"}, {"cooking"}),
        ("I'd rather work in a kitchen than in a factory", {"cooking"}, {"manufacturing"}),
    ],
    "th": [
        ("อยากทำอาหารแทนที่จะทำงานบ้าน", {"cooking"}, {"housework"}),
        ("อยากเลี้ยงเด็กมากกว่าทำงานโรงงาน", {"childcare"}, {"manufacturing"}),
    ],
    "vi": [("em thích nấu ăn hơn là dọn nhà", {"cooking"}, {"housework"})],
    "tl": [("mas gusto kong magluto kaysa maglinis ng bahay", {"cooking"}, {"housework"})],
    "km": [("ចង់ធ្វើម្ហូបជាជាងធ្វើការរោងចក្រ", {"cooking"}, {"manufacturing"})],
    "my": [
        ("စက်ရုံအလုပ်အစား အပ်ချုပ်ချင်တယ်", {"sewing"}, {"manufacturing"}),
        ("စက်ရုံအလုပ်ထက် အပ်ချုပ်တာ ပိုကြိုက်တယ်", {"sewing"}, {"manufacturing"}),
    ],
    "zh": [
        ("我想做饭而不是在工厂工作", {"cooking"}, {"manufacturing"}),
        ("与其在工厂工作不如学做饭", {"cooking"}, {"manufacturing"}),
    ],
}


@pytest.mark.parametrize(CASE_FIELDS, cases(WANTED_LESS))
def test_what_is_wanted_less_than_something_else_is_no_wish(
    language: str, text: str, kept: set[str], dropped: set[str]
) -> None:
    assert_kept_and_dropped(language, text, kept, dropped)


# What does not suit them, often said after its topic ("sewing is not for me").
# (the text, the concepts liked, the concepts that do not suit)
DOES_NOT_SUIT: Cases = {
    "en": [
        ("Sewing is not for me, I want to cook", {"cooking"}, {"sewing"}),
        (
            "Factory work doesn't suit me at all. I'd like to drive a truck",
            {"driving"},
            {"manufacturing"},
        ),
    ],
    "th": [("งานขายไม่เหมาะกับหนู อยากทำอาหาร", {"cooking"}, {"retail_sales"})],
    "vi": [("bán hàng không hợp với em, em muốn nấu ăn", {"cooking"}, {"selling"})],
    "tl": [("hindi para sa akin ang pananahi, gusto kong magluto", {"cooking"}, {"sewing"})],
    "km": [("ការលក់មិនសមនឹងខ្ញុំទេ ខ្ញុំចង់ធ្វើម្ហូប", {"cooking"}, {"selling"})],
    "my": [
        ("အရောင်းအလုပ်က ကျွန်မနဲ့ မသင့်တော်ဘူး၊ ဟင်းချက်ချင်တယ်", {"cooking"}, {"selling"}),
        ("စက်ရုံအလုပ်က ကိုယ်နဲ့မကိုက်ဘူး၊ အပ်ချုပ်ချင်တယ်", {"sewing"}, {"manufacturing"}),
    ],
    "zh": [("销售不适合我，我想做饭", {"cooking"}, {"retail_sales"})],
}


@pytest.mark.parametrize(CASE_FIELDS, cases(DOES_NOT_SUIT))
def test_what_does_not_suit_them_is_no_wish(
    language: str, text: str, kept: set[str], dropped: set[str]
) -> None:
    assert_kept_and_dropped(language, text, kept, dropped)


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        # an English dislike followed by more than a softener reaches forwards only
        ("I want to learn sewing because I hate being idle", "sewing"),
        ("I want to cook; I hate it when they shout at me", "cooking"),
    ],
)
def test_an_english_dislike_reaches_back_only_from_its_clauses_end(text: str, wished: str) -> None:
    assert wished in liked(text)


@pytest.mark.parametrize(
    ("text", "wished"),
    [
        # a comparison of amounts, and Burmese food (အစားအသောက်), which contains အစား
        ("I have more than two years of sewing experience", "sewing"),
        ("I sewed for more than a year and I want to sew again", "sewing"),
        ("more than anything I want to cook", "cooking"),
        ("အစားအသောက် ချက်ပြုတ်ချင်တယ်", "cooking"),
        # "more than" weighing no work against a wish: people compared, a length of time
        ("The kids listen to me more than to their teachers", "teaching"),
        ("เคยทำงานโรงงานมากกว่าสองปี", "manufacturing"),
        ("စက်ရုံမှာ နှစ်နှစ်ထက်ပိုလုပ်ခဲ့တယ်၊ အပ်ချုပ်ချင်တယ်", "manufacturing"),
    ],
)
def test_words_that_only_look_like_wanting_less_leave_the_wish(text: str, wished: str) -> None:
    assert wished in liked(text)


@pytest.mark.parametrize(
    ("text", "disliked"),
    [
        # "want" of someone else, and words that only contain a wish word, start no wish
        ("I don't like jobs that want you to cook all night", "cooking"),
        ("ไม่ชอบงานที่ต้องรับผิดชอบทำอาหาร", "cooking"),
        ("em không thích nấu ăn, không thích hợp", "cooking"),
        ("我不喜欢理想的做饭工作", "cooking"),
    ],
)
def test_a_word_that_only_looks_like_a_wish_leaves_the_dislike(text: str, disliked: str) -> None:
    assert disliked in shipped().concepts_in(text)
    assert disliked not in liked(text)


def test_a_word_listed_as_no_contrast_ends_nothing() -> None:
    vocabulary = tiny({"contrast": ["yet"], "contrast_not": ["yet more"]}, ["nope"])
    assert vocabulary.concepts_in(vocabulary.liked_text("nope yet more coffee")) == frozenset()


def test_a_text_whose_folding_cannot_be_aligned_is_cut_as_folded() -> None:
    """Hangul written as separate jamo composes across letters (no shipped language does
    that): what is left is the folded text's."""
    vocabulary = tiny({}, ["nope"])
    assert vocabulary.liked_text("nope coffee, \u1112\u1161 tea") == ", \ud558 tea"


@pytest.mark.parametrize(
    "text",
    ["I don't like my sister's mag-ayos work, no", "people’s co-op; it's fine", "a - b"],
)
def test_word_spans_locate_the_words_the_matcher_reads(text: str) -> None:
    spans = word_spans(text)
    assert len(spans) == len(words_of(text))
    for (start, end), word in zip(spans, words_of(text), strict=True):
        piece = text[start:end]
        assert piece == word or piece.replace("-", "").replace("'", "") == word


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        pytest.param({"contrast": "but"}, "list of strings", id="contrast-not-a-list"),
        pytest.param({"object_before_verb": "yes"}, "true or false", id="order-not-a-flag"),
        pytest.param({"phrases_end_at_spaces": 1}, "true or false", id="spaces-not-a-flag"),
        pytest.param({"contrast": ["{but|yet"]}, "unbalanced", id="bad-contrast-term"),
        pytest.param({"topic_before_dislike": "yes"}, "true or false", id="topic-not-a-flag"),
        pytest.param(
            {"topic_before_dislike": True, "dislike_tail": "lah"},
            "list of strings",
            id="tail-not-a-list",
        ),
        pytest.param({"dislike_tail": ["lah"]}, "only with", id="tail-without-topic-first"),
        pytest.param({"dislike_head": ["me"]}, "only with", id="head-without-topic-first"),
        pytest.param(
            {"topic_before_dislike": True, "dislike_head": ["?"]}, "no letter", id="head-no-letter"
        ),
        pytest.param(
            {"topic_before_dislike": True, "dislike_tail": ["!"]}, "no letter", id="tail-no-letter"
        ),
    ],
)
def test_broken_clause_settings_are_a_vocabulary_error(
    meta: dict[str, object], message: str
) -> None:
    with pytest.raises(VocabularyError, match=message):
        tiny(meta, ["nope"])


# -- through the index -----------------------------------------------------------------


FACTORY = open_job(
    "opp_factory",
    title="Sewing machine operator",
    description="Sew garments on industrial sewing machines in our garment factory",
    sector="garment_manufacturing",
)
FARM = open_job(
    "opp_farm",
    title="Farm worker",
    description="Grow and harvest vegetables on an organic farm",
    sector="agriculture",
)


def test_a_survivor_who_dislikes_one_thing_and_likes_another_gets_what_they_like_first() -> None:
    survivor = ready_survivor(
        interests="I don't want to sew in a garment factory again, I would like to grow vegetables"
    )
    found = index_of(FACTORY, FARM).matches(survivor, k=5)

    assert found[0].opportunity.opportunity_id == "opp_farm"
    explained = index_of(FACTORY, FARM).explain_pair(survivor, FACTORY)
    assert not any(reason.code == "SHARED_INTERESTS" for reason in explained.reasons)


def test_a_dislike_is_not_a_rule_against_what_is_disliked() -> None:
    """Free text only stops counting as a wish; officers record sectors to avoid."""
    survivor = ready_survivor(interests="I hate factory work.")
    assert reading_of(survivor, shipped()).liked.strip(" |.\n") == "I"

    found = index_of(FACTORY).matches(survivor, k=5)

    assert [m.opportunity.opportunity_id for m in found] == ["opp_factory"]
    assert FACTORY.details.kind is OpportunityKind.JOB


def test_the_interests_stored_and_sent_to_peer_groups_leave_out_what_is_disliked() -> None:
    """bootstrap's ``interest_concepts`` (stored with the survivor, sent to peer groups, used
    by the outcome model) reads the survivor's words as the index does."""
    client: MongoClient[dict[str, object]] = MongoClient(
        "mongodb://127.0.0.1:1", connect=False, serverSelectionTimeoutMS=100
    )
    app = bootstrap(
        MatchingSettings(),
        mongo_client=client,
        vocabulary=shipped(),
        field_crypto=InMemoryFieldCrypto(),
    )
    survivor = ready_survivor(
        interests="I hate factory work", aspirations="ไม่อยากเย็บผ้า อยากทำอาหาร"
    )
    whole = f"{survivor.profile.interests}\n{survivor.profile.aspirations}"
    assert {"manufacturing", "sewing"} <= shipped().concepts_in(whole)
    try:
        assert app.ports.interest_concepts(survivor) == {"cooking"}
    finally:
        client.close()
