"""Loads the UI catalog (German source, English in neubeginn/resources/i18n) and Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from neubeginn.resources import data_path

CATALOG_DIR = data_path("i18n")
CATALOG_NAME = "neubeginn"

# The language of the installed catalogs. Qt's translators are process-wide (tr() finds them
# through the application), and the model's messages follow that same one setting.
_language = "de"


def active_language() -> str:
    """The UI language: "de", or the one install_translators installed."""
    return _language


def catalog_path(language: str) -> Path:
    return CATALOG_DIR / f"{CATALOG_NAME}_{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's catalog (dialog buttons) and, unless German, ours; keep the result alive.

    The source strings are German, so German needs only Qt's own catalog.
    """
    global _language
    _language = language
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    qt_catalogs = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_catalogs):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "de":
        ours = QTranslator(app)
        if ours.load(str(catalog_path(language))):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    global _language
    _language = "de"
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
