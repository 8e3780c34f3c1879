"""Vendored assets match their manifests; the score chart and the form mapping are pure."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from console.assets import STATIC_DIR, VendoredAssetMismatch, verify_vendored
from console.charts import score_chart
from console.forms import assessment_body, field_for_error, registration_body

BROWSER_VENDOR = Path(__file__).parents[2] / "browser" / "vendor"


def test_htmx_is_the_pinned_version_and_matches_its_hash() -> None:
    assert verify_vendored() == {"htmx.min.js": "2.0.4"}


def test_a_tampered_asset_stops_the_console(tmp_path: Path) -> None:
    shutil.copytree(STATIC_DIR / "vendor", tmp_path / "vendor")
    (tmp_path / "vendor" / "htmx.min.js").write_text("alert('not htmx')")
    with pytest.raises(VendoredAssetMismatch):
        verify_vendored(tmp_path / "vendor")


def test_axe_core_matches_its_manifest() -> None:
    manifest = json.loads((BROWSER_VENDOR / "MANIFEST.json").read_text())["axe.min.js"]
    digest = hashlib.sha256((BROWSER_VENDOR / "axe.min.js").read_bytes()).hexdigest()
    assert digest == manifest["sha256"]
    assert manifest["version"] == "4.10.2"


def test_bars_are_as_long_as_their_value_and_clamped() -> None:
    chart = score_chart(
        [
            {"name": "interest_fit", "value": 0.5, "weight": 0.3},
            {"name": "distance", "value": 1.7, "weight": 0.1},
            {"name": "skill_fit", "value": -1, "weight": 0.2},
        ]
    )
    widths = [bar.width for bar in chart.bars]
    assert widths == [chart.bar_width / 2, chart.bar_width, 0]
    assert [bar.y for bar in chart.bars] == [0, chart.row_height, 2 * chart.row_height]
    assert chart.height == 3 * chart.row_height


def test_interests_and_topics_are_one_bar_as_the_score_counts_them() -> None:
    # The score takes the larger of interest and concept fit on both weights; a component
    # it could not judge (pay of a course) is left out of it.
    chart = score_chart(
        [
            {"name": "interest_fit", "value": 0.0, "weight": 0.25},
            {"name": "concept_fit", "value": 0.9, "weight": 0.25},
            {"name": "income_parity", "value": 0.5, "weight": 0.1, "judged": False},
            {"name": "distance", "value": 1.0, "weight": 0.1},
        ]
    )
    assert [(bar.name, bar.value, bar.weight) for bar in chart.bars] == [
        ("relevance", 0.9, 0.5),
        ("income_parity", 0.5, 0.1),
        ("distance", 1.0, 0.1),
    ]
    assert [bar.judged for bar in chart.bars] == [True, False, True]
    assert chart.bars[1].width == 0


def test_registration_shapes_the_api_body() -> None:
    body = registration_body(
        {
            "language": " th ",
            "level": "native",
            "age_band": "14-17",
            "age_years": "14",
            "country": "th",
            "district": "Bang Rak",
            "skills": "customer service, cooking",
            "income_amount": "9000",
            "income_currency": "thb",
            "travel_radius_km": "25",
        },
        {"consents": ["matching", "everything"], "conditions": ["no_live_in", "x"]},
    )
    profile = body["profile"]
    assert profile["languages"] == [{"language": "th", "level": "native"}]
    assert profile["minor"] is True  # the age band says so
    assert profile["age_years"] == 14
    assert profile["open_to_cross_border"] is False  # only a ticked box opens the border
    assert profile["residence"] == {"country": "TH", "district": "Bang Rak"}
    assert profile["skills"] == ["customer_service", "cooking"]
    assert profile["income_goal"] == {"amount": 9000, "currency": "THB"}
    assert profile["travel_radius_km"] == 25
    assert profile["conditions"] == ["no_live_in"]
    assert body["consents"] == ["matching"]


def test_a_number_field_with_text_goes_to_the_gateway_to_be_named() -> None:
    body = registration_body({"travel_radius_km": "far", "age_band": "25-34"}, {})
    assert body["profile"]["travel_radius_km"] == "far"


@pytest.mark.parametrize(
    ("loc", "field"),
    [
        ("profile.residence.country", "country"),
        ("profile.languages.0.level", "level"),
        ("profile.income_goal.amount", "income_amount"),
        ("profile.income_goal", "income_amount"),
        ("review_due", "review_due"),
        ("profile.unknown", None),
    ],
)
def test_gateway_errors_map_to_form_fields(loc: str, field: str | None) -> None:
    assert field_for_error(loc) == field


def test_a_review_date_is_sent_as_an_instant() -> None:
    assert assessment_body({"stage": "training_ready", "review_due": "2027-01-31"}) == {
        "stage": "training_ready",
        "review_due": "2027-01-31T00:00:00Z",
    }
