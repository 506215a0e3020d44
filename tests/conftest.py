"""Shared fixtures: a fresh vault per test, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.values import Agency
from tests import pg
from tests.model.factories import fill_directory

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-Passwort 1"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the real user folders (vault, font cache live under NEUBEGINN_HOME)."""
    home = os.environ.get("NEUBEGINN_TEST_HOME") or str(tmp_path_factory.getbasetemp() / "home")
    monkeypatch.setenv("NEUBEGINN_HOME", home)
    monkeypatch.setenv("NEUBEGINN_KDF", "floor")  # command-line tests: new slots at the floor
    # Font instances take seconds to build and hold nothing personal: keep them across runs.
    cache = Path(__file__).parent.parent / ".pytest_cache" / "neubeginn"
    monkeypatch.setenv("NEUBEGINN_CACHE", os.environ.get("NEUBEGINN_CACHE") or str(cache))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    with pg.cluster() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database for a new vault: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "vault.sqlite")
    return pg.fresh_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def sqlite_vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault.sqlite"


@pytest.fixture
def vault(db_url: str) -> Iterator[Vault]:
    """A new vault, unlocked as its first admin."""
    created = Vault.create(
        db_url,
        admin_username=ADMIN,
        admin_display_name="Anna Admin",
        admin_password=ADMIN_PASSWORD,
        kdf=FLOOR_KDF,
    )
    yield created
    created.close()


@pytest.fixture
def directory(vault: Vault) -> dict[str, Agency]:
    """A few agencies in the vault's directory (a new vault has none), by name."""
    return fill_directory(vault)
