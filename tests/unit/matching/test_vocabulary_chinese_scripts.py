"""Chinese in Pathways is mostly Hong Kong's, written in Traditional characters, while the
vocabulary's Chinese is written once, in Simplified: a wish written in Traditional finds what
the same wish in Simplified finds, and readers of zh-Hant see the labels in Traditional."""

from __future__ import annotations

import functools
import unicodedata

import opencc
import pytest

from matching.adapters.proto_mapping import vocabulary_to_proto
from matching.adapters.vocabulary_files import load_vocabulary
from matching.domain.vocabulary import Vocabulary, VocabularyError


@functools.cache
def shipped() -> Vocabulary:
    return load_vocabulary()


# Everyday wishes written for this test, each in Hong Kong Traditional and in Simplified
# characters (both by hand), with a concept each must find. The hand-kept character table
# this replaced lacked a character of every one of them (視, 鈎, 鍊, 牀, 甦, 籤, 傢...).
WISHES = [
    ("我平時好鍾意拍視頻放上網", "我平时好钟意拍视频放上网", "creative_media"),
    ("我識用鈎針鈎頸巾", "我识用钩针钩颈巾", "weaving"),
    ("我喜歡自己做項鍊送給朋友", "我喜欢自己做项链送给朋友", "jewellery_making"),
    ("以前在酒店負責鋪牀和執房", "以前在酒店负责铺床和执房", "housekeeping"),
    ("想學心肺復甦，將來可以救人", "想学心肺复苏，将来可以救人", "first_aid"),
    ("在貨倉幫手貼標籤", "在货仓帮手贴标签", "packing"),
    ("我想學剪輯視頻", "我想学剪辑视频", "graphic_design"),
    ("我識做傢俱，跟師傅學過", "我识做家具，跟师傅学过", "carpentry"),
    ("我會記帳，也幫過老闆算帳", "我会记账，也帮过老板算账", "accounting_basics"),
]


@pytest.mark.parametrize(
    ("traditional", "simplified", "concept"),
    WISHES,
    ids=[concept for _, _, concept in WISHES],
)
def test_a_wish_in_traditional_characters_finds_what_its_simplified_form_finds(
    traditional: str, simplified: str, concept: str
) -> None:
    found = shipped().concepts_in(simplified)
    assert concept in found
    assert shipped().concepts_in(traditional) == found


# Hong Kong people write as they speak, in Cantonese: its everyday verbs (揸 drive, 整 fix or
# make, 湊 look after, 車 sew by machine, 執 tidy) are terms of their own, written for this
# test in sentences of the kind an officer types.
CANTONESE = [
    ("我識揸的士，都揸過貨車", "driving"),
    ("佢以前喺屋企幫人湊仔", "childcare"),
    ("我想學整手機", "phone_repair"),
    ("我喺製衣廠車過衫", "sewing"),
    ("星期六日幫媽媽執屋", "housework"),
    ("我想去飛髮鋪學飛髮", "hairdressing"),
]


@pytest.mark.parametrize(("wish", "concept"), CANTONESE, ids=[c for _, c in CANTONESE])
def test_cantonese_everyday_verbs_find_their_concepts(wish: str, concept: str) -> None:
    assert concept in shipped().concepts_in(wish)


def test_cantonese_terms_do_not_read_other_uses_of_their_characters() -> None:
    # 整體 (overall), 整理 (to sort), 車站 (a station), 執行 (to carry out): none of the
    # Cantonese verbs' terms, which name what is driven, fixed, sewn or tidied.
    found = shipped().concepts_in("整體嚟講，我會整理文件，喺車站附近執行任務")
    assert not found & {"driving", "phone_repair", "sewing", "housework", "motorbike_repair"}


def test_a_wish_to_learn_in_traditional_characters_is_a_wish_to_learn() -> None:
    assert shipped().wants_to_learn("我想報名參加培訓課程")
    assert shipped().intents_in("我想報名參加培訓課程") == shipped().intents_in(
        "我想报名参加培训课程"
    )


def test_a_hong_kong_job_description_finds_its_concepts() -> None:
    job = "誠聘倉務員：負責貼標籤、裝箱及盤點，需識開叉車，有駕駛執照優先。"
    found = shipped().concepts_in(job)
    assert {"packing", "logistics_warehouse", "forklift_operation"} <= found


def test_traditional_characters_inside_other_text_are_read_too() -> None:
    # A wish mixing English and Traditional Chinese, with a zero-width space inside a term.
    found = shipped().concepts_in("I like 拍\u200b視頻 and cooking")
    assert {"creative_media", "cooking"} <= found


# --- labels ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("concept", "label"),
    [
        ("hairdressing", "美髮"),  # 发 is 髮 for hair, not 發
        ("childcare", "照顧孩子"),
        ("chinese_language", "中文（普通話、粵語）"),
        ("food_hygiene", "食品衞生和安全"),  # Hong Kong writes 衞
        ("accounting_basics", "記賬和基礎會計"),
        ("garment_manufacturing", "服裝廠和紡織"),
    ],
)
def test_readers_of_traditional_chinese_see_labels_in_hong_kong_traditional(
    concept: str, label: str
) -> None:
    assert shipped().label(concept, "zh-Hant") == label
    assert shipped().get(concept).labels["zh-Hant"] == label


def test_every_chinese_label_has_a_traditional_form_that_opencc_leaves_as_it_is() -> None:
    """Traditional: written as Hong Kong Traditional by OpenCC, it does not change; read as
    Simplified, it is the Simplified label again."""
    to_traditional = opencc.OpenCC("s2hk")
    to_simplified = opencc.OpenCC("hk2s")
    changed = 0
    for concept in shipped():
        simplified = concept.labels["zh"]
        traditional = concept.labels["zh-Hant"]
        assert to_traditional.convert(traditional) == traditional, concept.id
        assert to_simplified.convert(traditional) == simplified, concept.id
        changed += traditional != simplified
    assert changed >= len(shipped()) // 2  # most labels have a character that differs


def test_traditional_labels_reach_the_gateway_with_the_others() -> None:
    message = vocabulary_to_proto(shipped())
    sewing = next(c for c in message.concepts if c.id == "sewing")
    assert sewing.labels["zh-Hant"] == "縫紉和做衣服"
    assert sewing.labels["zh"] == "缝纫和做衣服"
    # Labels only: the languages with terms stay the seven files'.
    assert "zh-Hant" not in message.languages


# --- the mechanism, on small data -----------------------------------------------------------


def chinese(
    meta: dict[str, object], *, labels: dict[str, dict[str, object]] | None = None
) -> Vocabulary:
    concepts = {"repair": {"kind": "interest", "label": "Repair"}}
    languages: dict[str, dict[str, object]] = {
        "zh": {"_meta": meta, "repair": {"label": "修理电器", "terms": ["修电器"]}},
        **(labels or {}),
    }
    return Vocabulary(concepts=concepts, languages=languages)


def test_without_a_conversion_traditional_text_is_not_read_as_simplified() -> None:
    assert chinese({}).concepts_in("我會修電器") == frozenset()
    assert chinese({"opencc": "hk2s"}).concepts_in("我會修電器") == {"repair"}


def test_labels_are_converted_only_where_a_language_asks() -> None:
    assert "zh-Hant" not in chinese({}).get("repair").labels
    converted = chinese({"opencc_labels": {"zh-Hant": "s2hk"}})
    assert converted.label("repair", "zh-Hant") == "修理電器"
    assert converted.languages == ("zh",)


def test_a_label_a_file_gives_itself_wins_over_a_converted_one() -> None:
    own: dict[str, dict[str, object]] = {"zh-Hant": {"repair": {"label": "維修電器"}}}
    vocabulary = chinese({"opencc_labels": {"zh-Hant": "s2hk"}}, labels=own)
    assert vocabulary.label("repair", "zh-Hant") == "維修電器"


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        pytest.param({"opencc": "hk2klingon"}, "hk2klingon", id="unknown-conversion"),
        pytest.param({"opencc": 7}, "OpenCC", id="not-a-name"),
        pytest.param({"opencc_labels": {"zh-Hant": "nope"}}, "nope", id="unknown-label-conversion"),
        pytest.param({"opencc_labels": {"zh": "s2hk"}}, "other than", id="own-language"),
        pytest.param({"opencc_labels": {"Traditional!": "s2hk"}}, "language code", id="bad-code"),
        pytest.param({"opencc_labels": "s2hk"}, "table", id="not-a-table"),
    ],
)
def test_a_conversion_opencc_does_not_have_is_refused_with_the_language(
    meta: dict[str, object], message: str
) -> None:
    with pytest.raises(VocabularyError, match=message) as raised:
        chinese(meta)
    assert raised.value.language == "zh"


def test_a_converted_text_keeps_no_zero_width_characters_or_decomposed_forms() -> None:
    vocabulary = chinese({"opencc": "hk2s"})
    text = unicodedata.normalize("NFD", "修\u200d電器")
    assert vocabulary.concepts_in(text) == {"repair"}


@pytest.mark.parametrize(
    "separator",
    [pytest.param("\x00", id="nul"), pytest.param("\ud800", id="lone-surrogate")],
)
def test_a_character_opencc_cannot_take_loses_nothing_around_it(separator: str) -> None:
    vocabulary = chinese({"opencc": "hk2s"})
    assert vocabulary.concepts_in(f"我會{separator}修電器") == {"repair"}
    assert shipped().concepts_in(f"拍視頻{separator}做項鍊") == {
        "creative_media",
        "jewellery_making",
    }
