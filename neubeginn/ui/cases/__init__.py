"""The case list: search field and results table."""
