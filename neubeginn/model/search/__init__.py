"""Transliteration-tolerant search over case member names, case numbers and birth years."""
