"""Plain German words (via tr) for every typed error of the model, and the one way to show them.

try: ... except VaultError as error: messages.show_error(self, error)
label.setText(messages.describe(error))
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from neubeginn.model import (
    AccessDenied,
    Action,
    IntegrityError,
    InvalidInput,
    NotFound,
    SchemaTooNew,
    VaultError,
    VaultLocked,
    WeakKeySlot,
    WrongPassword,
)

# Module functions have no self.tr(); pyside6-lupdate finds `translate("messages", "…")`
# calls with literal arguments, so every string is written out that way.
translate = QCoreApplication.translate


def action_name(action: str) -> str:
    """What an action is called for a person, e.g. "Fälle anlegen" for case.create."""
    names = {
        Action.LOGIN: translate("messages", "sich anmelden"),
        Action.PASSWORD_CHANGE: translate("messages", "das Passwort ändern"),
        Action.ACCOUNT_LIST: translate("messages", "Konten ansehen"),
        Action.ACCOUNT_CREATE: translate("messages", "Konten anlegen"),
        Action.ACCOUNT_RESET: translate("messages", "Passwörter zurücksetzen"),
        Action.ACCOUNT_DISABLE: translate("messages", "Konten deaktivieren"),
        Action.AUDIT_READ: translate("messages", "das Protokoll lesen"),
        Action.VERIFY: translate("messages", "den Tresor prüfen"),
        Action.DIRECTORY_READ: translate("messages", "die Beratungsstellen ansehen"),
        Action.DIRECTORY_EDIT: translate("messages", "die Beratungsstellen bearbeiten"),
        Action.CASE_SEARCH: translate("messages", "Fälle suchen"),
        Action.CASE_OPEN: translate("messages", "diesen Fall öffnen"),
        Action.CASE_CREATE: translate("messages", "Fälle anlegen"),
        Action.CASE_UPDATE: translate("messages", "den Personenbogen ändern"),
        Action.CASE_ERASE: translate("messages", "Fälle löschen"),
        Action.CASE_EXPORT: translate("messages", "Fälle exportieren"),
        Action.CASE_IMPORT: translate("messages", "Fälle importieren"),
        Action.CASE_PRINT: translate("messages", "drucken"),
        Action.LAUFZETTEL_APPEND: translate("messages", "Laufzettel-Einträge schreiben"),
    }
    try:
        return names[Action(action)]
    except ValueError:
        return action


def describe(error: BaseException) -> str:
    """One or a few sentences a member of staff understands; never a traceback."""
    # Imported here: the unlock dialog needs these words before the case model is loaded.
    from neubeginn.model import CaseProblems

    match error:
        case WrongPassword():
            return translate("messages", "Benutzername oder Passwort falsch.")
        case AccessDenied():
            return translate(
                "messages", "Keine Berechtigung: Ihre Rolle darf {action} nicht."
            ).format(action=action_name(error.action))
        case IntegrityError():
            return translate(
                "messages",
                "Ein Datensatz ist beschädigt oder wurde verändert und wird nicht angezeigt: "
                "{record}. Alle anderen Datensätze sind weiter lesbar. Bitte melden Sie dies "
                "der Verwaltung.",
            ).format(record=error.record)
        case VaultLocked():
            return translate(
                "messages", "Der Tresor ist gesperrt. Bitte melden Sie sich wieder an."
            )
        case CaseProblems():
            lines = "\n".join(f"• {problem.path}: {problem.message}" for problem in error.problems)
            return translate(
                "messages", "Ungültige Angaben, nichts wurde gespeichert:\n{problems}"
            ).format(problems=lines)
        case InvalidInput():
            return translate("messages", "Ungültige Eingabe ({field}): {message}").format(
                field=error.field, message=error.message
            )
        case NotFound():
            return translate("messages", "Nicht gefunden: {detail}").format(detail=str(error))
        case WeakKeySlot():
            return translate(
                "messages",
                "Der Schlüsselplatz dieses Kontos ist zu schwach gesichert und wird abgelehnt. "
                "Bitte lassen Sie das Passwort von der Verwaltung neu setzen.",
            )
        case SchemaTooNew():
            return translate(
                "messages",
                "Dieser Tresor wurde mit einer neueren Version von Neubeginn geschrieben. "
                "Bitte aktualisieren Sie das Programm.",
            )
        case FileNotFoundError():
            return translate("messages", "Kein Tresor an diesem Ort gefunden: {path}").format(
                path=error.filename or str(error)
            )
        case VaultError():
            return translate("messages", "Der Vorgang ist fehlgeschlagen: {detail}").format(
                detail=str(error)
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
