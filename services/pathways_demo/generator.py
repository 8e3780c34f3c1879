"""A synthetic population for demos, tests and benchmarks: survivors and opportunities.

`generate_population` builds, for each jurisdiction asked for (Cambodia, Hong Kong, Myanmar,
the Philippines, Thailand, Vietnam), NGOs with survivors, employers with jobs and training
providers with courses, as the protobuf messages the matching service accepts. It is pure
and deterministic: the same arguments give the same bytes, so request ids derived from the
seed make re-seeding a running system idempotent.

What makes it realistic, and what it never holds:

* Survivors write their interests and aspirations in their own language (Thai, Khmer,
  Burmese, Vietnamese, Tagalog, English or written Cantonese), composed from the sentence
  frames and everyday phrases below; many live across a border (Burmese or Khmer speakers in
  Thailand, Vietnamese speakers in Cambodia, Filipino workers in Hong Kong).
* Places are district centroids, pay is monthly in the local currency at realistic levels,
  and jobs are in the region's real sectors with the workplace facts the hard rules check.
* Nothing here is a person: no names, contact details, addresses, nationality labels,
  history of exploitation or legal proceedings, in any field.

Every survivor and opportunity belongs to one *occupation family* (``food_service``,
``garment``...): a survivor's interests are drawn from it, and so are an opportunity's
sector and skills. The family is on the returned objects, never in the messages, so a
benchmark can measure how many intended matches the service finds.

The returned messages are shared, not copied: copy one before changing it.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import math
import random
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Generic, Literal, TypeVar

from pathways.v1 import common_pb2, matching_pb2

__all__ = [
    "AGE_BANDS",
    "EDUCATION_LEVELS",
    "FAMILIES",
    "GENDERS",
    "JURISDICTIONS",
    "Organisation",
    "OrganisationKind",
    "Phrases",
    "Population",
    "SyntheticOpportunity",
    "SyntheticSurvivor",
    "district_names",
    "generate_population",
    "opportunity_titles",
    "phrase_catalogue",
]

#: The jurisdictions Pathways runs in (ISO 3166-1 alpha-2).
JURISDICTIONS: Final = ("TH", "KH", "MM", "PH", "VN", "HK")
AGE_BANDS: Final = ("15-17", "18-24", "25-34", "35-44", "45-54", "55+")
EDUCATION_LEVELS: Final = (
    "none",
    "primary",
    "lower_secondary",
    "upper_secondary",
    "vocational",
    "tertiary",
)
#: Self-described gender as recorded; "" when the survivor preferred not to say.
GENDERS: Final = ("woman", "man", "non_binary", "")

OrganisationKind = Literal["ngo", "employer", "training_provider"]

_NATIVE: Final = common_pb2.LANGUAGE_LEVEL_NATIVE
_FLUENT: Final = common_pb2.LANGUAGE_LEVEL_FLUENT
_CONVERSATIONAL: Final = common_pb2.LANGUAGE_LEVEL_CONVERSATIONAL
_BASIC: Final = common_pb2.LANGUAGE_LEVEL_BASIC


# --- what the generator returns ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Organisation:
    organisation_id: str
    kind: OrganisationKind
    country: str


@dataclass(frozen=True, slots=True)
class SyntheticSurvivor:
    """A survivor to register, with the readiness and consents to record after registering."""

    organisation_id: str
    family: str
    profile: matching_pb2.SurvivorProfile
    readiness: common_pb2.ReadinessStage
    consents: Mapping[common_pb2.ConsentPurpose, bool]
    request_id: str

    @property
    def country(self) -> str:
        return self.profile.residence.country


@dataclass(frozen=True, slots=True)
class SyntheticOpportunity:
    """A job (posted by an employer) or a course (posted by a training provider)."""

    organisation_id: str
    family: str
    opportunity: matching_pb2.Opportunity
    request_id: str

    @property
    def country(self) -> str:
        return self.opportunity.location.country

    @property
    def is_job(self) -> bool:
        return self.opportunity.kind == matching_pb2.OPPORTUNITY_KIND_JOB


@dataclass(frozen=True, slots=True)
class Population:
    seed: int
    organisations: tuple[Organisation, ...]
    survivors: tuple[SyntheticSurvivor, ...]
    opportunities: tuple[SyntheticOpportunity, ...]

    def organisations_of_kind(self, kind: OrganisationKind) -> tuple[Organisation, ...]:
        return tuple(o for o in self.organisations if o.kind == kind)

    @property
    def jobs(self) -> tuple[SyntheticOpportunity, ...]:
        return tuple(o for o in self.opportunities if o.is_job)

    @property
    def courses(self) -> tuple[SyntheticOpportunity, ...]:
        return tuple(o for o in self.opportunities if not o.is_job)


# --- places --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _District:
    name: str
    latitude: float
    longitude: float
    weight: float  # how much work and how many people, roughly
    tags: tuple[str, ...]  # urban, industrial, tourist, rural, coastal, border
    communities: tuple[str, ...]  # languages of large cross-border communities living there


def _districts(*rows: tuple[str, float, float, float, str, str]) -> tuple[_District, ...]:
    return tuple(
        _District(name, lat, lon, weight, tuple(tags.split()), tuple(langs.split()))
        for name, lat, lon, weight, tags, langs in rows
    )


# Approximate district centroids: coarse on purpose, never a home.
_PLACES: Final[Mapping[str, tuple[_District, ...]]] = {
    "TH": _districts(
        ("Pathum Wan, Bangkok", 13.744, 100.523, 3, "urban tourist", ""),
        ("Bang Rak, Bangkok", 13.730, 100.524, 2, "urban tourist", ""),
        ("Khlong Toei, Bangkok", 13.708, 100.584, 3, "urban", "my km"),
        ("Huai Khwang, Bangkok", 13.776, 100.579, 2, "urban", ""),
        ("Chatuchak, Bangkok", 13.829, 100.560, 2, "urban", ""),
        ("Bang Kapi, Bangkok", 13.765, 100.647, 2, "urban", "km"),
        ("Lat Krabang, Bangkok", 13.723, 100.759, 2, "industrial", "my km"),
        ("Bang Khun Thian, Bangkok", 13.660, 100.435, 1, "industrial coastal", "my"),
        ("Min Buri, Bangkok", 13.813, 100.748, 1, "urban industrial", "km"),
        ("Mueang Samut Sakhon", 13.547, 100.274, 3, "coastal industrial", "my"),
        ("Mueang Samut Prakan", 13.599, 100.597, 2, "industrial", "my km"),
        ("Mueang Nonthaburi", 13.859, 100.521, 2, "urban", ""),
        ("Mueang Pathum Thani", 14.021, 100.525, 1, "industrial", "my"),
        ("Mueang Chon Buri", 13.361, 100.985, 2, "industrial coastal", "km"),
        ("Bang Lamung, Chon Buri", 12.928, 100.877, 2, "tourist coastal", "km my"),
        ("Mueang Rayong", 12.681, 101.282, 2, "industrial coastal", "km"),
        ("Mueang Chiang Mai", 18.788, 98.985, 3, "urban tourist", "my"),
        ("Mueang Chiang Rai", 19.910, 99.841, 1, "rural tourist", ""),
        ("Mae Sai, Chiang Rai", 20.434, 99.876, 1, "border rural", "my"),
        ("Mae Sot, Tak", 16.713, 98.575, 3, "border industrial rural", "my"),
        ("Mueang Ranong", 9.966, 98.635, 1, "coastal border", "my"),
        ("Hat Yai, Songkhla", 7.008, 100.475, 2, "urban", "my"),
        ("Mueang Phuket", 7.880, 98.392, 2, "tourist coastal", "my"),
        ("Mueang Surat Thani", 9.138, 99.322, 1, "rural coastal", "my"),
        ("Mueang Khon Kaen", 16.442, 102.836, 2, "urban rural", ""),
        ("Mueang Udon Thani", 17.414, 102.787, 1, "rural", ""),
        ("Mueang Nakhon Ratchasima", 14.980, 102.098, 2, "urban rural", ""),
        ("Aranyaprathet, Sa Kaeo", 13.693, 102.507, 1, "border rural", "km"),
    ),
    "KH": _districts(
        ("Daun Penh, Phnom Penh", 11.570, 104.920, 2, "urban tourist", ""),
        ("Chamkar Mon, Phnom Penh", 11.545, 104.920, 2, "urban", ""),
        ("Tuol Kouk, Phnom Penh", 11.580, 104.900, 2, "urban", ""),
        ("Mean Chey, Phnom Penh", 11.520, 104.930, 2, "urban industrial", "vi"),
        ("Por Sen Chey, Phnom Penh", 11.535, 104.830, 3, "industrial", ""),
        ("Sen Sok, Phnom Penh", 11.597, 104.880, 2, "urban industrial", ""),
        ("Chbar Ampov, Phnom Penh", 11.530, 104.950, 1, "urban", "vi"),
        ("Dangkao, Phnom Penh", 11.480, 104.860, 1, "industrial rural", ""),
        ("Ta Khmau, Kandal", 11.483, 104.950, 1, "industrial", "vi"),
        ("Siem Reap", 13.363, 103.856, 3, "tourist urban", ""),
        ("Battambang", 13.096, 103.202, 2, "rural urban", ""),
        ("Poipet, Banteay Meanchey", 13.659, 102.563, 2, "border", ""),
        ("Sihanoukville", 10.627, 103.522, 2, "coastal tourist industrial", ""),
        ("Kampong Cham", 11.993, 105.464, 1, "rural", ""),
        ("Kampot", 10.610, 104.181, 1, "rural coastal tourist", ""),
        ("Prey Veng", 11.487, 105.325, 1, "rural", "vi"),
        ("Bavet, Svay Rieng", 11.070, 106.130, 1, "industrial border", "vi"),
        ("Kampong Chhnang", 12.250, 104.667, 1, "rural industrial", "vi"),
    ),
    "MM": _districts(
        ("Hlaing Tharyar, Yangon", 16.870, 96.060, 3, "industrial", ""),
        ("Shwepyithar, Yangon", 16.970, 96.090, 2, "industrial", ""),
        ("Insein, Yangon", 16.890, 96.100, 1, "urban", ""),
        ("Mingaladon, Yangon", 16.950, 96.130, 1, "urban industrial", ""),
        ("Thaketa, Yangon", 16.790, 96.200, 1, "urban", ""),
        ("South Dagon, Yangon", 16.850, 96.230, 2, "industrial urban", ""),
        ("Kamayut, Yangon", 16.820, 96.130, 1, "urban", ""),
        ("Bahan, Yangon", 16.810, 96.160, 1, "urban tourist", ""),
        ("Latha, Yangon", 16.778, 96.152, 1, "urban", ""),
        ("Thanlyin, Yangon", 16.760, 96.250, 1, "industrial", ""),
        ("Chanayethazan, Mandalay", 21.975, 96.083, 2, "urban tourist", ""),
        ("Mahaaungmye, Mandalay", 21.950, 96.090, 1, "urban", ""),
        ("Amarapura, Mandalay", 21.900, 96.050, 1, "rural", ""),
        ("Myawaddy, Kayin", 16.689, 98.508, 2, "border", ""),
        ("Tachileik, Shan", 20.450, 99.880, 1, "border", ""),
        ("Mawlamyine, Mon", 16.491, 97.628, 2, "coastal urban", ""),
        ("Bago", 17.335, 96.481, 1, "rural", ""),
        ("Taunggyi, Shan", 20.789, 97.038, 1, "urban rural", ""),
        ("Pathein, Ayeyarwady", 16.779, 94.732, 1, "rural coastal", ""),
        ("Kawthaung, Tanintharyi", 9.982, 98.551, 1, "coastal border", ""),
        ("Lashio, Shan", 22.936, 97.750, 1, "rural", ""),
    ),
    "PH": _districts(
        ("Tondo, Manila", 14.619, 120.968, 2, "urban coastal", ""),
        ("Sampaloc, Manila", 14.609, 120.990, 2, "urban", ""),
        ("Quezon City", 14.676, 121.044, 3, "urban", ""),
        ("Caloocan", 14.650, 120.967, 2, "urban", ""),
        ("Pasay", 14.538, 121.001, 2, "urban tourist", ""),
        ("Makati", 14.555, 121.024, 2, "urban", ""),
        ("Taguig", 14.518, 121.051, 2, "urban", ""),
        ("Pasig", 14.576, 121.085, 2, "urban", ""),
        ("Valenzuela", 14.700, 120.983, 1, "industrial", ""),
        ("Paranaque", 14.479, 121.020, 1, "urban", ""),
        ("Calamba, Laguna", 14.212, 121.165, 1, "industrial", ""),
        ("Cebu City", 10.316, 123.885, 3, "urban tourist", ""),
        ("Mandaue, Cebu", 10.324, 123.922, 1, "industrial", ""),
        ("Lapu-Lapu, Cebu", 10.310, 123.949, 1, "tourist coastal industrial", ""),
        ("Davao City", 7.191, 125.455, 3, "urban rural", ""),
        ("Zamboanga City", 6.921, 122.079, 1, "coastal urban", ""),
        ("Iloilo City", 10.720, 122.562, 1, "urban", ""),
        ("Cagayan de Oro", 8.454, 124.632, 1, "urban", ""),
        ("Angeles, Pampanga", 15.145, 120.589, 1, "urban tourist", ""),
        ("Olongapo", 14.839, 120.284, 1, "coastal", ""),
        ("General Santos", 6.116, 125.172, 1, "coastal industrial", ""),
        ("Tacloban", 11.245, 125.005, 1, "coastal rural", ""),
        ("Baguio", 16.402, 120.596, 1, "urban tourist rural", ""),
    ),
    "VN": _districts(
        ("District 1, Ho Chi Minh City", 10.776, 106.700, 2, "urban tourist", ""),
        ("Binh Thanh, Ho Chi Minh City", 10.811, 106.709, 2, "urban", ""),
        ("Go Vap, Ho Chi Minh City", 10.839, 106.665, 2, "urban", ""),
        ("Tan Binh, Ho Chi Minh City", 10.802, 106.653, 2, "urban", ""),
        ("Binh Tan, Ho Chi Minh City", 10.765, 106.604, 2, "industrial", ""),
        ("Thu Duc, Ho Chi Minh City", 10.849, 106.754, 2, "industrial urban", ""),
        ("District 12, Ho Chi Minh City", 10.867, 106.641, 1, "industrial", ""),
        ("Thu Dau Mot, Binh Duong", 10.980, 106.652, 2, "industrial", ""),
        ("Di An, Binh Duong", 10.907, 106.770, 2, "industrial", ""),
        ("Bien Hoa, Dong Nai", 10.957, 106.843, 2, "industrial", ""),
        ("Hoan Kiem, Hanoi", 21.029, 105.853, 2, "urban tourist", ""),
        ("Dong Da, Hanoi", 21.018, 105.829, 2, "urban", ""),
        ("Cau Giay, Hanoi", 21.036, 105.791, 2, "urban", ""),
        ("Hoang Mai, Hanoi", 20.975, 105.863, 1, "urban", ""),
        ("Long Bien, Hanoi", 21.048, 105.889, 1, "urban industrial", ""),
        ("Dong Anh, Hanoi", 21.137, 105.849, 1, "industrial rural", ""),
        ("Hai Phong", 20.845, 106.688, 2, "industrial coastal", ""),
        ("Ninh Kieu, Can Tho", 10.034, 105.788, 2, "urban rural", ""),
        ("Hai Chau, Da Nang", 16.054, 108.202, 2, "urban tourist coastal", ""),
        ("Hue", 16.464, 107.591, 1, "tourist", ""),
        ("Lao Cai", 22.486, 103.971, 1, "border rural", ""),
        ("Vinh, Nghe An", 18.680, 105.681, 1, "urban rural", ""),
        ("Thanh Hoa", 19.807, 105.785, 1, "rural", ""),
        ("Chau Doc, An Giang", 10.700, 105.117, 1, "rural border", ""),
        ("Ca Mau", 9.177, 105.152, 1, "rural coastal", ""),
    ),
    "HK": _districts(
        ("Central and Western", 22.286, 114.155, 2, "urban tourist", ""),
        ("Wan Chai", 22.279, 114.175, 2, "urban", ""),
        ("Eastern", 22.284, 114.224, 2, "urban", ""),
        ("Southern", 22.247, 114.158, 1, "urban coastal", ""),
        ("Yau Tsim Mong", 22.321, 114.172, 3, "urban tourist", "vi"),
        ("Sham Shui Po", 22.330, 114.160, 2, "urban", "vi"),
        ("Kowloon City", 22.328, 114.191, 2, "urban", ""),
        ("Wong Tai Sin", 22.342, 114.195, 1, "urban", ""),
        ("Kwun Tong", 22.313, 114.225, 2, "urban industrial", "vi"),
        ("Kwai Tsing", 22.355, 114.108, 2, "industrial", ""),
        ("Tsuen Wan", 22.371, 114.114, 1, "urban industrial", ""),
        ("Tuen Mun", 22.391, 113.977, 1, "urban", ""),
        ("Yuen Long", 22.445, 114.022, 1, "urban rural", ""),
        ("North", 22.494, 114.138, 1, "rural border", ""),
        ("Tai Po", 22.450, 114.164, 1, "urban", ""),
        ("Sha Tin", 22.383, 114.188, 2, "urban", ""),
        ("Sai Kung", 22.381, 114.270, 1, "coastal rural", ""),
        ("Islands", 22.261, 113.946, 1, "coastal tourist", ""),
    ),
}


def district_names(country: str) -> tuple[str, ...]:
    """The districts the generator places people and work in, for one jurisdiction."""
    return tuple(d.name for d in _PLACES[country])


# --- jurisdictions -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Speakers:
    """A group of survivors living in a jurisdiction who share a first language."""

    share: float
    writes: str  # the language their interests and aspirations are written in
    languages: tuple[tuple[str, tuple[common_pb2.LanguageLevel, ...]], ...]  # first is native
    community: str = ""  # lives where this language's community is (districts' `communities`)


@dataclass(frozen=True, slots=True)
class _Money:
    currency: str
    entry_wage: int  # a typical entry-level full-time monthly wage
    step: int  # amounts are rounded to this


@dataclass(frozen=True, slots=True)
class _Jurisdiction:
    code: str
    weight: float  # share of the population
    money: _Money
    other_money: _Money | None  # a second currency in everyday use, and its share
    other_money_share: float
    work_languages: tuple[str, ...]  # any one suffices for most work
    speakers: tuple[_Speakers, ...]
    families: Mapping[str, float]  # how much work each family offers there
    avoided: Mapping[str, float]  # sectors survivors there most often want to stay away from
    goal_range: tuple[float, float]  # income goals as multiples of the entry wage


def _weights(spec: str) -> Mapping[str, float]:
    pairs = (item.split("=") for item in spec.split())
    return MappingProxyType({key: float(value) for key, value in pairs})


_C = _CONVERSATIONAL  # short, for the tables below
_JURISDICTIONS: Final[Mapping[str, _Jurisdiction]] = {
    j.code: j
    for j in (
        _Jurisdiction(
            code="TH",
            weight=0.24,
            money=_Money("THB", 10_500, 500),
            other_money=None,
            other_money_share=0.0,
            work_languages=("th",),
            speakers=(
                _Speakers(0.55, "th", (("th", (_NATIVE,)),)),
                _Speakers(0.30, "my", (("my", (_NATIVE,)), ("th", (_BASIC, _C))), "my"),
                _Speakers(0.15, "km", (("km", (_NATIVE,)), ("th", (_BASIC, _C))), "km"),
            ),
            families=_weights(
                "food_service=14 hospitality=10 garment=5 beauty=8 retail=9 agriculture=8 "
                "fishing=3 construction=6 automotive=4 it_support=3 office=4 domestic_care=5 "
                "manufacturing=9 logistics=6 handicrafts=3 community=3"
            ),
            avoided=_weights(
                "fishing_aquaculture=3 food_processing=2 domestic_care_work=2 beauty_wellness=1 "
                "hospitality=1 construction=1 agriculture=1 manufacturing=1"
            ),
            goal_range=(0.8, 1.6),
        ),
        _Jurisdiction(
            code="KH",
            weight=0.18,
            money=_Money("USD", 210, 10),
            other_money=_Money("KHR", 860_000, 10_000),
            other_money_share=0.2,
            work_languages=("km",),
            speakers=(
                _Speakers(0.88, "km", (("km", (_NATIVE,)),)),
                _Speakers(0.12, "vi", (("vi", (_NATIVE,)), ("km", (_BASIC, _C))), "vi"),
            ),
            families=_weights(
                "food_service=10 hospitality=9 garment=16 beauty=6 retail=7 agriculture=8 "
                "fishing=3 construction=8 automotive=4 it_support=2 office=3 domestic_care=3 "
                "manufacturing=6 logistics=4 handicrafts=5 community=3"
            ),
            avoided=_weights(
                "garment_manufacturing=2 construction=2 fishing_aquaculture=2 "
                "domestic_care_work=1 hospitality=1 agriculture=1"
            ),
            goal_range=(0.8, 1.6),
        ),
        _Jurisdiction(
            code="MM",
            weight=0.16,
            money=_Money("MMK", 230_000, 10_000),
            other_money=None,
            other_money_share=0.0,
            work_languages=("my",),
            speakers=(_Speakers(1.0, "my", (("my", (_NATIVE,)),)),),
            families=_weights(
                "food_service=10 hospitality=5 garment=16 beauty=6 retail=8 agriculture=12 "
                "fishing=3 construction=6 automotive=4 it_support=2 office=3 domestic_care=4 "
                "manufacturing=6 logistics=4 handicrafts=6 community=4"
            ),
            avoided=_weights(
                "fishing_aquaculture=3 domestic_care_work=2 manufacturing=1 "
                "garment_manufacturing=1 hospitality=1 agriculture=1"
            ),
            goal_range=(0.8, 1.7),
        ),
        _Jurisdiction(
            code="PH",
            weight=0.18,
            money=_Money("PHP", 14_000, 500),
            other_money=None,
            other_money_share=0.0,
            work_languages=("tl", "en"),
            speakers=(
                _Speakers(0.6, "tl", (("tl", (_NATIVE,)), ("en", (_C, _FLUENT)))),
                _Speakers(0.4, "en", (("tl", (_NATIVE,)), ("en", (_FLUENT,)))),
            ),
            families=_weights(
                "food_service=12 hospitality=8 garment=3 beauty=7 retail=10 agriculture=6 "
                "fishing=3 construction=6 automotive=4 it_support=5 office=12 domestic_care=6 "
                "manufacturing=5 logistics=6 handicrafts=3 community=4"
            ),
            avoided=_weights(
                "domestic_care_work=3 fishing_aquaculture=2 hospitality=1 beauty_wellness=1 "
                "agriculture=1 construction=1"
            ),
            goal_range=(0.8, 1.5),
        ),
        _Jurisdiction(
            code="VN",
            weight=0.14,
            money=_Money("VND", 5_500_000, 100_000),
            other_money=None,
            other_money_share=0.0,
            work_languages=("vi",),
            speakers=(_Speakers(1.0, "vi", (("vi", (_NATIVE,)),)),),
            families=_weights(
                "food_service=11 hospitality=7 garment=12 beauty=7 retail=8 agriculture=7 "
                "fishing=3 construction=6 automotive=5 it_support=5 office=4 domestic_care=4 "
                "manufacturing=12 logistics=6 handicrafts=3 community=3"
            ),
            avoided=_weights(
                "garment_manufacturing=2 manufacturing=2 domestic_care_work=2 hospitality=1 "
                "beauty_wellness=1 construction=1 fishing_aquaculture=1"
            ),
            goal_range=(0.8, 1.6),
        ),
        _Jurisdiction(
            code="HK",
            weight=0.10,
            money=_Money("HKD", 12_000, 100),
            other_money=None,
            other_money_share=0.0,
            work_languages=("zh",),
            speakers=(
                _Speakers(0.35, "tl", (("tl", (_NATIVE,)), ("en", (_C, _FLUENT)))),
                _Speakers(0.20, "en", (("tl", (_NATIVE,)), ("en", (_FLUENT,)))),
                _Speakers(0.35, "zh", (("zh", (_NATIVE,)),)),
                _Speakers(0.10, "vi", (("vi", (_NATIVE,)), ("zh", (_BASIC, _C))), "vi"),
            ),
            families=_weights(
                "food_service=14 hospitality=8 garment=1 beauty=6 retail=10 agriculture=1 "
                "fishing=0.5 construction=5 automotive=2 it_support=4 office=6 domestic_care=20 "
                "manufacturing=2 logistics=8 handicrafts=2 community=4"
            ),
            avoided=_weights("domestic_care_work=4 food_service=1 hospitality=1 beauty_wellness=1"),
            goal_range=(0.42, 1.3),
        ),
    )
}

#: What survivors say they are interested in, wherever they live (blended with local work).
_INTEREST_WEIGHTS: Final = _weights(
    "food_service=12 hospitality=6 garment=8 beauty=10 retail=9 agriculture=8 fishing=2 "
    "construction=4 automotive=4 it_support=5 office=6 domestic_care=5 manufacturing=4 "
    "logistics=4 handicrafts=6 community=7"
)


# --- occupation families ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Template:
    """A kind of job or course: the English an employer or provider would write, and facts."""

    titles: tuple[str, ...]
    sector: str
    skills: tuple[str, ...]  # required by a job, taught by a course
    intros: tuple[str, ...]  # first sentences; {place} is the district
    pay: float = 1.0  # multiple of the entry wage
    openings: tuple[int, int] = (1, 4)
    level: common_pb2.LanguageLevel = _CONVERSATIONAL
    english: float = 0.0  # chance English is also accepted
    # Chances that the workplace has night shifts, is live-in, involves heavy lifting, or is
    # for women only (courses: only the last applies).
    night: float = 0.0
    live_in: float = 0.0
    heavy: float = 0.0
    women_only: float = 0.0
    hazardous: bool = False
    remote: float = 0.0
    minimum_age: int = 18
    youth: bool = False  # a course that may admit 15- and 16-year-olds
    only_in: tuple[str, ...] = ()  # district tags this work needs (a sea port...); empty: any
    full_time_only: bool = False
    #: Where the usual languages do not apply: country -> accepted languages.
    languages: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Where pay is set by rule rather than market: country -> (lowest, highest).
    fixed_pay: Mapping[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Family:
    name: str
    places: tuple[str, ...]  # district tags where this work is found
    jobs: tuple[_Template, ...]
    courses: tuple[_Template, ...]
    # Filled in from the templates: the family's sectors, and the skills its work asks for or
    # teaches, which are what people in it can already do or want to learn.
    sectors: frozenset[str] = frozenset()
    skills: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        templates = self.jobs + self.courses
        object.__setattr__(self, "sectors", frozenset(t.sector for t in templates))
        skills = tuple(dict.fromkeys(skill for t in templates for skill in t.skills))
        object.__setattr__(self, "skills", skills)


_T = _Template
_FAMILY_LIST: Final = (
    _Family(
        name="food_service",
        places=("urban", "tourist"),
        jobs=(
            _T(
                ("Kitchen helper", "Kitchen assistant"),
                "food_service",
                ("food_hygiene", "cooking"),
                (
                    "A busy noodle restaurant in {place} needs kitchen helpers to prepare "
                    "vegetables, wash dishes and support the cooks.",
                    "A family-run restaurant in {place} is looking for kitchen staff to help "
                    "prepare meals and keep the kitchen spotless.",
                ),
                level=_BASIC,
                night=0.3,
                heavy=0.1,
            ),
            _T(
                ("Barista", "Café barista"),
                "food_service",
                ("barista", "customer_service"),
                (
                    "A small café in {place} is hiring a barista to make espresso drinks and "
                    "serve customers; we train you on the machine.",
                    "A coffee house in {place} needs a friendly barista for the morning shift.",
                ),
                pay=1.05,
                english=0.3,
            ),
            _T(
                ("Waiter or waitress", "Restaurant service staff"),
                "food_service",
                ("table_service", "customer_service"),
                (
                    "A family restaurant in {place} is hiring service staff to take orders, "
                    "serve tables and welcome diners.",
                    "A seafood restaurant in {place} needs waiting staff for lunch and dinner.",
                ),
                night=0.4,
                english=0.2,
            ),
            _T(
                ("Bakery assistant",),
                "food_service",
                ("baking", "food_hygiene"),
                (
                    "A neighbourhood bakery in {place} needs an assistant to help bake bread "
                    "and pastries from early morning.",
                ),
            ),
        ),
        courses=(
            _T(
                ("Barista and café service course",),
                "food_service",
                ("barista", "food_hygiene", "customer_service"),
                (
                    "A free course at our training café in {place}: espresso and tea drinks, "
                    "milk frothing, food hygiene and serving customers.",
                ),
                youth=True,
            ),
            _T(
                ("Professional cooking course", "Commercial kitchen skills course"),
                "food_service",
                ("cooking", "food_hygiene"),
                (
                    "Learn to cook in a commercial kitchen at our centre in {place}: knife "
                    "skills, local and international dishes, kitchen hygiene and teamwork.",
                ),
                youth=True,
            ),
            _T(
                ("Baking and pastry course",),
                "food_service",
                ("baking", "food_hygiene"),
                (
                    "A hands-on baking course in {place}: bread, cakes and pastries, costing "
                    "recipes and food safety.",
                ),
            ),
        ),
    ),
    _Family(
        name="hospitality",
        places=("tourist", "urban", "coastal"),
        jobs=(
            _T(
                ("Room attendant", "Housekeeping attendant"),
                "hospitality",
                ("housekeeping", "laundry_ironing"),
                (
                    "A 120-room hotel in {place} needs room attendants to make beds, prepare "
                    "guest rooms and restock supplies.",
                    "A beach resort near {place} is hiring housekeeping staff for guest rooms "
                    "and villas.",
                ),
                level=_BASIC,
                heavy=0.2,
                night=0.1,
            ),
            _T(
                ("Front desk assistant", "Guest service assistant"),
                "hospitality",
                ("front_desk", "customer_service", "english_conversation"),
                (
                    "A boutique hotel in {place} is looking for a front desk assistant to check "
                    "guests in and out and answer their questions.",
                ),
                pay=1.15,
                english=0.8,
                night=0.5,
            ),
            _T(
                ("Guesthouse all-rounder",),
                "hospitality",
                ("housekeeping", "front_desk"),
                (
                    "A family guesthouse in {place} needs someone to look after reception, "
                    "breakfast service and preparing rooms.",
                ),
                night=0.2,
                live_in=0.2,
            ),
            _T(
                ("Tour assistant",),
                "tourism",
                ("tour_guiding", "english_conversation"),
                (
                    "A travel agency in {place} is hiring an assistant to welcome tourists and "
                    "accompany day trips.",
                ),
                pay=1.1,
                english=0.9,
            ),
        ),
        courses=(
            _T(
                ("Hotel housekeeping course",),
                "hospitality",
                ("housekeeping", "laundry_ironing"),
                (
                    "Our hotel training centre in {place} teaches room preparation, laundry, "
                    "hygiene standards and working in a hotel team.",
                ),
                youth=True,
            ),
            _T(
                ("Front office and guest service course",),
                "hospitality",
                ("front_desk", "customer_service", "english_conversation"),
                (
                    "A course in {place} on welcoming hotel guests, reservations, front desk "
                    "systems and English at work.",
                ),
            ),
            _T(
                ("Community tourism guide course",),
                "tourism",
                ("tour_guiding", "english_conversation"),
                (
                    "Learn to guide visitors around {place}: local history, planning routes, "
                    "keeping groups safe and English for tourism.",
                ),
            ),
        ),
    ),
    _Family(
        name="garment",
        places=("industrial",),
        jobs=(
            _T(
                ("Sewing machine operator", "Sewing operator"),
                "garment_manufacturing",
                ("sewing_machine_operation",),
                (
                    "A garment factory in {place} is hiring sewing machine operators for its "
                    "shirt and uniform lines.",
                    "An export garment factory in {place} needs experienced or trainee sewing "
                    "machine operators.",
                ),
                openings=(5, 30),
                level=_BASIC,
                night=0.2,
                women_only=0.1,
            ),
            _T(
                ("Quality checker", "Garment quality inspector"),
                "garment_manufacturing",
                ("quality_control", "sewing"),
                (
                    "A garment factory in {place} needs quality checkers to inspect finished "
                    "garments for faults before dispatch.",
                ),
                openings=(2, 8),
                pay=1.1,
            ),
            _T(
                ("Tailoring assistant",),
                "tailoring",
                ("sewing", "pattern_cutting"),
                (
                    "A tailor in {place} needs an assistant for alterations, hemming and "
                    "cutting fabric for made-to-measure clothes.",
                ),
            ),
        ),
        courses=(
            _T(
                ("Industrial sewing course",),
                "garment_manufacturing",
                ("sewing_machine_operation", "sewing", "quality_control"),
                (
                    "Eight weeks in our garment training workshop in {place}: industrial "
                    "sewing machines, seams, quality standards and workplace rights.",
                ),
                youth=True,
            ),
            _T(
                ("Dressmaking and pattern cutting course",),
                "tailoring",
                ("pattern_cutting", "sewing"),
                (
                    "Learn dressmaking in {place}: taking measurements, pattern cutting, "
                    "sewing and finishing, and pricing your work.",
                ),
                youth=True,
            ),
        ),
    ),
    _Family(
        name="beauty",
        places=("urban", "tourist"),
        jobs=(
            _T(
                ("Salon assistant", "Junior hairdresser"),
                "beauty_wellness",
                ("hairdressing", "customer_service"),
                (
                    "A busy beauty salon in {place} needs an assistant to wash hair, prepare "
                    "clients and learn cutting and colouring.",
                ),
                women_only=0.2,
            ),
            _T(
                ("Nail technician",),
                "beauty_wellness",
                ("nail_care",),
                (
                    "A nail salon in {place} is hiring a nail technician for manicures, "
                    "pedicures and gel nails.",
                ),
                women_only=0.3,
            ),
            _T(
                ("Spa therapist",),
                "beauty_wellness",
                ("massage", "customer_service"),
                (
                    "A day spa in {place} is looking for a certified therapist for foot, oil "
                    "and traditional massage.",
                ),
                pay=1.1,
                night=0.2,
                women_only=0.3,
                english=0.3,
            ),
        ),
        courses=(
            _T(
                ("Hairdressing course",),
                "beauty_wellness",
                ("hairdressing",),
                (
                    "A twelve-week hairdressing course in {place}: washing, cutting, "
                    "colouring, styling and caring for clients.",
                ),
                youth=True,
            ),
            _T(
                ("Nail care and make-up course",),
                "beauty_wellness",
                ("nail_care", "makeup"),
                (
                    "Learn manicure, nail art and make-up at our beauty academy in {place}, "
                    "with practice on real clients.",
                ),
                youth=True,
                women_only=0.3,
            ),
            _T(
                ("Massage therapy certificate course",),
                "beauty_wellness",
                ("massage",),
                (
                    "A certified course in {place} on traditional and oil massage, anatomy "
                    "basics, hygiene and client care.",
                ),
            ),
        ),
    ),
    _Family(
        name="retail",
        places=("urban",),
        jobs=(
            _T(
                ("Shop assistant", "Sales assistant"),
                "retail_sales",
                ("customer_service", "cashier"),
                (
                    "A convenience store in {place} needs shop assistants to serve customers, "
                    "stock shelves and work the till.",
                    "A clothing store in a shopping mall in {place} is hiring sales assistants.",
                ),
                night=0.3,
            ),
            _T(
                ("Cashier",),
                "retail_sales",
                ("cashier",),
                ("A supermarket in {place} is hiring cashiers for day and evening shifts.",),
                night=0.1,
            ),
            _T(
                ("Online shop assistant",),
                "retail_sales",
                ("online_selling", "basic_computer"),
                (
                    "A small online clothing store based in {place} needs someone to "
                    "photograph products, answer chat messages and pack orders.",
                ),
                remote=0.4,
            ),
        ),
        courses=(
            _T(
                ("Small business and bookkeeping course",),
                "retail_sales",
                ("own_business", "accounting_basics", "financial_literacy"),
                (
                    "A course in {place} for people who want to start a small business: "
                    "choosing a product, pricing, keeping accounts and saving.",
                ),
            ),
            _T(
                ("Selling online course",),
                "retail_sales",
                ("online_selling", "basic_computer"),
                (
                    "Learn to sell online from {place}: product photos, an online shop page, "
                    "chatting with buyers, payments and posting orders.",
                ),
                remote=0.5,
                youth=True,
            ),
        ),
    ),
    _Family(
        name="agriculture",
        places=("rural",),
        jobs=(
            _T(
                ("Farm worker", "Vegetable farm worker"),
                "agriculture",
                ("vegetable_growing",),
                (
                    "An organic vegetable farm near {place} needs workers for planting, weeding "
                    "and harvesting.",
                ),
                level=_BASIC,
                heavy=0.7,
                openings=(2, 10),
            ),
            _T(
                ("Poultry farm assistant",),
                "agriculture",
                ("livestock",),
                (
                    "A poultry farm outside {place} is hiring an assistant to feed and care for "
                    "chickens and collect eggs.",
                ),
                level=_BASIC,
                heavy=0.5,
                live_in=0.2,
            ),
            _T(
                ("Plant nursery assistant",),
                "agriculture",
                ("gardening",),
                (
                    "A plant nursery in {place} needs help potting, watering and preparing "
                    "plants for customers.",
                ),
                heavy=0.3,
            ),
        ),
        courses=(
            _T(
                ("Organic vegetable growing course",),
                "agriculture",
                ("vegetable_growing", "financial_literacy"),
                (
                    "A practical course on our demonstration farm near {place}: soil, compost, "
                    "organic vegetables, and earning from what you grow.",
                ),
                youth=True,
            ),
            _T(
                ("Small livestock raising course",),
                "agriculture",
                ("livestock",),
                (
                    "Learn to raise chickens, ducks and pigs on a small scale near {place}: "
                    "feeding, housing, animal health and costs.",
                ),
            ),
        ),
    ),
    _Family(
        name="fishing",
        places=("coastal",),
        jobs=(
            _T(
                ("Fish pond worker",),
                "fishing_aquaculture",
                ("fish_farming",),
                (
                    "An aquaculture business near {place} needs workers to feed fish, check "
                    "ponds and help with harvests.",
                ),
                level=_BASIC,
                heavy=0.6,
            ),
            _T(
                ("Deckhand, coastal fishing boat",),
                "fishing_aquaculture",
                ("fishing",),
                (
                    "A licensed coastal fishing boat based in {place} needs deckhands for day "
                    "trips, with a written contract and daily return to port.",
                ),
                level=_BASIC,
                hazardous=True,
                heavy=1.0,
                night=0.8,
                only_in=("coastal",),
            ),
        ),
        courses=(
            _T(
                ("Aquaculture basics course",),
                "fishing_aquaculture",
                ("fish_farming",),
                (
                    "Learn fish and shrimp farming near {place}: pond preparation, water "
                    "quality, feeding and preventing disease.",
                ),
            ),
        ),
    ),
    _Family(
        name="construction",
        places=("urban", "industrial"),
        jobs=(
            _T(
                ("Construction worker", "Construction labourer"),
                "construction",
                ("bricklaying",),
                (
                    "A building contractor in {place} is hiring construction workers for a "
                    "housing project.",
                ),
                level=_BASIC,
                hazardous=True,
                heavy=1.0,
                openings=(3, 15),
            ),
            _T(
                ("Carpenter's assistant",),
                "construction",
                ("carpentry",),
                (
                    "A carpentry team in {place} needs an assistant for formwork, doors and "
                    "built-in furniture on building sites.",
                ),
                hazardous=True,
                heavy=0.7,
            ),
            _T(
                ("Painter and decorator",),
                "construction",
                ("house_painting",),
                ("A renovation contractor in {place} needs painters for homes and offices.",),
                hazardous=True,
                heavy=0.3,
            ),
            _T(
                ("Welder",),
                "construction",
                ("welding",),
                (
                    "A metal fabrication workshop in {place} is hiring welders for gates, "
                    "railings and steel frames.",
                ),
                pay=1.3,
                hazardous=True,
                heavy=0.6,
            ),
        ),
        courses=(
            _T(
                ("Basic welding course",),
                "construction",
                ("welding",),
                (
                    "A workshop-based welding course in {place}: safety, arc welding, cutting "
                    "and reading simple drawings.",
                ),
            ),
            _T(
                ("Electrical wiring course",),
                "electrical_work",
                ("electrical_wiring",),
                (
                    "Learn household electrical installation in {place}: circuits, sockets, "
                    "lighting and working safely.",
                ),
            ),
            _T(
                ("Masonry and tiling course",),
                "construction",
                ("bricklaying",),
                (
                    "A hands-on construction course in {place}: laying bricks, plastering, "
                    "tiling and site safety.",
                ),
            ),
        ),
    ),
    _Family(
        name="automotive",
        places=("urban",),
        jobs=(
            _T(
                ("Motorbike mechanic assistant",),
                "automotive_repair",
                ("motorbike_repair", "engine_maintenance"),
                (
                    "A motorbike repair shop in {place} needs an assistant mechanic for "
                    "servicing, tyres and brakes.",
                ),
            ),
            _T(
                ("Car service technician",),
                "automotive_repair",
                ("car_repair", "engine_maintenance"),
                (
                    "A garage in {place} is hiring a trainee technician for oil changes, brakes "
                    "and routine car servicing.",
                ),
                pay=1.2,
            ),
        ),
        courses=(
            _T(
                ("Motorbike repair course",),
                "automotive_repair",
                ("motorbike_repair", "engine_maintenance"),
                (
                    "A practical course at our workshop in {place}: engines, electrics, brakes "
                    "and how to set up as a mechanic.",
                ),
                youth=True,
            ),
            _T(
                ("Car maintenance course",),
                "automotive_repair",
                ("car_repair", "engine_maintenance"),
                (
                    "Learn car maintenance in {place}: engine checks, oil and filters, brakes, "
                    "tyres and diagnostic tools.",
                ),
            ),
        ),
    ),
    _Family(
        name="it_support",
        places=("urban",),
        jobs=(
            _T(
                ("IT helpdesk assistant",),
                "it_support",
                ("basic_computer", "customer_service"),
                (
                    "A company in {place} needs an IT support assistant to set up computers, "
                    "fix printer problems and help staff by phone.",
                ),
                pay=1.4,
                english=0.5,
                remote=0.3,
            ),
            _T(
                ("Phone repair technician",),
                "it_support",
                ("phone_repair",),
                (
                    "A mobile phone repair counter in {place} is hiring a technician to replace "
                    "screens and batteries.",
                ),
            ),
            _T(
                ("Junior graphic designer",),
                "creative_media",
                ("graphic_design", "basic_computer"),
                (
                    "A small design studio in {place} needs a junior designer for posters, "
                    "social media images and short videos.",
                ),
                pay=1.4,
                remote=0.5,
                english=0.3,
            ),
        ),
        courses=(
            _T(
                ("Computer basics and IT support course",),
                "it_support",
                ("basic_computer", "computers"),
                (
                    "A course in {place} covering computer basics, office software, the "
                    "internet, and fixing common IT problems.",
                ),
                remote=0.3,
                youth=True,
            ),
            _T(
                ("Mobile phone repair course",),
                "it_support",
                ("phone_repair",),
                (
                    "Learn to repair mobile phones in {place}: finding faults, replacing "
                    "screens and batteries, and serving customers.",
                ),
                youth=True,
            ),
            _T(
                ("Graphic design and video editing course",),
                "creative_media",
                ("graphic_design",),
                (
                    "A course based in {place}: Canva, photo editing, simple video editing and "
                    "building a portfolio.",
                ),
                remote=0.6,
            ),
        ),
    ),
    _Family(
        name="office",
        places=("urban",),
        jobs=(
            _T(
                ("Office assistant",),
                "office_admin",
                ("basic_computer", "data_entry"),
                (
                    "A trading company in {place} needs an office assistant for filing, data "
                    "entry and answering the phone.",
                ),
                pay=1.2,
            ),
            _T(
                ("Data entry clerk",),
                "office_admin",
                ("data_entry",),
                (
                    "An insurance agency in {place} is hiring data entry clerks to key in "
                    "claims and check records.",
                ),
                remote=0.4,
            ),
            _T(
                ("Call centre agent", "Customer service representative"),
                "call_centre",
                ("customer_service", "english_conversation"),
                (
                    "A call centre in {place} is hiring agents to answer customer calls and "
                    "chats; full paid training is given.",
                ),
                pay=1.5,
                night=0.6,
                english=1.0,
                openings=(5, 25),
            ),
            _T(
                ("Bookkeeping assistant",),
                "office_admin",
                ("accounting_basics", "basic_computer"),
                (
                    "An accounting firm in {place} needs a bookkeeping assistant to record "
                    "receipts and prepare simple reports.",
                ),
                pay=1.3,
            ),
        ),
        courses=(
            _T(
                ("Office skills course",),
                "office_admin",
                ("basic_computer", "data_entry"),
                (
                    "A course in {place} on typing, word processing, spreadsheets, email and "
                    "office administration.",
                ),
                remote=0.3,
                youth=True,
            ),
            _T(
                ("English for work course",),
                "languages_translation",
                ("english_conversation",),
                (
                    "Practical spoken English in {place} for work: greetings, phone calls, "
                    "helping customers and job interviews.",
                ),
                remote=0.4,
                youth=True,
            ),
            _T(
                ("Call centre readiness course",),
                "call_centre",
                ("customer_service", "english_conversation"),
                (
                    "Prepare for call centre work in {place}: listening, handling calls, typing "
                    "speed and workplace English.",
                ),
            ),
        ),
    ),
    _Family(
        name="domestic_care",
        places=("urban",),
        jobs=(
            _T(
                ("Domestic helper", "Live-in domestic helper"),
                "domestic_care_work",
                ("housework", "cooking"),
                (
                    "A family in {place} is looking for a domestic helper to cook, keep the "
                    "home tidy and look after two school-age children.",
                ),
                level=_BASIC,
                live_in=0.5,
                openings=(1, 1),
                full_time_only=True,
                languages={"HK": ("en", "zh")},
                fixed_pay={"HK": (4_990, 5_600)},
            ),
            _T(
                ("Caregiver for an older person", "Elderly caregiver"),
                "domestic_care_work",
                ("elder_care", "first_aid"),
                (
                    "A family in {place} needs a caregiver for an older relative: meals, "
                    "medicines, walks and company during the day.",
                ),
                live_in=0.3,
                openings=(1, 1),
                full_time_only=True,
                languages={"HK": ("en", "zh")},
                fixed_pay={"HK": (4_990, 6_000)},
            ),
            _T(
                ("Cleaner", "Office cleaner"),
                "cleaning_services",
                ("housework",),
                (
                    "A cleaning company in {place} is hiring cleaners for offices and apartment "
                    "buildings.",
                ),
                level=_BASIC,
                night=0.3,
                openings=(2, 10),
            ),
            _T(
                ("Nursing aide",),
                "health_care_support",
                ("elder_care", "first_aid"),
                (
                    "A private nursing home in {place} needs nursing aides to help residents "
                    "wash, dress, eat and move safely.",
                ),
                pay=1.15,
                night=0.5,
            ),
        ),
        courses=(
            _T(
                ("Caregiving course",),
                "health_care_support",
                ("elder_care", "first_aid"),
                (
                    "A course in {place} on caring for older people: daily care, first aid, "
                    "nutrition and dignity.",
                ),
                languages={"HK": ("en", "tl", "zh")},
            ),
            _T(
                ("Childcare assistant course",),
                "domestic_care_work",
                ("childcare", "first_aid"),
                (
                    "Learn to look after babies and young children in {place}: feeding, "
                    "hygiene, play, safety and first aid.",
                ),
                youth=True,
                languages={"HK": ("en", "tl", "zh")},
            ),
            _T(
                ("Household management course",),
                "domestic_care_work",
                ("housework", "cooking", "laundry_ironing"),
                (
                    "A course in {place} for domestic work: cooking, laundry and ironing, "
                    "household routines, and your rights as a domestic worker.",
                ),
                languages={"HK": ("en", "tl")},
            ),
        ),
    ),
    _Family(
        name="manufacturing",
        places=("industrial", "border"),
        jobs=(
            _T(
                ("Production operator", "Machine operator"),
                "manufacturing",
                ("machine_operation",),
                (
                    "A plastics factory in {place} is hiring production operators to run "
                    "moulding machines on rotating shifts.",
                ),
                level=_BASIC,
                night=0.5,
                heavy=0.2,
                openings=(5, 40),
            ),
            _T(
                ("Assembly line worker",),
                "manufacturing",
                ("assembly", "quality_control"),
                (
                    "A factory making phone chargers in {place} needs assembly line workers; "
                    "training is given on the line.",
                ),
                night=0.4,
                women_only=0.1,
                openings=(10, 50),
            ),
            _T(
                ("Packing worker",),
                "manufacturing",
                ("packing",),
                ("A snack factory in {place} is hiring packers to pack, label and stack boxes.",),
                level=_BASIC,
                heavy=0.6,
                openings=(3, 20),
            ),
            _T(
                ("Seafood processing worker",),
                "food_processing",
                ("food_hygiene", "packing"),
                (
                    "A seafood processing plant in {place} needs workers to sort, clean and "
                    "pack seafood in a cold room.",
                ),
                level=_BASIC,
                heavy=0.4,
                night=0.3,
                openings=(5, 30),
                only_in=("coastal",),
            ),
        ),
        courses=(
            _T(
                ("Factory skills and machine safety course",),
                "manufacturing",
                ("machine_operation", "quality_control"),
                (
                    "A short course in {place} on factory work: machine safety, quality "
                    "checks, teamwork and your rights at work.",
                ),
            ),
        ),
    ),
    _Family(
        name="logistics",
        places=("industrial", "urban"),
        jobs=(
            _T(
                ("Warehouse assistant",),
                "logistics_warehouse",
                ("packing",),
                (
                    "A distribution warehouse in {place} needs assistants to pick, pack and "
                    "load orders.",
                ),
                level=_BASIC,
                heavy=0.8,
                night=0.3,
                openings=(2, 12),
            ),
            _T(
                ("Delivery rider",),
                "transport_delivery",
                ("delivery", "driving_licence"),
                (
                    "A courier company in {place} is hiring riders to deliver parcels by "
                    "motorbike; a company motorbike is available.",
                ),
            ),
            _T(
                ("Van driver",),
                "transport_delivery",
                ("driving", "driving_licence"),
                (
                    "A transport company in {place} needs a van driver for deliveries to "
                    "customers around the area.",
                ),
                pay=1.3,
                minimum_age=21,
            ),
            _T(
                ("Forklift operator",),
                "logistics_warehouse",
                ("forklift_operation",),
                (
                    "A warehouse in {place} is hiring a forklift operator with a valid "
                    "certificate, or willing to get one.",
                ),
                pay=1.25,
                heavy=0.3,
            ),
        ),
        courses=(
            _T(
                ("Forklift operator certificate course",),
                "logistics_warehouse",
                ("forklift_operation",),
                (
                    "A certified forklift course in {place}: safe driving, loading, stacking "
                    "and daily checks.",
                ),
            ),
            _T(
                ("Driving licence course",),
                "transport_delivery",
                ("driving_licence", "driving"),
                (
                    "Driving lessons and theory classes in {place}, leading to the driving test "
                    "for a motorbike or car licence.",
                ),
            ),
        ),
    ),
    _Family(
        name="handicrafts",
        places=("rural", "tourist"),
        jobs=(
            _T(
                ("Weaver",),
                "handicrafts",
                ("weaving",),
                (
                    "A fair-trade weaving workshop in {place} needs weavers for scarves, bags "
                    "and table linen.",
                ),
                level=_BASIC,
                women_only=0.3,
            ),
            _T(
                ("Jewellery maker",),
                "handicrafts",
                ("jewellery_making",),
                (
                    "A social enterprise in {place} is hiring jewellery makers for beaded and "
                    "recycled-material pieces.",
                ),
            ),
            _T(
                ("Craft production assistant",),
                "handicrafts",
                ("sewing", "drawing_painting"),
                (
                    "A handicraft studio in {place} needs an assistant to cut, sew and paint "
                    "handmade products for export.",
                ),
            ),
        ),
        courses=(
            _T(
                ("Handicraft production course",),
                "handicrafts",
                ("weaving", "sewing"),
                (
                    "Learn traditional crafts in {place}: weaving, natural dyes, sewing "
                    "finished products and quality for buyers.",
                ),
                youth=True,
            ),
            _T(
                ("Jewellery making course",),
                "handicrafts",
                ("jewellery_making", "own_business"),
                (
                    "A course in {place} on making jewellery: beadwork, simple metal pieces, "
                    "pricing, and selling at fairs and online.",
                ),
                youth=True,
            ),
        ),
    ),
    _Family(
        name="community",
        places=("urban", "border"),
        jobs=(
            _T(
                ("Community outreach assistant",),
                "community_work",
                ("helping_others", "first_aid"),
                (
                    "A local charity in {place} is hiring an outreach assistant to visit "
                    "families and help run workshops.",
                ),
                pay=1.1,
            ),
            _T(
                ("Preschool teaching assistant",),
                "education",
                ("childcare", "teaching"),
                (
                    "A preschool in {place} needs a teaching assistant to help with play, meals "
                    "and early reading.",
                ),
                women_only=0.2,
            ),
            _T(
                ("Peer support assistant",),
                "community_work",
                ("helping_others",),
                (
                    "An NGO in {place} is looking for a peer support assistant to welcome "
                    "newcomers and help run support groups.",
                ),
            ),
        ),
        courses=(
            _T(
                ("Early childhood care course",),
                "education",
                ("childcare", "teaching"),
                (
                    "A course in {place} on caring for and teaching young children, for work in "
                    "kindergartens and day-care centres.",
                ),
                youth=True,
            ),
            _T(
                ("Peer support skills course",),
                "community_work",
                ("helping_others",),
                (
                    "A course in {place} for people who want to support others: listening, "
                    "boundaries, looking after yourself and referring to services.",
                ),
            ),
        ),
    ),
)
_FAMILIES: Final[Mapping[str, _Family]] = MappingProxyType({f.name: f for f in _FAMILY_LIST})
#: The occupation families, in a stable order.
FAMILIES: Final = tuple(_FAMILIES)


# --- what survivors say ----------------------------------------------------------------------
# For each family and language: things people like doing and things they hope for, each as
# "concept ids|phrase". The phrases are verb phrases that fit the sentence frames below.

_SAYINGS: Final[Mapping[str, Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]]] = {
    "food_service": {
        "en": (
            (
                "cooking|cooking",
                "cooking|cooking meals for other people",
                "baking|baking cakes",
                "coffee|making coffee",
            ),
            (
                "food_service|work in a restaurant",
                "coffee own_business|open a coffee shop of my own",
                "cooking|become a cook",
            ),
        ),
        "th": (
            ("cooking|ทำอาหาร", "cooking|ทำกับข้าวให้คนอื่นกิน", "baking|ทำขนม", "coffee|ชงกาแฟ"),
            (
                "food_service|ทำงานในร้านอาหาร",
                "coffee own_business|เปิดร้านกาแฟเล็กๆ",
                "cooking|เป็นผู้ช่วยกุ๊ก",
            ),
        ),
        "km": (
            ("cooking|ធ្វើម្ហូប", "cooking|ចម្អិនម្ហូបឱ្យគេញ៉ាំ", "baking|ធ្វើនំ", "coffee|ឆុងកាហ្វេ"),
            (
                "food_service|ធ្វើការនៅភោជនីយដ្ឋាន",
                "coffee own_business|បើកហាងកាហ្វេតូចមួយ",
                "cooking|ក្លាយជាចុងភៅ",
            ),
        ),
        "my": (
            ("cooking|ဟင်းချက်", "cooking|ထမင်းဟင်းချက်", "baking|မုန့်ဖုတ်", "coffee|ကော်ဖီဖျော်"),
            (
                "food_service|စားသောက်ဆိုင်မှာ အလုပ်လုပ်",
                "coffee own_business|ကော်ဖီဆိုင် ဖွင့်",
                "cooking|စားဖိုမှူး ဖြစ်",
            ),
        ),
        "vi": (
            (
                "cooking|nấu ăn",
                "cooking|nấu món ăn cho mọi người",
                "baking|làm bánh",
                "coffee|pha cà phê",
            ),
            (
                "food_service|đi làm ở nhà hàng",
                "coffee own_business|mở một quán cà phê nhỏ",
                "cooking|trở thành đầu bếp",
            ),
        ),
        "tl": (
            (
                "cooking|magluto",
                "cooking|magluto ng ulam",
                "baking|mag-bake ng tinapay",
                "coffee|magtimpla ng kape",
            ),
            (
                "food_service|magtrabaho sa restawran",
                "food_service own_business|magkaroon ng sariling negosyo na karinderya",
                "cooking|maging tagaluto",
            ),
        ),
        "zh": (
            ("cooking|煮飯", "cooking|煮菜畀人食", "baking|做蛋糕", "coffee|沖咖啡"),
            ("food_service|喺茶餐廳做嘢", "coffee own_business|自己開間咖啡店", "cooking|做廚師"),
        ),
    },
    "hospitality": {
        "en": (
            (
                "front_desk|welcoming guests",
                "housekeeping|making beds and keeping rooms tidy",
                "tourism|meeting tourists",
            ),
            (
                "hospitality|work in a hotel",
                "front_desk|work as a receptionist",
                "hospitality|work at a beach resort",
            ),
        ),
        "th": (
            (
                "front_desk|ต้อนรับแขก",
                "housekeeping|ปูเตียงและทำความสะอาดห้องพัก",
                "tourism|คุยกับนักท่องเที่ยว",
            ),
            (
                "hospitality|ทำงานในโรงแรม",
                "front_desk|เป็นพนักงานต้อนรับ",
                "hospitality|ทำงานที่รีสอร์ทริมทะเล",
            ),
        ),
        "km": (
            ("front_desk|ទទួលភ្ញៀវ", "housekeeping|រៀបចំបន្ទប់ឱ្យស្អាត", "tourism|និយាយជាមួយភ្ញៀវទេសចរ"),
            (
                "hospitality|ធ្វើការនៅសណ្ឋាគារ",
                "front_desk|ក្លាយជាអ្នកទទួលភ្ញៀវ",
                "hospitality|ធ្វើការនៅរីសត",
            ),
        ),
        "my": (
            (
                "front_desk|ဧည့်သည်တွေကို ဧည့်ခံ",
                "housekeeping|ဟိုတယ်အခန်းသန့်ရှင်းရေး လုပ်",
                "tourism|ခရီးသွားဧည့်သည်တွေနဲ့ စကားပြော",
            ),
            (
                "hospitality|ဟိုတယ်မှာ အလုပ်လုပ်",
                "front_desk|ဧည့်ကြိုဝန်ထမ်း လုပ်",
                "hospitality|ပင်လယ်ကမ်းက ရီဆော့မှာ အလုပ်လုပ်",
            ),
        ),
        "vi": (
            (
                "front_desk|đón khách",
                "housekeeping|dọn phòng",
                "tourism|nói chuyện với khách du lịch",
            ),
            (
                "hospitality|làm việc ở khách sạn",
                "front_desk|làm lễ tân",
                "hospitality|làm việc ở khu nghỉ dưỡng",
            ),
        ),
        "tl": (
            (
                "front_desk|mag-asikaso ng bisita",
                "housekeeping|mag-ayos ng kama",
                "tourism|makipagkuwentuhan sa mga turista",
            ),
            (
                "hospitality|magtrabaho sa hotel",
                "front_desk|maging receptionist",
                "hospitality|magtrabaho sa resort",
            ),
        ),
        "zh": (
            ("front_desk|接待客人", "housekeeping|打掃客房", "tourism|同遊客傾偈"),
            ("hospitality|喺酒店做嘢", "front_desk|做酒店前台", "hospitality|喺度假村工作"),
        ),
    },
    "garment": {
        "en": (
            (
                "sewing|sewing",
                "sewing|making clothes",
                "sewing_machine_operation|using a sewing machine",
            ),
            (
                "garment_manufacturing|work in a garment factory",
                "tailoring own_business|open my own tailor shop",
                "tailoring|become a dressmaker",
            ),
        ),
        "th": (
            ("sewing|เย็บผ้า", "sewing|ตัดเย็บเสื้อผ้า", "sewing|ปักผ้า"),
            (
                "garment_manufacturing|ทำงานโรงงานเสื้อผ้า",
                "tailoring own_business|เปิดร้านตัดเสื้อ",
                "tailoring|เป็นช่างตัดเสื้อ",
            ),
        ),
        "km": (
            ("sewing|ដេរខោអាវ", "sewing|ដេរប៉ាក់", "sewing_machine_operation|ប្រើម៉ាស៊ីនដេរ"),
            (
                "garment_manufacturing|ធ្វើការនៅរោងចក្រកាត់ដេរ",
                "tailoring own_business|បើកហាងកាត់ដេរផ្ទាល់ខ្លួន",
                "pattern_cutting|រៀនកាត់ពុម្ព",
            ),
        ),
        "my": (
            ("sewing|အပ်ချုပ်", "sewing|ပန်းထိုး", "sewing_machine_operation|အပ်ချုပ်စက် နင်း"),
            (
                "garment_manufacturing|အထည်ချုပ်စက်ရုံမှာ အလုပ်လုပ်",
                "tailoring own_business|ကိုယ်ပိုင် အပ်ချုပ်ဆိုင် ဖွင့်",
                "tailoring|အပ်ချုပ်ဆရာ ဖြစ်",
            ),
        ),
        "vi": (
            ("sewing|may vá", "sewing|thêu thùa", "sewing_machine_operation|đạp máy may"),
            (
                "garment_manufacturing|làm công nhân may",
                "tailoring own_business|mở tiệm may",
                "pattern_cutting|học cắt may",
            ),
        ),
        "tl": (
            (
                "sewing|manahi",
                "sewing|manahi ng damit",
                "sewing_machine_operation|gumamit ng makinang panahi",
            ),
            (
                "garment_manufacturing|magtrabaho sa pabrika ng damit",
                "tailoring own_business|magkaroon ng sariling negosyo na patahian",
                "tailoring|maging modista",
            ),
        ),
        "zh": (
            ("sewing|做衣服", "sewing|繡花", "sewing_machine_operation|踩衣車"),
            (
                "garment_manufacturing|喺製衣廠做嘢",
                "tailoring own_business|自己開間裁縫店",
                "tailoring|學改衣服",
            ),
        ),
    },
    "beauty": {
        "en": (
            (
                "hairdressing|cutting hair",
                "nail_care|doing nails",
                "makeup|doing make-up",
                "massage|giving massages",
            ),
            (
                "beauty_wellness|work in a beauty salon",
                "hairdressing own_business|open a hair salon of my own",
                "massage|become a certified massage therapist",
            ),
        ),
        "th": (
            ("hairdressing|ทำผม", "nail_care|ทำเล็บ", "makeup|แต่งหน้า", "massage|นวดแผนไทย"),
            (
                "beauty_wellness|ทำงานในร้านเสริมสวย",
                "hairdressing own_business|เปิดร้านทำผมของตัวเอง",
                "massage|เป็นหมอนวดที่มีใบรับรอง",
            ),
        ),
        "km": (
            ("hairdressing|កាត់សក់", "nail_care|ធ្វើក្រចក", "makeup|ផាត់មុខ", "massage|ម៉ាស្សា"),
            (
                "beauty_wellness|ធ្វើការនៅហាងសម្ផស្ស",
                "hairdressing own_business|បើកហាងកាត់សក់ផ្ទាល់ខ្លួន",
                "makeup|ក្លាយជាជាងផាត់មុខកូនក្រមុំ",
            ),
        ),
        "my": (
            ("hairdressing|ဆံပင်ညှပ်", "nail_care|လက်သည်းဆိုးဆေး ဆိုး", "makeup|မိတ်ကပ်လိမ်း", "massage|ရိုးရာနှိပ်နယ်"),
            (
                "beauty_wellness|အလှပြင်ဆိုင်မှာ အလုပ်လုပ်",
                "hairdressing own_business|ကိုယ်ပိုင် ဆံပင်ဆိုင် ဖွင့်",
                "makeup|မိတ်ကပ်ဆရာ ဖြစ်",
            ),
        ),
        "vi": (
            ("hairdressing|cắt tóc", "nail_care|làm móng", "makeup|trang điểm", "massage|mát xa"),
            (
                "beauty_wellness|làm ở tiệm làm đẹp",
                "hairdressing own_business|mở tiệm cắt tóc",
                "beauty_wellness|làm kỹ thuật viên spa",
            ),
        ),
        "tl": (
            (
                "hairdressing|maggupit ng buhok",
                "nail_care|mag-manicure",
                "makeup|mag-makeup",
                "massage|magmasahe",
            ),
            (
                "beauty_wellness|magtrabaho sa salon",
                "beauty_wellness own_business|magkaroon ng sariling negosyo na parlor",
                "massage|maging lisensyadong masahista",
            ),
        ),
        "zh": (
            ("hairdressing|剪頭髮", "nail_care|做指甲", "makeup|化妝", "massage|按摩"),
            (
                "beauty_wellness|喺美容院做嘢",
                "hairdressing|做髮型師",
                "beauty_wellness own_business|自己開間美容院",
            ),
        ),
    },
    "retail": {
        "en": (
            (
                "selling|selling things",
                "market_trading|selling at the market",
                "online_selling|selling online",
            ),
            (
                "retail_sales|work as a shop assistant",
                "own_business|run my own small business",
                "online_selling|start an online shop",
            ),
        ),
        "th": (
            ("selling|ขายของ", "market_trading|ขายของที่ตลาดนัด", "online_selling|ขายของออนไลน์"),
            (
                "retail_sales|เป็นพนักงานขาย",
                "own_business|มีธุรกิจของตัวเอง",
                "online_selling|เปิดร้านค้าออนไลน์",
            ),
        ),
        "km": (
            ("selling|លក់ដូរ", "market_trading|លក់ដូរនៅផ្សារ", "online_selling|លក់អនឡាញ"),
            (
                "retail_sales|ធ្វើជាបុគ្គលិកលក់",
                "own_business|មានអាជីវកម្មផ្ទាល់ខ្លួន",
                "market_trading|មានតូបលក់នៅផ្សារ",
            ),
        ),
        "my": (
            ("selling|ပစ္စည်းရောင်း", "market_trading|ဈေးရောင်း", "online_selling|အွန်လိုင်းဈေးရောင်း"),
            (
                "retail_sales|အရောင်းဝန်ထမ်း လုပ်",
                "own_business|ကိုယ်ပိုင်လုပ်ငန်း လုပ်",
                "market_trading|ဈေးဆိုင်လေး ဖွင့်",
            ),
        ),
        "vi": (
            ("selling|buôn bán", "market_trading|bán hàng ở chợ", "online_selling|bán hàng online"),
            (
                "retail_sales|làm nhân viên bán hàng",
                "own_business|có cửa hàng riêng",
                "online_selling|mở shop online",
            ),
        ),
        "tl": (
            (
                "selling|magtinda",
                "market_trading|magtinda sa palengke",
                "online_selling|magbenta online",
            ),
            (
                "retail_sales|magtrabaho sa mall",
                "own_business|magkaroon ng sariling negosyo",
                "retail_sales own_business|magtayo ng sari-sari store",
            ),
        ),
        "zh": (
            ("selling|賣東西", "market_trading|擺地攤", "online_selling|網上賣嘢"),
            ("retail_sales|喺超市做店員", "own_business|做自己嘅小生意", "online_selling|開網店"),
        ),
    },
    "agriculture": {
        "en": (
            (
                "vegetable_growing|growing vegetables",
                "rice_farming|planting rice",
                "livestock|raising chickens",
                "gardening|growing flowers",
            ),
            (
                "agriculture|work on a farm",
                "vegetable_growing|grow organic vegetables to sell",
                "livestock|keep a small chicken farm",
            ),
        ),
        "th": (
            (
                "vegetable_growing|ปลูกผัก",
                "rice_farming|ทำนา",
                "livestock|เลี้ยงไก่",
                "gardening|ปลูกดอกไม้",
            ),
            (
                "agriculture|ทำการเกษตรที่บ้านเกิด",
                "vegetable_growing|ปลูกผักปลอดสารพิษขาย",
                "livestock|มีฟาร์มไก่เล็กๆ",
            ),
        ),
        "km": (
            (
                "vegetable_growing|ដាំបន្លែ",
                "rice_farming|ធ្វើស្រែ",
                "livestock|ចិញ្ចឹមមាន់",
                "gardening|ដាំផ្កា",
            ),
            (
                "agriculture|ធ្វើកសិកម្មនៅភូមិ",
                "vegetable_growing|ដាំបន្លែសរីរាង្គលក់",
                "livestock|មានកសិដ្ឋានមាន់តូចមួយ",
            ),
        ),
        "my": (
            (
                "vegetable_growing|ဟင်းသီးဟင်းရွက်စိုက်",
                "rice_farming|လယ်လုပ်",
                "livestock|ကြက်မွေး",
                "gardening|ပန်းစိုက်",
            ),
            (
                "agriculture|ရွာမှာ စိုက်ပျိုးရေး လုပ်",
                "livestock|ကြက်ခြံလေး ထောင်",
                "vegetable_growing|ဟင်းရွက်ခြံ လုပ်",
            ),
        ),
        "vi": (
            (
                "vegetable_growing|trồng rau",
                "rice_farming|trồng lúa",
                "livestock|nuôi gà",
                "gardening|trồng hoa",
            ),
            (
                "agriculture|làm nông ở quê",
                "vegetable_growing|trồng rau sạch để bán",
                "livestock|có trang trại gà nhỏ",
            ),
        ),
        "tl": (
            (
                "vegetable_growing|magtanim ng gulay",
                "rice_farming|magtanim ng palay",
                "livestock|mag-alaga ng manok",
                "gardening|magtanim ng bulaklak",
            ),
            (
                "agriculture|magsaka sa probinsya",
                "vegetable_growing|magkaroon ng gulayan",
                "livestock|magkaroon ng maliit na babuyan",
            ),
        ),
        "zh": (
            ("vegetable_growing|種菜", "rice_farming|種稻", "livestock|養雞", "gardening|種花"),
            (
                "agriculture|返鄉下務農",
                "vegetable_growing|搞個有機菜園",
                "livestock|開個細細嘅養雞場",
            ),
        ),
    },
    "fishing": {
        "en": (
            (
                "fish_farming|raising fish in ponds",
                "fish_farming|raising shrimp",
                "fishing|fishing",
            ),
            ("fish_farming|have my own fish pond", "fishing_aquaculture|work in aquaculture"),
        ),
        "th": (
            ("fish_farming|เลี้ยงปลา", "fish_farming|เลี้ยงกุ้ง", "fishing|หาปลา"),
            ("fish_farming|มีบ่อปลาของตัวเอง", "fish_farming|ทำงานฟาร์มกุ้ง"),
        ),
        "km": (
            ("fish_farming|ចិញ្ចឹមត្រី", "fish_farming|ចិញ្ចឹមបង្គា", "fishing|ស្ទូចត្រី"),
            ("fish_farming|មានស្រះត្រីផ្ទាល់ខ្លួន", "fishing_aquaculture|ធ្វើការក្នុងវិស័យវារីវប្បកម្ម"),
        ),
        "my": (
            ("fish_farming|ငါးမွေး", "fish_farming|ပုစွန်မွေး", "fishing|ငါးမျှား"),
            ("fish_farming|ကိုယ်ပိုင် ငါးကန် လုပ်", "fishing_aquaculture|ရေထွက်ပစ္စည်းလုပ်ငန်းမှာ အလုပ်လုပ်"),
        ),
        "vi": (
            ("fish_farming|nuôi cá", "fish_farming|nuôi tôm", "fishing|câu cá"),
            ("fish_farming|có ao cá riêng", "fishing_aquaculture|làm việc trong ngành thủy sản"),
        ),
        "tl": (
            (
                "fish_farming|mag-alaga ng isda",
                "fish_farming|mag-alaga ng tilapia",
                "fishing|mangisda",
            ),
            (
                "fish_farming|magkaroon ng sariling palaisdaan",
                "fishing_aquaculture|magtrabaho sa pangisdaan",
            ),
        ),
        "zh": (
            ("fish_farming|養魚", "fish_farming|養蝦", "fishing|釣魚"),
            ("fish_farming|有自己嘅魚塘", "fishing_aquaculture|喺水產公司做嘢"),
        ),
    },
    "construction": {
        "en": (
            (
                "house_building|building houses",
                "carpentry|woodworking",
                "house_painting|painting houses",
            ),
            (
                "construction|become a skilled construction worker",
                "welding|become a welder",
                "electrical_wiring|learn electrical wiring",
            ),
        ),
        "th": (
            ("house_building|สร้างบ้าน", "carpentry|งานไม้", "house_painting|ทาสีบ้าน"),
            (
                "construction|เป็นช่างก่อสร้างที่มีฝีมือ",
                "welding|เป็นช่างเชื่อม",
                "electrical_wiring|เรียนเดินสายไฟ",
            ),
        ),
        "km": (
            ("house_building|សង់ផ្ទះ", "carpentry|ធ្វើគ្រឿងសង្ហារឹម", "bricklaying|រៀបឥដ្ឋ"),
            (
                "construction|ក្លាយជាជាងសំណង់",
                "welding|ក្លាយជាជាងផ្សារដែក",
                "house_painting|ធ្វើជាជាងលាបថ្នាំ",
            ),
        ),
        "my": (
            ("house_building|အိမ်ဆောက်", "carpentry|ပရိဘောဂလုပ်", "bricklaying|အုတ်စီ"),
            (
                "construction|ဆောက်လုပ်ရေးလုပ်ငန်းမှာ ကျွမ်းကျင်သူ ဖြစ်",
                "welding|ဂဟေဆရာ ဖြစ်",
                "house_painting|ဆေးသုတ်သမား လုပ်",
            ),
        ),
        "vi": (
            ("house_building|xây nhà", "carpentry|làm mộc", "house_painting|sơn nhà"),
            (
                "construction|làm thợ xây lành nghề",
                "welding|làm thợ hàn",
                "electrical_wiring|học lắp đặt điện",
            ),
        ),
        "tl": (
            (
                "house_building|magtayo ng bahay",
                "carpentry|magkarpintero",
                "house_painting|magpintura ng bahay",
            ),
            (
                "construction|magtrabaho sa construction",
                "welding|maging welder",
                "electrical_wiring|matutong mag-wiring",
            ),
        ),
        "zh": (
            ("house_building|建房子", "carpentry|做木工", "bricklaying|砌磚"),
            ("construction|喺地盤做師傅", "welding|做電焊工", "electrical_wiring|學水電"),
        ),
    },
    "automotive": {
        "en": (
            (
                "motorbike_repair|fixing motorbikes",
                "car_repair|repairing cars",
                "engine_maintenance|working on engines",
            ),
            (
                "automotive_repair|work as a mechanic",
                "motorbike_repair own_business|open a repair shop for motorbikes",
            ),
        ),
        "th": (
            (
                "motorbike_repair|ซ่อมมอเตอร์ไซค์",
                "car_repair|ซ่อมรถยนต์",
                "engine_maintenance|ดูแลเครื่องยนต์",
            ),
            ("automotive_repair|ทำงานในอู่ซ่อมรถ", "motorbike_repair own_business|เปิดร้านซ่อมมอเตอร์ไซค์"),
        ),
        "km": (
            ("motorbike_repair|ជួសជុលម៉ូតូ", "car_repair|ជួសជុលឡាន", "engine_maintenance|ថែទាំម៉ាស៊ីន"),
            ("automotive_repair|ធ្វើការនៅយានដ្ឋាន", "motorbike_repair own_business|បើកហាងជួសជុលម៉ូតូ"),
        ),
        "my": (
            ("motorbike_repair|ဆိုင်ကယ်ပြင်", "car_repair|ကားပြင်", "engine_maintenance|အင်ဂျင်ပြင်"),
            ("automotive_repair|ဝပ်ရှော့မှာ အလုပ်လုပ်", "motorbike_repair own_business|ဆိုင်ကယ်ပြင်ဆိုင် ဖွင့်"),
        ),
        "vi": (
            (
                "motorbike_repair|sửa xe máy",
                "car_repair|sửa ô tô",
                "engine_maintenance|bảo dưỡng xe",
            ),
            (
                "automotive_repair|làm thợ sửa xe",
                "motorbike_repair own_business|mở tiệm sửa xe máy",
            ),
        ),
        "tl": (
            (
                "motorbike_repair|mag-ayos ng motor",
                "car_repair|mag-ayos ng kotse",
                "engine_maintenance|mag-change oil",
            ),
            (
                "automotive_repair|maging mekaniko",
                "automotive_repair own_business|magtayo ng negosyo na talyer",
            ),
        ),
        "zh": (
            ("motorbike_repair|修電單車", "car_repair|修汽車", "engine_maintenance|換機油"),
            ("automotive_repair|喺修車行做技工", "car_repair|學汽車維修"),
        ),
    },
    "it_support": {
        "en": (
            (
                "computers|working with computers",
                "phone_repair|repairing mobile phones",
                "graphic_design|graphic design",
            ),
            (
                "it_support|work in IT support",
                "phone_repair own_business|open a stall repairing phones",
                "computers|learn coding",
            ),
        ),
        "th": (
            ("computers|เล่นคอมพิวเตอร์", "phone_repair|ซ่อมมือถือ", "graphic_design|ออกแบบกราฟิก"),
            (
                "it_support|ทำงานฝ่ายไอที",
                "phone_repair own_business|เปิดร้านซ่อมมือถือ",
                "computers|เรียนเขียนโปรแกรม",
            ),
        ),
        "km": (
            ("computers|រៀនកុំព្យូទ័រ", "phone_repair|ជួសជុលទូរស័ព្ទ", "graphic_design|រចនាក្រាហ្វិក"),
            (
                "it_support|ធ្វើការផ្នែកព័ត៌មានវិទ្យា",
                "phone_repair own_business|បើកហាងលក់និងជួសជុលទូរស័ព្ទ",
                "computers|សរសេរកម្មវិធី",
            ),
        ),
        "my": (
            ("computers|ကွန်ပျူတာ လေ့လာ", "phone_repair|ဖုန်းပြင်", "graphic_design|ဂရပ်ဖစ်ဒီဇိုင်း ဆွဲ"),
            (
                "it_support|အိုင်တီဝန်ထမ်း လုပ်",
                "phone_repair own_business|ဖုန်းပြင်ဆိုင် ဖွင့်",
                "computers|ပရိုဂရမ်ရေး",
            ),
        ),
        "vi": (
            (
                "computers|học lập trình",
                "phone_repair|sửa điện thoại",
                "graphic_design|thiết kế đồ họa",
            ),
            (
                "it_support|làm kỹ thuật viên máy tính",
                "phone_repair own_business|mở tiệm sửa điện thoại",
                "computers|làm lập trình viên",
            ),
        ),
        "tl": (
            (
                "computers|gumawa ng website",
                "phone_repair|mag-ayos ng cellphone",
                "graphic_design|mag-edit ng video",
            ),
            (
                "it_support|magtrabaho sa IT",
                "computers|matuto ng programming",
                "it_support|maging computer technician",
            ),
        ),
        "zh": (
            ("computers|玩電腦", "phone_repair|修手機", "graphic_design|修圖"),
            ("it_support|做IT支援", "computers|學編程", "phone_repair|學維修手機"),
        ),
    },
    "office": {
        "en": (
            (
                "basic_computer|typing on a computer",
                "language_learning|learning English",
                "customer_service|talking to customers",
            ),
            (
                "office_admin|work in an office",
                "call_centre|work in a call centre",
                "accounting_basics|become a bookkeeper",
            ),
        ),
        "th": (
            (
                "basic_computer|พิมพ์งาน",
                "language_learning|เรียนภาษาอังกฤษ",
                "customer_service|คุยกับลูกค้า",
            ),
            (
                "office_admin|ทำงานออฟฟิศ",
                "call_centre|เป็นพนักงานคอลเซ็นเตอร์",
                "accounting_basics|ทำบัญชี",
            ),
        ),
        "km": (
            (
                "basic_computer|ប្រើកុំព្យូទ័រ",
                "language_learning|រៀនភាសាអង់គ្លេស",
                "customer_service|និយាយជាមួយអតិថិជន",
            ),
            (
                "office_admin|ធ្វើការការិយាល័យ",
                "call_centre|ធ្វើការនៅមជ្ឈមណ្ឌលទូរស័ព្ទ",
                "accounting_basics|ក្លាយជាគណនេយ្យករ",
            ),
        ),
        "my": (
            (
                "basic_computer|ကွန်ပျူတာသုံး",
                "language_learning|အင်္ဂလိပ်စာသင်",
                "customer_service|ဖောက်သည်တွေနဲ့ပြော",
            ),
            (
                "office_admin|ရုံးဝန်ထမ်း လုပ်",
                "call_centre|ကော်လ်စင်တာမှာ အလုပ်လုပ်",
                "accounting_basics|စာရင်းကိုင် ဖြစ်",
            ),
        ),
        "vi": (
            (
                "basic_computer|soạn thảo văn bản",
                "language_learning|học tiếng Anh",
                "customer_service|giao tiếp với khách hàng",
            ),
            (
                "office_admin|làm nhân viên văn phòng",
                "call_centre|làm tổng đài viên",
                "accounting_basics|làm kế toán",
            ),
        ),
        "tl": (
            (
                "basic_computer|mag-type sa computer",
                "language_learning|mag-aral ng Ingles",
                "customer_service|makipag-usap sa customer",
            ),
            (
                "office_admin|magtrabaho sa opisina",
                "call_centre|maging call center agent",
                "accounting_basics|maging bookkeeper",
            ),
        ),
        "zh": (
            (
                "basic_computer|用電腦打字",
                "english_conversation|學英文",
                "customer_service|招呼客人",
            ),
            ("office_admin|做文員", "call_centre|做電話客服", "accounting_basics|學記賬"),
        ),
    },
    "domestic_care": {
        "en": (
            (
                "childcare|looking after children",
                "elder_care|caring for older people",
                "housework|housework",
            ),
            (
                "elder_care|work as a caregiver for older people",
                "childcare|work as a nanny",
                "health_care_support|become a nursing assistant",
            ),
        ),
        "th": (
            ("childcare|เลี้ยงเด็ก", "elder_care|ดูแลผู้สูงอายุ", "housework|ทำงานบ้าน"),
            (
                "elder_care|เป็นผู้ดูแลผู้สูงอายุ",
                "childcare|เป็นพี่เลี้ยงเด็ก",
                "health_care_support|เป็นผู้ช่วยพยาบาล",
            ),
        ),
        "km": (
            ("childcare|មើលក្មេង", "elder_care|មើលថែមនុស្សចាស់", "housework|ធ្វើការងារផ្ទះ"),
            (
                "elder_care|ធ្វើការថែទាំមនុស្សចាស់",
                "childcare|ធ្វើការមើលថែកុមារ",
                "health_care_support|ក្លាយជាគិលានុបដ្ឋាយិកា",
            ),
        ),
        "my": (
            ("childcare|ကလေးထိန်း", "elder_care|လူကြီးပြုစု", "housework|အိမ်အလုပ်လုပ်"),
            (
                "elder_care|သက်ကြီးရွယ်အိုစောင့်ရှောက်ရေး အလုပ်လုပ်",
                "childcare|ကလေးထိန်းဆရာမ ဖြစ်",
                "health_care_support|သူနာပြုအကူ ဖြစ်",
            ),
        ),
        "vi": (
            ("childcare|trông trẻ", "elder_care|chăm sóc người già", "housework|dọn dẹp nhà cửa"),
            (
                "elder_care|làm nghề chăm sóc người già",
                "childcare|làm bảo mẫu",
                "health_care_support|làm điều dưỡng",
            ),
        ),
        "tl": (
            (
                "childcare|mag-alaga ng bata",
                "elder_care|mag-alaga ng matanda",
                "housework|maglinis ng bahay",
            ),
            (
                "elder_care|maging caregiver",
                "childcare|maging yaya",
                "health_care_support|maging nursing aide",
            ),
        ),
        "zh": (
            ("childcare|照顧小孩", "elder_care|照顧長者", "housework|做家務"),
            ("elder_care|喺安老院做護理員", "childcare|學育嬰", "health_care_support|做護士助理"),
        ),
    },
    "manufacturing": {
        "en": (
            (
                "assembly|assembling parts",
                "packing|packing products",
                "machine_operation|operating machines",
            ),
            (
                "manufacturing|work in a factory with regular hours",
                "quality_control|work in quality control",
            ),
        ),
        "th": (
            ("assembly|ประกอบชิ้นส่วน", "packing|แพ็คสินค้า", "machine_operation|คุมเครื่องจักร"),
            ("manufacturing|ทำงานโรงงานที่มีสวัสดิการ", "quality_control|เป็นพนักงานตรวจสอบคุณภาพ"),
        ),
        "km": (
            ("assembly|ផ្គុំគ្រឿង", "packing|វេចខ្ចប់ទំនិញ", "machine_operation|បញ្ជាម៉ាស៊ីន"),
            ("manufacturing|ធ្វើការរោងចក្រ", "quality_control|ធ្វើការត្រួតពិនិត្យគុណភាព"),
        ),
        "my": (
            ("assembly|ပစ္စည်းတပ်ဆင်", "packing|ပစ္စည်းထုပ်ပိုး", "machine_operation|စက်ကိုင်"),
            ("manufacturing|စက်ရုံမှာ အလုပ်လုပ်", "quality_control|အရည်အသွေးစစ်ဆေးရေး ဝန်ထမ်း လုပ်"),
        ),
        "vi": (
            ("assembly|lắp ráp linh kiện", "packing|đóng gói hàng", "machine_operation|đứng máy"),
            ("manufacturing|làm việc ở khu công nghiệp", "quality_control|làm nhân viên QC"),
        ),
        "tl": (
            (
                "assembly|mag-assemble ng piyesa",
                "packing|mag-empake ng produkto",
                "machine_operation|magpatakbo ng makina",
            ),
            ("manufacturing|magtrabaho sa pabrika", "quality_control|maging QC inspector"),
        ),
        "zh": (
            ("assembly|組裝零件", "packing|包裝貨品", "machine_operation|操作機器"),
            ("manufacturing|入工廠做嘢", "quality_control|做品檢"),
        ),
    },
    "logistics": {
        "en": (
            ("driving|driving", "delivery|delivering parcels", "packing|packing orders"),
            (
                "delivery|work as a delivery rider",
                "driving_licence|get my driving licence",
                "logistics_warehouse|work in a warehouse",
            ),
        ),
        "th": (
            ("driving|ขับรถ", "delivery|ส่งของ", "packing|แพ็คของ"),
            ("delivery|เป็นไรเดอร์", "driving_licence|มีใบขับขี่", "logistics_warehouse|ทำงานในคลังสินค้า"),
        ),
        "km": (
            ("driving|បើកឡាន", "delivery|ដឹកឥវ៉ាន់", "packing|ខ្ចប់ឥវ៉ាន់"),
            (
                "delivery|ធ្វើជាអ្នកដឹកម្ហូប",
                "driving_licence|មានប័ណ្ណបើកបរ",
                "logistics_warehouse|ធ្វើការនៅឃ្លាំងទំនិញ",
            ),
        ),
        "my": (
            ("driving|ကားမောင်း", "delivery|ပစ္စည်းပို့", "packing|ပါဆယ်ထုပ်ပိုး"),
            (
                "delivery|ဒယ်လီဗာရီ လုပ်",
                "driving_licence|ယာဉ်မောင်းလိုင်စင် ရ",
                "logistics_warehouse|ဂိုဒေါင်မှာ အလုပ်လုပ်",
            ),
        ),
        "vi": (
            ("driving|lái xe", "delivery|giao hàng", "packing|đóng gói"),
            (
                "delivery|làm shipper",
                "driving_licence|thi bằng lái xe",
                "logistics_warehouse|làm thủ kho",
            ),
        ),
        "tl": (
            ("driving|magmaneho", "delivery|mag-deliver ng parcel", "packing|mag-pack ng order"),
            (
                "delivery|maging delivery rider",
                "driving_licence|kumuha ng lisensya",
                "logistics_warehouse|magtrabaho sa bodega",
            ),
        ),
        "zh": (
            ("driving|開車", "delivery|送外賣", "packing|打包"),
            ("delivery|做送貨員", "driving_licence|考駕照", "logistics_warehouse|喺倉庫做嘢"),
        ),
    },
    "handicrafts": {
        "en": (
            (
                "weaving|weaving",
                "jewellery_making|making jewellery",
                "drawing_painting|drawing and painting",
                "handicrafts|making things by hand",
            ),
            ("handicrafts|sell my own handicrafts", "weaving|weave silk scarves to sell"),
        ),
        "th": (
            (
                "weaving|ทอผ้า",
                "jewellery_making|ร้อยลูกปัด",
                "drawing_painting|วาดรูป",
                "handicrafts|ทำของทำมือ",
            ),
            ("handicrafts|ขายงานฝีมือของตัวเอง", "weaving|ทอผ้าไหมขาย"),
        ),
        "km": (
            (
                "weaving|ត្បាញក្រមា",
                "jewellery_making|ធ្វើខ្សែដៃ",
                "drawing_painting|គូររូប",
                "handicrafts|ធ្វើកាបូប",
            ),
            ("handicrafts|លក់របស់ធ្វើដោយដៃ", "weaving|ត្បាញសូត្រលក់"),
        ),
        "my": (
            (
                "weaving|ယက်ကန်းရက်",
                "jewellery_making|ပုတီးသီ",
                "drawing_painting|ပုံဆွဲ",
                "handicrafts|လက်မှုပစ္စည်း လုပ်",
            ),
            ("handicrafts|ကိုယ်တိုင်လုပ်တဲ့ လက်မှုပစ္စည်း ရောင်း", "weaving|ပိုးထည်ရက်ပြီး ရောင်း"),
        ),
        "vi": (
            (
                "weaving|đan len",
                "jewellery_making|làm trang sức",
                "drawing_painting|vẽ tranh",
                "handicrafts|làm đồ thủ công",
            ),
            ("handicrafts|bán đồ handmade", "weaving|dệt thổ cẩm"),
        ),
        "tl": (
            (
                "weaving|maghabi",
                "jewellery_making|gumawa ng alahas",
                "drawing_painting|gumuhit",
                "handicrafts|gumawa ng bag",
            ),
            ("handicrafts|magbenta ng gawang-kamay", "weaving|maghabi ng banig"),
        ),
        "zh": (
            (
                "weaving|織毛衣",
                "jewellery_making|串珠",
                "drawing_painting|畫畫",
                "handicrafts|做手工",
            ),
            ("handicrafts|賣自己做嘅手工藝品", "drawing_painting|學畫畫"),
        ),
    },
    "community": {
        "en": (
            (
                "helping_others|helping other people",
                "teaching|teaching children",
                "childcare|looking after children",
            ),
            (
                "community_work|become a social worker",
                "helping_others|help other women",
                "teaching|become a teacher",
            ),
        ),
        "th": (
            ("helping_others|ช่วยเหลือคนอื่น", "teaching|สอนหนังสือเด็ก", "childcare|ดูแลเด็ก"),
            ("community_work|ทำงานกับมูลนิธิ", "helping_others|ช่วยเหลือผู้หญิงคนอื่น", "teaching|เป็นครูผู้ช่วย"),
        ),
        "km": (
            ("helping_others|ជួយអ្នកដទៃ", "teaching|បង្រៀនក្មេង", "childcare|មើលថែកុមារ"),
            (
                "community_work|ធ្វើការងារសង្គម",
                "helping_others|ជួយស្ត្រីផ្សេងទៀត",
                "teaching|ក្លាយជាគ្រូបង្រៀន",
            ),
        ),
        "my": (
            ("helping_others|လူတွေကိုကူညီ", "teaching|ကလေးတွေကိုစာသင်", "childcare|ကလေးပြုစု"),
            ("community_work|လူမှုဝန်ထမ်း ဖြစ်", "helping_others|သူများကိုကူညီ", "teaching|ဆရာမလုပ်"),
        ),
        "vi": (
            ("helping_others|giúp đỡ người khác", "teaching|dạy trẻ em", "childcare|trông trẻ"),
            (
                "community_work|làm công tác xã hội",
                "helping_others|giúp đỡ phụ nữ",
                "teaching|làm cô giáo",
            ),
        ),
        "tl": (
            (
                "helping_others|tumulong sa kapwa",
                "teaching|magturo sa mga bata",
                "childcare|mag-alaga ng bata",
            ),
            (
                "community_work|maging social worker",
                "helping_others|makatulong sa mga kababaihan",
                "teaching|maging guro",
            ),
        ),
        "zh": (
            ("helping_others|幫助別人", "teaching|教小孩", "childcare|照顧小孩"),
            ("community_work|做社工", "helping_others|幫助有需要的人", "teaching|做老師"),
        ),
    },
}

_MOTIVES: Final[Mapping[str, tuple[str, ...]]] = {
    "en": (
        " so I can support my family",
        " and earn a steady income",
        " so my children can stay in school",
        " and stand on my own feet",
    ),
    "th": (" เพื่อส่งเงินให้ครอบครัว", " จะได้มีรายได้ที่มั่นคง", " ให้ลูกได้เรียนหนังสือ", " จะได้พึ่งพาตัวเองได้"),
    "km": (" ដើម្បីផ្គត់ផ្គង់គ្រួសារ", " ដើម្បីមានប្រាក់ចំណូលទៀងទាត់", " ដើម្បីឱ្យកូនបានរៀនសូត្រ", " ដើម្បីរស់នៅដោយខ្លួនឯង"),
    "my": ("မိသားစုကို ထောက်ပံ့နိုင်ဖို့ ", "ပုံမှန်ဝင်ငွေ ရဖို့ ", "ကလေးတွေ ကျောင်းဆက်တက်နိုင်ဖို့ ", "ကိုယ့်ခြေထောက်ပေါ် ကိုယ်ရပ်နိုင်ဖို့ "),
    "vi": (
        " để gửi tiền về cho gia đình",
        " để có thu nhập ổn định",
        " để các con được đi học",
        " để tự lo cho bản thân",
    ),
    "tl": (
        " para matustusan ang pamilya ko",
        " para magkaroon ng regular na kita",
        " para makapag-aral ang mga anak ko",
        " para makatayo sa sariling paa",
    ),
    "zh": ("，幫補屋企", "，有份穩定收入", "，畀個仔個女讀書", "，靠自己生活"),
}


@dataclass(frozen=True, slots=True)
class _Saying:
    concepts: tuple[str, ...]
    text: str


def _said(item: str) -> _Saying:
    concepts, text = item.split("|")
    return _Saying(tuple(concepts.split()), text)


_SAID: Final[Mapping[str, Mapping[str, tuple[tuple[_Saying, ...], tuple[_Saying, ...]]]]] = {
    family: {
        language: (tuple(map(_said, likes)), tuple(map(_said, hopes)))
        for language, (likes, hopes) in by_language.items()
    }
    for family, by_language in _SAYINGS.items()
}


@dataclass(frozen=True, slots=True)
class Phrases:
    """The sentence frames and phrases survivors' words are composed from, in one language.

    Frames hold ``{me}`` (a pronoun that depends on gender, or nothing), ``{a}`` and ``{b}``
    (things liked), ``{g}`` (a hope) and ``{why}`` (a reason, or nothing).
    """

    language: str
    interest_frames: tuple[str, ...]
    aspiration_frames: tuple[str, ...]
    likes: tuple[str, ...]
    hopes: tuple[str, ...]
    reasons: tuple[str, ...]
    pronouns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Frames:
    one: tuple[str, ...]  # one thing liked: {a}
    two: tuple[str, ...]  # two things liked: {a}, {b}
    hope: tuple[str, ...]  # {g}, with {why} where the language puts a reason
    me: Mapping[str, str]  # gender -> pronoun, where the language marks it


_FRAMES: Final[Mapping[str, _Frames]] = {
    "en": _Frames(
        one=(
            "I like {a}.",
            "I have always enjoyed {a}.",
            "In my free time I like {a}.",
            "I am good at {a}.",
        ),
        two=("I like {a} and {b}.", "I enjoy {a}, and I am also good at {b}."),
        hope=(
            "I want to {g}{why}.",
            "One day I hope to {g}{why}.",
            "My dream is to {g}{why}.",
            "I would like to {g}{why}.",
        ),
        me={},
    ),
    "th": _Frames(
        one=(
            "{me}ชอบ{a}",
            "{me}ชอบ{a}มาตั้งแต่เด็ก",
            "เวลาว่าง{me}ชอบ{a}",
            "{me}ถนัด{a}",
            "{me}สนใจ{a}มาก",
        ),
        two=("{me}ชอบ{a}และ{b}", "{me}ชอบ{a} แล้วก็ชอบ{b}ด้วย", "เวลาว่าง{me}ชอบ{a}กับ{b}"),
        hope=(
            "{me}อยาก{g}{why}",
            "ในอนาคต{me}อยาก{g}{why}",
            "{me}ฝันว่าจะได้{g}{why}",
            "ถ้ามีโอกาส{me}อยาก{g}{why}",
        ),
        me={"woman": "ฉัน", "man": "ผม"},
    ),
    "km": _Frames(
        one=(
            "ខ្ញុំចូលចិត្ត{a}។",
            "ខ្ញុំចូលចិត្ត{a}តាំងពីនៅតូច។",
            "ពេលទំនេរ ខ្ញុំចូលចិត្ត{a}។",
            "ខ្ញុំពូកែ{a}។",
        ),
        two=("ខ្ញុំចូលចិត្ត{a} និង{b}។", "ពេលទំនេរ ខ្ញុំចូលចិត្ត{a} ហើយក៏ចូលចិត្ត{b}ដែរ។"),
        hope=(
            "ខ្ញុំចង់{g}{why}។",
            "នៅថ្ងៃអនាគត ខ្ញុំចង់{g}{why}។",
            "ក្តីសុបិនរបស់ខ្ញុំគឺ{g}{why}។",
            "ខ្ញុំសង្ឃឹមថានឹងអាច{g}{why}។",
        ),
        me={},
    ),
    "my": _Frames(
        one=(
            "{me}{a}ရတာ ကြိုက်တယ်။",
            "ငယ်ငယ်ကတည်းက {a}ရတာ ဝါသနာပါတယ်။",
            "အားလပ်ချိန်မှာ {a}လေ့ရှိတယ်။",
            "{me}{a}တတ်တယ်။",
        ),
        two=("{me}{a}ရတာ ကြိုက်တယ်၊ {b}ရတာလည်း ကြိုက်တယ်။",),
        hope=(
            "{why}{me}{g}ချင်တယ်။",
            "{why}အနာဂတ်မှာ {g}ချင်တယ်။",
            "{me}{g}နိုင်မယ်လို့ မျှော်လင့်တယ်။",
        ),
        me={"woman": "ကျွန်မ ", "man": "ကျွန်တော် "},
    ),
    "vi": _Frames(
        one=(
            "Tôi thích {a}.",
            "Từ nhỏ tôi đã thích {a}.",
            "Lúc rảnh tôi hay {a}.",
            "Tôi khá giỏi {a}.",
        ),
        two=("Tôi thích {a} và {b}.", "Lúc rảnh tôi thích {a}, đôi khi cũng {b}."),
        hope=(
            "Tôi muốn {g}{why}.",
            "Sau này tôi muốn {g}{why}.",
            "Ước mơ của tôi là {g}{why}.",
            "Tôi hy vọng sẽ được {g}{why}.",
        ),
        me={},
    ),
    "tl": _Frames(
        one=(
            "Mahilig akong {a}.",
            "Marunong akong {a}.",
            "Gustong-gusto kong {a}.",
            "Sa bakanteng oras, mahilig akong {a}.",
        ),
        two=("Mahilig akong {a} at {b}.", "Gusto kong {a}, at marunong din akong {b}."),
        hope=(
            "Gusto kong {g}{why}.",
            "Pangarap kong {g}{why}.",
            "Balang araw, gusto kong {g}{why}.",
        ),
        me={},
    ),
    "zh": _Frames(
        one=("我好鍾意{a}。", "我由細到大都鍾意{a}。", "得閒嘅時候我鍾意{a}。", "我識{a}。"),
        two=("我鍾意{a}同埋{b}。", "我好鍾意{a}，亦都識{b}。"),
        hope=(
            "我想{g}{why}。",
            "將來我想{g}{why}。",
            "我希望可以{g}{why}。",
            "我嘅夢想係{g}{why}。",
        ),
        me={},
    ),
}


def phrase_catalogue(language: str) -> Phrases:
    """Every frame and phrase survivors' words in `language` may be composed of."""
    frames = _FRAMES[language]
    return Phrases(
        language=language,
        interest_frames=frames.one + frames.two,
        aspiration_frames=frames.hope,
        likes=tuple(
            dict.fromkeys(s.text for family in _SAID.values() for s in family[language][0])
        ),
        hopes=tuple(
            dict.fromkeys(s.text for family in _SAID.values() for s in family[language][1])
        ),
        reasons=("", *_MOTIVES[language]),
        pronouns=("", *frames.me.values()),
    )


def opportunity_titles() -> frozenset[str]:
    """Every title a generated job or course may have."""
    return frozenset(
        title
        for family in _FAMILY_LIST
        for template in family.jobs + family.courses
        for title in template.titles
    )


# --- drawing at random -----------------------------------------------------------------------

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Weighted(Generic[T]):
    """Items with weights, ready to draw from (cumulative weights computed once)."""

    items: tuple[T, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, pairs: Sequence[tuple[T, float]]) -> _Weighted[T]:
        items = tuple(item for item, _ in pairs)
        return cls(items, tuple(itertools.accumulate(weight for _, weight in pairs)))


class _Dice:
    """Draws from one `random.Random`, faster than its general-purpose methods.

    Only ``random()`` is used, so a seed gives the same draws on every Python that keeps
    `random.Random`'s documented reproducibility.
    """

    __slots__ = ("_random",)

    def __init__(self, seed: str) -> None:
        # Synthetic data, not secrets: a seeded, reproducible generator is the point.
        self._random = random.Random(seed).random  # noqa: S311

    def chance(self, probability: float) -> bool:
        return self._random() < probability

    def one(self, items: Sequence[T]) -> T:
        return items[int(self._random() * len(items))]

    def weighted(self, table: _Weighted[T]) -> T:
        cumulative = table.cumulative
        at = bisect.bisect_right(cumulative, self._random() * cumulative[-1])
        return table.items[min(at, len(cumulative) - 1)]

    def some(self, items: Sequence[T], count: int) -> list[T]:
        """`count` different items (fewer if there are not enough), in random order."""
        pool = list(items)
        count = min(count, len(pool))
        for i in range(count):
            j = i + int(self._random() * (len(pool) - i))
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:count]

    def between(self, low: int, high: int) -> int:
        """An integer from `low` to `high`, both included."""
        return low + int(self._random() * (high - low + 1))

    def uniform(self, low: float, high: float) -> float:
        return low + (high - low) * self._random()


def _table(items: Sequence[T], weights: Sequence[float]) -> _Weighted[T]:
    return _Weighted.of(list(zip(items, weights, strict=True)))


# --- the shapes of the population ------------------------------------------------------------

_SURVIVORS_PER_NGO: Final = 250
_JOBS_PER_EMPLOYER: Final = 12
_COURSES_PER_PROVIDER: Final = 8

_AGE: Final = _table(AGE_BANDS, (10, 33, 30, 15, 8, 4))  # about one in ten is a minor
_GENDER: Final = _table(GENDERS, (70, 25, 2, 3))
_EDUCATION: Final = _table(EDUCATION_LEVELS, (10, 30, 30, 18, 7, 5))
_MINOR_EDUCATION: Final = ("primary", "lower_secondary")
_RADIUS: Final = _table((5, 10, 15, 20, 25, 30, 40, 50), (10, 20, 18, 16, 10, 12, 7, 7))
_SURVIVOR_HOURS: Final = _table(
    (
        matching_pb2.HOURS_UNSPECIFIED,
        matching_pb2.HOURS_FULL_TIME,
        matching_pb2.HOURS_PART_TIME,
        matching_pb2.HOURS_FLEXIBLE,
    ),
    (40, 30, 20, 10),
)
_WORK_HOURS: Final = (
    matching_pb2.HOURS_FULL_TIME,
    matching_pb2.HOURS_PART_TIME,
    matching_pb2.HOURS_FLEXIBLE,
)
_JOB_HOURS: Final = _table(_WORK_HOURS, (70, 20, 10))
_COURSE_HOURS: Final = _table(_WORK_HOURS, (30, 55, 15))
_SKILLS_HELD: Final = _table((0, 1, 2, 3), (25, 35, 28, 12))
_MINOR_SKILLS_HELD: Final = _table((0, 1), (60, 40))
_COURSE_MINIMUM_AGE: Final = _table((15, 16, 18), (35, 35, 30))
_STAGE: Final = _table(
    (
        common_pb2.READINESS_STAGE_STABILISING,
        common_pb2.READINESS_STAGE_PEER_SUPPORT_READY,
        common_pb2.READINESS_STAGE_TRAINING_READY,
        common_pb2.READINESS_STAGE_EMPLOYMENT_READY,
    ),
    (15, 20, 30, 35),
)
# Peer-group times people can usually make: weekday evenings and mornings, weekends.
_SLOTS: Final = (
    *((day, 18 * 60, 90) for day in range(1, 6)),
    (2, 10 * 60, 90),
    (4, 10 * 60, 90),
    (6, 9 * 60, 120),
    (6, 14 * 60, 120),
    (7, 10 * 60, 120),
    (7, 14 * 60, 120),
)
_CLASS_TIMES: Final = (
    "on weekday mornings",
    "on weekday afternoons",
    "at weekends",
    "on three evenings a week",
)
# Live-in domestic workers in Hong Kong have a weekly rest day, usually Sunday.
_SUNDAY_SLOTS: Final = tuple(slot for slot in _SLOTS if slot[0] == 7)

_SUPPORT: Final[Mapping[matching_pb2.Accommodation, str]] = {
    matching_pb2.ACCOMMODATION_CHILDCARE: "a crèche for young children",
    matching_pb2.ACCOMMODATION_TRANSPORT: "a free shuttle from nearby districts",
    matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS: "hours that fit around family needs",
    matching_pb2.ACCOMMODATION_COUNSELLING: "free, confidential emotional support",
    matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: (
        "a supervisor trained in trauma-informed practice"
    ),
}
_JOB_SUPPORT_CHANCE: Final[Mapping[matching_pb2.Accommodation, float]] = {
    matching_pb2.ACCOMMODATION_CHILDCARE: 0.10,
    matching_pb2.ACCOMMODATION_TRANSPORT: 0.25,
    matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS: 0.20,
    matching_pb2.ACCOMMODATION_COUNSELLING: 0.15,
    matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: 0.25,
}
_COURSE_SUPPORT_CHANCE: Final[Mapping[matching_pb2.Accommodation, float]] = {
    matching_pb2.ACCOMMODATION_CHILDCARE: 0.25,
    matching_pb2.ACCOMMODATION_TRANSPORT: 0.30,
    matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS: 0.20,
    matching_pb2.ACCOMMODATION_COUNSELLING: 0.45,
    matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: 0.40,
}
_NEED_CHANCE: Final[Mapping[matching_pb2.Accommodation, float]] = {
    matching_pb2.ACCOMMODATION_CHILDCARE: 0.15,
    matching_pb2.ACCOMMODATION_TRANSPORT: 0.25,
    matching_pb2.ACCOMMODATION_FLEXIBLE_HOURS: 0.15,
    matching_pb2.ACCOMMODATION_COUNSELLING: 0.30,
    matching_pb2.ACCOMMODATION_STIPEND: 0.20,
    matching_pb2.ACCOMMODATION_TRAUMA_INFORMED_SUPERVISOR: 0.20,
}


class _Sampler:
    """The weighted choices of one jurisdiction, built once and reused for every draw."""

    def __init__(self, jurisdiction: _Jurisdiction) -> None:
        self.jurisdiction = jurisdiction
        self.speakers = _table(jurisdiction.speakers, [s.share for s in jurisdiction.speakers])
        work = jurisdiction.families
        interest_total = sum(_INTEREST_WEIGHTS.values())
        work_total = sum(work.values())
        families = [_FAMILIES[name] for name in FAMILIES]
        self.work_family = _table(families, [work.get(f.name, 0.0) for f in families])
        # Half what people anywhere are interested in, half the work there is here.
        self.survivor_family = _table(
            families,
            [
                _INTEREST_WEIGHTS[f.name] / interest_total + work.get(f.name, 0.0) / work_total
                for f in families
            ],
        )
        self._homes: dict[tuple[str, str, str], _Weighted[_District]] = {}
        self._workplaces: dict[tuple[str, tuple[str, ...]], _Weighted[_District]] = {}
        self._avoidable = {
            f.name: _Weighted.of(
                [(s, w) for s, w in jurisdiction.avoided.items() if s not in f.sectors]
            )
            for f in families
        }

    def avoidable(self, family: _Family) -> _Weighted[str]:
        return self._avoidable[family.name]

    def homes(self, speakers: _Speakers, family: _Family) -> _Weighted[_District]:
        """Where people of this language and family live: their community's districts, and
        more often where their family's work is."""
        key = (speakers.writes, speakers.community, family.name)
        found = self._homes.get(key)
        if found is None:
            places = _PLACES[self.jurisdiction.code]
            community = speakers.community
            nearby = tuple(d for d in places if community in d.communities) if community else ()
            found = self._homes[key] = _by_work(nearby or places, family.places)
        return found

    def workplaces(self, family: _Family, template: _Template) -> _Weighted[_District]:
        key = (family.name, template.only_in)
        found = self._workplaces.get(key)
        if found is None:
            places = _PLACES[self.jurisdiction.code]
            allowed = tuple(d for d in places if set(d.tags) & set(template.only_in))
            found = self._workplaces[key] = _by_work(allowed or places, family.places)
        return found


def _by_work(districts: Sequence[_District], tags: Sequence[str]) -> _Weighted[_District]:
    """Districts by weight, three times heavier where they carry one of `tags`."""
    return _table(
        districts,
        [d.weight * (3.0 if any(tag in tags for tag in d.tags) else 1.0) for d in districts],
    )


def _apportion(total: int, weights: Sequence[float]) -> list[int]:
    """`total` split in proportion to `weights` by largest remainders; when there is enough to
    go round, no share is left empty."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    counts = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(weights)), key=lambda i: (counts[i] - exact[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    if total >= len(weights):
        for i, count in enumerate(counts):
            if count == 0:
                donor = max(range(len(counts)), key=lambda k: (counts[k], -k))
                counts[donor] -= 1
                counts[i] = 1
    return counts


def _round(amount: float, step: int) -> int:
    return max(step, round(amount / step) * step)


def _join(clauses: Sequence[str]) -> str:
    if len(clauses) == 1:
        return clauses[0]
    return ", ".join(clauses[:-1]) + " and " + clauses[-1]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _set_place(place: common_pb2.Place, country: str, district: _District) -> None:
    place.country = country
    place.district = district.name
    place.latitude = district.latitude
    place.longitude = district.longitude


def _local_money(dice: _Dice, jurisdiction: _Jurisdiction) -> _Money:
    other = jurisdiction.other_money
    if other is not None and dice.chance(jurisdiction.other_money_share):
        return other
    return jurisdiction.money


# --- survivors -------------------------------------------------------------------------------


def _words(
    dice: _Dice, family: str, language: str, gender: str
) -> tuple[str, str, tuple[str, ...]]:
    """Interests and aspirations in the survivor's own words, and the concepts they name."""
    likes, hopes = _SAID[family][language]
    frames = _FRAMES[language]
    me = frames.me.get(gender, "")
    chosen = dice.some(likes, 2 if dice.chance(0.45) else 1)
    if len(chosen) == 2:
        # The longer, more particular phrase first: "selling at the market and selling
        # online" keeps both apart, where the other order would read as one thing.
        chosen.sort(key=lambda said: -len(said.text))
        interests = dice.one(frames.two).format(me=me, a=chosen[0].text, b=chosen[1].text)
    else:
        interests = dice.one(frames.one).format(me=me, a=chosen[0].text)
    hope = dice.one(hopes)
    why = dice.one(_MOTIVES[language]) if dice.chance(0.6) else ""
    aspirations = dice.one(frames.hope).format(me=me, g=hope.text, why=why)
    tags = tuple(dict.fromkeys(c for said in (*chosen, hope) for c in said.concepts))
    return interests, aspirations, tags


def _sectors_to_avoid(dice: _Dice, sampler: _Sampler, family: _Family) -> list[str]:
    """About three in ten name one or two sectors they never want to be offered again (never
    the sectors of the work they are interested in)."""
    if not dice.chance(0.3):
        return []
    options = sampler.avoidable(family)
    first = dice.weighted(options)
    if not dice.chance(0.2) or len(options.items) < 2:
        return [first]
    second = first
    while second == first:
        second = dice.weighted(options)
    return [first, second]


def _survivor(
    dice: _Dice, sampler: _Sampler, organisation_id: str, request_id: str
) -> SyntheticSurvivor:
    jurisdiction = sampler.jurisdiction
    speakers = dice.weighted(sampler.speakers)
    family = dice.weighted(sampler.survivor_family)
    district = dice.weighted(sampler.homes(speakers, family))
    band = dice.weighted(_AGE)
    minor = band == "15-17"
    gender = dice.weighted(_GENDER)
    profile = matching_pb2.SurvivorProfile(age_band=band, minor=minor, gender=gender)
    _set_place(profile.residence, jurisdiction.code, district)

    for code, levels in speakers.languages:
        profile.languages.add(language=code, level=dice.one(levels))
    if all(code != "en" for code, _ in speakers.languages) and dice.chance(0.12):
        profile.languages.add(language="en", level=dice.one((_BASIC, _CONVERSATIONAL)))

    interests, aspirations, tags = _words(dice, family.name, speakers.writes, gender)
    profile.interests = interests
    profile.aspirations = aspirations
    profile.interest_tags.extend(tags)
    held = dice.some(family.skills, dice.weighted(_MINOR_SKILLS_HELD if minor else _SKILLS_HELD))
    profile.skills.extend(held)
    learnable = [skill for skill in family.skills if skill not in held]
    profile.skills_wanted.extend(dice.some(learnable, dice.between(1, 3)))
    profile.education = dice.one(_MINOR_EDUCATION) if minor else dice.weighted(_EDUCATION)
    profile.hours = dice.weighted(_SURVIVOR_HOURS)
    profile.remote_ok = dice.chance(0.45 if family.name in ("it_support", "office") else 0.12)
    profile.travel_radius_km = dice.weighted(_RADIUS)

    avoided = _sectors_to_avoid(dice, sampler, family)
    profile.sectors_to_avoid.extend(avoided)
    if dice.chance(0.3):
        profile.conditions.append(matching_pb2.CONDITION_NO_NIGHT_SHIFTS)
    if gender == "woman" and dice.chance(0.25):
        profile.conditions.append(matching_pb2.CONDITION_WOMEN_ONLY_WORKPLACE)
    if dice.chance(0.5 if "domestic_care_work" in avoided else 0.25):
        profile.conditions.append(matching_pb2.CONDITION_NO_LIVE_IN)
    if dice.chance(0.2 if band in ("45-54", "55+") else 0.1):
        profile.conditions.append(matching_pb2.CONDITION_NO_HEAVY_LIFTING)
    for need, chance in _NEED_CHANCE.items():
        if dice.chance(chance) and not (minor and need == matching_pb2.ACCOMMODATION_CHILDCARE):
            profile.needs.append(need)

    money = _local_money(dice, jurisdiction)
    if dice.chance(0.4 if minor else 0.85):
        low, high = (0.5, 1.0) if minor else jurisdiction.goal_range
        profile.income_goal.amount = _round(money.entry_wage * dice.uniform(low, high), money.step)
        profile.income_goal.currency = money.currency
    sunday_only = jurisdiction.code == "HK" and speakers.writes in ("tl", "en")
    slots = dice.some(_SUNDAY_SLOTS if sunday_only else _SLOTS, dice.between(1, 3))
    for day, start, length in sorted(slots):
        profile.availability.add(day_of_week=day, start_minute=start, duration_minutes=length)

    stage = dice.weighted(_STAGE)
    if minor and stage == common_pb2.READINESS_STAGE_EMPLOYMENT_READY:
        stage = common_pb2.READINESS_STAGE_TRAINING_READY  # no jobs before 18
    consents = {
        common_pb2.CONSENT_PURPOSE_MATCHING: dice.chance(0.92),
        common_pb2.CONSENT_PURPOSE_EMPLOYER_SHORTLIST: not minor and dice.chance(0.65),
        common_pb2.CONSENT_PURPOSE_PEER_GROUPS: dice.chance(0.6),
    }
    return SyntheticSurvivor(
        organisation_id=organisation_id,
        family=family.name,
        profile=profile,
        readiness=stage,
        consents=MappingProxyType(consents),
        request_id=request_id,
    )


# --- opportunities ---------------------------------------------------------------------------


def _add_languages(
    dice: _Dice,
    opportunity: matching_pb2.Opportunity,
    jurisdiction: _Jurisdiction,
    district: _District,
    template: _Template,
    *,
    course: bool,
) -> None:
    """The languages an opportunity accepts; any one of them suffices."""
    if template.english >= 1.0:  # work done in English, such as call centres
        opportunity.languages.add(language="en", level=_FLUENT)
        return
    own = template.languages.get(jurisdiction.code)
    if course and own is None and district.communities and dice.chance(0.4):
        # A course run by a community organisation, in the community's own language.
        opportunity.languages.add(language=dice.one(district.communities), level=_CONVERSATIONAL)
        return
    codes = list(own or jurisdiction.work_languages)
    for community in () if own else district.communities:
        if community not in codes and dice.chance(0.5):
            codes.append(community)
    if "en" not in codes and dice.chance(template.english):
        codes.append("en")
    level = _CONVERSATIONAL if course else template.level
    for code in codes:
        opportunity.languages.add(language=code, level=level)


def _wage(
    dice: _Dice, jurisdiction: _Jurisdiction, template: _Template, hours: matching_pb2.Hours
) -> tuple[int, str]:
    fixed = template.fixed_pay.get(jurisdiction.code)
    if fixed is not None:
        return _round(dice.uniform(*fixed), 10), jurisdiction.money.currency
    money = _local_money(dice, jurisdiction)
    wage = money.entry_wage * template.pay * dice.uniform(0.9, 1.3)
    if hours == matching_pb2.HOURS_PART_TIME:
        wage *= 0.55
    return _round(wage, money.step), money.currency


def _stipend(dice: _Dice, jurisdiction: _Jurisdiction) -> tuple[int, str] | None:
    """Courses are free; about half also pay a small monthly stipend."""
    money = _local_money(dice, jurisdiction)
    if not dice.chance(0.55):
        return None
    return _round(money.entry_wage * dice.uniform(0.15, 0.35), money.step), money.currency


def _opportunity(
    dice: _Dice,
    sampler: _Sampler,
    organisation_id: str,
    request_id: str,
    *,
    course: bool,
) -> SyntheticOpportunity:
    jurisdiction = sampler.jurisdiction
    family = dice.weighted(sampler.work_family)
    template = dice.one(family.courses if course else family.jobs)
    district = dice.weighted(sampler.workplaces(family, template))
    remote = dice.chance(template.remote)
    if course:
        hours = matching_pb2.HOURS_FLEXIBLE if remote else dice.weighted(_COURSE_HOURS)
    elif template.full_time_only:
        hours = matching_pb2.HOURS_FULL_TIME
    else:
        hours = dice.weighted(_JOB_HOURS)
    opportunity = matching_pb2.Opportunity(
        kind=matching_pb2.OPPORTUNITY_KIND_TRAINING
        if course
        else matching_pb2.OPPORTUNITY_KIND_JOB,
        title=dice.one(template.titles),
        sector=template.sector,
        remote=remote,
        hours=hours,
        hazardous=template.hazardous and not course,
    )
    (opportunity.skills_taught if course else opportunity.skills_required).extend(template.skills)
    _set_place(opportunity.location, jurisdiction.code, district)
    _add_languages(dice, opportunity, jurisdiction, district, template, course=course)

    pay = _stipend(dice, jurisdiction) if course else _wage(dice, jurisdiction, template, hours)
    if pay is not None:
        opportunity.pay.amount, opportunity.pay.currency = pay
    workplace = opportunity.workplace
    if not course:
        workplace.night_shifts = dice.chance(template.night)
        # Hong Kong's rule for foreign domestic helpers: live-in, at the minimum allowable wage.
        workplace.live_in = jurisdiction.code in template.fixed_pay or dice.chance(template.live_in)
        workplace.heavy_lifting = dice.chance(template.heavy)
    workplace.women_only = dice.chance(template.women_only)
    chances = _COURSE_SUPPORT_CHANCE if course else _JOB_SUPPORT_CHANCE
    opportunity.accommodations.extend(a for a, chance in chances.items() if dice.chance(chance))
    if pay is not None and course:
        opportunity.accommodations.append(matching_pb2.ACCOMMODATION_STIPEND)
    opportunity.openings = dice.between(8, 25) if course else dice.between(*template.openings)
    if not course:
        opportunity.minimum_age = template.minimum_age
    elif template.youth:
        opportunity.minimum_age = dice.weighted(_COURSE_MINIMUM_AGE)
    else:
        opportunity.minimum_age = 18
    opportunity.description = _description(dice, opportunity, template, district, course=course)
    return SyntheticOpportunity(
        organisation_id=organisation_id,
        family=family.name,
        opportunity=opportunity,
        request_id=request_id,
    )


def _description(
    dice: _Dice,
    opportunity: matching_pb2.Opportunity,
    template: _Template,
    district: _District,
    *,
    course: bool,
) -> str:
    """Two to four sentences, as an employer or provider would write them."""
    sentences = [dice.one(template.intros).format(place=district.name)]
    pay = opportunity.pay
    paid = f"{pay.amount:,} {pay.currency}"
    if course:
        sentences.append(_schedule(dice, opportunity))
        sentences.append(
            f"The course is free and trainees receive a stipend of {paid} a month."
            if pay.currency
            else "The course is free of charge."
        )
    else:
        sentences.append(_terms(dice, opportunity, paid))
    workplace = opportunity.workplace
    facts = [
        clause
        for present, clause in (
            (workplace.night_shifts, "some shifts run at night"),
            (workplace.live_in, "the role is live-in, with a private room"),
            (workplace.heavy_lifting, "the work involves lifting heavy loads"),
            (workplace.women_only and course, "this group is for women only"),
            (workplace.women_only and not course, "the team is women only"),
            (opportunity.hazardous, "protective equipment and safety training are provided"),
        )
        if present
    ]
    offered = [_SUPPORT[a] for a in opportunity.accommodations if a in _SUPPORT]
    if facts and offered and len(sentences) == 3:  # four sentences at most
        sentences.append(_capitalised(_join(facts)) + "; we also offer " + _join(offered) + ".")
    else:
        if facts:
            sentences.append(_capitalised(_join(facts)) + ".")
        if offered:
            sentences.append(f"We offer {_join(offered)}.")
    return " ".join(sentences)


def _terms(dice: _Dice, opportunity: matching_pb2.Opportunity, paid: str) -> str:
    if opportunity.hours == matching_pb2.HOURS_FULL_TIME:
        when = f"full-time, {dice.one(('five', 'six'))} days a week"
    elif opportunity.hours == matching_pb2.HOURS_PART_TIME:
        when = f"part-time, about {dice.one((20, 24, 30))} hours a week"
    else:
        when = "flexible hours agreed with you"
    if opportunity.remote:
        when = "remote, " + when
    openings = opportunity.openings
    places = "one opening" if openings == 1 else f"{openings} openings"
    return f"{_capitalised(when)}, paying {paid} a month; {places}."


def _schedule(dice: _Dice, opportunity: matching_pb2.Opportunity) -> str:
    weeks = dice.one((4, 6, 8, 10, 12, 16))
    seats = opportunity.openings
    if opportunity.remote:
        return (
            f"Study online at your own pace over {weeks} weeks, with a weekly video call; "
            f"{seats} places."
        )
    if opportunity.hours == matching_pb2.HOURS_FULL_TIME:
        return f"Full days, Monday to Friday, for {weeks} weeks; {seats} places."
    if opportunity.hours == matching_pb2.HOURS_PART_TIME:
        when = dice.one(_CLASS_TIMES)
        return f"Classes run {when} for {weeks} weeks; {seats} places."
    return f"Sessions are arranged with each trainee over {weeks} weeks; {seats} places."


# --- the population --------------------------------------------------------------------------


def _organisations(country: str, kind: OrganisationKind, count: int) -> list[Organisation]:
    label = {"ngo": "ngo", "employer": "employer", "training_provider": "training"}[kind]
    return [
        Organisation(f"demo-{country.lower()}-{label}-{n:04d}", kind, country)
        for n in range(1, count + 1)
    ]


def _needed(items: int, per_organisation: int) -> int:
    return 0 if items == 0 else max(1, math.ceil(items / per_organisation))


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Building hundreds of thousands of small objects that make no reference cycles, the
    cycle collector only costs time (more than half of it); it runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def generate_population(
    *,
    survivors: int,
    opportunities: int,
    seed: int = 7,
    jurisdictions: Sequence[str] = JURISDICTIONS,
    training_share: float = 0.3,
) -> Population:
    """A synthetic population of `survivors` and `opportunities` (`training_share` of them
    courses, the rest jobs), spread over `jurisdictions` roughly as Pathways' work is.

    Deterministic: the same arguments give the same messages, byte for byte, and the same
    request ids, so seeding a system twice creates nothing the second time.
    """
    if survivors < 0 or opportunities < 0:
        raise ValueError("sizes cannot be negative")
    if not 0.0 <= training_share <= 1.0:
        raise ValueError("training_share is a fraction between 0 and 1")
    codes = tuple(dict.fromkeys(code.upper() for code in jurisdictions))
    if not codes or any(code not in _JURISDICTIONS for code in codes):
        raise ValueError(f"jurisdictions are some of {', '.join(JURISDICTIONS)}")
    places = [_JURISDICTIONS[code] for code in codes]
    weights = [j.weight for j in places]
    course_total = round(opportunities * training_share)
    survivor_counts = _apportion(survivors, weights)
    job_counts = _apportion(opportunities - course_total, weights)
    course_counts = _apportion(course_total, weights)

    with _cycle_collector_paused():
        return _populate(
            seed=seed,
            places=places,
            survivor_counts=survivor_counts,
            job_counts=job_counts,
            course_counts=course_counts,
        )


def _populate(
    *,
    seed: int,
    places: Sequence[_Jurisdiction],
    survivor_counts: Sequence[int],
    job_counts: Sequence[int],
    course_counts: Sequence[int],
) -> Population:
    # Separate streams: changing the number of opportunities leaves the survivors as they were.
    people_dice = _Dice(f"pathways-demo:{seed}:survivors")
    work_dice = _Dice(f"pathways-demo:{seed}:opportunities")
    organisations: list[Organisation] = []
    people: list[SyntheticSurvivor] = []
    work: list[SyntheticOpportunity] = []
    for jurisdiction, n_people, n_jobs, n_courses in zip(
        places, survivor_counts, job_counts, course_counts, strict=True
    ):
        sampler = _Sampler(jurisdiction)
        code = jurisdiction.code
        ngos = _organisations(code, "ngo", _needed(n_people, _SURVIVORS_PER_NGO))
        employers = _organisations(code, "employer", _needed(n_jobs, _JOBS_PER_EMPLOYER))
        providers = _organisations(
            code, "training_provider", _needed(n_courses, _COURSES_PER_PROVIDER)
        )
        organisations += ngos + employers + providers
        for n in range(n_people):
            request_id = f"demo-{seed}-survivor-{len(people):07d}"
            ngo = ngos[n % len(ngos)].organisation_id
            people.append(_survivor(people_dice, sampler, ngo, request_id))
        for owners, count, course in ((employers, n_jobs, False), (providers, n_courses, True)):
            for _ in range(count):
                request_id = f"demo-{seed}-opportunity-{len(work):07d}"
                owner = work_dice.one(owners).organisation_id
                work.append(_opportunity(work_dice, sampler, owner, request_id, course=course))
    return Population(
        seed=seed,
        organisations=tuple(organisations),
        survivors=tuple(people),
        opportunities=tuple(work),
    )
