"""The keys of an unlocked vault: the master key and the data keys it unwraps on demand."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.tables import DataKey, utc_now
from neubeginn.model.errors import IntegrityError, VaultLocked

KIND_VAULT = "vault"  # the vault's own records: accounts, the agency directory
KIND_CASE = "case"  # one per case; destroying it shreds the case
KIND_SEARCH = "search"  # one per search bucket, replaced each time the bucket is written
KIND_MEMO = "memo"  # never stored: the key of a Memo, kept in memory over a lock
CACHED_KEYS = 2048


def _context(key_id: bytes, owner_uuid: str, kind: str) -> bytes:
    return crypto.associated_data("data_key", key_id, owner_uuid, kind)


@dataclass(frozen=True)
class Memo:
    """Data kept in memory while the vault is locked: sealed under a fresh key that only the
    master key unwraps, so it opens again after the next unlock and not before."""

    key_id: bytes
    owner_uuid: str
    wrapped_key: bytes
    sealed: bytes


class WrappedKey(Protocol):
    """A stored data key: a DataKey row, or a plain row of its columns."""

    @property
    def key_id(self) -> bytes: ...
    @property
    def owner_uuid(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def wrapped_key(self) -> bytes: ...


class Keyring:
    """Holds the master key while the vault is unlocked; `clear()` drops every key.

    Python cannot promise to wipe memory: clearing drops the references and overwrites the
    one mutable copy of the master key, which is the best the language allows.
    """

    def __init__(
        self,
        master_key_id: bytes,
        master_key: bytes,
        loader: Callable[[bytes], DataKey | None],
    ) -> None:
        self._master_raw = bytearray(master_key)
        self._master: crypto.AeadKey | None = crypto.AeadKey(master_key_id, master_key)
        self._loader = loader
        # Unwrapped data keys, most recently used last; bounded so that an unlocked vault
        # of 100,000 cases does not hold 100,000 key schedules in memory.
        self._keys: OrderedDict[bytes, crypto.AeadKey] = OrderedDict()

    @property
    def master_key_id(self) -> bytes:
        return self._require_master().key_id

    def master_key(self) -> bytes:
        """The raw master key, needed only to make a new key slot."""
        self._require_master()
        return bytes(self._master_raw)

    def _require_master(self) -> crypto.AeadKey:
        if self._master is None:
            raise VaultLocked
        return self._master

    def key(self, key_id: bytes) -> crypto.AeadKey:
        """The data key with this id, unwrapped on first use; KeyError if there is none."""
        self._require_master()
        found = self._keys.get(key_id)
        if found is not None:
            self._keys.move_to_end(key_id)
        else:
            row = self._loader(key_id)
            if row is None:
                raise KeyError(key_id)
            found = self.unwrap(row)
        return found

    def new_data_key(self, owner_uuid: str, kind: str) -> tuple[DataKey, crypto.AeadKey]:
        """A fresh data key for `owner_uuid`, and its row (wrapped by the master key)."""
        master = self._require_master()
        key_id, raw = crypto.new_key_id(), crypto.new_key()
        row = DataKey(
            key_id=key_id,
            owner_uuid=owner_uuid,
            kind=kind,
            wrapped_key=master.seal(raw, _context(key_id, owner_uuid, kind)),
            created_at=utc_now(),
        )
        key = crypto.AeadKey(key_id, raw)
        self._cache(key)
        return row, key

    def unwrap(self, row: WrappedKey) -> crypto.AeadKey:
        """Unwrap a stored data key; IntegrityError names it when it is not authentic."""
        master = self._require_master()
        try:
            raw = master.open(row.wrapped_key, _context(row.key_id, row.owner_uuid, row.kind))
        except (crypto.InvalidTag, ValueError):
            raise IntegrityError(
                f"data_key {row.key_id.hex()} ({row.kind} {row.owner_uuid})"
            ) from None
        key = crypto.AeadKey(row.key_id, raw)
        self._cache(key)
        return key

    def unwrap_uncached(self, key_id: bytes, owner_uuid: str, kind: str, wrapped: bytes) -> bytes:
        """The raw data key, not kept (bulk reads at unlock); raises InvalidTag/ValueError."""
        return self._require_master().open(wrapped, _context(key_id, owner_uuid, kind))

    def seal_memo(self, data: bytes, owner_uuid: str) -> Memo:
        """Seal `data` for `owner_uuid` to read after a lock and unlock (see Memo)."""
        master = self._require_master()
        key_id, raw = crypto.new_key_id(), crypto.new_key()
        wrapped = master.seal(raw, _context(key_id, owner_uuid, KIND_MEMO))
        sealed = crypto.AeadKey(key_id, raw).seal(data, crypto.associated_data("memo", owner_uuid))
        return Memo(key_id, owner_uuid, wrapped, sealed)

    def open_memo(self, memo: Memo, owner_uuid: str) -> bytes:
        """The data of a memo sealed for `owner_uuid`; IntegrityError for anyone else's, or
        for a memo of another vault."""
        master = self._require_master()
        try:
            raw = master.open(memo.wrapped_key, _context(memo.key_id, owner_uuid, KIND_MEMO))
            key = crypto.AeadKey(memo.key_id, raw)
            return key.open(memo.sealed, crypto.associated_data("memo", owner_uuid))
        except (crypto.InvalidTag, ValueError):
            raise IntegrityError("memo", Code.MEMO_FOREIGN) from None

    def _cache(self, key: crypto.AeadKey) -> None:
        self._keys[key.key_id] = key
        self._keys.move_to_end(key.key_id)
        while len(self._keys) > CACHED_KEYS:
            self._keys.popitem(last=False)

    def forget(self, key_id: bytes) -> None:
        self._keys.pop(key_id, None)

    def clear(self) -> None:
        for index in range(len(self._master_raw)):
            self._master_raw[index] = 0
        self._master = None
        self._keys.clear()
