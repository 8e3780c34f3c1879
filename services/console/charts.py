"""A match's score breakdown as a small bar chart, drawn on the server as SVG geometry.

Pure: it turns ``[{name, value, weight}]`` into bars the template draws, so the chart works
without JavaScript and is tested without a browser. Each bar's length is the component's
value (0 to 1); its label and the value's text go beside it, so the chart never relies on
colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Bar", "BarChart", "score_chart"]

_BAR_WIDTH = 160
_ROW_HEIGHT = 22
_LABEL_WIDTH = 130


@dataclass(frozen=True)
class Bar:
    name: str
    value: float
    weight: float
    y: int
    width: float


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    width: int
    height: int
    label_width: int
    bar_width: int
    row_height: int


def score_chart(components: Iterable[Mapping[str, Any]]) -> BarChart:
    bars: list[Bar] = []
    for row, component in enumerate(components):
        value = min(max(float(component.get("value", 0.0)), 0.0), 1.0)
        bars.append(
            Bar(
                name=str(component.get("name", "")),
                value=value,
                weight=float(component.get("weight", 0.0)),
                y=row * _ROW_HEIGHT,
                width=round(value * _BAR_WIDTH, 1),
            )
        )
    return BarChart(
        bars=bars,
        width=_LABEL_WIDTH + _BAR_WIDTH + 50,
        height=max(len(bars), 1) * _ROW_HEIGHT,
        label_width=_LABEL_WIDTH,
        bar_width=_BAR_WIDTH,
        row_height=_ROW_HEIGHT,
    )
