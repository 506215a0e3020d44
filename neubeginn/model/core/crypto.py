"""Cryptographic primitives of the vault: Argon2id, AES-256-GCM, X25519 and the blob format.

Only `cryptography` (>= 44, for Argon2id) is used; there is no fallback KDF on purpose.
X25519 lets one party wrap a key for another knowing only its public key: for an account
(`seal_to`, ephemeral-static, as in HPKE's base mode) and from the issuing office to an
agency (`shared_key`, static-static, so an agency derives one key per office at unlock).
A sealed blob is ``version(1) | key_id(16) | nonce(12) | ciphertext+tag`` so that every
ciphertext names the key it was made with; the associated data always includes that key id.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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
    "derive_key",
    "digest",
    "new_key",
    "new_key_id",
    "open_sealed_to",
    "public_key",
    "seal_to",
    "shared_key",
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


# -- X25519 ------------------------------------------------------------------------------------


def public_key(private: bytes) -> bytes:
    """The X25519 public key of a 32-byte private key (any 32 random bytes are one)."""
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(secret)


def derive_key(secret: bytes, *context: str | bytes | int) -> bytes:
    """A key for another purpose derived from `secret` (HKDF-SHA256 over `context`)."""
    return _hkdf(secret, associated_data("derive_key", *context))


def shared_key(own_private: bytes, peer_public: bytes, *context: str | bytes | int) -> bytes:
    """The key two X25519 parties share (office and agency): DH, then HKDF over `context`.
    Both sides must name the same context; ValueError for a malformed or low-order key."""
    secret = X25519PrivateKey.from_private_bytes(own_private).exchange(
        X25519PublicKey.from_public_bytes(peer_public)
    )
    return _hkdf(secret, associated_data("shared_key", *context))


def seal_to(recipient_public: bytes, plaintext: bytes, context: bytes) -> bytes:
    """Encrypt for the holder of an X25519 private key: ``ephemeral public(32) | nonce(12) |
    ciphertext+tag``, bound to `context` and to both public keys."""
    ephemeral = X25519PrivateKey.generate()
    sender = ephemeral.public_key().public_bytes_raw()
    secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _hkdf(secret, associated_data("seal_to", sender, recipient_public))
    nonce = secrets.token_bytes(NONCE_BYTES)
    return sender + nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def open_sealed_to(recipient_private: bytes, blob: bytes, context: bytes) -> bytes:
    """Open a `seal_to` blob; InvalidTag (or ValueError) when it is not for this key."""
    if len(blob) < KEY_BYTES + NONCE_BYTES + TAG_BYTES:
        raise ValueError("sealed blob too short")
    sender, nonce, body = blob[:KEY_BYTES], blob[KEY_BYTES:_HEADER_TO], blob[_HEADER_TO:]
    private = X25519PrivateKey.from_private_bytes(recipient_private)
    secret = private.exchange(X25519PublicKey.from_public_bytes(sender))
    own = private.public_key().public_bytes_raw()
    key = _hkdf(secret, associated_data("seal_to", sender, own))
    return AESGCM(key).decrypt(nonce, body, context)


_HEADER_TO = KEY_BYTES + NONCE_BYTES
