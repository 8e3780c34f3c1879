"""``python -m matching``: run the matching gRPC service until SIGTERM."""

from matching.bootstrap import SERVICE, bootstrap
from matching.config import MatchingSettings
from pathways_runtime.log import configure_logging


def main() -> None:
    settings = MatchingSettings()
    configure_logging(service=SERVICE, level=settings.log_level)
    bootstrap(settings).serve_until_signalled()


if __name__ == "__main__":
    main()
