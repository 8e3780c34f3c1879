"""Prometheus exposition of the gateway's HTTP metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from gateway.api.observability import HttpMetrics

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/metrics", include_in_schema=False)
def metrics(request: Request) -> Response:
    """For the Prometheus scraper inside the cluster; the ingress does not route it.

    Labels are method, route template and status only: no ids, no personal data.
    """
    collected: HttpMetrics = request.app.state.metrics
    return Response(generate_latest(collected.registry), media_type=CONTENT_TYPE_LATEST)
