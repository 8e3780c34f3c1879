"""``python -m gateway``: serve the HTTP API with uvicorn until SIGTERM.

``python -m gateway create-admin --username NAME`` creates the first platform
administrator instead (password on standard input or prompted; see ``gateway.cli``).
``python -m gateway verify-audit`` checks the audit hash chain (exit 1 at a break);
``python -m gateway retention`` deletes expired gateway data once;
``python -m gateway migrate`` brings older data into today's id scheme (idempotent).
"""

import sys

import uvicorn

from gateway.app import create_app
from gateway.config import GatewaySettings
from pathways_runtime.log import configure_logging


def serve() -> None:
    settings = GatewaySettings()
    configure_logging(service="gateway", level=settings.log_level)
    uvicorn.run(
        create_app(settings),
        host=settings.http_host,
        port=settings.http_port,
        access_log=False,
        log_config=None,
        # No "Server: uvicorn" banner: it tells an attacker which exploits to try. The Date
        # header stays (RFC 9110 asks an origin server with a clock to send it; it reveals
        # nothing and caches and clients use it).
        server_header=False,
        date_header=True,
        timeout_graceful_shutdown=int(settings.shutdown_grace_seconds),
        proxy_headers=True,
        forwarded_allow_ips=settings.trusted_proxies,
    )


def main() -> None:
    command = sys.argv[1] if len(sys.argv) > 1 else None
    if command == "create-admin":
        from gateway.cli import main as create_admin_main

        raise SystemExit(create_admin_main(sys.argv[2:]))
    if command == "verify-audit":
        from gateway.cli import verify_audit_main

        raise SystemExit(verify_audit_main(sys.argv[2:]))
    if command == "retention":
        from gateway.cli import retention_main

        raise SystemExit(retention_main(sys.argv[2:]))
    if command == "migrate":
        from gateway.cli import migrate_main

        raise SystemExit(migrate_main(sys.argv[2:]))
    serve()


if __name__ == "__main__":
    main()
