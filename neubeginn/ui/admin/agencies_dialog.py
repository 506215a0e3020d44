"""AgenciesDialog: the directory of counselling agencies and offices: list, add, edit, retire,
and import the city's list from a CSV file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from neubeginn.model import Agency, DirectoryImport, ImportProblems, Topic, Vault, decode_csv
from neubeginn.ui import messages
from neubeginn.ui.admin.runner_dialog import RunnerDialog
from neubeginn.ui.case.check_list_model import CheckListModel
from neubeginn.ui.case.labels import topics
from neubeginn.ui.table_model import RowTableModel
from neubeginn.ui.worker import BackgroundRunner

Index = QModelIndex | QPersistentModelIndex


class AgenciesModel(RowTableModel):
    """Agencies as rows; AGENCY_ROLE holds the Agency."""

    COL_NAME, COL_SHORT_NAME, COL_PHONE = range(3)
    AGENCY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Agency] = []
        self._headers = [self.tr("Name"), self.tr("Kurzname"), self.tr("Telefon")]

    def set_rows(self, agencies: list[Agency]) -> None:
        self.beginResetModel()
        self._rows = list(agencies)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        agency = self._rows[index.row()]
        if role == self.AGENCY_ROLE:
            return agency
        if role == Qt.ItemDataRole.ToolTipRole:
            return agency.name  # long names are elided in the one-line rows
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            fields = (agency.name, agency.short_name, agency.phone)
            return fields[index.column()]
        return None


class AgenciesDialog(RunnerDialog):
    """The agency directory: a searchable list and a form for the chosen or a new agency.

    Retiring takes an agency out of the directory; Laufzettel entries keep their copy.

    Signals:
        agency_saved(str): the uuid of an agency added or changed.
        agency_retired(str): the uuid of an agency taken out of the directory.
        directory_imported(object): the DirectoryImport of a CSV file taken over.
        failed(str): the German message of a refused or failed action (shown, too).
    """

    agency_saved = Signal(str)
    agency_retired = Signal(str)
    directory_imported = Signal(object)
    SHOWN_PROBLEMS = 12  # of a refused file; the rest are counted

    def __init__(
        self, vault: Vault, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, runner, parent)
        self._editing: Agency | None = None  # None: the form holds a new agency
        self.file_chooser: QFileDialog | None = None
        self._build_ui()
        self._connect_signals()
        self.reload()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Beratungsstellen"))
        self.setAccessibleName(self.tr("Beratungsstellen"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter, 1)

        list_side = QWidget()
        list_column = QVBoxLayout(list_side)
        list_column.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Suchen …"))
        self.filter_edit.setAccessibleName(self.tr("Beratungsstellen suchen"))
        self.filter_edit.setClearButtonEnabled(True)
        list_column.addWidget(self.filter_edit)
        self.model = AgenciesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Beratungsstellen"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AgenciesModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # one line per agency; the form shows everything
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgenciesModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        list_column.addWidget(self.table, 1)
        self.import_button = QPushButton(self.tr("Aus CSV-Datei &importieren …"))
        self.import_button.setAccessibleName(self.tr("Verzeichnis aus CSV-Datei importieren"))
        self.import_button.setToolTip(
            self.tr("Die Liste der Stadt übernehmen; Stellen mit gleichem Namen werden ergänzt.")
        )
        list_column.addWidget(self.import_button)
        splitter.addWidget(list_side)
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.status_label.setAccessibleName(self.tr("Meldung"))
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Schließen")
        )
        layout.addWidget(self.buttons)
        self._show_agency(None)

    def _build_form(self) -> QGroupBox:
        self.form_box = QGroupBox()
        self.form_box.setAccessibleName(self.tr("Angaben zur Beratungsstelle"))
        form = QFormLayout(self.form_box)
        self.name_edit = self._field(form, self.tr("&Name:"), QLineEdit())
        self.short_name_edit = self._field(form, self.tr("&Kurzname:"), QLineEdit())
        self.address_edit = self._field(form, self.tr("&Anschrift:"), self._text_box())
        self.phone_edit = self._field(form, self.tr("&Telefon:"), QLineEdit())
        self.email_edit = self._field(form, self.tr("&E-Mail:"), QLineEdit())
        self.hours_edit = self._field(form, self.tr("Ö&ffnungszeiten:"), self._text_box())
        self.topic_model = CheckListModel(self)
        self.topic_model.set_rows([(topic.value, name) for topic, name in topics().items()])
        self.topic_view = self._field(form, self.tr("T&hemen:"), QListView())
        self.topic_view.setModel(self.topic_model)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Ne&u"))
        self.new_button.setAccessibleName(self.tr("Neue Beratungsstelle"))
        self.save_button = QPushButton(self.tr("&Speichern"))
        self.save_button.setAccessibleName(self.tr("Speichern"))
        self.retire_button = QPushButton(self.tr("Aus dem Verzeichnis &nehmen…"))
        self.retire_button.setAccessibleName(self.tr("Aus dem Verzeichnis nehmen"))
        for button in (self.new_button, self.save_button, self.retire_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        return self.form_box

    def _text_box(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # keyboard users leave the box with Tab
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        return edit

    def _field[W: QWidget](self, form: QFormLayout, label: str, field: W) -> W:
        buddy = QLabel(label)
        buddy.setBuddy(field)
        field.setAccessibleName(label.replace("&", "").rstrip(":"))
        form.addRow(buddy, field)
        return field

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_agency)
        self.save_button.clicked.connect(self._save)
        self.retire_button.clicked.connect(self._retire)
        self.import_button.clicked.connect(self.choose_import_file)
        self.buttons.rejected.connect(self.reject)

    # -- reading ---------------------------------------------------------------------------------

    def reload(self, select_uuid: str | None = None) -> None:
        """Read the directory again (in the runner) and select `select_uuid` if given."""
        vault = self.vault
        self._run(vault.agencies.all, lambda agencies: self._loaded(agencies, select_uuid))

    def _loaded(self, agencies: list[Agency], select_uuid: str | None) -> None:
        self.model.set_rows(agencies)
        if select_uuid is not None:
            self.select_uuid(select_uuid)

    def select_uuid(self, uuid: str) -> None:
        """Select an agency's row; the form shows it."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(AgenciesModel.AGENCY_ROLE).uuid == uuid:
                self.table.selectRow(row)
                return

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_agency(rows[0].data(AgenciesModel.AGENCY_ROLE) if rows else None)

    def new_agency(self) -> None:
        """Empty the form for a new agency."""
        self.table.clearSelection()
        self._show_agency(None)
        self.name_edit.setFocus()

    def _show_agency(self, agency: Agency | None) -> None:
        self._editing = agency
        shown = agency or Agency(name="")
        self.form_box.setTitle(
            self.tr("Neue Beratungsstelle") if agency is None else self.tr("Beratungsstelle")
        )
        self.name_edit.setText(shown.name)
        self.short_name_edit.setText(shown.short_name)
        self.address_edit.setPlainText(shown.address)
        self.phone_edit.setText(shown.phone)
        self.email_edit.setText(shown.email)
        self.hours_edit.setPlainText(shown.opening_hours)
        self.topic_model.set_checked(topic.value for topic in shown.topics)
        self.retire_button.setEnabled(agency is not None)

    def form_agency(self) -> Agency:
        """The agency as the form holds it (with its uuid when editing one)."""
        checked = set(self.topic_model.checked())
        return Agency(
            name=self.name_edit.text(),
            short_name=self.short_name_edit.text(),
            address=self.address_edit.toPlainText(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            opening_hours=self.hours_edit.toPlainText(),
            topics=tuple(topic for topic in Topic if topic.value in checked),
            uuid=self._editing.uuid if self._editing is not None else "",
        )

    # -- changing --------------------------------------------------------------------------------

    def _save(self) -> None:
        agency = self.form_agency()
        vault = self.vault
        self.save_button.setEnabled(False)
        if agency.uuid:
            self._run(lambda: vault.agencies.update(agency), self._saved)
        else:
            self._run(lambda: vault.agencies.add(agency), self._saved)

    def _saved(self, agency: Agency) -> None:
        self.save_button.setEnabled(True)
        self.status_label.setText(self.tr("Gespeichert: {name}").format(name=agency.name))
        self.reload(select_uuid=agency.uuid)
        self.agency_saved.emit(agency.uuid)

    def _retire(self) -> None:
        agency = self._editing
        if agency is None:
            return
        question = self.tr(
            "{name} aus dem Verzeichnis nehmen? Bisherige Laufzettel-Einträge behalten "
            "ihre Angaben; neue Einträge und Einwilligungen können sie nicht mehr wählen."
        ).format(name=agency.name)
        if not self._confirmed(self.tr("Aus dem Verzeichnis nehmen"), question):
            return
        vault, uuid = self.vault, agency.uuid
        self._run(lambda: vault.agencies.retire(uuid), lambda _: self._retired(agency))

    def _retired(self, agency: Agency) -> None:
        self.status_label.setText(
            self.tr("{name} ist nicht mehr im Verzeichnis.").format(name=agency.name)
        )
        self._show_agency(None)
        self.reload()
        self.agency_retired.emit(agency.uuid)

    # -- importing -------------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        """Ask for the city's CSV file; a child dialog opened without its own event loop, so a
        lock closes it with this one."""
        chooser = QFileDialog(self, self.tr("Verzeichnis aus CSV-Datei importieren"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilters([self.tr("CSV-Dateien (*.csv)"), self.tr("Alle Dateien (*)")])
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda path: self.import_file(Path(path)))
        chooser.destroyed.connect(self._chooser_closed)
        self.file_chooser = chooser
        chooser.open()

    def _chooser_closed(self) -> None:
        self.file_chooser = None

    def import_file(self, path: Path) -> None:
        """Take over the directory in `path` (all rows or none), in the runner."""
        vault = self.vault
        self.import_button.setEnabled(False)
        self.status_label.setText(self.tr("Das Verzeichnis wird übernommen …"))
        self._run(lambda: vault.agencies.import_csv(decode_csv(path.read_bytes())), self._imported)

    def _imported(self, done: DirectoryImport) -> None:
        self.import_button.setEnabled(True)
        self.status_label.setText(
            self.tr(
                "Verzeichnis übernommen: {added} neu, {updated} geändert, {unchanged} unverändert."
            ).format(added=done.added, updated=done.updated, unchanged=done.unchanged)
        )
        self.reload()
        self.directory_imported.emit(done)
        self.table.setFocus()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, ImportProblems):
            super()._failed(error)
            return
        problems = error.problems
        lines = [f"• {n.path}: {n.text}" for n in messages.notes(problems[: self.SHOWN_PROBLEMS])]
        if len(problems) > self.SHOWN_PROBLEMS:
            lines.append(self.tr("… und {count} weitere").format(count=len(problems) - len(lines)))
        message = self.tr(
            "Nichts wurde übernommen. Bitte korrigieren Sie die Datei und importieren Sie sie "
            "erneut:\n{problems}"
        ).format(problems="\n".join(lines))
        self.status_label.setText(message)
        self._after_failure()
        self.failed.emit(message)

    def _after_failure(self) -> None:
        self.save_button.setEnabled(True)
        self.import_button.setEnabled(True)
