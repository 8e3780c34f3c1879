"""Identity: log in, refresh, log out, who the caller is."""
