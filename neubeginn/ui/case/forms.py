"""Form helpers of the case screen: a field with its message line, problem paths, read-only."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from neubeginn.ui.messages import FieldNote

ERROR_COLOUR = "#b00020"
_STYLED = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox)
_HEAD = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?\.?(.*)$")


def split_path(path: str) -> tuple[str, int | None, str]:
    """ "members[2].birth_date" → ("members", 2, "birth_date"); "issued_on" → ("issued_on",
    None, "")."""
    match = _HEAD.match(path)
    if match is None:
        return path, None, ""
    name, index, rest = match.groups()
    return name, int(index) if index is not None else None, rest


def relative(path: str) -> str:
    """A problem path without its case prefix: "case.x" (update) and "cases[0].x" (create)."""
    return re.sub(r"^(?:case|cases\[\d+\]|entry)\.", "", path)


class FieldMessage:
    """A field and the red line under it that says what is wrong with its value."""

    def __init__(self, field: QWidget) -> None:
        self.field = field
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.label.setAccessibleName(field.accessibleName() + " – Fehler")
        self.label.hide()
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.label)

    def show(self, messages: list[str]) -> None:
        text = "\n".join(dict.fromkeys(messages))
        if text == self.label.text() and self.label.isVisible() == bool(text):
            return
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.field.setToolTip(text)
        # Only the field's own frame turns red, not the children of a composite field.
        kind = next((k for k in _STYLED if isinstance(self.field, k)), None)
        if kind is not None:
            style = f"{kind.__name__} {{ border: 2px solid {ERROR_COLOUR}; }}" if text else ""
            self.field.setStyleSheet(style)


class FieldMessages:
    """The message lines of one form, by field name (the first part of a problem path)."""

    def __init__(self) -> None:
        self._fields: dict[str, FieldMessage] = {}

    def add(self, name: str, field: QWidget) -> QWidget:
        """Register `field` under `name`; returns the widget to put into the layout."""
        message = FieldMessage(field)
        self._fields[name] = message
        return message.container

    def label(self, name: str) -> QLabel:
        return self._fields[name].label

    def show(self, problems: Iterable[FieldNote]) -> list[FieldNote]:
        """Show each problem at its field; returns those no field of this form takes."""
        found: dict[str, list[str]] = {name: [] for name in self._fields}
        left = []
        for problem in problems:
            name = split_path(problem.path)[0]
            if name in found:
                found[name].append(problem.text)
            else:
                left.append(problem)
        for name, messages in found.items():
            self._fields[name].show(messages)
        return left


def set_read_only(root: QWidget) -> None:
    """Make every input under `root` read-only: texts stay selectable, nothing changes."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)
        elif isinstance(widget, QComboBox | QAbstractButton):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            model = widget.model()
            if hasattr(model, "set_editable"):
                model.set_editable(False)
