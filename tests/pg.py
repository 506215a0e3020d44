"""A throw-away PostgreSQL cluster for the tests: a temporary folder, 127.0.0.1 only.

NEUBEGINN_TEST_PG (a server URL such as postgresql+psycopg://user@127.0.0.1:5432/postgres,
PostgreSQL 15 or newer) uses an existing server instead. Without either, the PostgreSQL
tests fail with a message saying what to install: the suite claims PostgreSQL, so it never
skips it quietly.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg

from neubeginn.model.core.store import Store

INSTALL_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl) not found. Install Debian's 'postgresql' "
    "package (.ci/run does) or set NEUBEGINN_TEST_PG to a server URL."
)


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root; the Debian package brings the 'postgres' user."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def _start(bin_dir: Path, data: Path, sockets: Path, log: Path) -> int:
    """Start the server on a free port; returns the port. Between _free_port() and the
    server's bind another process may take that port (the other test worker starting its
    own cluster, another run on the machine), so a start that found it taken is tried again
    on another."""
    for _ in range(5):
        port = _free_port()
        logged = log.stat().st_size if log.exists() else 0
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} "
            f"-c unix_socket_directories={sockets} -c fsync=on -c max_connections=200"
        )
        pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(log)]
        started = subprocess.run(
            _as_server_user([*pg_ctl, "start"]),
            check=False,
            capture_output=True,
        )
        if started.returncode == 0:
            return port
        with log.open("rb") as handle:
            handle.seek(logged)
            if b"Address already in use" not in handle.read():
                break
    raise subprocess.CalledProcessError(
        started.returncode, started.args, started.stdout, started.stderr
    )


@contextlib.contextmanager
def cluster() -> Iterator[str]:
    """Yields a superuser URL (psycopg form, without driver prefix) of a running server."""
    existing = os.environ.get("NEUBEGINN_TEST_PG")
    if existing:
        yield existing.replace("postgresql+psycopg://", "postgresql://")
        return
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError(INSTALL_HINT)
    root = Path(tempfile.mkdtemp(prefix="neubeginn-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (root, sockets):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    subprocess.run(
        _as_server_user(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data),
                "-U",
                "neubeginn",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ]
        ),
        check=True,
        capture_output=True,
    )
    port = _start(bin_dir, data, sockets, root / "server.log")
    url = f"postgresql://neubeginn@127.0.0.1:{port}/postgres"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                psycopg.connect(url).close()
                break
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield url
    finally:
        # A throw-away cluster needs no clean shutdown (immediate); waiting (-w) until the
        # server is gone, a moment, means rmtree never races its last writes.
        subprocess.run(
            _as_server_user(
                [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            ),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def _new_name() -> str:
    return "t_" + uuid.uuid4().hex[:16]


def _sqlalchemy_url(server_url: str, name: str) -> str:
    base = server_url.rsplit("/", 1)[0]
    return base.replace("postgresql://", "postgresql+psycopg://") + "/" + name


def fresh_database(server_url: str, template: str = "template1") -> str:
    """Create a database on the server, a copy of `template` (by default empty); returns its
    SQLAlchemy URL."""
    name = _new_name()
    with psycopg.connect(server_url, autocommit=True) as connection:
        # WAL_LOG (the default since PostgreSQL 15) copies block by block without the two
        # checkpoints of FILE_COPY, which cost more than the small template itself.
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY WAL_LOG')
    return _sqlalchemy_url(server_url, name)


def migrated_template(server_url: str) -> str:
    """A database with the newest schema and no vault in it, to copy (`fresh_database`)
    instead of migrating each test's database again; returns its name."""
    name = _new_name()
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    store = Store(_sqlalchemy_url(server_url, name))
    try:
        store.upgrade()
    finally:
        store.dispose()
    with psycopg.connect(server_url, autocommit=True) as connection:
        # Nobody may change it once tests copy it.
        connection.execute(f'ALTER DATABASE "{name}" IS_TEMPLATE true ALLOW_CONNECTIONS false')
    return name


def drop_database(server_url: str, name: str) -> None:
    """Drop a test's database (and the connections a test left open), so the cluster stays
    small: removing it at the end of the run then takes a moment, not seconds per hundred
    databases."""
    with psycopg.connect(server_url, autocommit=True) as connection:
        connection.execute(f'ALTER DATABASE "{name}" IS_TEMPLATE false')
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def database_name(url: str) -> str:
    return url.rsplit("/", 1)[1]
