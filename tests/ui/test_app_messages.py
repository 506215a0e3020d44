"""messages.describe words every error in the UI language: the model's from its catalogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from neubeginn.model.cases.prepare import CaseProblems
from neubeginn.model.codes import Code
from neubeginn.model.domain.validation import Problem
from neubeginn.model.errors import (
    AccessDenied,
    IntegrityError,
    InvalidInput,
    NotFound,
    SchemaTooNew,
    VaultLocked,
    WeakKeySlot,
    WrongPassword,
)
from neubeginn.ui import messages
from neubeginn.ui.i18n import install_translators, remove_translators


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (WrongPassword(), "Benutzername oder Passwort falsch."),
        (AccessDenied("case.create", "counselling"), "darf Fälle anlegen nicht"),
        (IntegrityError("case 1234 header"), "case 1234 header"),
        (VaultLocked(), "gesperrt"),
        (InvalidInput("username", Code.USERNAME_EMPTY), "(username): Der Benutzername darf"),
        (NotFound(Code.NO_SUCH_CASE, number="NB-2026-00001"), "Keine Akte NB-2026-00001."),
        (WeakKeySlot(8192, 1, 1), "Schlüsselplatz"),
        (SchemaTooNew("9999"), "neueren Version"),
        (FileNotFoundError(2, "missing", "/tmp/x.sqlite"), "/tmp/x.sqlite"),
        (RuntimeError("boom"), "RuntimeError"),
    ],
)
def test_every_error_is_worded(qapp: object, error: BaseException, expected: str) -> None:
    assert expected in messages.describe(error)


def test_case_problems_list_each_field(qapp: object) -> None:
    error = CaseProblems(
        [
            Problem("members[0].family_name", Code.FAMILY_NAME_MISSING),
            Problem("issued_on", Code.DATE_IN_FUTURE),
        ]
    )
    text = messages.describe(error)
    assert "nichts wurde gespeichert" in text
    assert "members[0].family_name: Der Familienname fehlt." in text
    assert "issued_on: Das Datum liegt in der Zukunft." in text


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


def test_the_english_ui_words_model_errors_in_english(english: None) -> None:
    assert messages.describe(WrongPassword()) == "Wrong user name or password."
    denied = messages.describe(AccessDenied("laufzettel.append", "print"))
    assert denied == "Not permitted: your role may not write routing slip entries."
    error = CaseProblems([Problem("members[0].birth_date", Code.BIRTH_DATE_IN_FUTURE)])
    assert messages.describe(error) == (
        "Invalid details, nothing was saved.\n"
        "• members[0].birth_date: The date of birth is in the future."
    )
