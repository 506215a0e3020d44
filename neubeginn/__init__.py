"""Neubeginn: encrypted case files and bilingual inserts for the folder "Neubeginn Herne"."""

__version__ = "0.1.0"
