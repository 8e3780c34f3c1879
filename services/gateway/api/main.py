"""All routers of the API, combined."""

from __future__ import annotations

from fastapi import APIRouter

from gateway.api.routes import health

__all__ = ["api_router"]

api_router = APIRouter()
api_router.include_router(health.router)
