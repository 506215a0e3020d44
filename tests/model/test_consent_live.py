"""A consent withdrawn at one desk takes effect at once in counselling sessions already open.

Played as the review did (probe 5c): the counsellor signed in BEFORE the desk recorded the
withdrawal, and keeps working without locking.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from neubeginn.model.cases.tables import EntryRow
from neubeginn.model.core.tables import AuditEntry
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Action, Role
from neubeginn.model.domain.values import Agency, Consent
from neubeginn.model.errors import AccessDenied
from tests.model.factories import entry, household

PASSWORD = "Beratung-Passwort 1"


@pytest.fixture
def two_desks(vault: Vault) -> tuple[Vault, Vault, Agency, str]:
    """The admin's desk and a Caritas counsellor's desk, both unlocked, one shared case."""
    caritas = vault.agencies.add(Agency(name="Caritas (Test)"))
    case = vault.cases.create(
        household(consents=(Consent(dt.date(2026, 3, 2), True, True, (caritas.uuid,)),))
    )
    vault.accounts.create("beraterin", "Clara Berger", Role.COUNSELLING, PASSWORD, caritas.uuid)
    counsellor = Vault(vault.store, kdf=FLOOR_KDF)
    counsellor.unlock("beraterin", PASSWORD)
    assert counsellor.cases.get(case.number).number == case.number
    return vault, counsellor, caritas, case.number


def _withdraw(desk: Vault, number: str) -> None:
    case = desk.cases.get(number)
    withdrawn = tuple(
        dataclasses.replace(c, withdrawn_on=dt.date(2026, 4, 1)) for c in case.consents
    )
    desk.cases.update(dataclasses.replace(case, consents=withdrawn))


def _denials(vault: Vault, action: Action) -> int:
    with vault.store.read() as db:
        return int(
            db.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == action.value, AuditEntry.outcome == "denied")
            )
            or 0
        )


def test_open_after_withdrawal_is_refused_and_the_case_leaves_the_list(
    two_desks: tuple[Vault, Vault, Agency, str],
) -> None:
    desk, counsellor, _, number = two_desks
    _withdraw(desk, number)
    with pytest.raises(AccessDenied):
        counsellor.cases.get(number)
    assert number not in [s.number for s in counsellor.cases.summaries()]
    assert counsellor.cases.search("Al-Hassan") == []
    assert _denials(desk, Action.CASE_OPEN) == 1


def test_append_after_withdrawal_is_refused_and_writes_nothing(
    two_desks: tuple[Vault, Vault, Agency, str],
) -> None:
    desk, counsellor, caritas, number = two_desks
    _withdraw(desk, number)
    with desk.store.read() as db:
        before = db.scalar(select(func.count()).select_from(EntryRow))
    with pytest.raises(AccessDenied):
        counsellor.laufzettel.append(number, entry(caritas))
    with desk.store.read() as db:
        assert db.scalar(select(func.count()).select_from(EntryRow)) == before
    assert _denials(desk, Action.LAUFZETTEL_APPEND) == 1


def test_the_desk_itself_still_opens_the_case(
    two_desks: tuple[Vault, Vault, Agency, str],
) -> None:
    desk, _, _, number = two_desks
    _withdraw(desk, number)
    assert desk.cases.get(number).number == number
