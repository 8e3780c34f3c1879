"""Bodies of the probes."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

__all__ = ["Liveness", "Ready"]


class Liveness(BaseModel):
    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    status: Literal["ready"] = "ready"
    checks: dict[str, Literal["up", "down"]]

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "status": "ready",
                    "checks": {
                        "kafka": "up",
                        "mongodb": "up",
                        "matching": "up",
                        "peer_groups": "up",
                    },
                }
            ]
        }
    }
