"""The one way a service's operator command runs against its store.

``python -m <service> <command>`` (``migrate``, ``retention``) connects to the service's
database, does its work, prints what it did as one JSON line of counts (never ids, never
personal data) and exits:

- 0 when done;
- 1 when it did what it could but refused a part, for a reason it writes to standard error
  (the gateway's retention does not prune an audit chain that fails verification);
- 75 (``EX_TEMPFAIL``) when the database, the key vault or the broker did not answer: run
  it again later, nothing was lost (every command is safe to run again);
- any other failure is a bug: its traceback goes to standard error and the exit status is 1.

Every service with a store takes the same two commands, as argparse subcommands:
:func:`add_store_commands` declares them beside the service's others and
:func:`run_store_subcommand` runs the one that was named.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from pymongo import MongoClient

from pathways_runtime.dead_letters import is_transient
from pathways_runtime.log import configure_logging
from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.settings import ServiceSettings

__all__ = [
    "EX_REFUSED",
    "EX_TEMPFAIL",
    "STORE_COMMANDS",
    "StoreConnector",
    "add_store_commands",
    "run_store_command",
    "run_store_subcommand",
]

#: sysexits.h: a temporary failure; the caller is invited to retry.
EX_TEMPFAIL = 75
#: The command ran but refused part of its work; the reason is on standard error.
EX_REFUSED = 1

#: The commands every service with a store takes.
STORE_COMMANDS = ("migrate", "retention")

SettingsT = TypeVar("SettingsT", bound=ServiceSettings)


class StoreConnector(Protocol):
    """How the runner gets its client (:func:`pathways_runtime.mongo.create_mongo_client`;
    tests pass another)."""

    def __call__(
        self, *, uri: str, app_name: str, timeout_ms: int, command_log: str
    ) -> MongoClient[Any]: ...


def run_store_command(
    settings: ServiceSettings,
    *,
    name: str,
    work: Callable[[MongoClient[Any]], Mapping[str, Any]],
    refusal: Callable[[Mapping[str, Any]], str | None] | None = None,
    connect: StoreConnector = create_mongo_client,
) -> int:
    """Run ``work`` with a client of the service's server; print its counts; the exit status.

    ``name`` (e.g. ``matching-retention``) names the process in logs, in the server's
    connection list and in the store command log (``PATHWAYS_STORE_COMMAND_LOG``), which
    records this client's commands like the service's own. ``refusal`` reads the counts
    and says what part of the work was refused, if any: the counts are printed all the same,
    the reason goes to standard error and the status is :data:`EX_REFUSED`."""
    configure_logging(service=name, level=settings.log_level)
    client = connect(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name=name,
        timeout_ms=settings.mongodb_timeout_ms,
        command_log=settings.store_command_log,
    )
    try:
        counts = dict(work(client))
    except Exception as error:
        if not is_transient(error):  # its cause counts too
            raise
        print(json.dumps({"error": type(error).__name__, "retry": True}))
        return EX_TEMPFAIL
    finally:
        client.close()
    print(json.dumps(counts, sort_keys=True, default=str))
    refused = refusal(counts) if refusal is not None else None
    if refused:
        print(f"{name}: {refused}", file=sys.stderr)
        return EX_REFUSED
    return 0


def add_store_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], *, migrate: str
) -> None:
    """Declare ``migrate`` (``migrate`` is its help: what it brings up to date) and
    ``retention`` among a service's subcommands."""
    commands.add_parser("migrate", help=migrate)
    commands.add_parser("retention", help="remove what has expired (idempotent)")


def run_store_subcommand(
    command: str,
    settings: SettingsT,
    *,
    service: str,
    migrate: Callable[[MongoClient[Any], SettingsT], Mapping[str, Any]],
    retention: Callable[[MongoClient[Any], SettingsT], Mapping[str, Any]],
) -> int:
    """Run ``command`` (one of :data:`STORE_COMMANDS`) as ``<service>-<command>``; its exit
    status (:func:`run_store_command`)."""
    works = {"migrate": migrate, "retention": retention}
    if command not in works:
        raise ValueError(f"not a store command: {command!r}")
    work = works[command]
    return run_store_command(
        settings, name=f"{service}-{command}", work=lambda client: work(client, settings)
    )
