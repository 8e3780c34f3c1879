"""Every message the console can show exists, translated, in every language's catalog."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from console import messages
from console.catalog import extract_msgids
from console.i18n import LANGUAGES, LOCALES_DIR, Catalogs, negotiate

TRANSLATED = [tag for tag, language in LANGUAGES.items() if language.catalog != "en"]


def test_the_extractor_finds_template_and_python_messages() -> None:
    found = extract_msgids()
    assert "Quick exit" in found  # a template string
    assert messages.REASONS["WITHIN_REACH"] in found  # a code's message in Python
    assert messages.STAGES["stabilising"] in found


@pytest.mark.parametrize("tag", TRANSLATED)
def test_the_catalog_translates_every_message_without_fuzzy_entries(tag: str) -> None:
    language = LANGUAGES[tag]
    with (LOCALES_DIR / language.catalog / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=language.cldr)
    missing = []
    for msgid in sorted(extract_msgids()):
        entry = catalog.get(msgid)
        if entry is None or not entry.string or entry.fuzzy:
            missing.append(msgid)
            continue
        placeholders = set(re.findall(r"\{\w+\}", msgid))
        assert set(re.findall(r"\{\w+\}", str(entry.string))) == placeholders, (tag, msgid)
    assert missing == [], f"{tag} misses {len(missing)} messages: {missing[:5]}"


def test_every_reason_code_of_matching_has_a_message() -> None:
    from matching.domain import scoring

    source = Path(scoring.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'ScoredReason\(\s*"([A-Z_]+)"', source))
    assert codes, "no reason codes found in matching's scoring"
    assert codes <= set(messages.REASONS), codes - set(messages.REASONS)


def test_reasons_render_in_the_readers_language() -> None:
    khmer = Catalogs().for_language("km")
    msgid, values = messages.reason_message("WITHIN_REACH")
    assert khmer.gettext(msgid, **values) == "ស្ថិតក្នុងចម្ងាយដែលគាត់អាចធ្វើដំណើរបាន"
    unknown, values = messages.reason_message("SOMETHING_NEW")
    assert "SOMETHING_NEW" in khmer.gettext(unknown, **values)


def test_thai_dates_use_the_gregorian_calendar() -> None:
    thai = Catalogs().for_language("th")
    text = thai.date(datetime(2026, 12, 1, tzinfo=UTC))
    assert "2026" in text  # Gregorian year; the Buddhist Era year would be 2569
    assert "ธ.ค." in text  # Thai month name from CLDR


def test_numbers_follow_the_locale() -> None:
    assert Catalogs().for_language("en").number(12000) == "12,000"
    assert Catalogs().for_language("vi").number(12000) == "12.000"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("km-KH,km;q=0.9,en;q=0.8", "km"),
        ("zh-HK,zh;q=0.9", "zh-Hant"),
        ("tl-PH", "fil"),
        ("de-DE", "en"),
        (None, "en"),
    ],
)
def test_the_browser_language_is_a_first_guess(header: str | None, expected: str) -> None:
    assert negotiate(header) == expected
