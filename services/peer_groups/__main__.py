"""``python -m peer_groups``: run the peer-groups gRPC service until SIGTERM."""

from pathways_runtime.log import configure_logging
from peer_groups.bootstrap import SERVICE, bootstrap
from peer_groups.config import PeerGroupsSettings


def main() -> None:
    settings = PeerGroupsSettings()
    configure_logging(service=SERVICE, level=settings.log_level)
    bootstrap(settings).serve_until_signalled()


if __name__ == "__main__":
    main()
