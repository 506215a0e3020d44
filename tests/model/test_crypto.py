"""Primitives: the sealed-blob format, context binding, the Argon2id floor."""

from __future__ import annotations

import pytest

from neubeginn.model.core import crypto
from neubeginn.model.errors import WeakKeySlot


def test_seal_names_its_key_and_opens_only_in_its_context() -> None:
    key = crypto.AeadKey(crypto.new_key_id(), crypto.new_key())
    blob = key.seal(b"Muhammad Al-Hassan", crypto.associated_data("member", "name", "r1"))
    assert crypto.blob_key_id(blob) == key.key_id
    assert key.open(blob, crypto.associated_data("member", "name", "r1")) == b"Muhammad Al-Hassan"
    with pytest.raises(crypto.InvalidTag):
        key.open(blob, crypto.associated_data("member", "name", "r2"))
    with pytest.raises(crypto.InvalidTag):
        key.open(blob, crypto.associated_data("member", "notes", "r1"))


def test_each_seal_uses_a_fresh_nonce() -> None:
    key = crypto.AeadKey(crypto.new_key_id(), crypto.new_key())
    context = crypto.associated_data("t")
    blobs = {key.seal(b"same", context) for _ in range(50)}
    assert len(blobs) == 50
    assert len({blob[17:29] for blob in blobs}) == 50


def test_another_key_cannot_open_a_blob() -> None:
    key_a = crypto.AeadKey(crypto.new_key_id(), crypto.new_key())
    key_b = crypto.AeadKey(crypto.new_key_id(), crypto.new_key())
    blob = key_a.seal(b"x", b"")
    with pytest.raises(crypto.InvalidTag):
        key_b.open(blob, b"")


def test_associated_data_is_unambiguous() -> None:
    assert crypto.associated_data("ab", "c") != crypto.associated_data("a", "bc")


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes", "salt"),
    [
        (64 * 1024 - 1, 3, 4, 16),
        (64 * 1024, 2, 4, 16),
        (64 * 1024, 3, 1, 16),
        (64 * 1024, 3, 4, 8),
    ],
)
def test_kdf_below_the_floor_is_refused(
    memory: int, iterations: int, lanes: int, salt: int
) -> None:
    params = crypto.KdfParams(memory, iterations, lanes, b"s" * salt)
    with pytest.raises(WeakKeySlot):
        params.derive("any password")


def test_password_is_normalised_before_derivation() -> None:
    params = crypto.KdfParams.fresh(64 * 1024, 3)
    composed, decomposed = "Gr\u00fc\u00dfe-2026!", "Gru\u0308\u00dfe-2026!"
    assert params.derive(composed) == params.derive(decomposed)
