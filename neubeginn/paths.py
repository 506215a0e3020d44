"""Where Neubeginn keeps its files: the one module that knows the folders.

Tests and the command line override the base folder with NEUBEGINN_HOME or --vault/--db;
NEUBEGINN_CACHE moves only the cache (tests keep built fonts between runs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Neubeginn"


def _base(kind: str) -> Path | None:
    home = os.environ.get("NEUBEGINN_HOME")
    return Path(home) / kind if home else None


def data_dir() -> Path:
    """Folder of the default vault."""
    return _base("data") or Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Folder for derived files that can be rebuilt (e.g. static font instances)."""
    if os.environ.get("NEUBEGINN_CACHE"):
        return Path(os.environ["NEUBEGINN_CACHE"])
    return _base("cache") or Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Folder of the operator's log file (neubeginn.logs)."""
    return _base("logs") or Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_vault() -> Path:
    return data_dir() / "vault.sqlite"
