"""Operator commands' one contract: counts on stdout, 0 when done, 1 when part was refused,
75 when the store is away."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from pymongo.errors import ServerSelectionTimeoutError

from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.settings import ServiceSettings
from pathways_runtime.store_commands import (
    EX_REFUSED,
    EX_TEMPFAIL,
    STORE_COMMANDS,
    add_store_commands,
    run_store_command,
    run_store_subcommand,
)


def test_the_counts_are_printed_as_one_json_line_and_the_command_succeeds(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run_store_command(ServiceSettings(), name="test-command", work=lambda _c: {"removed": 3})
    assert code == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1]) == {"removed": 3}


def test_a_store_that_does_not_answer_asks_to_run_it_again_later(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def away(_client: object) -> dict[str, int]:
        raise ServerSelectionTimeoutError("no server at 10.0.0.9:27017 for srv_secret")

    assert run_store_command(ServiceSettings(), name="test-command", work=away) == EX_TEMPFAIL
    out = capsys.readouterr().out
    assert json.loads(out.strip().splitlines()[-1]) == {
        "error": "ServerSelectionTimeoutError",
        "retry": True,
    }
    assert "srv_secret" not in out


def test_a_bug_is_not_taken_for_an_outage() -> None:
    def bug(_client: object) -> dict[str, int]:
        raise KeyError("through_seq")

    with pytest.raises(KeyError):
        run_store_command(ServiceSettings(), name="test-command", work=bug)


def test_a_refused_part_prints_the_counts_names_the_reason_and_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = run_store_command(
        ServiceSettings(),
        name="test-retention",
        work=lambda _c: {"deleted": 0, "refused": "the chain is broken at 5"},
        refusal=lambda counts: counts["refused"],
    )
    assert code == EX_REFUSED == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out.strip().splitlines()[-1])["deleted"] == 0
    assert "test-retention: the chain is broken at 5" in captured.err


def test_nothing_refused_is_a_success(capsys: pytest.CaptureFixture[str]) -> None:
    code = run_store_command(
        ServiceSettings(),
        name="test-retention",
        work=lambda _c: {"deleted": 2, "refused": None},
        refusal=lambda counts: counts["refused"],
    )
    assert code == 0
    assert capsys.readouterr().err == ""


def test_the_client_carries_the_command_name_and_the_store_command_log(tmp_path: Path) -> None:
    connected: list[dict[str, object]] = []

    def connect(*, uri: str, app_name: str, timeout_ms: int, command_log: str) -> Any:
        connected.append({"app_name": app_name, "command_log": command_log, "uri": uri})
        return create_mongo_client(uri=uri, app_name=app_name, timeout_ms=timeout_ms)

    log = str(tmp_path / "store-commands.jsonl")
    settings = ServiceSettings(
        mongodb_uri=SecretStr("mongodb://10.0.0.9:27017"), store_command_log=log
    )
    run_store_command(settings, name="x-migrate", work=lambda _c: {}, connect=connect)
    assert connected == [
        {"app_name": "x-migrate", "command_log": log, "uri": "mongodb://10.0.0.9:27017"}
    ]


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m service")
    commands = parser.add_subparsers(dest="command")
    add_store_commands(commands, migrate="bring the store up to date")
    return parser.parse_args(argv)


class Work:
    """One command's work: records the settings it ran with, returns its counts."""

    def __init__(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.ran_with: list[ServiceSettings] = []

    def __call__(self, _client: object, settings: ServiceSettings) -> dict[str, int]:
        self.ran_with.append(settings)
        return self.counts


@pytest.mark.parametrize("command", STORE_COMMANDS)
def test_every_store_command_is_declared_and_runs_its_own_work(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = ServiceSettings()
    works = {"migrate": Work({"migrated": 1}), "retention": Work({"removed": 2})}
    code = run_store_subcommand(
        _parse([command]).command,
        settings,
        service="svc",
        migrate=works["migrate"],
        retention=works["retention"],
    )
    assert code == 0
    assert {name: work.ran_with for name, work in works.items()} == {
        name: [settings] if name == command else [] for name in works
    }
    assert json.loads(capsys.readouterr().out) == works[command].counts


def test_a_command_that_is_not_a_store_command_is_refused_before_connecting() -> None:
    with pytest.raises(ValueError, match="serve"):
        run_store_subcommand(
            "serve",
            ServiceSettings(),
            service="svc",
            migrate=lambda _c, _s: {},
            retention=lambda _c, _s: {},
        )
