"""Peer groups' adapters: MongoDB repositories, the pool projection, event publisher."""
