"""``python -m console``: serve the web console with uvicorn until SIGTERM.

``python -m console demo-users --gateway URL --admin-password-file F --output F`` creates
one demo user per role instead (:mod:`console.demo_users`). Commands are argparse
subcommands: ``--help`` lists them, and neither ``--help`` nor an unknown command starts
the server.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import uvicorn

from console.app import create_app
from console.config import ConsoleSettings
from pathways_runtime.log import configure_logging


def serve() -> None:
    settings = ConsoleSettings()
    configure_logging(service="console", level=settings.log_level)
    # httpx logs every request's URL at INFO: gateway paths name survivors' and matches'
    # ids, which have no place in the console's log.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    uvicorn.run(
        create_app(settings),
        host=settings.console_host,
        port=settings.console_port,
        access_log=False,
        loop="uvloop",
        http="httptools",
        log_config=None,
        server_header=False,
        # X-Forwarded-For only from the proxies named (none by default).
        proxy_headers=bool(settings.trusted_proxies.strip()),
        forwarded_allow_ips=settings.trusted_proxies,
    )


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m console",
        description="Serve the web console (no command) or run one operator command.",
    )
    commands = parser.add_subparsers(dest="command", metavar="command")
    demo = commands.add_parser(
        "demo-users",
        help="one demo user per role, passwords to a file of mode 0600 (for make run)",
    )
    demo.add_argument("--gateway", required=True, help="gateway base URL")
    demo.add_argument("--admin-username", default="admin")
    demo.add_argument(
        "--admin-password-file", type=Path, required=True, help="the admin's password, alone"
    )
    demo.add_argument(
        "--output", type=Path, required=True, help="where the users and passwords go (0600)"
    )
    demo.add_argument(
        "--homes", type=Path, help="also write the demo organisations' ids here (JSON)"
    )
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None, *, run_server: Callable[[], None] = serve) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        run_server()
        return 0
    if args.command == "demo-users":
        # Imported here: the demo data it names (pathways_demo) costs the serving console
        # most of a second and the protobuf modules, which it never needs.
        from console import demo_users

        return demo_users.run(
            gateway=args.gateway,
            admin_username=args.admin_username,
            admin_password_file=args.admin_password_file,
            output=args.output,
            homes=args.homes,
        )
    raise AssertionError(f"a command without a handler: {args.command}")


if __name__ == "__main__":
    sys.exit(main())
