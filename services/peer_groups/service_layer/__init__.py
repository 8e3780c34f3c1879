"""Command and event handlers, unit of work and message bus of the peer-groups service."""
