"""Operator commands' one contract: counts on stdout, 0 when done, 75 when the store is away."""

from __future__ import annotations

import json

import pytest
from pymongo.errors import ServerSelectionTimeoutError

from pathways_runtime.settings import ServiceSettings
from pathways_runtime.store_commands import EX_TEMPFAIL, run_store_command


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
