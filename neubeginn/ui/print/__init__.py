"""Printing inserts from the desktop client: choice, preview, printer, PDF file, batches."""
