"""Peer-groups service: safe, cohesive peer-support groups proposed under hard rules."""
