"""DirectoryNotice: the calm note above the case list while a new vault's directory is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from neubeginn.model import Action, Agency, User, Vault, allowed
from neubeginn.ui.admin.agencies_dialog import AgenciesDialog
from neubeginn.ui.worker import BackgroundRunner, Job


class DirectoryNotice(QFrame):
    """Shown to whoever may edit the directory while it holds no agency: a new real vault
    starts with an empty one, and nobody can write a Laufzettel entry until it is filled.
    Its button opens the directory and asks for the city's CSV file; the notice goes once
    the directory holds an agency. (Who may not edit it is told where an agency is picked.)
    """

    def __init__(
        self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._runner = runner
        self._job: Job | None = None
        self.dialog: AgenciesDialog | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Hinweis: Verzeichnis der Beratungsstellen ist leer"))
        self.label = QLabel(
            self.tr(
                "Das Verzeichnis der Beratungsstellen ist noch leer. Bitte importieren Sie "
                "die Liste der Stadt (CSV-Datei); erst dann lassen sich Termine und "
                "Laufzettel-Einträge schreiben."
            )
        )
        self.label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Verzeichnis &importieren …"))
        self.import_button.setAccessibleName(self.tr("Verzeichnis importieren"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.import_button)
        self.import_button.clicked.connect(self.open_import)
        self.hide()

    def check(self, user: User) -> None:
        """Show the notice if `user` may fill the directory and it is empty; else hide it."""
        self.dismiss()
        if allowed(user.role, Action.DIRECTORY_EDIT):
            self._job = self._runner.run(self._vault.agencies.all, self._read, self._unread)

    def open_import(self) -> None:
        """The directory dialog (a child of the window, so a lock closes it), asking at once
        for the CSV file."""
        dialog = AgenciesDialog(self._vault, self._runner, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.directory_imported.connect(self._changed)
        dialog.agency_saved.connect(self._changed)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        dialog.choose_import_file()

    def _changed(self, *_: object) -> None:
        user = self._vault.user
        if user is not None:
            self.check(user)

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _unread(self, _: BaseException) -> None:
        self._job = None
        self.hide()  # the directory could not be read: the dialog says why when opened

    def _read(self, agencies: list[Agency]) -> None:
        self._job = None
        self.setVisible(not agencies)

    def dismiss(self) -> None:
        """Hide the notice and drop a check still running (on lock)."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.hide()
