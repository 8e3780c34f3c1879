"""``python -m gateway``: serve the HTTP API with uvicorn until SIGTERM."""

import uvicorn

from gateway.app import create_app
from gateway.config import GatewaySettings
from pathways_runtime.log import configure_logging


def main() -> None:
    settings = GatewaySettings()
    configure_logging(service="gateway", level=settings.log_level)
    uvicorn.run(
        create_app(settings),
        host=settings.http_host,
        port=settings.http_port,
        access_log=False,
        log_config=None,
        timeout_graceful_shutdown=int(settings.shutdown_grace_seconds),
    )


if __name__ == "__main__":
    main()
