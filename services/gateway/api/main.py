"""All routers of the API, combined."""

from __future__ import annotations

from fastapi import APIRouter

from gateway.api.routes import audit, auth, health, metrics, organisations, users

__all__ = ["api_router"]

api_router = APIRouter()
api_router.include_router(health.router)
api_router.include_router(metrics.router)
api_router.include_router(auth.router)
api_router.include_router(organisations.router)
api_router.include_router(users.router)
api_router.include_router(audit.router)
