"""Fixtures for the text engine tests: one offscreen QGuiApplication for the Qt oracle."""

from __future__ import annotations

import os
from typing import Any

import pytest


@pytest.fixture(scope="session")
def qt_gui_app() -> Any:
    """The Qt application the QTextLayout oracle needs; reuses one that already exists."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])
