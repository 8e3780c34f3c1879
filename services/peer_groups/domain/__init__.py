"""Pure domain of peer groups: groups, members, hard rules, cohesion. No I/O here."""
