"""Every service takes operator commands one way: ``python -m <service> <command>``, as
argparse subcommands. With no command it serves; ``--help`` and an unknown command answer
and exit without ever starting the server (an operator's typo must not bring up a second
gateway on the production port)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol

import pytest

#: service → the operator commands it takes (each must answer ``--help``).
COMMANDS = {
    "gateway": ("create-admin", "verify-audit", "retention", "migrate"),
    "matching": ("migrate", "retention"),
    "peer_groups": ("replay-dead-letters", "migrate", "retention"),
    "console": ("demo-users",),
}


class Main(Protocol):
    def __call__(self, argv: list[str], *, run_server: Callable[[], None]) -> int: ...


class ServerSpy:
    """Stands in for the server: counts the starts."""

    def __init__(self) -> None:
        self.starts = 0

    def __call__(self) -> None:
        self.starts += 1


def _main(service: str) -> Main:
    main: Main = importlib.import_module(f"{service}.__main__").main
    return main


@pytest.mark.parametrize("service", sorted(COMMANDS))
def test_no_command_starts_the_server(service: str) -> None:
    server = ServerSpy()
    assert _main(service)([], run_server=server) == 0
    assert server.starts == 1


@pytest.mark.parametrize("service", sorted(COMMANDS))
def test_help_lists_the_commands_and_exits_0_without_starting_the_server(
    service: str, capsys: pytest.CaptureFixture[str]
) -> None:
    server = ServerSpy()
    with pytest.raises(SystemExit) as exited:
        _main(service)(["--help"], run_server=server)
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: python -m {service} ")
    for command in COMMANDS[service]:
        assert command in out
    assert server.starts == 0


@pytest.mark.parametrize("service", sorted(COMMANDS))
@pytest.mark.parametrize("argv", [["serve-please"], ["--port"], ["Migrate"]])
def test_an_unknown_command_exits_2_naming_it_without_starting_the_server(
    service: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    server = ServerSpy()
    with pytest.raises(SystemExit) as exited:
        _main(service)(argv, run_server=server)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert f"python -m {service}: error:" in err
    assert argv[0] in err
    assert server.starts == 0


@pytest.mark.parametrize(
    ("service", "command"),
    [(service, command) for service, commands in COMMANDS.items() for command in commands],
)
def test_each_command_answers_help_with_its_own_usage(
    service: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    server = ServerSpy()
    with pytest.raises(SystemExit) as exited:
        _main(service)([command, "--help"], run_server=server)
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: python -m {service} {command}")
    assert server.starts == 0


@pytest.mark.parametrize(
    ("service", "argv", "missing"),
    [
        ("gateway", ["create-admin"], "--username"),
        ("console", ["demo-users", "--gateway", "http://127.0.0.1:8000"], "--output"),
    ],
)
def test_a_command_without_its_required_arguments_exits_2_naming_them(
    service: str, argv: list[str], missing: str, capsys: pytest.CaptureFixture[str]
) -> None:
    server = ServerSpy()
    with pytest.raises(SystemExit) as exited:
        _main(service)(argv, run_server=server)
    assert exited.value.code == 2
    assert missing in capsys.readouterr().err
    assert server.starts == 0
