"""Authentication (passwords, tokens, sessions) and authorisation (the policy table)."""
