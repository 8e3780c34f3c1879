"""How many examples a property test runs.

All of them in ``make test`` (and so in CI). ``make test-unit``, the quick loop while
working, sets ``PATHWAYS_HYPOTHESIS_PROFILE=pathways-quick`` and runs a third of them
(``tests/conftest.py`` registers both profiles): a test that sets its own count asks for it
through :func:`examples`, so the count scales the same way.
"""

from __future__ import annotations

import os

__all__ = ["PROFILE", "QUICK_PROFILE", "examples"]

QUICK_PROFILE = "pathways-quick"
PROFILE = os.environ.get("PATHWAYS_HYPOTHESIS_PROFILE", "pathways")


def examples(full: int) -> int:
    """``full`` examples, or a third of them (at least 10) in the quick profile."""
    return max(10, full // 3) if PROFILE == QUICK_PROFILE else full
