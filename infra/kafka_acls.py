"""What each service may do on Kafka, and the local broker's users (``make run``): each
service signs in by SCRAM-SHA-512 with the credential ``apply`` stores in the cluster.

Least privilege by topic: matching alone writes the survivors', opportunities' and matches'
topics; peer groups reads survivors' events and writes its own topic and dead letters; the
gateway writes the audit topic. A leaked peer-groups or gateway password cannot publish a
survivor event (the signatures check that too: ``pathways_runtime.event_signatures``), and
no service reads what it does not use. The same table is what a production cluster's users
need (``docs/delivery.md``, "Kafka users and ACLs").

    python infra/kafka_acls.py users --dir D        # D/users, D/<service>.password, once
    python infra/kafka_acls.py apply --bootstrap 127.0.0.1:9092 --users-file D/users
"""

from __future__ import annotations

import argparse
import secrets
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from kafka import KafkaAdminClient
from kafka.admin import (
    ACL,
    ACLOperation,
    ACLPermissionType,
    ACLResourcePatternType,
    ResourcePattern,
    ResourceType,
    ScramMechanism,
    UserScramCredentialUpsertion,
)

#: The broker's own user: the only super user, and the one that sets the ACLs.
BROKER_USER = "broker"
#: Each service's Kafka user (``PATHWAYS_KAFKA_USERNAME``).
SERVICES = ("matching", "peer_groups", "gateway")

_TOPIC, _GROUP = ResourceType.TOPIC, ResourceType.GROUP
_LITERAL, _PREFIXED = ACLResourcePatternType.LITERAL, ACLResourcePatternType.PREFIXED
_R, _W, _C, _D = ACLOperation.READ, ACLOperation.WRITE, ACLOperation.CREATE, ACLOperation.DESCRIBE

#: user -> (resource type, name, pattern type, operations). Creating a topic that exists
#: already is how each service makes sure of its topics at start, so CREATE goes with them.
PERMISSIONS: Mapping[
    str, tuple[tuple[ResourceType, str, ACLResourcePatternType, tuple[ACLOperation, ...]], ...]
] = {
    "matching": (
        (_TOPIC, "survivors.v1", _LITERAL, (_W, _D, _C)),
        (_TOPIC, "matches.v1", _LITERAL, (_W, _D, _C)),
        # The index feeder follows the opportunities it wrote (no consumer group).
        (_TOPIC, "opportunities.v1", _LITERAL, (_W, _R, _D, _C)),
    ),
    "peer_groups": (
        (_TOPIC, "survivors.v1", _LITERAL, (_R, _D, _C)),
        (_TOPIC, "survivors.v1.dlq", _LITERAL, (_W, _R, _D, _C)),
        (_TOPIC, "peer_groups.v1", _LITERAL, (_W, _D, _C)),
        # Its consumer group, and the dead-letter replay's (peer_groups.dlq-replay).
        (_GROUP, "peer_groups", _PREFIXED, (_R, _D)),
    ),
    "gateway": ((_TOPIC, "audit.v1", _LITERAL, (_W, _D, _C)),),
}


def acls(users: Iterable[str] = SERVICES) -> list[ACL]:
    """Every ACL of ``users``, allowing from any host."""
    return [
        ACL(
            principal=f"User:{user}",
            host="*",
            operation=operation,
            permission_type=ACLPermissionType.ALLOW,
            resource_pattern=ResourcePattern(resource, name, pattern),
        )
        for user in users
        for resource, name, pattern, operations in PERMISSIONS[user]
        for operation in operations
    ]


def read_users(path: Path) -> dict[str, str]:
    """``name password`` per line (``infra/kafka.sh``'s ``PATHWAYS_KAFKA_USERS_FILE``)."""
    users: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, password = line.split()
            users[name] = password
    return users


def ensure_users(directory: Path) -> dict[str, str]:
    """``directory/users``, written once with a random password for the broker and each
    service, and ``directory/<service>.password`` for each service's
    ``PATHWAYS_KAFKA_PASSWORD_FILE``; all readable by their owner only, kept afterwards."""
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = directory / "users"
    if not path.exists():
        lines = [f"{user} {secrets.token_urlsafe(24)}" for user in (BROKER_USER, *SERVICES)]
        _write_private(path, "\n".join(lines) + "\n")
    users = read_users(path)
    for service in SERVICES:
        _write_private(directory / f"{service}.password", users[service])
    return users


def _write_private(path: Path, text: str) -> None:
    path.touch(mode=0o600)
    path.chmod(0o600)
    path.write_text(text, encoding="utf-8")


def admin_options(bootstrap: str, password: str) -> dict[str, object]:
    """kafka-python settings of an admin client signed in as the broker's user."""
    return {
        "bootstrap_servers": [bootstrap],
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "PLAIN",
        "sasl_plain_username": BROKER_USER,
        "sasl_plain_password": password,
    }


def apply(users: Mapping[str, str], bootstrap: str) -> int:
    """Store each service's SCRAM-SHA-512 credential from ``users`` (name -> password, the
    broker's own among them) and create its ACLs; both again change nothing. How many ACLs."""
    services = [user for user in SERVICES if user in users]
    wanted = acls(services)
    admin = KafkaAdminClient(
        **admin_options(bootstrap, users[BROKER_USER]), client_id="pathways-acls"
    )
    try:
        stored = admin.alter_user_scram_credentials(
            [
                UserScramCredentialUpsertion(
                    user, ScramMechanism.SCRAM_SHA_512, users[user], iterations=8192
                )
                for user in services
            ]
        )
        refused = {user: error for user, error in stored.items() if error}
        if refused:
            raise RuntimeError(f"Kafka refused SCRAM credentials: {sorted(refused)}")
        result = admin.create_acls(wanted)
    finally:
        admin.close()
    failed = result.get("failed", [])
    if failed:
        raise RuntimeError(f"Kafka refused {len(failed)} ACLs: {failed[0]}")
    return len(wanted)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    users_command = commands.add_parser("users", help="write the users and password files once")
    users_command.add_argument("--dir", type=Path, required=True)
    apply_command = commands.add_parser("apply", help="create every service's ACLs")
    apply_command.add_argument("--bootstrap", required=True)
    apply_command.add_argument("--users-file", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "users":
        ensure_users(args.dir)
        return 0
    count = apply(read_users(args.users_file), args.bootstrap)
    print(f"pathways: {count} Kafka ACLs in place", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
