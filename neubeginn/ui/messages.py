"""Words for every error the UI shows, and the one way to show them.

The model's errors and problems are worded from the model's catalogs (model.describe) in
the UI language; other errors (files, the database driver, the unexpected) through tr.

try: ... except VaultError as error: messages.show_error(self, error)
label.setText(messages.describe(error))
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from neubeginn import model
from neubeginn.model import (
    AccessDenied,
    IntegrityError,
    InvalidInput,
    Problem,
    VaultError,
    WrongPassword,
)
from neubeginn.ui.i18n import active_language

# Module functions have no self.tr(); pyside6-lupdate finds `translate("messages", "…")`
# calls with literal arguments, so every string is written out that way.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class FieldNote:
    """A problem in words, at a path of the form: the model's worded from its catalog, the
    form's own (a date that is no date yet) through tr."""

    path: str
    text: str


def notes(problems: Iterable[Problem], path: Callable[[str], str] = str) -> list[FieldNote]:
    """The model's problems in the UI language, each at `path(problem.path)`."""
    language = active_language()
    return [FieldNote(path(p.path), model.describe(p, language)) for p in problems]


def describe(error: BaseException) -> str:
    """One or a few sentences a member of staff understands; never a traceback."""
    match error:
        case VaultError():
            return model.describe(error, active_language())
        case FileNotFoundError():
            return translate("messages", "Kein Tresor an diesem Ort gefunden: {path}").format(
                path=error.filename or str(error)
            )
        case OSError():
            return translate(
                "messages", "Zugriff auf Datei oder Datenbank fehlgeschlagen: {detail}"
            ).format(detail=error.strerror or str(error))
    return translate("messages", "Unerwarteter Fehler ({kind}). Nichts wurde verändert.").format(
        kind=type(error).__name__
    )


def title(error: BaseException) -> str:
    """A short window title for the error's kind."""
    match error:
        case WrongPassword() | AccessDenied():
            return translate("messages", "Nicht erlaubt")
        case IntegrityError():
            return translate("messages", "Beschädigter Datensatz")
        case InvalidInput():
            return translate("messages", "Ungültige Angaben")
    return translate("messages", "Fehler")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the person what went wrong, in a modal message box."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title(error),
        describe(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(title(error))
    box.exec()
