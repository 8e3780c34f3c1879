"""``python -m gateway``: serve the HTTP API with uvicorn until SIGTERM.

``python -m gateway <command>`` runs one operator command instead (argparse subcommands;
``--help`` lists them, and neither ``--help`` nor an unknown command starts the server):
``create-admin --username NAME`` creates the first platform administrator (password on
standard input or prompted); ``reset-second-factor --username NAME`` takes a user's
sign-in codes off (a lost phone, when no colleague may reset them); ``verify-audit``
checks the audit hash chain (exit 1 at a break); ``retention`` deletes expired gateway
data once; ``migrate`` brings older data into today's id scheme (idempotent). What each
does: :mod:`gateway.cli`; how they exit (75 when the store did not answer):
:mod:`pathways_runtime.store_commands`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

import uvicorn

from gateway import cli
from gateway.app import create_app
from gateway.config import GatewaySettings
from gateway.metrics_server import serve_metrics
from gateway.trusted_proxies import behind_trusted_proxies
from pathways_runtime.log import configure_logging
from pathways_runtime.store_commands import add_store_commands


def serve() -> None:
    settings = GatewaySettings()
    configure_logging(service="gateway", level=settings.log_level)
    key = settings.trusted_proxy_key
    api = create_app(settings)
    serve_metrics(api.state.metrics, host=settings.metrics_host, port=settings.metrics_port)
    app = behind_trusted_proxies(
        api,
        trusted=settings.trusted_proxies,
        key=key.get_secret_value() if key is not None else None,
    )
    uvicorn.run(
        app,
        host=settings.http_host,
        port=settings.http_port,
        access_log=False,
        # Named, not "auto": the server never falls back to h11 and asyncio's own loop
        # because a wheel went missing (pyproject.toml says why these two).
        loop="uvloop",
        http="httptools",
        log_config=None,
        # No "Server: uvicorn" banner: it tells an attacker which exploits to try. The Date
        # header stays (RFC 9110 asks an origin server with a clock to send it; it reveals
        # nothing and caches and clients use it).
        server_header=False,
        date_header=True,
        timeout_graceful_shutdown=int(settings.shutdown_grace_seconds),
        # X-Forwarded-For only from the proxies named (none by default); with their key,
        # only when they show it (``gateway.trusted_proxies``, which then reads it).
        proxy_headers=bool(settings.trusted_proxies.strip()) and key is None,
        forwarded_allow_ips=settings.trusted_proxies,
    )


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m gateway",
        description="Serve the HTTP API (no command) or run one operator command.",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    create_admin = commands.add_parser(
        "create-admin",
        help="create the first platform administrator (password on standard input or prompted)",
    )
    create_admin.add_argument("--username", required=True, help="login name of the new admin")
    create_admin.add_argument("--platform-name", default=cli.DEFAULT_PLATFORM_NAME)
    create_admin.add_argument("--country", default="TH", help="ISO 3166-1 alpha-2 of the operator")
    reset = commands.add_parser(
        "reset-second-factor",
        help="take a user's sign-in codes off and end their sessions (a lost phone)",
    )
    reset.add_argument("--username", required=True, help="login name of the user")
    commands.add_parser("verify-audit", help="check the audit hash chain (exit 1 at a break)")
    add_store_commands(commands, migrate="bring older data into today's id scheme (idempotent)")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None, *, run_server: Callable[[], None] = serve) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        run_server()
        return 0
    if args.command == "create-admin":
        return cli.create_admin_main(
            username=args.username, platform_name=args.platform_name, country=args.country
        )
    if args.command == "reset-second-factor":
        return cli.reset_second_factor_main(username=args.username)
    if args.command == "verify-audit":
        return cli.verify_audit_main()
    if args.command == "retention":
        return cli.retention_main()
    if args.command == "migrate":
        return cli.migrate_main()
    raise AssertionError(f"a command without a handler: {args.command}")


if __name__ == "__main__":
    sys.exit(main())
