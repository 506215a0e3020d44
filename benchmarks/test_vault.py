"""Vault figures: unlock time, and the cost of encrypted fields against plain ones.

Run: .venv/bin/python -m pytest benchmarks/test_vault.py --benchmark-only
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import Column, MetaData, String, Table, create_engine, insert, select

from neubeginn.model.core import crypto
from neubeginn.model.core.encrypted import Encrypted, FieldCipher
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import Vault

FIELDS = 100_000
PASSWORD = "Benchmark-Passwort 1"


@pytest.fixture(scope="module")
def default_vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    path = tmp_path_factory.mktemp("unlock") / "vault.sqlite"
    vault = Vault.create(
        sqlite_url(path),
        admin_username="admin",
        admin_display_name="Anna Admin",
        admin_password=PASSWORD,
    )  # the production KDF parameters, not the test floor
    vault.lock()
    return vault


def test_unlock(benchmark: Callable[..., object], default_vault: Vault) -> None:
    """Argon2id with the default parameters plus unwrapping the master key."""
    benchmark.pedantic(default_vault.unlock, args=("admin", PASSWORD), rounds=5, iterations=1)


metadata = MetaData()
plain = Table(
    "plain", metadata, Column("uuid", String(36), primary_key=True), Column("value", String)
)
sealed = Table(
    "sealed", metadata, Column("uuid", String(36), primary_key=True), Column("value", Encrypted)
)


class _Keys:
    def __init__(self, key: crypto.AeadKey) -> None:
        self._key = key

    def key(self, key_id: bytes) -> crypto.AeadKey:
        return self._key


def _names() -> list[tuple[str, str]]:
    return [(str(uuid.uuid4()), f"Al-Hassan, Muhammad {i} محمد الحسن") for i in range(FIELDS)]


def _run(path: Path, encrypt: bool) -> None:
    engine = create_engine(sqlite_url(path))
    metadata.create_all(engine)
    key = crypto.AeadKey(crypto.new_key_id(), crypto.new_key())
    cipher = FieldCipher(_Keys(key))
    column = SimpleNamespace(class_=SimpleNamespace(__tablename__="sealed"), key="value")
    rows = _names()
    with engine.begin() as connection:
        if encrypt:
            values = []
            for row_uuid, name in rows:
                holder = SimpleNamespace(uuid=row_uuid, value=None)
                cipher.seal_text(holder, column, key, name)  # type: ignore[arg-type]
                values.append({"uuid": row_uuid, "value": holder.value})
            connection.execute(insert(sealed), values)
        else:
            connection.execute(insert(plain), [{"uuid": u, "value": n} for u, n in rows])
    with engine.connect() as connection:
        table = sealed if encrypt else plain
        read = [
            cipher.open_text(row, column) if encrypt else row.value  # type: ignore[arg-type]
            for row in connection.execute(select(table))
        ]
    assert len(read) == FIELDS
    engine.dispose()
    path.unlink()


@pytest.mark.parametrize("encrypt", [False, True], ids=["plain", "encrypted"])
def test_write_and_read_100k_fields(
    benchmark: Callable[..., object], tmp_path: Path, encrypt: bool
) -> None:
    benchmark.pedantic(_run, args=(tmp_path / "fields.sqlite", encrypt), rounds=3, iterations=1)
