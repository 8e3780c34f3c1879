"""Peer groups: proposals under hard rules, alias-level cards."""
