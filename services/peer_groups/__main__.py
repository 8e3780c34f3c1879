"""``python -m peer_groups``: run the peer-groups gRPC service until SIGTERM.

``python -m peer_groups replay-dead-letters [--limit N]`` applies the survivor events that
were dead-lettered (``survivors.v1.dlq``) since the last replay, once each, then exits; it
prints a JSON report (read, applied, already_processed, dead_again). Exit status 0 when all
went through, 1 when some are still failing (sent to the DLQ again; letters matching did
not sign are never applied and always fail: ``UnsignedEvent`` and the like), 75 when the database
or broker is unavailable (run it again later; nothing is lost).

``python -m peer_groups migrate`` brings data written by an earlier release up to date
(:mod:`peer_groups.adapters.migrations`): the index documents that make every hot lookup an
``_id`` lookup, the outbox relay's markers, and the pool's private fields (chosen group
focuses included) sealed under each survivor's key. Idempotent; it prints counts only
(JSON) and exits 0, or 75 when the database is unavailable. The service also runs it on
start while it finds no record of it.

``python -m peer_groups retention`` removes what has expired (:mod:`peer_groups.retention`).
Both print counts only (JSON) and exit 0, or 75 when the database is unavailable
(:mod:`pathways_runtime.store_commands`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from pathways_runtime.dead_letters import (
    DeadLetterWriter,
    is_transient,
    replay_dead_letters,
)
from pathways_runtime.kafka_bus import KafkaEventPublisher
from pathways_runtime.log import configure_logging
from pathways_runtime.store_commands import EX_TEMPFAIL, add_store_commands, run_store_subcommand
from peer_groups import retention
from peer_groups.adapters.event_mapping import SURVIVORS_TOPIC
from peer_groups.bootstrap import SERVICE, bootstrap
from peer_groups.config import PeerGroupsSettings
from peer_groups.entrypoints.survivor_events import apply_survivor_event


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m peer_groups",
        description="Run the peer-groups gRPC service (no command) or one operator command.",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    replay = commands.add_parser(
        "replay-dead-letters", help="apply dead-lettered survivor events again, once each"
    )
    replay.add_argument("--limit", type=int, default=None, help="at most this many letters")
    add_store_commands(commands, migrate="build the index documents from stored data (idempotent)")
    return parser.parse_args(list(argv))


def replay(settings: PeerGroupsSettings, *, limit: int | None) -> int:
    app = bootstrap(settings)
    publisher = KafkaEventPublisher(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        client_id=f"{SERVICE}-replay",
        security=settings.kafka_security,
    )
    try:
        report = replay_dead_letters(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            security=settings.kafka_security,
            topic=SURVIVORS_TOPIC,
            group_id=f"{settings.survivor_events_group}.dlq-replay",
            client_id=f"{SERVICE}-replay",
            apply=lambda envelope: apply_survivor_event(
                envelope,
                ports=app.ports,
                processed=app.processed_events,
                unseal_state=app.unseal_state,
            ),
            dead_letters=DeadLetterWriter(publisher, consumer=f"{SERVICE}-replay"),
            limit=limit,
            # Each letter's signature, checked again for its source topic: only matching's
            # events are ever applied (a refused one goes back to the DLQ).
            verify=lambda topic, key, value, headers: app.event_verifier.verify(
                topic=topic, key=key, value=value, headers=headers
            ),
        )
    except Exception as error:
        if not is_transient(error) and not is_transient(error.__cause__ or error):
            raise
        print(f'{{"error": "{type(error).__name__}", "retry": true}}')
        return EX_TEMPFAIL
    finally:
        publisher.close()
    print(report.to_json())
    return 1 if report.dead_again else 0


def migrate(client: Any, settings: PeerGroupsSettings) -> dict[str, Any]:
    from pathways_runtime.field_crypto import field_crypto_from_settings
    from peer_groups.adapters import migrations
    from peer_groups.adapters.mongo_repositories import ensure_indexes

    db = client[settings.mongodb_database]
    ensure_indexes(db)
    # Survivors' keys are matching's: sealing uses them, never creates one.
    crypto = field_crypto_from_settings(settings, client=client, may_create_keys=False)
    return migrations.migrate(db, crypto=crypto)


def serve() -> None:
    """Run the service until SIGTERM."""
    settings = PeerGroupsSettings()
    configure_logging(service=SERVICE, level=settings.log_level)
    bootstrap(settings).serve_until_signalled()


def main(argv: Sequence[str] | None = None, *, run_server: Callable[[], None] = serve) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        run_server()
        return 0
    settings = PeerGroupsSettings()
    if args.command == "replay-dead-letters":
        configure_logging(service=SERVICE, level=settings.log_level)
        return replay(settings, limit=args.limit)
    return run_store_subcommand(
        args.command, settings, service=SERVICE, migrate=migrate, retention=retention.run
    )


if __name__ == "__main__":
    sys.exit(main())
