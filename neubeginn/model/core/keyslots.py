"""Key slots, as in LUKS: an account's private key wrapped by a key derived from its password.

Since revision 0005 a slot holds SLOT_PREFIX + the account's X25519 private key, bound to
the vault's uuid; the keys the account may use are sealed to its public key (KeyWrap), so a
key can be rotated without anyone's password. A slot made before holds the master key
itself, bound to the master key id; it still opens once, and unlock then re-makes it."""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.tables import KeySlot, new_uuid
from neubeginn.model.errors import IntegrityError, WrongPassword

KDF_NAME = "argon2id"


SLOT_PREFIX = b"\x02"  # an account key; a slot of 32 bytes alone is a master key of before 0005


def _context(slot: KeySlot, binding: bytes | str) -> bytes:
    return crypto.associated_data(
        "key_slot",
        slot.uuid,
        slot.account_uuid,
        slot.kdf,
        slot.memory_kib,
        slot.iterations,
        slot.lanes,
        slot.salt,
        binding,
    )


def digest_of(slot: KeySlot) -> bytes:
    return crypto.digest(
        slot.uuid,
        slot.account_uuid,
        slot.kdf,
        slot.memory_kib,
        slot.iterations,
        slot.lanes,
        slot.salt,
        slot.wrapped_key,
    )


def params_of(slot: KeySlot) -> crypto.KdfParams:
    return crypto.KdfParams(slot.memory_kib, slot.iterations, slot.lanes, slot.salt)


def make_slot(
    account_uuid: str,
    password: str,
    account_private: bytes,
    vault_uuid: str,
    params: crypto.KdfParams,
    slot_uuid: str | None = None,
) -> KeySlot:
    """A new slot for `account_uuid` that opens its private key with `password`."""
    params.check_floor()
    slot = KeySlot(
        uuid=slot_uuid or new_uuid(),
        account_uuid=account_uuid,
        kdf=KDF_NAME,
        memory_kib=params.memory_kib,
        iterations=params.iterations,
        lanes=params.lanes,
        salt=params.salt,
    )
    kek = params.derive(password)
    nonce = secrets.token_bytes(crypto.NONCE_BYTES)
    secret = SLOT_PREFIX + account_private
    slot.wrapped_key = nonce + AESGCM(kek).encrypt(nonce, secret, _context(slot, vault_uuid))
    slot.digest = digest_of(slot)
    return slot


def open_slot(slot: KeySlot, password: str, vault_uuid: str, master_key_id: bytes) -> bytes:
    """What the slot holds (see the module's docstring), or WrongPassword (after the KDF),
    IntegrityError if the slot is damaged, WeakKeySlot if its parameters are below the
    floor (refused before any KDF)."""
    record = f"key_slot {slot.uuid}"
    if not secrets.compare_digest(digest_of(slot), slot.digest or b""):
        raise IntegrityError(record, Code.KEY_SLOT_DAMAGED)
    if slot.kdf != KDF_NAME:
        raise IntegrityError(record, Code.UNKNOWN_KDF, kdf=slot.kdf)
    kek = params_of(slot).derive(password)
    nonce, body = slot.wrapped_key[: crypto.NONCE_BYTES], slot.wrapped_key[crypto.NONCE_BYTES :]
    for binding in (vault_uuid, master_key_id):
        try:
            return AESGCM(kek).decrypt(nonce, body, _context(slot, binding))
        except crypto.InvalidTag:
            continue
    raise WrongPassword


def burn_time(params: crypto.KdfParams, password: str) -> None:
    """Spend one KDF run for an unknown user, so timing does not tell which names exist."""
    params.derive(password)


def account_private(held: bytes) -> bytes:
    """The account's private key from what its slot holds; ValueError for a slot of before
    revision 0005 (it holds the master key: unlock re-makes such a slot first)."""
    if len(held) != 1 + crypto.KEY_BYTES or not held.startswith(SLOT_PREFIX):
        raise ValueError("a key slot of before revision 0005")
    return held[1:]
