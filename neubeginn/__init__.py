"""Neubeginn: encrypted case files and bilingual inserts for the folder "Neubeginn Herne"."""

from importlib.metadata import PackageNotFoundError, version

try:
    #: The release, from the installed package's metadata (pyproject.toml is the one place).
    __version__ = version("neubeginn")
except PackageNotFoundError:  # pragma: no cover - a checkout that was never installed
    __version__ = "0+unknown"
