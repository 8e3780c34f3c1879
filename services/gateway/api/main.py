"""All routers of the API, combined (a package per resource: ``<resource>/routes.py``)."""

from __future__ import annotations

from fastapi import APIRouter

from gateway.api.audit import routes as audit
from gateway.api.dashboards import routes as dashboards
from gateway.api.health import routes as health
from gateway.api.identity import routes as identity
from gateway.api.matches import outcome_routes, round_routes, shortlist_routes
from gateway.api.matches import routes as matches
from gateway.api.opportunities import routes as opportunities
from gateway.api.organisations import routes as organisations
from gateway.api.peer_groups import routes as peer_groups
from gateway.api.places import routes as places
from gateway.api.survivors import routes as survivors
from gateway.api.users import routes as users
from gateway.api.vocabulary import routes as vocabulary

__all__ = ["api_router"]

api_router = APIRouter()
api_router.include_router(health.router)
api_router.include_router(identity.router)
api_router.include_router(organisations.router)
api_router.include_router(users.router)
api_router.include_router(audit.router)
# In front of matching:
api_router.include_router(survivors.router)
api_router.include_router(opportunities.router)
api_router.include_router(matches.router)
api_router.include_router(shortlist_routes.router)
api_router.include_router(round_routes.router)
api_router.include_router(outcome_routes.router)
api_router.include_router(dashboards.router)
api_router.include_router(vocabulary.router)
# Reference data of the gateway's own (the GeoNames gazetteer):
api_router.include_router(places.router)
# In front of peer groups:
api_router.include_router(peer_groups.router)
