"""The database under the vault: SQLite file (default) or PostgreSQL, and its migrations.

SQLite runs in WAL mode with synchronous=FULL and secure_delete, its files readable by the
owner only; write transactions take the write lock up front (BEGIN IMMEDIATE) so two
processes never deadlock halfway. The schema is made and upgraded only by Alembic; an
existing SQLite vault is copied before every upgrade.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
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

from neubeginn.model.codes import Code
from neubeginn.model.errors import IntegrityError, InvalidInput, SchemaTooNew, SchemaTooOld

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
        raise InvalidInput("url", Code.PASSWORD_IN_URL)


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
    ).fetchone()
    return found is not None


def _bucket_of(connection: sqlite3.Connection, case_uuid: str) -> list[str]:
    """The search bucket that holds the case in a backup (none before revision 0003)."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(case_file)")}
    if "bucket" not in columns:
        return []
    row = connection.execute("SELECT bucket FROM case_file WHERE uuid = ?", (case_uuid,)).fetchone()
    return [row[0]] if row and row[0] else []


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

    def check_revision(self) -> None:
        """SchemaTooNew or SchemaTooOld unless the schema is this program's; reads only."""
        current = self.schema_revision()
        script = ScriptDirectory.from_config(self._alembic_config())
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise SchemaTooNew(str(current))
        if current is not None and current != self.head_revision():  # None: not a vault
            self.dispose()
            raise SchemaTooOld(str(current), self.head_revision())

    def upgrade(self, target: str = "head") -> Path | None:
        """Bring the schema to `target` (the newest revision); returns the backup made
        first, if any."""
        current = self.schema_revision()
        script = ScriptDirectory.from_config(self._alembic_config())
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise SchemaTooNew(str(current))
        if current == (script.get_current_head() if target == "head" else target):
            return None
        backup = self._backup(current) if current is not None else None
        config = self._alembic_config()
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, target)
        return backup

    def backups(self) -> list[Path]:
        """The copies this store made of itself before upgrades (SQLite only)."""
        if self.path is None:
            return []
        return sorted(self.path.parent.glob(f"{glob.escape(self.path.name)}.before-upgrade-*"))

    def shred_in_backups(self, owner_uuid: str) -> list[Path]:
        """Delete the data keys of case `owner_uuid` from every backup this store made, so
        the erased case is unreadable there too (crypto-shredding, review 7d): its own key,
        and the key of the search bucket that held a copy of its names. The bucket's other
        cases lose only that copy; an unlock of the backup files them again from their own
        records. Freed pages are overwritten (secure_delete) and the file rewritten (VACUUM),
        so the key bytes are gone from disk. Returns the backups changed."""
        changed = []
        for backup in self.backups():
            connection = sqlite3.connect(backup, isolation_level=None)
            try:
                connection.execute("PRAGMA secure_delete=ON")
                owners = [owner_uuid, *_bucket_of(connection, owner_uuid)]
                marks = ",".join("?" * len(owners))
                deleted = connection.execute(
                    f"DELETE FROM data_key WHERE owner_uuid IN ({marks})",  # noqa: S608 - placeholders only
                    owners,
                ).rowcount
                if _has_table(connection, "key_grant"):  # backups of revision 0005 or later
                    deleted += connection.execute(
                        "DELETE FROM key_grant WHERE owner_uuid = ?", [owner_uuid]
                    ).rowcount
                if deleted:
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    connection.execute("VACUUM")
                    changed.append(backup)
            except sqlite3.Error as error:
                raise IntegrityError(
                    f"backup {backup}", Code.BACKUP_KEY_KEPT, detail=str(error)
                ) from None
            finally:
                connection.close()
        return changed

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
