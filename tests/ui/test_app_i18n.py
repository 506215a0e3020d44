"""The English catalog: complete for every tr() string in neubeginn/ui, and compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from neubeginn.ui.i18n import CATALOG_DIR, install_translators, remove_translators
from neubeginn.ui.preferences import Preferences
from neubeginn.ui.unlock.unlock_dialog import UnlockDialog
from neubeginn.ui.worker import BackgroundRunner

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TS = CATALOG_DIR / "neubeginn_en.ts"
QM = CATALOG_DIR / "neubeginn_en.qm"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalog, updated by lupdate from today's code (as the script does)."""
    ts = tmp_path_factory.mktemp("i18n") / TS.name
    shutil.copy(TS, ts)
    sources = sorted(str(p) for p in (ROOT / "neubeginn" / "ui").rglob("*.py"))
    subprocess.run(
        [
            BIN / "pyside6-lupdate",
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "de",
            "-target-language",
            "en",
            *sources,
            "-ts",
            str(ts),
        ],
        check=True,
    )
    return ts


def test_every_ui_string_has_an_english_translation(refreshed: Path) -> None:
    untranslated = [
        key
        for key, message in _messages(refreshed).items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert untranslated == [], "run scripts/update-translations and translate these"
    assert _messages(refreshed).keys() == _messages(TS).keys(), "catalog out of date"


def test_compiled_catalog_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / QM.name
    subprocess.run([BIN / "pyside6-lrelease", "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run scripts/update-translations"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_the_interface_speaks_english(
    english: None, qtbot: QtBot, runner: BackgroundRunner, tmp_path: Path
) -> None:
    dialog = UnlockDialog(Preferences.at(tmp_path / "settings.ini"), runner)
    qtbot.addWidget(dialog)
    assert dialog.unlock_button.text() == "&Unlock"
    assert dialog.username_field.accessibleName() == "User name"
    # A string whose class context lupdate could not see is still found.
    assert QCoreApplication.translate("CaseView", "Keine Akte geöffnet.") == "No case open."
