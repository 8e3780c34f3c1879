"""What ``python -m gateway create-admin | verify-audit | retention | migrate`` do.

The command form (argparse subcommands) is declared in ``gateway.__main__``; these are the
commands themselves. ``verify-audit``, ``retention`` and ``migrate`` run through the one
runner of operator commands (:mod:`pathways_runtime.store_commands`): one JSON line on
standard output, exit 75 when the store did not answer (run it again later), 1 when part
of the work was refused (the reason on standard error).

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
data and prunes old audit entries (``gateway.retention``), printing what it removed; it
exits 1 when the audit chain fails verification and was therefore not pruned.
``migrate`` brings data older code wrote into today's id scheme
(``gateway.adapters.migration``; idempotent), printing counts only.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, TextIO

from pymongo import MongoClient

from gateway.adapters.chain_status import MongoChainStatusStore
from gateway.adapters.mongo_audit import MongoAuditStore, ensure_audit_indexes
from gateway.audit.chain import ChainBreak, ChainProblem
from gateway.audit.integrity import verify_audit
from gateway.audit.watch import status_of_full_check
from gateway.auth.password_policy import PasswordPolicy
from gateway.auth.roles import OrganisationType, Role
from gateway.bootstrap import build_gateway, ensure_indexes, mongo_stores
from gateway.config import GatewaySettings
from gateway.directory.models import username_key
from gateway.errors import GatewayError, InvalidRequest
from gateway.ports import Stores
from pathways_runtime.mongo import create_mongo_client
from pathways_runtime.store_commands import StoreConnector, run_store_command

__all__ = [
    "DEFAULT_PLATFORM_NAME",
    "check_password",
    "create_admin",
    "create_admin_main",
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


def create_admin_main(
    *, username: str, platform_name: str = DEFAULT_PLATFORM_NAME, country: str = "TH"
) -> int:
    """``create-admin``: exit 0 printing the new user's id; 1 when refused; 2 when the two
    prompted passwords differ."""
    settings = GatewaySettings()
    try:
        password = read_password(stdin=sys.stdin)
    except PasswordMismatchError as error:
        print(f"create-admin: {error}", file=sys.stderr)
        return 2
    try:
        # Before connecting: a refused password needs no database and leaves nothing behind.
        check_password(settings, username=username, password=password)
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
            username=username,
            password=password,
            platform_name=platform_name,
            country=country,
        )
    except GatewayError as error:
        print(f"create-admin: {error.message}", file=sys.stderr)
        return 1
    finally:
        client.close()
    print(user_id)
    return 0


def reset_second_factor(*, stores: Stores, username: str, now: datetime) -> str:
    """Take ``username``'s second factor off and end their sessions (the operator's way,
    when no colleague may: the last administrator, who lost both phone and recovery codes);
    returns the user's id. An account without one keeps none: a rerun is safe."""
    user = stores.users.get_by_username(username_key(username))
    if user is None:
        raise GatewayError("no user with this username")
    user_id = user.id
    stores.users.set_second_factor(user_id, None)
    stores.sessions.revoke_all_of_user(
        user_id, at=now, reason="second factor reset by the operator"
    )
    return user_id


def reset_second_factor_main(*, username: str) -> int:
    """``reset-second-factor``: exit 0 printing the user's id; 1 when there is no such user."""
    settings = GatewaySettings()
    client = _client(settings, app_name="gateway-cli")
    try:
        db = client[settings.mongodb_database]
        user_id = reset_second_factor(
            stores=mongo_stores(db, audit_chain_key=settings.audit_chain_key),
            username=username,
            now=datetime.now(UTC),
        )
    except GatewayError as error:
        print(f"reset-second-factor: {error.message}", file=sys.stderr)
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


def verify_audit_main(
    *, settings: GatewaySettings | None = None, connect: StoreConnector = create_mongo_client
) -> int:
    """Exit 0 when the chain is intact, 1 at the first break (named on stdout and stderr),
    75 when the store did not answer (:mod:`pathways_runtime.store_commands`)."""
    settings = settings if settings is not None else GatewaySettings()
    key = settings.audit_chain_key

    def work(client: MongoClient[Any]) -> dict[str, Any]:
        db = client[settings.mongodb_database]
        store = MongoAuditStore(db, chain_key=key)
        started = datetime.now(UTC)
        report = verify_audit(store=store, key=key)
        unchained = store.unchained()
        # What administrators see (GET /v1/audit/chain) until the next check: this full
        # check's result, a break included, or a break cleared by an intact chain.
        MongoChainStatusStore(db).save_full_check(status_of_full_check(report, started=started))
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
        return summary

    def refusal(summary: Mapping[str, Any]) -> str | None:
        broken = summary.get("first_break")
        if broken is None:
            return None
        return ChainBreak(seq=broken["seq"], problem=ChainProblem(broken["problem"])).describe()

    return run_store_command(
        settings, name="gateway-verify-audit", work=work, refusal=refusal, connect=connect
    )


def retention_main(
    *, settings: GatewaySettings | None = None, connect: StoreConnector = create_mongo_client
) -> int:
    """Run the gateway's retention once; exit 1 if the audit chain refused pruning, 75 when
    the store did not answer (:mod:`pathways_runtime.store_commands`)."""
    from gateway.retention import run_retention

    settings = settings if settings is not None else GatewaySettings()

    def work(client: MongoClient[Any]) -> dict[str, Any]:
        db = client[settings.mongodb_database]
        ensure_audit_indexes(db)
        return run_retention(
            db=db,
            now=datetime.now(UTC),
            audit_chain_key=settings.audit_chain_key,
            audit_retention_days=settings.audit_retention_days,
        ).as_dict()

    def refusal(counts: Mapping[str, Any]) -> str | None:
        refused = counts["audit"]["refused"]
        return None if refused is None else f"audit not pruned: {refused}"

    return run_store_command(
        settings, name="gateway-retention", work=work, refusal=refusal, connect=connect
    )


def migrate_main(
    *, settings: GatewaySettings | None = None, connect: StoreConnector = create_mongo_client
) -> int:
    """Create the indexes and migrate; prints how many documents moved per store (counts
    only: never a document's content). The gateway also does this at start-up. Exit 0, or
    75 when the store did not answer (:mod:`pathways_runtime.store_commands`)."""
    from gateway.adapters.migration import migrate

    settings = settings if settings is not None else GatewaySettings()

    def work(client: MongoClient[Any]) -> dict[str, Any]:
        db = client[settings.mongodb_database]
        # Not ensure_indexes(): that migrates too, and this run should report what it moved.
        report = migrate(db)
        ensure_indexes(db)
        return report.as_dict()

    return run_store_command(settings, name="gateway-migrate", work=work, connect=connect)
