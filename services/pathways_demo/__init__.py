"""Demo data for Pathways: a synthetic population and a way to seed a running system with it.

`generate_population` is pure (no I/O); `pathways_demo.seed` sends a population to the
matching service over gRPC (``python -m pathways_demo seed ...``).
"""

from pathways_demo.generator import (
    FAMILIES,
    JURISDICTIONS,
    Organisation,
    OrganisationKind,
    Population,
    SyntheticOpportunity,
    SyntheticSurvivor,
    generate_population,
)

__all__ = [
    "FAMILIES",
    "JURISDICTIONS",
    "Organisation",
    "OrganisationKind",
    "Population",
    "SyntheticOpportunity",
    "SyntheticSurvivor",
    "generate_population",
]
