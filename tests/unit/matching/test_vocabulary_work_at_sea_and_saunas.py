"""Work on fishing boats, in saunas and massage parlours, and in karaoke bars is read from a
job's own words in every language, whatever sector it was posted under: a survivor who
avoids the sector where they were exploited is never offered it (sectors to avoid cover
what a job's title and description say, not only its declared sector)."""

from __future__ import annotations

import pytest

from matching.domain.values import ReadinessStage
from tests.unit.matching.shipped import index_of, shipped
from tests.unit.matching.strategies import PLACES, open_job, ready_survivor

# Titles (and a description) of work at sea on fishing vessels, as adverts and people write
# them, in the seven languages.
AT_SEA = [
    ("en", "Deckhand, tuna longliner", ""),
    ("en", "Trawler crew", "Long trips, accommodation on board"),
    ("en", "Crew for purse seiner", ""),
    ("en", "Squid jigging boat crew", ""),
    ("th", "ลูกเรือประจำเรืออวนลาก", ""),
    ("th", "ลูกเรือปั่นไฟจับหมึก", ""),
    ("th", "รับสมัครลูกเรือประมง", "ออกทะเลครั้งละ 3 เดือน"),
    ("th", "คนงานเรือตังเก", ""),
    ("vi", "Thuyền viên tàu lưới kéo", ""),
    ("vi", "Tuyển bạn ghe đi biển dài ngày", ""),
    ("vi", "Tàu câu mực xa bờ tuyển người", ""),
    ("tl", "Tripulante sa barkong pangisda", ""),
    ("tl", "Trabaho sa bangkang panghuli ng tuna", ""),
    ("tl", "Tauhan sa basnig", ""),
    ("km", "នាវិកនៅលើកប៉ាល់ត្រី", ""),
    ("km", "កម្មករទូកអូសអួន", ""),
    ("km", "ត្រូវការកម្មករចាប់មឹកលើទូក", ""),
    ("my", "သင်္ဘောသား (ငါးသင်္ဘော)", ""),
    ("my", "ပိုက်ဆွဲသင်္ဘော အလုပ်သမား", ""),
    ("zh", "远洋拖网渔船船员", ""),
    ("zh", "鱿鱼船招工", ""),
    ("zh", "延繩釣船員", ""),
]

# Saunas, massage "technicians" and parlours.
SAUNAS = [
    ("zh", "桑拿中心招女技師", ""),
    ("zh", "洗浴中心诚聘技师", ""),
    ("zh", "沐足店請男女技師", ""),
    ("en", "Sauna attendant", ""),
    ("vi", "Tuyển nhân viên xông hơi", ""),
    ("th", "พนักงานอบซาวน่า", ""),
    ("my", "အနှိပ်ခန်း ဝန်ထမ်း", ""),
]

# Karaoke bars, nightclubs and "hostess" work.
NIGHT_VENUES = [
    ("en", "Karaoke bar hostess", ""),
    ("en", "Guest relations officer, KTV", ""),
    ("th", "พนักงานร้านคาราโอเกะ", ""),
    ("th", "รับสาวนั่งดริ๊งค์", ""),
    ("vi", "Tuyển tiếp viên karaoke", ""),
    ("tl", "GRO sa videoke bar", ""),
    ("km", "ត្រូវការបុគ្គលិកខារ៉ាអូខេ", ""),
    ("my", "ကာရာအိုကေ ဝန်ထမ်း", ""),
    ("zh", "夜总会招聘公关小姐", ""),
    ("zh", "KTV陪唱", ""),
]


@pytest.mark.parametrize(("language", "title", "description"), AT_SEA)
def test_work_on_a_fishing_boat_is_fishing_in_every_language(
    language: str, title: str, description: str
) -> None:
    assert "fishing_aquaculture" in shipped().sectors_in(f"{title}\n{description}")


@pytest.mark.parametrize(("language", "title", "description"), SAUNAS)
def test_saunas_and_massage_technicians_are_beauty_and_wellness(
    language: str, title: str, description: str
) -> None:
    assert "beauty_wellness" in shipped().sectors_in(f"{title}\n{description}")


@pytest.mark.parametrize(("language", "title", "description"), NIGHT_VENUES)
def test_karaoke_bars_and_hostess_work_are_nightlife_venues_within_hospitality(
    language: str, title: str, description: str
) -> None:
    vocabulary = shipped()
    found = vocabulary.sectors_in(f"{title}\n{description}")
    assert "nightlife_venues" in found
    # Within hospitality: whoever avoids hospitality avoids these venues too.
    assert "nightlife_venues" in vocabulary.subtrees({"hospitality"})


@pytest.mark.parametrize(
    "text",
    [
        "ลูกเรือสายการบิน",  # cabin crew: ลูกเรือ alone is no fishing boat
        "พนักงานต้อนรับบนเครื่องบิน",
        "电工技师",  # a grade of electrician: 技师 alone is no massage
        "汽车维修技师",
        "I like singing with friends",
    ],
)
def test_words_that_only_share_a_part_are_not_read_as_those_sectors(text: str) -> None:
    found = shipped().sectors_in(text)

    assert not found & {"fishing_aquaculture", "beauty_wellness"}


@pytest.mark.parametrize(
    ("avoided", "cases"),
    [
        ("fishing_aquaculture", AT_SEA),
        ("beauty_wellness", SAUNAS),
        ("hospitality", NIGHT_VENUES),
    ],
)
def test_a_job_posted_under_another_sector_is_never_offered_to_someone_avoiding_its_own(
    avoided: str, cases: list[tuple[str, str, str]]
) -> None:
    jobs = [
        open_job(
            f"opp_{i}",
            title=title,
            description=description,
            sector="logistics_warehouse",
            location=PLACES[0],
        )
        for i, (_, title, description) in enumerate(cases)
    ]
    index = index_of(*jobs)
    avoiding = ready_survivor(
        interests="I like working with my hands",
        stage=ReadinessStage.EMPLOYMENT_READY,
        sectors_to_avoid=frozenset({avoided}),
    )
    not_avoiding = ready_survivor(
        interests="I like working with my hands", stage=ReadinessStage.EMPLOYMENT_READY
    )

    assert index.matches(avoiding, k=50) == []
    # The premise: they are offered to someone who does not avoid the sector.
    assert len(index.matches(not_avoiding, k=50)) == len(jobs)
