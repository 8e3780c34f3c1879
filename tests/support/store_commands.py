"""What a piece of code sends to the store, judged by the store-access rule.

The one recorder for every test of the rule (``docs/store-access.md``): it keeps each
command as ``pathways_runtime.store_access`` records it for the end-to-end test (shapes,
never values) and judges it with the same classifier, so an adapter's own test and the
journeys agree on what a scan is.
"""

from __future__ import annotations

from typing import Any

from pymongo import monitoring

from pathways_runtime.store_access import Access, classify, command_records

__all__ = ["StoreCommandRecorder"]


class StoreCommandRecorder(monitoring.CommandListener):
    """Records while ``recording`` is true (from the start unless told otherwise), only
    commands to ``database`` when one is given."""

    def __init__(self, *, database: str | None = None, recording: bool = True) -> None:
        self.database = database
        self.recording = recording
        self.records: list[dict[str, Any]] = []

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if not self.recording:
            return
        if self.database is not None and event.database_name != self.database:
            return
        self.records += command_records(
            event.command_name, event.command, database=event.database_name, role="test"
        )

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        del event

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        del event

    def clear(self) -> None:
        self.records.clear()

    def scans(self) -> list[tuple[dict[str, Any], str]]:
        """Each recorded command that is not an ``_id`` access, with why."""
        found = []
        for record in self.records:
            access, why = classify(record)
            if access is Access.SCAN:
                found.append((record, why))
        return found
