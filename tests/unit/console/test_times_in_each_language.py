"""Times are written in each language's own way: no English "AM"/"PM" inside Khmer,
Burmese or Thai text (CLDR's Khmer pattern would write them), at any hour of the day."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from console.i18n import Catalogs

CATALOGS = Catalogs()
LATIN_PERIOD = re.compile(r"\b[AaPp]\.?[Mm]\b\.?")
#: Every hour, on a meeting's minute and as a timestamp.
HOURS = range(24)


@pytest.mark.parametrize("language", ["km", "my", "th"])
def test_no_latin_am_or_pm_in_khmer_burmese_or_thai_times(language: str) -> None:
    t = CATALOGS.for_language(language)
    for hour in HOURS:
        meeting = t.minute_of_day(hour * 60 + 5)
        stamp = t.datetime(datetime(2026, 12, 3, hour, 5, 9, tzinfo=UTC))
        assert not LATIN_PERIOD.search(meeting), (hour, meeting)
        assert not LATIN_PERIOD.search(stamp), (hour, stamp)


def test_khmer_times_tell_morning_from_evening() -> None:
    # Without AM/PM the hour itself must differ: 9 in the morning and 9 in the evening.
    t = CATALOGS.for_language("km")
    assert t.minute_of_day(9 * 60) != t.minute_of_day(21 * 60)
    assert "21" in t.minute_of_day(21 * 60)
    assert "21" in t.datetime("2026-12-03T21:28:46Z")
    assert "2026" in t.datetime("2026-12-03T21:28:46Z")


def test_english_keeps_its_own_clock() -> None:
    assert "PM" in CATALOGS.for_language("en").minute_of_day(18 * 60)
