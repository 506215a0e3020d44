"""The case domain: pure value types, roles and validation (no SQLAlchemy, no keys)."""
