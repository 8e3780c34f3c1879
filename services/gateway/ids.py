"""Identifiers that sort by creation time, so lists page by id alone."""

from __future__ import annotations

import secrets
import time

__all__ = ["new_id"]


def new_id(prefix: str) -> str:
    """``<prefix>_`` + 12 hex digits of milliseconds + 20 random hex digits (80 bits).

    Time first, so ids of one kind sort by creation; random after, so they cannot be
    guessed or enumerated.
    """
    return f"{prefix}_{time.time_ns() // 1_000_000:012x}{secrets.token_hex(10)}"
