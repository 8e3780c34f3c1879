"""Authentication and the authorisation policy of the gateway (see the gateway issue)."""
