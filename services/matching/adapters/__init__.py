"""Matching's adapters: MongoDB repositories, event publisher, the in-memory index."""
