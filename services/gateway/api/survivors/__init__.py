"""Survivors: profiles, readiness and consent (their own officers only)."""
