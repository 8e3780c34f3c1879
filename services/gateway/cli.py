"""``python -m gateway create-admin | verify-audit | retention``: operator commands.

``create-admin`` makes the first platform administrator.

The password is read from standard input (first line) when it is not a terminal, or
prompted for twice without echo; never from the command line, where it would end up in
shell history and in the process list. It must pass the same policy as ``POST /v1/users``
(``gateway.auth.password_policy``); a refused one exits 1 with the reasons, never the
password, and creates nothing.

``verify-audit`` walks the audit hash chain and prints a JSON report; exit code 0 when
intact, 1 naming the first broken sequence number. It also stores the result as the
chain's status that administrators see (``GET /v1/audit/chain``): run it on a schedule
(the Kubernetes CronJob does) to catch an old entry changed after the gateway's own watch,
which checks only new entries, had passed it. ``retention`` deletes expired gateway
data and prunes old audit entries (``gateway.retention``), printing what it removed.
``migrate`` brings data older code wrote into today's id scheme
(``gateway.adapters.migration``; idempotent), printing counts only.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from pymongo import MongoClient

from gateway.adapters.chain_status import MongoChainStatusStore
from gateway.adapters.mongo_audit import MongoAuditStore, ensure_audit_indexes
from gateway.audit.integrity import verify_audit
from gateway.audit.watch import status_of_full_check
from gateway.auth.password_policy import PasswordPolicy
from gateway.auth.roles import OrganisationType, Role
from gateway.bootstrap import build_gateway, ensure_indexes, mongo_stores
from gateway.config import GatewaySettings
from gateway.errors import GatewayError, InvalidRequest
from gateway.ports import Stores
from pathways_runtime.mongo import create_mongo_client

__all__ = [
    "check_password",
    "create_admin",
    "main",
    "migrate_main",
    "read_password",
    "retention_main",
    "verify_audit_main",
]

DEFAULT_PLATFORM_NAME = "Pathways platform"


class PasswordMismatchError(ValueError):
    pass


def read_password(*, stdin: TextIO) -> str:
    if not stdin.isatty():
        return stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password for the new administrator: ")
    second = getpass.getpass("Once more: ")
    if first != second:
        raise PasswordMismatchError("the two passwords differ")
    return first


def create_admin(
    *,
    settings: GatewaySettings,
    stores: Stores,
    username: str,
    password: str,
    platform_name: str = DEFAULT_PLATFORM_NAME,
    country: str = "TH",
) -> str:
    """Create (or reuse) the platform organisation and an admin in it; returns the user id.

    A password the policy refuses raises :class:`InvalidRequest` before anything is written.
    """
    check_password(settings, username=username, password=password)
    gateway = build_gateway(settings, stores=stores)
    directory = gateway.directory
    if directory.find_user(username) is not None:
        raise GatewayError("a user with this username exists")
    platform = next(
        (
            organisation
            for organisation in _all_organisations(stores)
            if organisation.type is OrganisationType.PLATFORM
        ),
        None,
    )
    if platform is None:
        platform = directory.create_organisation(
            name=platform_name, type=OrganisationType.PLATFORM, country=country
        )
    user = directory.create_user(
        organisation_id=platform.id,
        username=username,
        role=Role.PLATFORM_ADMIN,
        password=password,
    )
    return user.id


def check_password(settings: GatewaySettings, *, username: str, password: str) -> None:
    """Raise :class:`InvalidRequest` naming the reasons (never the password) when the
    policy of ``POST /v1/users`` refuses ``password`` for ``username``."""
    policy = PasswordPolicy(min_length=settings.password_min_length)
    weaknesses = policy.weaknesses(password, username=username)
    if weaknesses:
        raise InvalidRequest("the password was refused: " + "; ".join(policy.explain(weaknesses)))


def _all_organisations(stores: Stores) -> list[Any]:
    found: list[Any] = []
    after: str | None = None
    while True:
        page = stores.organisations.list(after=after, limit=200)
        found.extend(page)
        if len(page) < 200:
            return found
        after = page[-1].id


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m gateway create-admin")
    parser.add_argument("--username", required=True, help="login name of the new admin")
    parser.add_argument("--platform-name", default=DEFAULT_PLATFORM_NAME)
    parser.add_argument("--country", default="TH", help="ISO 3166-1 alpha-2 of the operator")
    args = parser.parse_args(argv)
    settings = GatewaySettings()
    try:
        password = read_password(stdin=sys.stdin)
    except PasswordMismatchError as error:
        print(f"create-admin: {error}", file=sys.stderr)
        return 2
    try:
        # Before connecting: a refused password needs no database and leaves nothing behind.
        check_password(settings, username=args.username, password=password)
    except InvalidRequest as error:
        print(f"create-admin: {error.message}", file=sys.stderr)
        return 1
    client = _client(settings, app_name="gateway-cli")
    try:
        db = client[settings.mongodb_database]
        ensure_indexes(db)
        user_id = create_admin(
            settings=settings,
            stores=mongo_stores(db, audit_chain_key=settings.audit_chain_key),
            username=args.username,
            password=password,
            platform_name=args.platform_name,
            country=args.country,
        )
    except GatewayError as error:
        print(f"create-admin: {error.message}", file=sys.stderr)
        return 1
    finally:
        client.close()
    print(user_id)
    return 0


def _client(settings: GatewaySettings, *, app_name: str) -> MongoClient[Any]:
    return create_mongo_client(
        uri=settings.mongodb_uri.get_secret_value(),
        app_name=app_name,
        timeout_ms=settings.mongodb_timeout_ms,
        command_log=settings.store_command_log,
    )


def verify_audit_main(argv: list[str]) -> int:
    """Exit 0 when the chain is intact, 1 at the first break (named on stdout and stderr)."""
    argparse.ArgumentParser(prog="python -m gateway verify-audit").parse_args(argv)
    settings = GatewaySettings()
    client = _client(settings, app_name="gateway-verify-audit")
    try:
        store = MongoAuditStore(
            client[settings.mongodb_database], chain_key=settings.audit_chain_key
        )
        started = datetime.now(UTC)
        report = verify_audit(store=store, key=settings.audit_chain_key)
        unchained = store.unchained()
        # What administrators see (GET /v1/audit/chain) until the next check: this full
        # check's result, a break included, or a break cleared by an intact chain.
        MongoChainStatusStore(client[settings.mongodb_database]).save_full_check(
            status_of_full_check(report, started=started)
        )
    finally:
        client.close()
    summary: dict[str, Any] = {
        "intact": report.intact,
        "checked": report.checked,
        "checkpoint_seq": report.checkpoint_seq,
        "head_seq": report.head[0] if report.head is not None else None,
        "head_hash": report.head[1] if report.head is not None else None,
        "unchained_records": unchained,
    }
    if report.first_break is not None:
        summary["first_break"] = {
            "seq": report.first_break.seq,
            "problem": report.first_break.problem.value,
        }
        print(f"verify-audit: {report.first_break.describe()}", file=sys.stderr)
    print(json.dumps(summary, sort_keys=True))
    return 0 if report.intact else 1


def retention_main(argv: list[str]) -> int:
    """Run the gateway's retention once; exit 1 if the audit chain refused pruning."""
    from gateway.retention import run_retention

    argparse.ArgumentParser(prog="python -m gateway retention").parse_args(argv)
    settings = GatewaySettings()
    client = _client(settings, app_name="gateway-retention")
    try:
        db = client[settings.mongodb_database]
        ensure_audit_indexes(db)
        result = run_retention(
            db=db,
            now=datetime.now(UTC),
            audit_chain_key=settings.audit_chain_key,
            audit_retention_days=settings.audit_retention_days,
        )
    finally:
        client.close()
    print(json.dumps(result.as_dict(), sort_keys=True))
    if result.audit.refused is not None:
        print(f"retention: audit not pruned: {result.audit.refused}", file=sys.stderr)
        return 1
    return 0


def migrate_main(argv: list[str]) -> int:
    """Create the indexes and migrate; prints how many documents moved per store (counts
    only: never a document's content). The gateway also does this at start-up."""
    from gateway.adapters.migration import migrate

    argparse.ArgumentParser(prog="python -m gateway migrate").parse_args(argv)
    settings = GatewaySettings()
    client = _client(settings, app_name="gateway-migrate")
    try:
        db = client[settings.mongodb_database]
        # Not ensure_indexes(): that migrates too, and this run should report what it moved.
        report = migrate(db)
        ensure_indexes(db)
    finally:
        client.close()
    print(json.dumps(report.as_dict(), sort_keys=True))
    return 0
