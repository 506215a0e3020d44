"""Fictional households and a fictional agency directory for demo vaults, never real ones."""
