"""Bodies of the places route: the gazetteer's places suggested for a typed prefix."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from gateway.api.places import gazetteer

__all__ = ["PlacePublic", "PlacesPublic"]


class PlacePublic(BaseModel):
    name: str = Field(description="The place's main name in GeoNames.")
    country: str = Field(description="ISO 3166-1 alpha-2 code.")
    latitude: float
    longitude: float

    @classmethod
    def of(cls, place: gazetteer.GazetteerPlace) -> PlacePublic:
        return cls(
            name=place.name,
            country=place.country,
            latitude=place.latitude,
            longitude=place.longitude,
        )


class PlacesPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "items": [
                        {
                            "name": "Phnom Penh",
                            "country": "KH",
                            "latitude": 11.56245,
                            "longitude": 104.91601,
                        }
                    ]
                }
            ]
        }
    )

    items: list[PlacePublic] = Field(
        description=f"Most populous first, then by name; at most {gazetteer.MAX_SUGGESTIONS}."
    )
