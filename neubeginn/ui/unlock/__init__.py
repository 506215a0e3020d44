"""Signing in: the unlock dialog."""
