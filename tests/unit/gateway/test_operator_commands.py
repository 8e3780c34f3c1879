"""The gateway's store commands (``retention``, ``migrate``, ``verify-audit``) run through
the one runner of operator commands: when the store does not answer they ask to be run
again later (exit 75) instead of failing with a traceback, as matching's and peer groups'
do, and their client is named after the command and records its commands like the
gateway's own (``PATHWAYS_STORE_COMMAND_LOG``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pymongo import MongoClient

from gateway.cli import migrate_main, retention_main, verify_audit_main
from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.store_commands import EX_TEMPFAIL, StoreConnector
from tests.unit.gateway.harness import test_settings

COMMANDS: dict[str, Callable[..., int]] = {
    "gateway-retention": retention_main,
    "gateway-migrate": migrate_main,
    "gateway-verify-audit": verify_audit_main,
}


class UnreachableStore:
    """Connects as asked, but to a port nothing listens on, with a short wait: the store is
    down. Records what it was asked for."""

    def __init__(self) -> None:
        self.asked: list[dict[str, Any]] = []

    def __call__(
        self, *, uri: str, app_name: str, timeout_ms: int, command_log: str
    ) -> MongoClient[Any]:
        self.asked.append({"uri": uri, "app_name": app_name, "command_log": command_log})
        return create_mongo_client(uri="mongodb://127.0.0.1:1", app_name=app_name, timeout_ms=50)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_store_that_does_not_answer_asks_to_run_the_command_again_later(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = str(tmp_path / "store-commands.jsonl")
    settings = test_settings(
        mongodb_uri="mongodb://operator:srv_secret@10.0.0.9:27017", store_command_log=log
    )
    store = UnreachableStore()
    connect: StoreConnector = store

    assert COMMANDS[name](settings=settings, connect=connect) == EX_TEMPFAIL

    out = capsys.readouterr().out
    assert json.loads(out.strip().splitlines()[-1]) == {
        "error": "ServerSelectionTimeoutError",
        "retry": True,
    }
    assert "srv_secret" not in out
    assert store.asked == [
        {
            "uri": "mongodb://operator:srv_secret@10.0.0.9:27017",
            "app_name": name,
            "command_log": log,
        }
    ]
