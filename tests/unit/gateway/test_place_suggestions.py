"""Suggestions while a district is typed: the gazetteer's places whose name starts with
what was typed, folded like a lookup, most populous first. Expected values are GeoNames
facts (geonames.org): Phnom Penh is KH's capital at 11.562 N 104.916 E; Khon Kaen is
ขอนแก่น in Thai; Bangkok and Chiang Mai each have a district named Chom Thong."""

from __future__ import annotations

import itertools
import threading

import pytest

from gateway.api.places import gazetteer
from gateway.api.places.gazetteer import (
    MAX_SUGGESTIONS,
    fold_name,
    resolve_district,
    suggest_places,
)


def _names(found: list[gazetteer.GazetteerPlace]) -> list[str]:
    return [p.name for p in found]


def test_the_first_letters_of_the_capital_suggest_it_with_its_centre() -> None:
    found = suggest_places("KH", "phn")
    assert found[0].name == "Phnom Penh"
    assert found[0].country == "KH"
    assert found[0].latitude == pytest.approx(11.56, abs=0.05)
    assert found[0].longitude == pytest.approx(104.92, abs=0.05)


@pytest.mark.parametrize("typed", ["PHNOM-P", "  phnom   p", "Phnôm Pê", "phnom.p"])
def test_case_accents_spacing_and_punctuation_do_not_matter(typed: str) -> None:
    assert _names(suggest_places("KH", typed))[:1] == ["Phnom Penh"]


def test_a_thai_name_is_found_with_or_without_its_tone_mark() -> None:
    # ขอนแก่น: the tone mark (mai ek, U+0E48) sits on แก; officers type it or not.
    with_tone = suggest_places("TH", "ขอนแก่")
    without_tone = suggest_places("TH", "ขอนแก")
    assert "Khon Kaen" in _names(with_tone)
    assert _names(with_tone) == _names(without_tone)


def test_an_alternate_name_in_khmer_script_suggests_the_place() -> None:
    assert "Phnom Penh" in _names(suggest_places("KH", "ភ្នំពេញ"))


def test_a_suggestion_is_a_district_the_gateway_resolves() -> None:
    for place in suggest_places("VN", "ha"):
        try:
            found = resolve_district("VN", place.name)
        except gazetteer.DistrictNotFound:
            continue  # a namesake far away: the form then asks for coordinates
        assert abs(found.latitude - place.latitude) < 1
        assert abs(found.longitude - place.longitude) < 1


def test_namesakes_in_two_provinces_are_both_offered_most_populous_first() -> None:
    found = [p for p in suggest_places("TH", "chom thong") if p.name == "Chom Thong"]
    # Chom Thong, Bangkok (about 13.7 N, pop. 150,000+) and Chom Thong, Chiang Mai (18.4 N).
    assert len(found) == 2
    assert found[0].latitude == pytest.approx(13.68, abs=0.1)
    assert found[1].latitude == pytest.approx(18.42, abs=0.1)
    assert found[0].population > found[1].population


def test_more_populous_places_come_first_and_each_place_once() -> None:
    found = suggest_places("CN", "s")
    assert len(found) == MAX_SUGGESTIONS
    populations = [p.population for p in found]
    assert populations == sorted(populations, reverse=True)
    assert found[0].name == "Shanghai"  # China's most populous city
    assert len({(p.name, p.latitude, p.longitude) for p in found}) == len(found)


def test_places_of_equal_population_are_ordered_by_name() -> None:
    found = suggest_places("CN", "s", limit=10_000)
    ties = [(a, b) for a, b in itertools.pairwise(found) if a.population == b.population]
    assert ties  # GeoNames gives several Chinese towns the same count (e.g. 5,153)
    assert all(earlier.name <= later.name for earlier, later in ties)


def test_only_names_that_start_with_the_text_are_offered() -> None:
    # "Penh" is inside "Phnom Penh", not at its start.
    assert "Phnom Penh" not in _names(suggest_places("KH", "penh"))


def test_the_limit_is_respected() -> None:
    assert len(suggest_places("PH", "s", limit=3)) == 3


def test_nothing_for_text_without_letters_or_a_country_outside_the_region() -> None:
    assert suggest_places("KH", " -.,") == []
    assert suggest_places("FR", "par") == []
    assert suggest_places("KH", "zzzzqx") == []


def test_folding_ignores_case_accents_tone_marks_and_punctuation() -> None:
    assert fold_name("Phnôm-Pênh") == "phnom penh"
    assert fold_name("ขอนแก่น") == fold_name("ขอนแกน")
    assert fold_name(" ., ") == ""


def test_the_gazetteer_is_read_once_when_many_ask_at_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loads = 0
    real_load = gazetteer._load

    def counting_load() -> dict[str, object]:
        nonlocal loads
        loads += 1
        return real_load()  # type: ignore[return-value]

    monkeypatch.setattr(gazetteer, "_by_country", None)
    monkeypatch.setattr(gazetteer, "_load", counting_load)
    start = threading.Barrier(8)
    answers: list[list[str]] = []

    def ask() -> None:
        start.wait()
        answers.append(_names(suggest_places("KH", "phn")))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loads == 1
    assert len(answers) == 8
    assert all(a[:1] == ["Phnom Penh"] for a in answers)
