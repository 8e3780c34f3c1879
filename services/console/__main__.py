"""``python -m console``: serve the web console with uvicorn until SIGTERM."""

import logging

import uvicorn

from console.app import create_app
from console.config import ConsoleSettings
from pathways_runtime.log import configure_logging


def main() -> None:
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
        log_config=None,
        server_header=False,
        proxy_headers=True,
        forwarded_allow_ips=settings.trusted_proxies,
    )


if __name__ == "__main__":
    main()
