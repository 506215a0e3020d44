"""Alembic revisions of the vault schema, one per change."""
