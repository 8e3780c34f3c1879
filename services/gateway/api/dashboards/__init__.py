"""Dashboards: an organisation's counts, kept by matching."""
