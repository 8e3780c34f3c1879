"""Request dependencies, as ``Annotated`` aliases for route signatures."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from gateway.readiness import ReadinessProbe

__all__ = ["Readiness"]


def _readiness(request: Request) -> ReadinessProbe:
    probe: ReadinessProbe = request.app.state.readiness
    return probe


Readiness = Annotated[ReadinessProbe, Depends(_readiness)]
