"""The settings dialog: UI language and minutes until the window locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neubeginn.ui.preferences import MAX_IDLE_MINUTES, Preferences


class SettingsDialog(QDialog):
    """Edits the Preferences, written only on OK; the caller applies them after exec()."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setAccessibleName(self.tr("Einstellungen"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Sprache der Oberfläche"))
        self.language_box.addItem("Deutsch", "de")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(
            max(self.language_box.findData(self._preferences.language), 0)
        )
        language_note = QLabel(self.tr("Die Sprache wechselt beim nächsten Start."))
        language_note.setWordWrap(True)
        language_note.setAccessibleName(self.tr("Hinweis zur Sprache"))

        self.idle_box = QSpinBox()
        self.idle_box.setRange(1, MAX_IDLE_MINUTES)
        self.idle_box.setSuffix(self.tr(" Minuten"))
        self.idle_box.setValue(self._preferences.idle_minutes)
        self.idle_box.setAccessibleName(self.tr("Sperren nach Minuten ohne Eingabe"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Sprache:"), self.language_box)
        form.addRow("", language_note)
        form.addRow(self.tr("Automatisch &sperren nach:"), self.idle_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setAccessibleName(self.tr("Speichern oder abbrechen"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self._preferences.language = str(self.language_box.currentData())
        self._preferences.idle_minutes = self.idle_box.value()
        self._preferences.sync()
        super().accept()
