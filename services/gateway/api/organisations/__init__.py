"""Organisations: onboarding, vetting, partnerships."""
