"""All routers of the API, combined."""

from __future__ import annotations

from fastapi import APIRouter

from gateway.api.routes import (
    audit,
    auth,
    dashboards,
    health,
    matches,
    metrics,
    opportunities,
    organisations,
    outcomes,
    peer_groups,
    places,
    rounds,
    shortlists,
    survivors,
    users,
    vocabulary,
)

__all__ = ["api_router"]

api_router = APIRouter()
api_router.include_router(health.router)
api_router.include_router(metrics.router)
api_router.include_router(auth.router)
api_router.include_router(organisations.router)
api_router.include_router(users.router)
api_router.include_router(audit.router)
# In front of matching:
api_router.include_router(survivors.router)
api_router.include_router(opportunities.router)
api_router.include_router(matches.router)
api_router.include_router(shortlists.router)
api_router.include_router(rounds.router)
api_router.include_router(outcomes.router)
api_router.include_router(dashboards.router)
api_router.include_router(vocabulary.router)
# Reference data of the gateway's own (the GeoNames gazetteer):
api_router.include_router(places.router)
# In front of peer groups:
api_router.include_router(peer_groups.router)
