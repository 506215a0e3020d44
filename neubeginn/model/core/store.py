"""The database under the vault: SQLite file (default) or PostgreSQL, and its migrations.

SQLite runs in WAL mode with synchronous=FULL and secure_delete, its files readable by the
owner only; write transactions take the write lock up front (BEGIN IMMEDIATE) so two
processes never deadlock halfway. The schema is made and upgraded only by Alembic; an
existing SQLite vault is copied before every upgrade.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from neubeginn.model.errors import InvalidInput, SchemaTooNew

_MIGRATIONS = Path(__file__).with_name("migrations")
_WRITE = "neubeginn_write"


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def _create_private_file(path: Path) -> None:
    """Create an empty file readable by the owner only, before SQLite writes a byte to it.
    SQLite gives its -wal and -shm files the same permissions as the database file."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _lenient_text(raw: bytes) -> str:
    # A damaged or forged file may hold bytes that are not UTF-8 where text is expected;
    # failing the whole query would make every other record unreadable too.
    return raw.decode("utf-8", "surrogateescape")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin
    dbapi_connection.text_factory = _lenient_text
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        "foreign_keys=ON",
        "secure_delete=ON",  # deleted rows (e.g. a shredded case key) are overwritten
        "busy_timeout=10000",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _refuse_password(url: URL) -> None:
    """A database password never travels in a URL: any local user reads a command line in
    /proc/<pid>/cmdline, and a URL is remembered in the recent-vault list (review 6b).
    libpq finds it in ~/.pgpass (PGPASSFILE) or a pg_service.conf service instead."""
    if url.password is not None or any(key.lower() == "password" for key in url.query):
        raise InvalidInput(
            "url",
            "Die Datenbank-URL enthält ein Passwort. Bitte das Passwort in ~/.pgpass "
            "(oder der Datei aus PGPASSFILE) hinterlegen und die URL ohne Passwort angeben.",
        )


class Store:
    """An engine plus the sessions and migrations the services use."""

    def __init__(self, url: str, *, create: bool = False) -> None:
        self.url = make_url(url)
        _refuse_password(self.url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.path: Path | None = None
        if self.is_sqlite:
            if not self.url.database or self.url.database == ":memory:":
                raise ValueError("an in-memory SQLite database cannot hold a vault")
            self.path = Path(self.url.database)
            if not self.path.exists():
                if not create:
                    raise FileNotFoundError(f"no vault at {self.path}")
                _create_private_file(self.path)
        self.engine: Engine = create_engine(self.url, future=True)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._write_engine = self.engine.execution_options(**{_WRITE: True})

    def display_name(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    # -- migrations ---------------------------------------------------------------------

    def _alembic_config(self) -> Config:
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        return config

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def head_revision(self) -> str:
        head = ScriptDirectory.from_config(self._alembic_config()).get_current_head()
        assert head is not None
        return head

    def needs_upgrade(self) -> bool:
        return self.schema_revision() != self.head_revision()

    def upgrade(self) -> Path | None:
        """Bring the schema to the newest revision; returns the backup made first, if any."""
        current = self.schema_revision()
        script = ScriptDirectory.from_config(self._alembic_config())
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise SchemaTooNew(f"schema revision {current} is newer than this Neubeginn")
        if current == script.get_current_head():
            return None
        backup = self._backup(current) if current is not None else None
        config = self._alembic_config()
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return backup

    def _backup(self, revision: str) -> Path | None:
        """A consistent copy of the SQLite vault (WAL included), owner-only, fsynced."""
        if self.path is None:
            return None  # PostgreSQL: the operator's pg_dump routine covers upgrades
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.before-upgrade-{revision}-{stamp}")
        _create_private_file(target)
        source = sqlite3.connect(self.path)
        try:
            destination = sqlite3.connect(target)
            with destination:
                source.backup(destination)
            destination.close()
        finally:
            source.close()
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
        return target
