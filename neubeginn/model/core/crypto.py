"""Cryptographic primitives of the vault: Argon2id, AES-256-GCM and the sealed-blob format.

Only `cryptography` (>= 44, for Argon2id) is used; there is no fallback KDF on purpose.
A sealed blob is ``version(1) | key_id(16) | nonce(12) | ciphertext+tag`` so that every
ciphertext names the key it was made with; the associated data always includes that key id.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

try:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
except ImportError as error:  # pragma: no cover - depends on the installed cryptography
    raise ImportError(
        "Neubeginn needs cryptography >= 44 for Argon2id; refusing to run with a weaker KDF"
    ) from error

from neubeginn.model.errors import WeakKeySlot

KEY_BYTES = 32
KEY_ID_BYTES = 16
NONCE_BYTES = 12
SALT_BYTES = 16
TAG_BYTES = 16
BLOB_VERSION = 1
_HEADER = 1 + KEY_ID_BYTES + NONCE_BYTES

__all__ = [
    "KEY_BYTES",
    "KEY_ID_BYTES",
    "AeadKey",
    "InvalidTag",
    "KdfParams",
    "associated_data",
    "blob_key_id",
    "digest",
    "new_key",
    "new_key_id",
]


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters of one key slot; stored with it and covered by its tag."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    # RFC 9106's memory-constrained profile is the floor; security.md makes it binding.
    FLOOR_MEMORY_KIB = 64 * 1024
    FLOOR_ITERATIONS = 3
    FLOOR_LANES = 4

    @classmethod
    def fresh(cls, memory_kib: int, iterations: int, lanes: int = 4) -> KdfParams:
        params = cls(memory_kib, iterations, lanes, secrets.token_bytes(SALT_BYTES))
        params.check_floor()
        return params

    def check_floor(self) -> None:
        """Refuse parameters below the floor before any work is done with them."""
        if (
            self.memory_kib < self.FLOOR_MEMORY_KIB
            or self.iterations < self.FLOOR_ITERATIONS
            or self.lanes != self.FLOOR_LANES
            or len(self.salt) != SALT_BYTES
        ):
            raise WeakKeySlot(self.memory_kib, self.iterations, self.lanes)

    def derive(self, password: str) -> bytes:
        """The key-encryption key for this slot. Passwords are NFC-normalised so the same
        password typed on another keyboard layout or system still matches."""
        self.check_floor()
        kdf = Argon2id(
            salt=self.salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(unicodedata.normalize("NFC", password).encode("utf-8"))


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_key_id() -> bytes:
    return secrets.token_bytes(KEY_ID_BYTES)


def associated_data(*parts: str | bytes | int) -> bytes:
    """Unambiguous encoding of the context a ciphertext is bound to (length-prefixed parts)."""
    raws = [part if isinstance(part, bytes) else str(part).encode() for part in parts]
    return b"".join([len(raw).to_bytes(4, "big") + raw for raw in raws])


def digest(*parts: str | bytes | int) -> bytes:
    return hashlib.sha256(associated_data(*parts)).digest()


def blob_key_id(blob: bytes) -> bytes:
    """The key id a sealed blob names; ValueError when the blob is not well formed."""
    if len(blob) < _HEADER + TAG_BYTES or blob[0] != BLOB_VERSION:
        raise ValueError("not a sealed blob of a known version")
    return blob[1 : 1 + KEY_ID_BYTES]


class AeadKey:
    """An AES-256-GCM key with its key id. A fresh random 96-bit nonce per encryption."""

    __slots__ = ("_aead", "key_id")

    def __init__(self, key_id: bytes, key: bytes) -> None:
        if len(key) != KEY_BYTES or len(key_id) != KEY_ID_BYTES:
            raise ValueError("bad key or key id length")
        self.key_id = key_id
        self._aead = AESGCM(key)

    def seal(self, plaintext: bytes, context: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        header = bytes([BLOB_VERSION]) + self.key_id + nonce
        return header + self._aead.encrypt(nonce, plaintext, header[:-NONCE_BYTES] + context)

    def open(self, blob: bytes, context: bytes) -> bytes:
        """Decrypt a sealed blob; raises InvalidTag when anything about it is not authentic."""
        if blob_key_id(blob) != self.key_id:
            raise InvalidTag
        nonce = blob[1 + KEY_ID_BYTES : _HEADER]
        # The version byte and key id are part of the associated data as well.
        return self._aead.decrypt(nonce, blob[_HEADER:], blob[: 1 + KEY_ID_BYTES] + context)
