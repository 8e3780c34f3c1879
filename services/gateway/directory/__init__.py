"""Organisations and users: who may log in, for which organisation, in which role."""
