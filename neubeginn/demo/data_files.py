"""The demo's data files under data/, read with importlib.resources so a wheel carries them."""

from __future__ import annotations

import functools
import tomllib
from importlib.resources import files
from typing import Any

DATA = files("neubeginn.demo").joinpath("data")


@functools.cache
def read_toml(name: str) -> dict[str, Any]:
    """A TOML file of data/, parsed once (callers must not change what it returns)."""
    return tomllib.loads(DATA.joinpath(name).read_text(encoding="utf-8"))
