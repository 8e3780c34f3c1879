"""Jobs and courses named by their titles where the gateway gives only their ids (a
survivor's matches, a matching round): one read each, an opportunity gone since left out."""

from typing import Any

from console import forms
from console.gateway_client import GatewayProblem, SessionCaller

__all__ = ["opportunities_by_id"]


def opportunities_by_id(caller: SessionCaller, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Each opportunity of ``ids`` as the gateway reads it to the caller; an id that is not
    one, or one no longer there (404), is left out."""
    found: dict[str, dict[str, Any]] = {}
    for opportunity_id in sorted(ids):
        if not forms.valid_id(opportunity_id):
            continue
        try:
            found[opportunity_id] = caller.call("GET", f"/v1/opportunities/{opportunity_id}")
        except GatewayProblem as problem:
            if problem.status != 404:
                raise
    return found
