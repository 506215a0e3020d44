"""Use cases that span the model and the print engine, without Qt: used by the CLI and the UI."""
