"""The demo generator's data files: a mistake in one is refused with a message that names the
file and the entry, never turned into a silent default or a crash deep inside the generator."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pathways_demo.tables import DemoTablesError, load_tables, shipped_data_directory


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the shipped data to break."""
    copy = tmp_path / "data"
    shutil.copytree(Path(str(shipped_data_directory())), copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def refusal(data: Path) -> str:
    with pytest.raises(DemoTablesError) as raised:
        load_tables(data)
    return str(raised.value)


def test_an_unchanged_copy_loads(data: Path) -> None:
    tables = load_tables(data)
    assert [f.name for f in tables.families][:2] == ["food_service", "hospitality"]
    assert tables.jurisdictions["HK"].money.currency == "HKD"


def test_a_misspelt_field_is_refused_rather_than_left_at_its_default(data: Path) -> None:
    edit(
        data / "families.toml",
        'spotless.",\n]\nlevel = "basic"\nnight',
        'spotless.",\n]\nlevel = "basic"\nnigth',
    )
    message = refusal(data)
    assert "families.toml" in message
    assert "food_service" in message
    assert "Kitchen helper" in message
    assert "'nigth'" in message


def test_a_missing_field_is_named(data: Path) -> None:
    edit(
        data / "families.toml",
        'titles = ["Tour assistant"]\nsector = "tourism"\n',
        'titles = ["Tour assistant"]\n',
    )
    message = refusal(data)
    assert "families.toml" in message
    assert "'hospitality'" in message
    assert "Tour assistant" in message
    assert "'sector' is missing" in message


def test_a_language_level_must_be_one_the_service_knows(data: Path) -> None:
    edit(
        data / "families.toml",
        'spotless.",\n]\nlevel = "basic"',
        'spotless.",\n]\nlevel = "expert"',
    )
    message = refusal(data)
    assert "'expert' is not a language level" in message
    assert "Kitchen helper" in message


def test_a_chance_above_one_is_refused(data: Path) -> None:
    edit(data / "families.toml", "pay = 1.05\nenglish = 0.3", "pay = 1.05\nenglish = 30")
    message = refusal(data)
    assert "Barista" in message
    assert "'english' must be at most 1" in message


def test_a_place_finer_than_a_district_is_refused(data: Path) -> None:
    # Coarse on purpose, never a home: a fourth decimal (about ten metres) is refused.
    edit(data / "places.toml", "latitude = 13.744,", "latitude = 13.7443,")
    message = refusal(data)
    assert "places.toml" in message
    assert "Pathum Wan, Bangkok" in message
    assert "decimals" in message


def test_every_language_says_something_for_every_family(data: Path) -> None:
    path = data / "phrases" / "km.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[sayings.fishing]")
    end = text.index("[sayings.", start + 1)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    message = refusal(data)
    assert "km.toml" in message
    assert "fishing" in message


def test_a_frame_may_only_use_the_placeholders_that_are_filled_in(data: Path) -> None:
    edit(data / "phrases" / "en.toml", '"I like {a}.",', '"I like {a}, {name}.",')
    message = refusal(data)
    assert "en.toml" in message
    assert "frames: 'one'" in message
    assert "uses name" in message


def test_speakers_must_write_a_language_that_has_phrases(data: Path) -> None:
    (data / "phrases" / "vi.toml").unlink()
    message = refusal(data)
    assert "jurisdictions.toml" in message
    assert "'vi'" in message


def test_work_weights_name_only_known_families(data: Path) -> None:
    edit(
        data / "jurisdictions.toml",
        "[jurisdictions.TH.families]\nfood_service = 14",
        "[jurisdictions.TH.families]\nfood_servce = 14",
    )
    message = refusal(data)
    assert "jurisdictions > TH > families" in message
    assert "'food_servce'" in message


def test_a_tag_no_district_carries_is_refused(data: Path) -> None:
    edit(
        data / "families.toml",
        'name = "fishing"\nplaces = ["coastal"]',
        'name = "fishing"\nplaces = ["costal"]',
    )
    message = refusal(data)
    assert "'fishing'" in message
    assert "'costal'" in message


def test_a_file_that_is_not_toml_is_named(data: Path) -> None:
    (data / "places.toml").write_text("TH = [\n", encoding="utf-8")
    message = refusal(data)
    assert "places.toml" in message
    assert "not valid UTF-8 TOML" in message
