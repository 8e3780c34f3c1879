"""Opportunities: jobs and training programmes."""
