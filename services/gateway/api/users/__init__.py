"""Users: logins, their roles, disabling them."""
