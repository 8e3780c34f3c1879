"""A match's score breakdown as a small bar chart, drawn on the server as SVG geometry.

Pure: it turns ``[{name, value, weight, judged}]`` into bars the template draws, so the
chart works without JavaScript and is tested without a browser. Each bar's length is the
component's value (0 to 1); the value's text goes beside it, so the chart never relies on
colour alone. Each label is HTML text on its own line above its bar (only the bar and its
value are SVG), so a long label (Khmer, Burmese) wraps at the page's font size and never
runs under or past the bar. Each bar's SVG scales to the page's width (``viewBox``), so a
chart fits a phone.

It draws what the score counts: interest fit (the survivor's words) and concept fit (the
vocabulary's topics) are one thing measured two ways, and the score takes the larger, so
they are one bar, "Fits their interests" (two bars read "Interests 0%" beside a reason
saying it matches their interests). A component the score could not judge for this pair
(pay of a course, skills of a job asking for none) has no bar: it reads "not judged".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Bar",
    "BarChart",
    "CountBar",
    "CountChart",
    "Meter",
    "ReliabilityDiagram",
    "ReliabilityPoint",
    "cohesion_meter",
    "count_chart",
    "reliability_diagram",
    "score_chart",
]

_BAR_WIDTH = 240
#: Tall enough for a label written in the bar in any script the console speaks: Khmer and
#: Burmese stack signs below the line (usability probe, session 36: "not judged" and its
#: Khmer were cut at 14 px).
_BAR_HEIGHT = 22
#: Room right of the bar for its value ("100%"; "not judged" sits on the track).
_VALUE_ROOM = 60
_VALUE_GAP = 6
_ROW_HEIGHT = _BAR_HEIGHT


#: The two components the score pools as one (the larger counts), and the bar they make.
_POOLED = ("interest_fit", "concept_fit")
RELEVANCE = "relevance"


@dataclass(frozen=True)
class Bar:
    name: str
    value: float
    weight: float
    y: int
    width: float
    judged: bool = True


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    width: int
    height: int
    bar_width: int
    row_height: int
    bar_height: int = _BAR_HEIGHT
    value_x: int = _BAR_WIDTH + _VALUE_GAP


def score_chart(components: Iterable[Mapping[str, Any]]) -> BarChart:
    rows = _as_scored(components)
    bars: list[Bar] = []
    for row, component in enumerate(rows):
        value = min(max(float(component.get("value", 0.0)), 0.0), 1.0)
        judged = bool(component.get("judged", True))
        bars.append(
            Bar(
                name=str(component.get("name", "")),
                value=value,
                weight=float(component.get("weight", 0.0)),
                y=row * _ROW_HEIGHT,
                width=round(value * _BAR_WIDTH, 1) if judged else 0.0,
                judged=judged,
            )
        )
    return BarChart(
        bars=bars,
        width=_BAR_WIDTH + _VALUE_ROOM,
        height=max(len(bars), 1) * _ROW_HEIGHT,
        bar_width=_BAR_WIDTH,
        row_height=_ROW_HEIGHT,
    )


def _as_scored(components: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The components as the score counts them: the pooled pair as one, where the first of
    them stood."""
    given = list(components)
    rows: list[Mapping[str, Any]] = []
    pooled = [c for c in given if c.get("name") in _POOLED]
    for component in given:
        if component.get("name") not in _POOLED:
            rows.append(component)
        elif component is pooled[0]:
            rows.append(
                {
                    "name": RELEVANCE,
                    "value": max(float(c.get("value", 0.0)) for c in pooled),
                    "weight": sum(float(c.get("weight", 0.0)) for c in pooled),
                    "judged": True,
                }
            )
    return rows


@dataclass(frozen=True)
class Meter:
    """One value from 0 to 1 as a filled track (a proposal's cohesion)."""

    value: float
    width: int
    filled: float
    height: int


def cohesion_meter(value: float, *, width: int = 200) -> Meter:
    clamped = min(max(float(value), 0.0), 1.0)
    return Meter(value=clamped, width=width, filled=round(clamped * width, 1), height=16)


@dataclass(frozen=True)
class CountBar:
    #: A msgid (translated by the template) or a name shown as is.
    label: str
    count: int
    y: int
    width: float


@dataclass(frozen=True)
class CountChart:
    bars: list[CountBar]
    width: int
    height: int
    bar_width: int
    row_height: int
    maximum: int
    bar_height: int = _BAR_HEIGHT
    value_x: int = _BAR_WIDTH + _VALUE_GAP


def count_chart(rows: Iterable[tuple[str, int]]) -> CountChart:
    """Counts as horizontal bars scaled to the largest (a dashboard's placements, retention),
    each under its label.

    The count is written beside each bar, so the chart reads without colour and a zero is
    visible as a zero, not as a missing row."""
    listed = [(label, max(int(count), 0)) for label, count in rows]
    maximum = max((count for _label, count in listed), default=0)
    bars = [
        CountBar(
            label=label,
            count=count,
            y=row * _ROW_HEIGHT,
            width=round(count / maximum * _BAR_WIDTH, 1) if maximum else 0.0,
        )
        for row, (label, count) in enumerate(listed)
    ]
    return CountChart(
        bars=bars,
        width=_BAR_WIDTH + _VALUE_ROOM,
        height=max(len(bars), 1) * _ROW_HEIGHT,
        bar_width=_BAR_WIDTH,
        row_height=_ROW_HEIGHT,
        maximum=maximum,
    )


@dataclass(frozen=True)
class ReliabilityPoint:
    x: float
    y: float
    count: int


@dataclass(frozen=True)
class ReliabilityDiagram:
    """Predicted chance (x) against what happened (y), 0 to 1 on both axes: a calibrated
    model's points lie on the diagonal."""

    points: list[ReliabilityPoint]
    size: int
    margin: int


def reliability_diagram(
    bins: Iterable[Mapping[str, Any]], *, size: int = 200, margin: int = 30
) -> ReliabilityDiagram:
    points = []
    for b in bins:
        predicted = min(max(float(b.get("mean_predicted", 0.0)), 0.0), 1.0)
        observed = min(max(float(b.get("observed_rate", 0.0)), 0.0), 1.0)
        points.append(
            ReliabilityPoint(
                x=round(margin + predicted * size, 1),
                y=round(margin + (1 - observed) * size, 1),
                count=int(b.get("count", 0)),
            )
        )
    return ReliabilityDiagram(points=points, size=size, margin=margin)
