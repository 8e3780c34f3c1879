"""Pure domain of matching: entities, value objects, hard rules and scores. No I/O here."""
