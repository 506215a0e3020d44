"""The case services: cases, the Laufzettel and its chain, the agency directory, verify."""
