"""The encrypted column type every personal field is stored in, and the cipher that fills it.

A column declared ``mapped_column(Encrypted)`` holds a :class:`Sealed` blob. The
:class:`FieldCipher` seals and opens such a field bound to its place: the associated data
names the table, the column, the row's UUID and the key id, so a ciphertext copied to
another row or column fails to open. Opening never crashes a query: the blob is parsed and
authenticated only when a field is read, and a damaged field raises
:class:`~neubeginn.model.errors.IntegrityError` naming that record alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import LargeBinary
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.types import TypeDecorator

from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.errors import IntegrityError


@dataclass(frozen=True)
class Sealed:
    """The stored bytes of one encrypted field (see crypto for the layout)."""

    raw: bytes

    @property
    def key_id(self) -> bytes:
        return crypto.blob_key_id(self.raw)


class Encrypted(TypeDecorator[Sealed]):
    """Column type of encrypted fields: binary in the database, :class:`Sealed` in Python."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: Sealed | None, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        if not isinstance(value, Sealed):
            # A plain value reaching the database would be a plaintext leak: refuse it.
            raise TypeError("encrypted columns accept only Sealed values")
        return value.raw

    def process_result_value(self, value: bytes | str | None, dialect: Dialect) -> Sealed | None:
        if value is None:
            return None
        if isinstance(value, str):  # text where a blob belongs: damaged, still report it
            return Sealed(value.encode("utf-8", "surrogateescape"))
        return Sealed(bytes(value))


Bind = tuple[str | bytes | int, ...]


class KeyLookup(Protocol):
    """Finds the unwrapped key a blob names (the keyring of an unlocked vault)."""

    def key(self, key_id: bytes) -> crypto.AeadKey: ...


class _HasUuid(Protocol):
    uuid: str


class FieldCipher:
    """Seals and opens encrypted fields of mapped rows, bound to table, column and row."""

    def __init__(self, keys: KeyLookup) -> None:
        self._keys = keys

    @staticmethod
    def _context(
        row: _HasUuid, column: InstrumentedAttribute[Any], key_id: bytes, bind: Bind
    ) -> bytes:
        table = column.class_.__tablename__
        return crypto.associated_data(table, column.key, row.uuid, key_id, *bind)

    def seal(
        self,
        row: _HasUuid,
        column: InstrumentedAttribute[Any],
        key: crypto.AeadKey,
        value: bytes,
        bind: Bind = (),
    ) -> None:
        """Encrypt `value` with `key` into `column` of `row` (the row's uuid must be set).
        `bind` adds further context the ciphertext is tied to (e.g. a chain position)."""
        if not row.uuid:
            raise ValueError("a row needs its uuid before a field can be sealed")
        sealed = Sealed(key.seal(value, self._context(row, column, key.key_id, bind)))
        setattr(row, column.key, sealed)

    def open(self, row: _HasUuid, column: InstrumentedAttribute[Any], bind: Bind = ()) -> bytes:
        """Decrypt `column` of `row`; IntegrityError names the record if it is not authentic."""
        table = column.class_.__tablename__
        record = f"{table} {row.uuid} [{column.key}]"
        sealed: Sealed | None = getattr(row, column.key)
        if sealed is None:
            raise IntegrityError(record, Code.FIELD_MISSING)
        try:
            key_id = sealed.key_id
        except ValueError:
            raise IntegrityError(record, Code.MALFORMED_CIPHERTEXT) from None
        try:
            key = self._keys.key(key_id)
        except KeyError:
            raise IntegrityError(record, Code.UNKNOWN_KEY_ID, key=key_id.hex()) from None
        try:
            return key.open(sealed.raw, self._context(row, column, key_id, bind))
        except crypto.InvalidTag:
            raise IntegrityError(record) from None

    def seal_text(
        self, row: _HasUuid, column: InstrumentedAttribute[Any], key: crypto.AeadKey, text: str
    ) -> None:
        self.seal(row, column, key, text.encode("utf-8"))

    def open_text(self, row: _HasUuid, column: InstrumentedAttribute[Any]) -> str:
        return self.open(row, column).decode("utf-8")

    def seal_json(
        self,
        row: _HasUuid,
        column: InstrumentedAttribute[Any],
        key: crypto.AeadKey,
        value: Any,
        bind: Bind = (),
    ) -> None:
        raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        self.seal(row, column, key, raw.encode("utf-8"), bind)

    def open_json(self, row: _HasUuid, column: InstrumentedAttribute[Any], bind: Bind = ()) -> Any:
        raw = self.open(row, column, bind)
        try:
            return json.loads(raw)
        except ValueError:
            # Authentic but not JSON can only come from a bug; still name the record.
            table = column.class_.__tablename__
            raise IntegrityError(f"{table} {row.uuid} [{column.key}]", Code.NOT_JSON) from None
