"""``python -m matching``: run the matching gRPC service until SIGTERM.

``python -m matching migrate`` brings a database written by an earlier release up to the
current shape, then exits; it is safe to run again, on a fresh database too. It prints
counts only (JSON), never ids. ``python -m matching retention`` removes what has expired
(:mod:`matching.retention`). Both exit 0 when done, 75 when the database is unavailable (run
it again later; nothing was lost): :mod:`pathways_runtime.store_commands`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from matching import retention
from matching.bootstrap import SERVICE, bootstrap
from matching.config import MatchingSettings
from pathways_runtime.log import configure_logging
from pathways_runtime.store_commands import add_store_commands, run_store_subcommand


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m matching",
        description="Run the matching gRPC service (no command) or one operator command.",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    add_store_commands(commands, migrate="bring the database to the current shape (idempotent)")
    return parser.parse_args(list(argv))


def migrate(client: Any, settings: MatchingSettings) -> dict[str, Any]:
    """Every migration of matching's stores, in order; what each did (counts only)."""
    from matching.adapters.dashboard_counters import DASHBOARDS_MIGRATION, rebuild_dashboards
    from matching.adapters.migrations import migrate as migrate_matching
    from matching.adapters.mongo_repositories import ensure_indexes
    from pathways_runtime.field_crypto import (
        field_crypto_from_settings,
        key_vault_client,
        migrate_key_vault,
    )
    from pathways_runtime.mongo import mark_once

    db = client[settings.mongodb_database]
    ensure_indexes(db)
    report: dict[str, Any] = dict(migrate_matching(db))
    # The key vault's id mapping (pathways_runtime.key_vault): matching creates the
    # survivors' data keys, so its migrate command brings the vault along too.
    vault_client, own = key_vault_client(settings, client=client)
    try:
        report["key_vault"] = migrate_key_vault(
            client=vault_client, key_vault_namespace=settings.field_crypto_key_vault_namespace
        )
    finally:
        if own:
            vault_client.close()
    # Each organisation's dashboard counts, recomputed from what is stored (after the key
    # vault: the records are sealed), whole documents, so running it again changes nothing.
    # Also repairs a count a crash left one short and fills what an older release's
    # documents lack (the hires by day).
    crypto = field_crypto_from_settings(settings, client=client, may_create_keys=False)
    try:
        report[DASHBOARDS_MIGRATION] = rebuild_dashboards(db, crypto=crypto)
        mark_once(db["migrations"], DASHBOARDS_MIGRATION, {"done_at": datetime.now(UTC)})
    finally:
        crypto.close()
    return report


def serve() -> None:
    """Run the service until SIGTERM."""
    settings = MatchingSettings()
    configure_logging(service=SERVICE, level=settings.log_level)
    bootstrap(settings).serve_until_signalled()


def main(argv: Sequence[str] | None = None, *, run_server: Callable[[], None] = serve) -> int:
    arguments = _parse(sys.argv[1:] if argv is None else argv)
    if arguments.command is None:
        run_server()
        return 0
    return run_store_subcommand(
        arguments.command,
        MatchingSettings(),
        service=SERVICE,
        migrate=migrate,
        retention=retention.run,
    )


if __name__ == "__main__":
    raise SystemExit(main())
