from hypothesis import given, settings
from hypothesis import strategies as st

from matching.adapters.text_features import TextFeaturizer, analyse
from tests.support.examples import examples


def test_english_gives_word_stems_and_bigrams_without_stop_words() -> None:
    # Snowball English stems: fixed -> fix, motorbikes -> motorbik, village -> villag.
    assert analyse("I fixed the Motorbikes in my village") == [
        "fix",
        "motorbik",
        "villag",
        "fix motorbik",
        "motorbik villag",
    ]


def test_a_plural_or_another_form_of_a_word_meets_the_word() -> None:
    # Someone whose phone screen breaks, and a job replacing screens of phones.
    said = set(analyse("friends call me when their phone screen breaks"))
    posted = set(analyse("A repair counter replacing screens and batteries of phones"))
    assert {"phone", "screen"} <= said & posted
    assert "dish" in set(analyse("I washed dishes")) & set(analyse("Dish washing"))


def test_words_with_diacritics_are_left_as_written() -> None:
    assert analyse("Tôi muốn bán hàng ở chợ")[:5] == ["tôi", "muốn", "bán", "hàng", "chợ"]


def test_thai_without_spaces_gives_character_bigrams_and_trigrams() -> None:
    features = analyse("ร้านกาแฟ")
    assert "กาแฟ"[0:2] in features
    assert "าแฟ" in features
    assert "ร้านกาแฟ" not in features


def test_mixed_scripts_keep_both_kinds_of_features() -> None:
    features = analyse("อยากทำงานในร้านกาแฟ and baking")
    assert "bake" in features
    assert "กาแ" in features


def test_the_same_words_in_another_order_stay_close() -> None:
    featurizer = TextFeaturizer(n_features=2**12)
    counts = featurizer.counts(
        ["cooking in a busy restaurant", "busy restaurant cooking", "sewing garments"]
    )
    featurizer.add_documents(counts)
    vectors = featurizer.weigh(counts)
    similarity = (vectors @ vectors.T).toarray()
    assert similarity[0, 1] > 0.6
    assert similarity[0, 2] == 0.0
    assert abs(similarity[0, 0] - 1.0) < 1e-5


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(
        st.sampled_from([*"abc xyz.,!", "ร้าน", "กาแฟ", "中文", "ăâ", "\u200b", "the", "and"]),
        max_size=40,
    ).map("".join),
    st.lists(
        st.sampled_from(["cooking in a busy restaurant", "ร้านกาแฟ", "abc xyz", ""]), min_size=1
    ),
)
def test_a_query_is_weighed_exactly_as_a_document_is(text: str, corpus: list[str]) -> None:
    featurizer = TextFeaturizer(n_features=2**10)
    featurizer.add_documents(featurizer.counts(corpus))

    columns, values = featurizer.query(text)

    expected = featurizer.weigh(featurizer.counts([text]))
    assert columns.tolist() == expected.indices.tolist()
    assert values.dtype == expected.data.dtype
    assert values.tobytes() == expected.data.tobytes()


def test_khmer_and_burmese_n_grams_are_of_written_clusters_not_code_points() -> None:
    # ကျွမ်း is one syllable: a consonant, a medial, another consonant killed by asat and a
    # tone mark. Code-point bigrams cut it into fragments shared by unrelated words.
    assert "ကျွမ်းကျင်" in analyse("ကျွမ်းကျင်တယ်")
    assert "င်" not in analyse("ကျွမ်းကျင်တယ်")
    # Khmer coeng stacks the next consonant: ផ្លូ is one cluster, ្ល never a feature.
    features = analyse("ផ្លូវចិត្ត")
    assert "ផ្លូវ" in features
    assert not any(f.startswith("\u17d2") for f in features)


def test_texts_of_one_script_about_different_things_share_no_fragments() -> None:
    """The probe's case: a Burmese cook who wants restaurant work and a Burmese sewing
    course shared 25 code-point n-grams (endings and particles), so the course was told as
    "its description is close to what you said you like"."""
    cook = "ထမင်းဟင်းချက်တာ ကျွမ်းကျင်တယ်။ စားသောက်ဆိုင်မှာ အလုပ်လုပ်ချင်တယ်။"
    sewing = "အမျိုးသမီးများအတွက် အပ်ချုပ်စက်သုံးနည်း၊ ပုံစံဖြတ်နည်း၊ ချုပ်နည်း သင်ကြားပေးသည်။"
    assert not set(analyse(cook)) & set(analyse(sewing))
    # What the two texts do share still meets: the restaurant.
    assert "စားသောက်" in set(analyse(cook)) & set(analyse("စားသောက်ဆိုင် စားပွဲထိုး"))
