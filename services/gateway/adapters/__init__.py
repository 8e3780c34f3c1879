"""MongoDB implementations of the gateway's ports (``gateway.ports``)."""
