"""Bodies of the organisation routes: onboarding, vetting and partnerships.

Partnerships show organisation ids, names and when a partnership was set. No survivor data
travels here; who set a partnership is in the audit trail, not shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from gateway.api.types import CountryCode, Name, StrictModel
from gateway.auth.roles import OrganisationType
from gateway.directory.models import Organisation, Partnership
from gateway.directory.partnerships import OrganisationPartners

__all__ = ["OrganisationCreate", "OrganisationPublic", "PartnersPublic", "PartnershipPublic"]

_ORG_ID = "org_0192a6b3c4d5e6f708192a3b4c5d6e7f"
#: The partnership examples: an NGO (the same id) and a peer-support organisation.
_NGO = _ORG_ID
_PEER = "org_0192a6b3c4d5e6f708192a3b4c5d6e80"


class OrganisationCreate(StrictModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "examples": [{"name": "Mekong Garments Co.", "type": "employer", "country": "KH"}]
        },
    )

    name: Name
    type: OrganisationType
    country: CountryCode = Field(description="ISO 3166-1 alpha-2, e.g. KH, TH, VN, PH, MM, HK.")


class OrganisationPublic(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": _ORG_ID,
                    "name": "Mekong Garments Co.",
                    "type": "employer",
                    "country": "KH",
                    "vetting": "pending",
                    "vetted_at": None,
                    "suspendable": True,
                    "suspended": False,
                    "suspended_at": None,
                    "created_at": "2025-03-01T08:00:00Z",
                    "version": 1,
                }
            ]
        }
    )

    id: str
    name: str
    type: OrganisationType
    country: str
    vetting: str = Field(
        description="`pending` (employers and providers before vetting), `vetted`, or "
        "`not_required` (other kinds)."
    )
    vetted_at: datetime | None
    suspendable: bool = Field(
        description="Whether a platform administrator may suspend it: employers, training "
        "providers and peer-support organisations; never an NGO nor the platform."
    )
    suspended: bool = Field(
        description="Suspended by a platform administrator: its users cannot sign in and its "
        "opportunities are offered to no one until lifted (`DELETE …/suspension`)."
    )
    suspended_at: datetime | None
    created_at: datetime
    version: int = Field(description="Also the `ETag`; send it in `If-Match` to change this.")

    @classmethod
    def of(cls, organisation: Organisation) -> OrganisationPublic:
        if not organisation.needs_vetting:
            vetting = "not_required"
        else:
            vetting = "vetted" if organisation.vetted_at is not None else "pending"
        return cls(
            id=organisation.id,
            name=organisation.name,
            type=organisation.type,
            country=organisation.country,
            vetting=vetting,
            vetted_at=organisation.vetted_at,
            suspendable=organisation.suspendable,
            suspended=organisation.suspended,
            suspended_at=organisation.suspended_at,
            created_at=organisation.created_at,
            version=organisation.version,
        )


class PartnershipPublic(BaseModel):
    """The NGO ``organisation_id`` shares its survivors with the peer groups of
    ``partner_id``: its survivors may be proposed to the partner's facilitators."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "organisation_id": _NGO,
                    "organisation_name": "Mekong Freedom NGO",
                    "partner_id": _PEER,
                    "partner_name": "Survivors' Circle",
                    "created_at": "2026-12-01T08:00:00Z",
                    "accepted_at": "2026-12-02T09:30:00Z",
                }
            ]
        }
    )

    organisation_id: str = Field(description="The NGO whose survivors are shared.")
    organisation_name: str
    partner_id: str = Field(description="The organisation whose peer groups draw from them.")
    partner_name: str
    created_at: datetime
    accepted_at: datetime | None = Field(
        description="When an officer of the NGO accepted it; null: proposed, nothing shared yet."
    )

    @classmethod
    def of(cls, partnership: Partnership, names: Mapping[str, str]) -> PartnershipPublic:
        return cls(
            organisation_id=partnership.organisation_id,
            organisation_name=names.get(partnership.organisation_id, ""),
            partner_id=partnership.partner_id,
            partner_name=names.get(partnership.partner_id, ""),
            created_at=partnership.created_at,
            accepted_at=partnership.accepted_at,
        )


class PartnersPublic(BaseModel):
    """One organisation's partnerships, on both sides."""

    organisation_id: str
    shares_with: list[PartnershipPublic] = Field(
        description="As an NGO: the organisations whose peer groups may be proposed its survivors."
    )
    draws_from: list[PartnershipPublic] = Field(
        description="As an organisation running peer groups: the NGOs whose survivors its "
        "groups may be proposed, besides its own."
    )

    @classmethod
    def of(
        cls, organisation_id: str, partners: OrganisationPartners, names: Mapping[str, str]
    ) -> PartnersPublic:
        return cls(
            organisation_id=organisation_id,
            shares_with=[PartnershipPublic.of(p, names) for p in partners.shares_with],
            draws_from=[PartnershipPublic.of(p, names) for p in partners.draws_from],
        )
