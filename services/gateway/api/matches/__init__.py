"""Matches: recommendations, proposals, decisions; shortlists, matching rounds and outcomes."""
