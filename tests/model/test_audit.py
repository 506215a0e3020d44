"""The audit log: what is recorded, who may read it, and that nobody can edit it."""

from __future__ import annotations

import pytest
import sqlalchemy
from sqlalchemy import text

from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.errors import AccessDenied, WrongPassword
from tests import pg
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_logins_failures_changes_and_denials_are_recorded(vault: Vault) -> None:
    vault.accounts.create("paula", "Paula Print", Role.PRINT, "Druck-Passwort 1")
    vault.lock()
    again = Vault(vault.store, kdf=FLOOR_KDF)
    with pytest.raises(WrongPassword):
        again.unlock("paula", "falsch-falsch")
    again.unlock("paula", "Druck-Passwort 1")
    with pytest.raises(AccessDenied):
        again.accounts.list()
    again.unlock(ADMIN, ADMIN_PASSWORD)
    log = [(e.username, e.action, e.outcome) for e in again.audit.entries()]
    assert log == [
        ("admin", "account.create", "ok"),
        ("admin", "account.create", "ok"),
        ("paula", "login.failed", "failed"),
        ("paula", "login", "ok"),
        ("paula", "account.list", "denied"),
        ("admin", "login", "ok"),
    ]


def test_reading_the_log_is_recorded_too(vault: Vault) -> None:
    vault.audit.entries()
    assert vault.audit.entries()[-1].action == "audit.read"


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET action = 'login'", "DELETE FROM audit_log"],
)
def test_database_refuses_to_edit_the_log(vault: Vault, statement: str) -> None:
    before = len(vault.audit.entries())
    with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):  # noqa: SIM117
        with vault.store.write() as db:
            db.execute(text(statement))
    assert len(vault.audit.entries()) == before + 1


def test_postgres_refuses_truncate_of_the_log(pg_server: str) -> None:
    """TRUNCATE bypasses row triggers on PostgreSQL (SQLite has no TRUNCATE)."""
    vault = Vault.create(
        pg.fresh_database(pg_server),
        admin_username=ADMIN,
        admin_display_name="Anna Admin",
        admin_password=ADMIN_PASSWORD,
        kdf=FLOOR_KDF,
    )
    try:
        with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"):  # noqa: SIM117
            with vault.store.write() as db:
                db.execute(text("TRUNCATE audit_log"))
        assert vault.audit.entries()[0].action == "account.create"
    finally:
        vault.close()
