"""The keys of an unlocked vault: the master key and the data keys it unwraps on demand
(admin, desk and print accounts), or an agency's key and the keys granted to it
(counselling accounts, `AgencyKeyring`): an agency's process never holds the master key."""

from __future__ import annotations

import hmac
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
KIND_OFFICE = "office"  # the issuing side's X25519 private key; grants are made with it
KIND_AGENCY = "agency"  # one per agency: its X25519 private key, escrowed under the master key
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


def wrap_data_key(master_id: bytes, master_raw: bytes, row: WrappedKey, raw: bytes) -> bytes:
    """A data key's row content wrapped under a master key (also a new one, in rotation)."""
    return crypto.AeadKey(master_id, master_raw).seal(
        raw, _context(row.key_id, row.owner_uuid, row.kind)
    )


class _Memos:
    """Memos sealed under the keyring's wrapping key: the master key, or an agency's grant
    key; both are derived again at the next unlock of the same account, and not before."""

    def _wrapping(self) -> crypto.AeadKey:
        raise NotImplementedError

    def seal_memo(self, data: bytes, owner_uuid: str) -> Memo:
        """Seal `data` for `owner_uuid` to read after a lock and unlock (see Memo)."""
        master = self._wrapping()
        key_id, raw = crypto.new_key_id(), crypto.new_key()
        wrapped = master.seal(raw, _context(key_id, owner_uuid, KIND_MEMO))
        sealed = crypto.AeadKey(key_id, raw).seal(data, crypto.associated_data("memo", owner_uuid))
        return Memo(key_id, owner_uuid, wrapped, sealed)

    def open_memo(self, memo: Memo, owner_uuid: str) -> bytes:
        """The data of a memo sealed for `owner_uuid`; IntegrityError for anyone else's, or
        for a memo of another vault."""
        master = self._wrapping()
        try:
            raw = master.open(memo.wrapped_key, _context(memo.key_id, owner_uuid, KIND_MEMO))
            key = crypto.AeadKey(memo.key_id, raw)
            return key.open(memo.sealed, crypto.associated_data("memo", owner_uuid))
        except (crypto.InvalidTag, ValueError):
            raise IntegrityError("memo", Code.MEMO_FOREIGN) from None


class Keyring(_Memos):
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

    _wrapping = _require_master

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
        row, raw = self.new_secret(owner_uuid, kind)
        key = crypto.AeadKey(row.key_id, raw)
        self._cache(key)
        return row, key

    def new_secret(self, owner_uuid: str, kind: str) -> tuple[DataKey, bytes]:
        """32 fresh random bytes (an AES key, or an X25519 private key), wrapped in a row."""
        master = self._require_master()
        key_id, raw = crypto.new_key_id(), crypto.new_key()
        row = DataKey(
            key_id=key_id,
            owner_uuid=owner_uuid,
            kind=kind,
            wrapped_key=master.seal(raw, _context(key_id, owner_uuid, kind)),
            created_at=utc_now(),
        )
        return row, raw

    def secret(self, row: WrappedKey) -> bytes:
        """The raw bytes of a stored key (to wrap it for an agency, or an X25519 key)."""
        try:
            return self.unwrap_uncached(row.key_id, row.owner_uuid, row.kind, row.wrapped_key)
        except (crypto.InvalidTag, ValueError):
            raise IntegrityError(
                f"data_key {row.key_id.hex()} ({row.kind} {row.owner_uuid})"
            ) from None

    def certify(self, *parts: str | bytes | int) -> bytes:
        """A MAC under a key derived from the master key: only its holders can make one."""
        self._require_master()
        mac_key = crypto.derive_key(bytes(self._master_raw), "certify")
        return hmac.digest(mac_key, crypto.associated_data(*parts), "sha256")

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

    def rotated(self, master_key_id: bytes, master_key: bytes) -> Keyring:
        """A keyring of a new master key that keeps the data keys already unwrapped (they
        do not change; the transaction rotating the master may still need them)."""
        successor = Keyring(master_key_id, master_key, self._loader)
        successor._keys = OrderedDict(self._keys)
        return successor

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


def grant_context(owner_uuid: str, agency_uuid: str, key_id: bytes, agency_key_id: bytes) -> bytes:
    """What a data key wrapped for an agency (a KeyGrant row) is bound to."""
    return crypto.associated_data("key_grant", owner_uuid, agency_uuid, key_id, agency_key_id)


def grant_kek(
    vault_uuid: str, office_key_id: bytes, agency_key_id: bytes, own: bytes, peer: bytes
) -> crypto.AeadKey:
    """The key the office and one agency share: the office computes it from its private key
    and the agency's public one, the agency from its private key and the office's public."""
    raw = crypto.shared_key(own, peer, vault_uuid, office_key_id, agency_key_id)
    return crypto.AeadKey(agency_key_id, raw)


class GrantedKey(Protocol):
    """A stored KeyGrant row, or a plain row of its columns."""

    @property
    def owner_uuid(self) -> str: ...
    @property
    def agency_uuid(self) -> str: ...
    @property
    def key_id(self) -> bytes: ...
    @property
    def agency_key_id(self) -> bytes: ...
    @property
    def wrapped_key(self) -> bytes: ...


@dataclass(frozen=True)
class AgencySecret:
    """What a counselling account's key wrap holds: its agency's X25519 private key, and the
    office's public key to derive the grant key with."""

    agency_key_id: bytes
    agency_private: bytes
    office_key_id: bytes
    office_public: bytes

    def pack(self) -> bytes:
        return self.agency_key_id + self.agency_private + self.office_key_id + self.office_public

    @classmethod
    def unpack(cls, raw: bytes) -> AgencySecret:
        ids, keys = crypto.KEY_ID_BYTES, crypto.KEY_BYTES
        if len(raw) != 2 * (ids + keys):
            raise ValueError("not an agency secret")
        return cls(raw[:ids], raw[ids : ids + keys], raw[ids + keys : 2 * ids + keys], raw[-keys:])


class AgencyKeyring(_Memos):
    """The keys of a counselling account: the data keys granted to its agency, each unwrapped
    on first use with the one key the agency shares with the office. It cannot make, unwrap
    or wrap anything else; there is no master key in it to reach for."""

    def __init__(
        self,
        vault_uuid: str,
        agency_uuid: str,
        secret: AgencySecret,
        loader: Callable[[str, bytes], GrantedKey | None],
    ) -> None:
        self.agency_uuid = agency_uuid
        self.agency_key_id = secret.agency_key_id
        self._kek: crypto.AeadKey | None = grant_kek(
            vault_uuid,
            secret.office_key_id,
            secret.agency_key_id,
            secret.agency_private,
            secret.office_public,
        )
        self._loader = loader
        self._keys: OrderedDict[bytes, crypto.AeadKey] = OrderedDict()

    def _require_kek(self) -> crypto.AeadKey:
        if self._kek is None:
            raise VaultLocked
        return self._kek

    _wrapping = _require_kek

    def key(self, key_id: bytes) -> crypto.AeadKey:
        """A data key granted to this agency; KeyError if there is no grant for it."""
        self._require_kek()
        found = self._keys.get(key_id)
        if found is None:
            row = self._loader(self.agency_uuid, key_id)
            if row is None:
                raise KeyError(key_id)
            found = crypto.AeadKey(key_id, self.open_grant(row))
            self._keys[key_id] = found
            while len(self._keys) > CACHED_KEYS:
                self._keys.popitem(last=False)
        return found

    def open_grant(self, row: GrantedKey) -> bytes:
        """The raw data key of a grant to this agency; IntegrityError if it is not authentic."""
        kek = self._require_kek()
        context = grant_context(row.owner_uuid, row.agency_uuid, row.key_id, row.agency_key_id)
        try:
            if row.agency_uuid != self.agency_uuid or row.agency_key_id != self.agency_key_id:
                raise ValueError("not granted to this agency key")
            return kek.open(row.wrapped_key, context)
        except (crypto.InvalidTag, ValueError):
            raise IntegrityError(
                f"key_grant {row.owner_uuid} ({row.agency_uuid})", Code.RECORD_DAMAGED
            ) from None

    def forget(self, key_id: bytes) -> None:
        self._keys.pop(key_id, None)

    def clear(self) -> None:
        self._kek = None
        self._keys.clear()


type AnyKeyring = Keyring | AgencyKeyring
