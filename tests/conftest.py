"""Shared fixtures: a new vault per test, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from neubeginn.model.core.store import Store, sqlite_url
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
    home = str(tmp_path_factory.getbasetemp() / "home")  # each pytest-xdist worker has its own
    if os.environ.get("NEUBEGINN_TEST_HOME"):
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")  # "gw0", "gw1" …
        home = os.path.join(os.environ["NEUBEGINN_TEST_HOME"], worker)
    monkeypatch.setenv("NEUBEGINN_HOME", home)
    monkeypatch.setenv("NEUBEGINN_KDF", "floor")  # command-line tests: new slots at the floor
    # Font instances take seconds to build and hold nothing personal: keep them across runs.
    cache = Path(__file__).parent.parent / ".pytest_cache" / "neubeginn"
    monkeypatch.setenv("NEUBEGINN_CACHE", os.environ.get("NEUBEGINN_CACHE") or str(cache))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    with pg.cluster() as url:
        yield url


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """The name of a PostgreSQL database migrated once a session, for `db_url` to copy."""
    name = pg.migrated_template(pg_server)
    yield name
    pg.drop_database(pg_server, name)  # on a server of NEUBEGINN_TEST_PG's, nothing stays


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once a session, for `db_url` to copy. Never opened by a test."""
    path = tmp_path_factory.mktemp("sqlite-template") / "vault.sqlite"
    store = Store(sqlite_url(path), create=True)
    try:
        store.upgrade()
    finally:
        store.dispose()
    # Everything into the database file, so that copying that one file copies the schema.
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database for a new vault, with the newest schema and no vault in it: a copy of a
    template migrated once a session (migrating each test's own cost 0.1-0.4 s a test). A
    SQLite file, or a PostgreSQL database dropped after the test. Vault.create on an empty
    database, migrations included, is tested where a test creates its own database."""
    if request.param == "sqlite":
        path = tmp_path / "vault.sqlite"
        shutil.copy2(request.getfixturevalue("sqlite_template"), path)  # keeps mode 0600
        yield sqlite_url(path)
        return
    server = request.getfixturevalue("pg_server")
    url = pg.fresh_database(server, template=request.getfixturevalue("pg_template"))
    yield url
    pg.drop_database(server, pg.database_name(url))


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
