"""Domain services: the rules. They never touch `request` and never commit."""
