"""Fixtures for the text engine tests: the offscreen Qt application the oracle needs."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="session")
def qt_gui_app(qapp: Any) -> Any:
    """pytest-qt's QApplication (a QWidgets one, so UI tests in the same run can use it)."""
    return qapp
