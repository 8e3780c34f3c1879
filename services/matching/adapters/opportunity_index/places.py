"""Where the opportunities are: rows sorted into latitude bands, and great-circle distance.

Reach narrows a query most, so it is decided first (``eligibility.admissible_rows``): the
remote rows and the rows within a latitude band of the survivor's home come from here, the
exact distance is checked on those alone.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["EARTH_RADIUS_KM", "Places", "haversine_km"]

EARTH_RADIUS_KM = 6371.0088

#: Rows added since the last sort that ``Places`` looks at one by one before sorting again
#: (at least; or an eighth of the sorted rows).
_RESORT_AFTER = 4_096


class Places:
    """Where the opportunities are, sorted for finding those within a survivor's reach.

    Rows ``0 .. sorted_rows - 1``: the remote ones, and the others by country, each
    country's by latitude, so a latitude band is two binary searches. Only facts a row
    never changes are kept (an update adds a new row and the old one stops being alive),
    so a write leaves this valid; rows added since the sort are looked at one by one
    until there are enough of them to sort again. Nothing of a survivor is kept here.
    """

    def __init__(self) -> None:
        self.sorted_rows = 0
        self._remote: npt.NDArray[np.intp] = np.empty(0, dtype=np.intp)
        self._by_country: dict[int, tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]] = {}

    def stale(self, size: int) -> bool:
        """Whether the rows below ``size`` added since the sort are many enough to sort again."""
        return size - self.sorted_rows > max(_RESORT_AFTER, self.sorted_rows // 8)

    def sort(
        self,
        *,
        remote: npt.NDArray[np.bool_],
        country: npt.NDArray[np.int32],
        latitude: npt.NDArray[np.float64],
    ) -> None:
        self._remote = np.flatnonzero(remote)
        local = np.flatnonzero(~remote & (country >= 0))
        order = np.lexsort((latitude[local], country[local]))
        local = local[order]
        countries = country[local]
        starts: list[int] = (
            np.flatnonzero(np.r_[True, countries[1:] != countries[:-1]]).tolist()
            if local.size
            else []
        )
        ends = [*starts[1:], local.size] if starts else []
        self._by_country = {
            int(countries[a]): (local[a:b], latitude[local[a:b]].copy())
            for a, b in zip(starts, ends, strict=True)
        }
        self.sorted_rows = len(remote)

    def _since_sort(self, size: int) -> npt.NDArray[np.intp]:
        return np.arange(self.sorted_rows, size, dtype=np.intp)

    def remote_rows(self, remote: npt.NDArray[np.bool_], size: int) -> npt.NDArray[np.intp]:
        """The rows below ``size`` of remote opportunities, in no particular order."""
        recent = self._since_sort(size)
        return np.concatenate([self._remote, recent[remote[recent]]])

    def in_band(
        self,
        country_code: int,
        home: float,
        band: float,
        *,
        remote: npt.NDArray[np.bool_],
        country: npt.NDArray[np.int32],
        latitude: npt.NDArray[np.float64],
        size: int,
    ) -> npt.NDArray[np.intp]:
        """Rows below ``size`` not remote, in the country, with ``|latitude - home| <=
        band`` (radians, computed exactly so), in no particular order."""
        found = []
        sorted_part = self._by_country.get(country_code)
        if sorted_part is not None:
            rows, latitudes = sorted_part
            # A slightly wider window by binary search, then the band itself on what is in it.
            low = np.searchsorted(latitudes, home - band - 1e-9, side="left")
            high = np.searchsorted(latitudes, home + band + 1e-9, side="right")
            window = slice(low, high)
            found.append(rows[window][np.abs(latitudes[window] - home) <= band])
        recent = self._since_sort(size)
        recent = recent[~remote[recent] & (country[recent] == country_code)]
        found.append(recent[np.abs(latitude[recent] - home) <= band])
        return np.concatenate(found)


def haversine_km(
    latitude: float,
    longitude: float,
    *,
    latitudes: npt.NDArray[np.float64],
    longitudes: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """Great-circle distances in km from a point in degrees to points in radians (as the
    index stores them)."""
    lat1, lon1 = np.radians(latitude), np.radians(longitude)
    lat2 = latitudes
    lon2 = longitudes
    h = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    distance: npt.NDArray[np.float64] = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(1.0, h)))
    return distance
