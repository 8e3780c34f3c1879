"""Working hours a job's text states in figures, read for night work.

Job texts often give the hours rather than the word: "10pm hanggang 6am", "ca 22h - 6h",
"เวลา 22.00-06.00 น.", "18:00-02:00". The figures are the same in every language the words
are not, so they are read here once for all of them: a stated range that runs past
midnight, or a stated time between 22:00 and 05:00 (exclusive: work that ends at 22:00 or
starts at 05:00 is not night work), is night work. This errs on the safe side: a survivor
who said no night shifts, or a minor, is not offered "2pm to 11pm".

Only unambiguous clock times are read: a figure with am/pm ("10pm", "10:30 p.m."), a
24-hour time with a colon ("22:00") or with Thai น. ("22.00 น."), a 12-hour figure with the
words that say which half of the day it is in (Chinese "晚上10點", "凌晨2点"; Thai "ตี 2",
"5 ทุ่ม"; Vietnamese "10 giờ tối"; Khmer "៧យប់", "២ភ្លឺ"; Burmese "ည ၇ နာရီ", in any
script's digits; Thai "6 โมงเช้า", "บ่าย 2 โมง" too; Thai and English hours in words:
"สี่ทุ่ม", "ตีห้า", "eleven in the evening"), two dotted 24-hour times joined by a
dash ("23.00 – 07.00"), and with h (Vietnamese "22h", "6h30") only as an end of
a range ("4h" alone may be four hours); never a bare number or a decimal ("23.50" may be a
price).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

__all__ = ["states_night_hours"]

_AMPM: Final = r"(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
_COLON: Final = r"(?P<h2>\d{1,2}):(?P<m2>\d{2})(?!\d)"
_H: Final = r"(?P<h3>\d{1,2})\s?h(?P<m3>\d{2})?(?![a-z])"
_THAI: Final = r"(?P<h4>\d{1,2})[.:](?P<m4>\d{2})\s?น\."
_TIME: Final = re.compile(rf"(?<![\d.:])(?:{_AMPM}|{_COLON}|{_H}|{_THAI})", re.IGNORECASE)
#: What may stand between the two ends of a range: a dash or a short word ("to",
#: "hanggang", "đến", "ถึง", "至"), not a sentence.
_BETWEEN: Final = re.compile(r"^[\s\-–—~]*[^\d.;!?\n]{0,12}[\s\-–—~]*$")
#: What joins two times as alternatives, not as a range's ends ("7:00am–3:00pm or
#: 1:00pm–9:00pm", "6AM–3PM o mid 10AM–7PM", "១៣:០០ ឬ", "或午更", "hoặc", "หรือ", "/").
_ALTERNATIVES: Final = re.compile(
    r"(?<![a-z])(?:or|o|hoặc|hoac|atau)(?![a-z])|หรือ|ឬ|或|သို့မဟုတ်|/", re.IGNORECASE
)
#: A Thai range written "22.00-06.00 น." names its second end before the น.
_THAI_RANGE: Final = re.compile(r"(?<![\d.:])(\d{1,2})[.:](\d{2})\s?-\s?(\d{1,2})[.:](\d{2})\s?น\.")
#: A range of two dotted 24-hour times joined by a dash ("Shift: 23.00 – 07.00"): alone a
#: dotted figure may be a price, two of them with two-figure hours and minutes under 60
#: joined so are hours ("USD 1.50 - 2.50 an hour" is pay; a price range that still reads
#: as one past 22:00 is read as night work: the safe side).
_DOTTED_RANGE: Final = re.compile(
    r"(?<![\d.:])([01]\d|2[0-4])\.([0-5]\d)\s*[-–—~]\s*([01]\d|2[0-4])\.([0-5]\d)(?![\d.])"
)

#: 12-hour figures with the words that place them in the day.
_WORDED: Final = re.compile(
    r"(?P<zw>晚上|夜晚|夜间|夜間|傍晚|深夜|半夜|凌晨|午夜|早上|上午|下午|中午)\s*"
    r"(?P<zh>\d{1,2})(?:\s*[:：]\s*(?P<zm>\d{2}))?\s*(?:点|點|时|時)?"
    r"|ตี\s*(?P<ti>[1-5])(?!\d)"
    r"|(?<!\d)(?P<tt>[1-6])\s*ทุ่ม"
    # Thai n โมงเช้า (n in the morning), n โมงเย็น (n in the evening, one to six), บ่าย n
    # โมง (n in the afternoon): "4 ทุ่ม ถึง 6 โมงเช้า" runs past midnight.
    r"|(?<!\d)(?P<tm>\d{1,2})\s*โมง\s*(?P<tw>เช้า|เย็น)"
    r"|บ่าย\s*(?P<tb>[1-5])\s*โมง"
    r"|(?<![\d.:])(?P<vh>\d{1,2})\s*(?:giờ|gio|h)\s*(?P<vm>\d{2})?\s*"
    r"(?P<vw>tối|toi|đêm|dem|sáng|sang|chiều|chieu)(?![a-zà-ỹ])"
    # Khmer: the figure, then the part of the day ("៧យប់", seven at night; "២ភ្លឺ" and
    # "៣ទៀបភ្លឺ", two and three before dawn); Burmese: the part of the day, the figure,
    # နာရီ ("ည ၇ နာရီ").
    r"|(?<![\d.:])(?P<kh>\d{1,2})\s*(?P<kw>យប់|ទៀបភ្លឺ|ភ្លឺ|ព្រឹក|ល្ងាច|រសៀល)"
    r"|(?P<mw>ညသန်းခေါင်|ညနေ|ည|မနက်|နံနက်|နေ့လယ်)\s*(?P<mh>\d{1,2})\s*နာရီ"
    # Hours in words: Thai "สี่ทุ่ม" (ten at night), "ตีห้า" (five before dawn); English
    # "eleven in the evening", "seven o'clock in the morning", "two at night".
    r"|(?P<ttw>หนึ่ง|สอง|สาม|สี่|ห้า)\s*ทุ่ม"
    r"|ตี\s*(?P<tiw>หนึ่ง|สอง|สาม|สี่|ห้า)"
    r"|(?<![a-z])(?P<ew>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+o'?clock)?\s+(?P<ep>in\s+the\s+(?:evening|morning|afternoon)|at\s+night"
    r"|p\.?\s?m\.?|a\.?\s?m\.?)(?![a-z])",
    re.IGNORECASE,
)
_THAI_NUMBERS: Final = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
_ENGLISH_NUMBERS: Final = {
    word: n
    for n, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}
_EVENING: Final = frozenset({"晚上", "夜晚", "夜间", "夜間", "傍晚", "tối", "toi"})
_NIGHT: Final = frozenset({"深夜", "半夜", "凌晨", "午夜", "đêm", "dem", "យប់", "ည", "ညသန်းခေါင်"})
# Burmese ညနေ and Khmer ល្ងាច run from the afternoon into the evening: "ညနေ ၃ နာရီ" is 3 pm.
_AFTERNOON: Final = frozenset({"下午", "中午", "chiều", "chieu", "រសៀល", "နေ့လယ်", "ល្ងាច", "ညနေ"})

_NIGHT_STARTS: Final = 22 * 60
_NIGHT_ENDS: Final = 5 * 60


def _minutes(match: re.Match[str]) -> tuple[int, bool] | None:
    """The clock time ``match`` states, in minutes after midnight, and whether it is
    certain: with am/pm, or an hour a 12-hour clock does not have (0 or 13 to 23: without
    am/pm, "9:00 至 6:00" is nine to six in the afternoon). None if impossible."""
    groups = match.groupdict()
    for n in "1234":
        if groups[f"h{n}"] is not None:
            hour, minute = int(groups[f"h{n}"]), int(groups[f"m{n}"] or 0)
            break
    else:  # pragma: no cover - the pattern always fills one of them
        return None
    period = (groups["ap"] or "").lower().replace(".", "").replace(" ", "")
    if period:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if period == "pm" else 0)
    if hour > 24 or minute > 59:
        return None
    return (hour % 24) * 60 + minute, bool(period) or not 1 <= hour <= 12


def _worded_minutes(match: re.Match[str]) -> int | None:
    """The time a 12-hour figure with its words states, in minutes after midnight."""
    if match["ti"] is not None:  # Thai ตี n: n o'clock at night
        return int(match["ti"]) * 60
    if match["tt"] is not None:  # Thai n ทุ่ม: n hours after six in the evening
        return (18 + int(match["tt"])) * 60
    if match["tm"] is not None:  # Thai n โมงเช้า / n โมงเย็น
        hour = int(match["tm"])
        if match["tw"] == "เย็น":
            return (12 + hour) * 60 if 1 <= hour <= 6 else None
        return hour * 60 if 5 <= hour <= 11 else None
    if match["tb"] is not None:  # Thai บ่าย n โมง: n in the afternoon
        return (12 + int(match["tb"])) * 60
    if match["ttw"] is not None:  # Thai n ทุ่ม, n in words
        return (18 + _THAI_NUMBERS[match["ttw"]]) * 60
    if match["tiw"] is not None:  # Thai ตี n, n in words
        return _THAI_NUMBERS[match["tiw"]] * 60
    if match["ew"] is not None:  # English words: "eleven in the evening", "two at night"
        hour, part = _ENGLISH_NUMBERS[match["ew"].lower()], match["ep"].lower()
        if part.startswith(("in the morning", "a")):
            return (hour % 12) * 60
        if part.endswith("night") and (hour < 5 or hour == 12):
            return (hour % 12) * 60  # midnight and the small hours
        return (hour % 12 + 12) * 60
    word = (match["zw"] or match["vw"] or match["kw"] or match["mw"] or "").lower()
    hour = int(match["zh"] or match["vh"] or match["kh"] or match["mh"])  # any script's digits
    minute = int(match["zm"] or match["vm"] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    if word in _EVENING or word in _NIGHT:
        # Evening and night figures past five are after noon (晚上10點, 11 giờ đêm); twelve
        # is midnight; the small hours stay (凌晨2点, 2 giờ đêm).
        hour = 0 if hour == 12 else hour + 12 if hour >= 5 else hour
    elif word in _AFTERNOON and hour < 12:
        hour += 12
    return hour * 60 + minute


def _at_night(minutes: int) -> bool:
    return minutes > _NIGHT_STARTS or minutes < _NIGHT_ENDS


def states_night_hours(text: str) -> bool:
    """Whether ``text`` states a time of night, or a range of hours past midnight."""
    # (start and end of the match, minutes, whether it is certain, whether it may stand
    # alone: "4h" may be four hours)
    times: list[tuple[int, int, int, bool, bool]] = []
    worded: list[tuple[int, int]] = []
    for match in _WORDED.finditer(text):
        minutes = _worded_minutes(match)
        if minutes is not None:
            times.append((match.start(), match.end(), minutes, True, True))
            worded.append(match.span())
    for match in _TIME.finditer(text):
        read = _minutes(match)
        inside = any(start <= match.start() < end for start, end in worded)
        if read is not None and not inside:
            times.append((match.start(), match.end(), *read, match["h3"] is None))
    times.sort()
    for found in (*_THAI_RANGE.finditer(text), *_DOTTED_RANGE.finditer(text)):
        start, end = int(found[1]) * 60 + int(found[2]), int(found[3]) * 60 + int(found[4])
        if end < start or _at_night(start % (24 * 60)) or _at_night(end % (24 * 60)):
            return True
    if any(_at_night(minutes) for _, _, minutes, certain, alone in times if certain and alone):
        return True
    ended = -1  # where the last range read ended: a time that ends one starts no other
    for (first_start, first_end, first, sure, _), (second_start, _, second, surely, _) in pairwise(
        times
    ):
        between = text[first_end:second_start]
        if (
            first_start < ended
            or not (sure or surely)
            or not _BETWEEN.match(between)
            or _ALTERNATIVES.search(between)
        ):
            continue
        if second < first or (sure and _at_night(first)) or (surely and _at_night(second)):
            return True  # a range past midnight or at night: "18:00-02:00", "22h - 6h"
        ended = second_start + 1
    return False
