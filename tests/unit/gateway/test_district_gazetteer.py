"""A district without coordinates is found in the shipped GeoNames gazetteer or refused:
never 0,0."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from gateway.api.places.gazetteer import DistrictNotFound, resolve_district
from gateway.api.types import Place


def _km_apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance: plenty for a few kilometres near the equator."""
    import math

    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    y = math.radians(b[0] - a[0])
    return 6371.0 * math.hypot(x, y)


@pytest.mark.parametrize(
    ("country", "district", "centre"),
    [
        # Centroids as the project's own fixtures and demo data give them by hand.
        ("TH", "Bang Rak", (13.73, 100.524)),
        ("TH", "Pathum Wan", (13.744, 100.523)),
        ("KH", "Phnom Penh", (11.56, 104.92)),
        ("KH", "phnom-penh", (11.56, 104.92)),  # case, hyphens and spacing do not matter
        # Đà Lạt, Vietnam's highland city (11.94 N, 108.44 E), with and without its marks:
        # đ has no combining mark to drop, yet is typed d.
        ("VN", "Đà Lạt", (11.94, 108.44)),
        ("VN", "Da Lat", (11.94, 108.44)),
    ],
)
def test_a_known_district_is_resolved_near_its_centre(
    country: str, district: str, centre: tuple[float, float]
) -> None:
    found = resolve_district(country, district)
    assert _km_apart((found.latitude, found.longitude), centre) < 5


def test_a_main_name_of_the_larger_place_means_that_place() -> None:
    """Siem Reap (the province capital, GeoNames main name) and Siem Reab (a small town in
    Takeo, 220 km south, with "Siem Reap" among its alternate names)."""
    found = resolve_district("KH", "Siem Reap")
    assert _km_apart((found.latitude, found.longitude), (13.36, 103.86)) < 5


def test_a_name_shared_by_far_apart_places_still_needs_coordinates() -> None:
    # "Siem Reab" is the small town's main name but an alternate name of the city: ambiguous.
    with pytest.raises(DistrictNotFound):
        resolve_district("KH", "Siem Reab")
    # Two towns of the Philippines are both called Zaragoza.
    with pytest.raises(DistrictNotFound):
        resolve_district("PH", "Zaragoza")


def test_an_unknown_district_is_refused() -> None:
    with pytest.raises(DistrictNotFound):
        resolve_district("TH", "Nowhere-in-particular")


def test_a_district_of_a_country_outside_the_region_needs_coordinates() -> None:
    with pytest.raises(DistrictNotFound):
        resolve_district("FR", "Paris")


def test_a_place_never_becomes_zero_zero() -> None:
    with pytest.raises(ValidationError):
        Place(country="TH", district="Bang Rak", latitude=0, longitude=0)
    with pytest.raises(ValidationError):
        Place(country="TH", district="Bang Rak", latitude=13.7)  # one without the other
    resolved = Place(country="TH", district="Bang Rak")
    assert (resolved.latitude, resolved.longitude) != (0, 0)
