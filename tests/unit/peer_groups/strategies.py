"""Hypothesis strategies for peer groups: random pools, adversarial ones included.

Adversarial on purpose: few districts and languages (so people compete for the same groups),
a rare language, many "do not group with" links, minors mixed with adults, thin schedules.
"""

from __future__ import annotations

from hypothesis import strategies as st

from peer_groups.domain.group import GroupSettings
from peer_groups.domain.pool import PoolMember
from peer_groups.domain.values import GroupFocus, Modality, ReadinessStage, WeeklySlot

LANGUAGES = ("th", "km", "my", "vi", "tl", "zh", "shn")  # "shn" (Shan): the rare one
DISTRICTS = (("TH", "Mae Sot"), ("TH", "Chiang Rai"), ("KH", "Poipet"))
AGE_BANDS = ("15-17", "18-24", "25-34", "35-44", "55+")
CONCEPTS = tuple(f"interest_{i}" for i in range(12))
FOCUSES = (
    GroupFocus.LABOUR_TRAFFICKING,
    GroupFocus.SEX_TRAFFICKING,
    GroupFocus.WOMEN_ONLY,
    GroupFocus.YOUTH,
)
#: Recorded genders as matching keeps them (the demo's, a trans woman, none recorded): men
#: among the women-only choosers keep the group's gender rule busy.
GENDERS = ("woman", "man", "non_binary", "", "trans woman")

slots = st.builds(
    WeeklySlot,
    day_of_week=st.integers(1, 7),
    start_minute=st.sampled_from((9 * 60, 14 * 60, 18 * 60, 23 * 60)),
    duration_minutes=st.sampled_from((30, 90, 180)),
)


@st.composite
def pools(draw: st.DrawFn, *, max_size: int = 60) -> list[PoolMember]:
    size = draw(st.integers(0, max_size))
    ids = [f"sv_{i:03d}" for i in range(size)]
    # Links as pairs: none, a few, or a dense web (as from one trafficking case).
    link_count = draw(st.sampled_from((0, size // 4, size * 2))) if size > 1 else 0
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, max(0, size - 1)), st.integers(0, max(0, size - 1))),
            min_size=link_count,
            max_size=link_count,
        )
    )
    links_of: dict[int, set[str]] = {}
    for a, b in pairs:
        if a != b:
            links_of.setdefault(a, set()).add(ids[b])
    members = []
    for i, survivor_id in enumerate(ids):
        band = draw(st.sampled_from(AGE_BANDS))
        country, district = draw(st.sampled_from(DISTRICTS))
        links = frozenset(links_of.get(i, ()))
        members.append(
            PoolMember(
                survivor_id=survivor_id,
                organisation_id=draw(st.sampled_from(("org_a", "org_b"))),
                # A few aliases collide on purpose: facilitators tell members apart by alias.
                alias=f"P-{draw(st.integers(0, size * 3)):05d}" if i % 5 == 0 else f"P-A{i:04d}",
                languages=frozenset(
                    draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3))
                ),
                age_band=band,
                minor=band == "15-17",
                readiness=draw(st.sampled_from(list(ReadinessStage))),
                peer_group_consent=draw(st.booleans()) or draw(st.booleans()),
                country=country,
                district=district,
                availability=tuple(draw(st.lists(slots, max_size=3))),
                interests=frozenset(draw(st.lists(st.sampled_from(CONCEPTS), max_size=4))),
                focuses=frozenset(draw(st.lists(st.sampled_from(FOCUSES), max_size=2))),
                do_not_group_with=links,
                gender=draw(st.sampled_from(GENDERS)),
            )
        )
    return members


@st.composite
def group_settings(draw: st.DrawFn) -> GroupSettings:
    modality = draw(st.sampled_from(list(Modality)))
    country, district = draw(st.sampled_from(DISTRICTS))
    min_size = draw(st.integers(2, 6))
    return GroupSettings(
        languages=frozenset(draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=2))),
        modality=modality,
        focus=draw(st.sampled_from(list(GroupFocus))),
        min_size=min_size,
        max_size=draw(st.integers(min_size, 10)),
        schedule=tuple(draw(st.lists(slots, min_size=1, max_size=3))),
        country=country if modality is Modality.IN_PERSON else "",
        district=district if modality is Modality.IN_PERSON else "",
    )
