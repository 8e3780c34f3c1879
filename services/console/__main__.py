"""``python -m console``: serve the web console with uvicorn until SIGTERM."""

import uvicorn

from console.app import create_app
from console.config import ConsoleSettings
from pathways_runtime.log import configure_logging


def main() -> None:
    settings = ConsoleSettings()
    configure_logging(service="console", level=settings.log_level)
    uvicorn.run(
        create_app(settings),
        host=settings.console_host,
        port=settings.console_port,
        access_log=False,
        log_config=None,
        server_header=False,
    )


if __name__ == "__main__":
    main()
