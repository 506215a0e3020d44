"""Data files shipped inside the package: translation catalogs and print texts.

They are found through importlib.resources, so a wheel installed anywhere has them, not only
a checkout.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_path(*parts: str) -> Path:
    """A shipped data file or folder as a path (wheels install unzipped, so it is a real file)."""
    ref = files(__name__).joinpath(*parts)
    if not isinstance(ref, Path):  # a zipped install: Qt and Babel need real files
        raise RuntimeError(f"Neubeginn's data files must be installed unzipped, not in {ref}")
    return ref
