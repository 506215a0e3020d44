"""messages.describe words every typed model error in plain German."""

from __future__ import annotations

import pytest

from neubeginn.model.cases.cases import CaseProblems
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


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (WrongPassword(), "Benutzername oder Passwort falsch."),
        (AccessDenied("case.create", "counselling"), "darf Fälle anlegen nicht"),
        (IntegrityError("case 1234 header"), "case 1234 header"),
        (VaultLocked(), "gesperrt"),
        (InvalidInput("username", "zu kurz"), "username"),
        (NotFound("Keine Akte NB-2026-00001."), "NB-2026-00001"),
        (WeakKeySlot("below floor"), "Schlüsselplatz"),
        (SchemaTooNew("rev 9"), "neueren Version"),
        (FileNotFoundError(2, "missing", "/tmp/x.sqlite"), "/tmp/x.sqlite"),
        (RuntimeError("boom"), "RuntimeError"),
    ],
)
def test_every_error_is_worded(qapp: object, error: BaseException, expected: str) -> None:
    assert expected in messages.describe(error)


def test_case_problems_list_each_field(qapp: object) -> None:
    error = CaseProblems(
        [Problem("members[0].family_name", "fehlt"), Problem("issued_on", "in der Zukunft")]
    )
    text = messages.describe(error)
    assert "nichts wurde gespeichert" in text
    assert "members[0].family_name: fehlt" in text
    assert "issued_on: in der Zukunft" in text
