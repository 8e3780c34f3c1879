"""Matching service: survivors, opportunities and readiness-gated, explainable matches."""
