"""Liveness and readiness probes. The HTTP metrics are served on a port of their own
(``gateway.metrics_server``), not here."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from gateway.api.deps import Readiness
from gateway.api.health.schemas import Liveness, Ready
from gateway.api.problems import PROBLEM_JSON, problem_response

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The gateway process is up")
def healthz() -> Liveness:
    """Liveness: 200 while the process runs, whatever its dependencies (for restarts)."""
    return Liveness()


@router.get(
    "/readyz",
    response_model=Ready,
    summary="Kafka, MongoDB and both backend services are reachable",
    responses={
        503: {
            "description": "A dependency is down; `down` names which.",
            "content": {
                PROBLEM_JSON: {
                    "example": {
                        "type": "/problems/not-ready",
                        "title": "A dependency is unavailable",
                        "status": 503,
                        "down": ["mongodb"],
                        "checks": {
                            "kafka": "up",
                            "mongodb": "down",
                            "matching": "up",
                            "peer_groups": "up",
                        },
                    }
                }
            },
        }
    },
)
async def readyz(probe: Readiness) -> Ready | JSONResponse:
    """Readiness: every dependency answered within its time limit (for load balancers).
    Otherwise 503 naming what is down, with `Retry-After`."""
    report = await probe.run()
    checks: dict[str, Literal["up", "down"]] = {
        name: "up" if up else "down" for name, up in report.checks.items()
    }
    if report.ready:
        return Ready(checks=checks)
    return problem_response(
        status=503,
        problem="not-ready",
        title="A dependency is unavailable",
        detail="Unavailable: " + ", ".join(report.down),
        headers={"Retry-After": "5"},
        down=report.down,
        checks=checks,
    )
