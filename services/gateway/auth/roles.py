"""Organisation types, roles, and which role may belong to which kind of organisation."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ROLES_BY_ORGANISATION_TYPE",
    "VETTED_TYPES",
    "OrganisationType",
    "Role",
    "role_fits",
]


class OrganisationType(StrEnum):
    NGO = "ngo"
    EMPLOYER = "employer"
    TRAINING_PROVIDER = "training_provider"
    PEER_SUPPORT = "peer_support"
    PLATFORM = "platform"


class Role(StrEnum):
    PLATFORM_ADMIN = "platform_admin"
    REINTEGRATION_OFFICER = "reintegration_officer"
    EMPLOYER = "employer"
    TRAINING_PROVIDER = "training_provider"
    FACILITATOR = "facilitator"


#: Who may work for which kind of organisation. NGOs often run their own peer groups, so
#: facilitators fit NGOs as well as peer-support organisations; everything else is one to one.
ROLES_BY_ORGANISATION_TYPE: dict[OrganisationType, frozenset[Role]] = {
    OrganisationType.PLATFORM: frozenset({Role.PLATFORM_ADMIN}),
    OrganisationType.NGO: frozenset({Role.REINTEGRATION_OFFICER, Role.FACILITATOR}),
    OrganisationType.EMPLOYER: frozenset({Role.EMPLOYER}),
    OrganisationType.TRAINING_PROVIDER: frozenset({Role.TRAINING_PROVIDER}),
    OrganisationType.PEER_SUPPORT: frozenset({Role.FACILITATOR}),
}

#: Organisations that see (anonymised) survivors only after an administrator vetted them.
VETTED_TYPES = frozenset({OrganisationType.EMPLOYER, OrganisationType.TRAINING_PROVIDER})


def role_fits(role: Role, organisation_type: OrganisationType) -> bool:
    return role in ROLES_BY_ORGANISATION_TYPE[organisation_type]
