"""Append-only record of every access to survivor data and of administrative changes."""
