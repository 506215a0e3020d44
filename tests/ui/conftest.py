"""UI fixtures: a small vault with one account per role, and the background runner."""

from __future__ import annotations

import dataclasses
import gc
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.domain.values import Member, Sex
from neubeginn.ui.worker import BackgroundRunner
from tests.model.factories import entry, fill_directory, household, member

PASSWORDS = {
    "admin": "Admin-Passwort 1",
    "schalter": "Schalter-Passwort 1",
    "caritas": "Caritas-Passwort 1",
    "druck": "Druck-Passwort 1",
}


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """As the application does (worker.MainThreadCollector): no automatic collection, which
    could run in the worker thread and free Qt objects of the GUI thread there; the garbage
    of the test is collected here, on the GUI thread.

    What lived before the test (modules, caches: half a million objects late in the suite)
    is frozen meanwhile, so that collection walks only what the test made, not the whole
    heap again (a second a test)."""
    enabled = gc.isenabled()
    gc.disable()
    gc.freeze()
    yield
    gc.collect()
    gc.unfreeze()
    if enabled:
        gc.enable()


@pytest.fixture(scope="session")
def ui_vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The UI tests' vault, built once a session: four Argon2id key slots cost seconds, and
    every test copies this file instead (`ui_vault_path`). Never opened by a test itself."""
    path = tmp_path_factory.mktemp("ui-vault-template") / "vault.sqlite"
    vault = Vault.create(
        sqlite_url(path),
        admin_username="admin",
        admin_display_name="Anna Admin",
        admin_password=PASSWORDS["admin"],
        kdf=FLOOR_KDF,
    )
    caritas = fill_directory(vault)["Caritasverband Herne e.V."]  # a new vault has none
    vault.accounts.create("schalter", "Sven Schalter", Role.DESK, PASSWORDS["schalter"])
    vault.accounts.create(
        "caritas", "Clara Berger", Role.COUNSELLING, PASSWORDS["caritas"], caritas.uuid
    )
    vault.accounts.create("druck", "Paul Druck", Role.PRINT, PASSWORDS["druck"])
    vault.cases.create(dataclasses.replace(household(), laufzettel=(entry(caritas),)))
    vault.cases.create(household(member("Rahimi", "Zahra", "زهرا رحیمی", nationality="AF")))
    ukrainian: Member = member(
        "Petrenko", "Olena", "Олена Петренко", nationality="UA", sex=Sex.FEMALE
    )
    vault.cases.create(household(ukrainian))
    vault.close()
    # Everything into the database file, so that copying that one file copies the vault.
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def ui_vault_path(ui_vault_template: Path, tmp_path: Path) -> Path:
    """A SQLite vault of this test's own: admin, desk "schalter", counselling "caritas",
    print "druck"; three households (Al-Hassan with two Laufzettel entries, Rahimi,
    Petrenko). Locked."""
    path = tmp_path / "vault.sqlite"
    shutil.copy2(ui_vault_template, path)  # copy2 keeps the owner-only permissions
    return path


@pytest.fixture
def ui_vault(ui_vault_path: Path) -> Iterator[Vault]:
    """The same vault opened, locked, with the test KDF floor for new slots."""
    vault = Vault.open(sqlite_url(ui_vault_path), kdf=FLOOR_KDF)
    yield vault
    vault.close()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[BackgroundRunner]:
    background = BackgroundRunner()
    yield background
    background.wait_idle()
    background.shutdown()
