"""Key slots, as in LUKS: the master key wrapped per account by an Argon2id-derived key."""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from neubeginn.model.codes import Code
from neubeginn.model.core import crypto
from neubeginn.model.core.tables import KeySlot, new_uuid
from neubeginn.model.errors import IntegrityError, WrongPassword

KDF_NAME = "argon2id"


def _context(slot: KeySlot, master_key_id: bytes) -> bytes:
    return crypto.associated_data(
        "key_slot",
        slot.uuid,
        slot.account_uuid,
        slot.kdf,
        slot.memory_kib,
        slot.iterations,
        slot.lanes,
        slot.salt,
        master_key_id,
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
    master_key: bytes,
    master_key_id: bytes,
    params: crypto.KdfParams,
    slot_uuid: str | None = None,
) -> KeySlot:
    """A new slot for `account_uuid` that opens the master key with `password`."""
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
    slot.wrapped_key = nonce + AESGCM(kek).encrypt(nonce, master_key, _context(slot, master_key_id))
    slot.digest = digest_of(slot)
    return slot


def open_slot(slot: KeySlot, password: str, master_key_id: bytes) -> bytes:
    """The master key, or WrongPassword (after the KDF), IntegrityError if the slot is
    damaged, WeakKeySlot if its parameters are below the floor (refused before any KDF)."""
    record = f"key_slot {slot.uuid}"
    if not secrets.compare_digest(digest_of(slot), slot.digest or b""):
        raise IntegrityError(record, Code.KEY_SLOT_DAMAGED)
    if slot.kdf != KDF_NAME:
        raise IntegrityError(record, Code.UNKNOWN_KDF, kdf=slot.kdf)
    kek = params_of(slot).derive(password)
    nonce, body = slot.wrapped_key[: crypto.NONCE_BYTES], slot.wrapped_key[crypto.NONCE_BYTES :]
    try:
        return AESGCM(kek).decrypt(nonce, body, _context(slot, master_key_id))
    except crypto.InvalidTag:
        raise WrongPassword from None


def burn_time(params: crypto.KdfParams, password: str) -> None:
    """Spend one KDF run for an unknown user, so timing does not tell which names exist."""
    params.derive(password)
