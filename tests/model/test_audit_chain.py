"""The audit log is a hash chain: an attacker with the file and no key — the sqlite3 shell,
or a database login — cannot delete, edit, backdate, reorder or cut off rows unnoticed
(review findings 1d and 2), on SQLite and on PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from neubeginn.model.core.audit_chain import row_hash
from neubeginn.model.core.tables import AuditEntry
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.errors import WrongPassword
from neubeginn.model.wording import describe
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.model.factories import household


@pytest.fixture
def busy(vault: Vault) -> Iterator[Vault]:
    """A vault with a few days' work: cases opened, a failed login, a verify."""
    for _ in range(3):
        case = vault.cases.create(household())
        vault.cases.get(case.number)
    other = Vault(vault.store, kdf=FLOOR_KDF)
    with pytest.raises(WrongPassword):
        other.unlock(ADMIN, "falsch")
    vault.cases.get(case.number)  # a sealed row after the unsealed failed login
    assert vault.verify() == []
    yield vault


def _attack(vault: Vault, *statements: str) -> None:
    """Raw SQL as the file's owner or the database login: triggers out of the way first."""
    with vault.store.write() as db:
        if vault.store.is_sqlite:
            db.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
            db.execute(text("DROP TRIGGER IF EXISTS audit_log_no_delete"))
        else:
            db.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        for statement in statements:
            db.execute(text(statement))


def _ids(vault: Vault, action: str) -> list[int]:
    with vault.store.read() as db:
        return list(db.scalars(select(AuditEntry.id).where(AuditEntry.action == action)))


def _named(vault: Vault) -> list[str]:
    return [d.record for d in vault.verify() if d.record.startswith("audit_log")]


def test_every_row_is_chained_and_keyed_rows_are_sealed(busy: Vault) -> None:
    with busy.store.read() as db:
        rows = db.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert all(a.row_hash == b.prev_hash for a, b in itertools.pairwise(rows))
    failed = [r for r in rows if r.action == "login.failed"]
    assert failed and all(r.seal is None for r in failed)  # no key yet at a failed login
    assert all(r.seal is not None for r in rows if r.action == "case.open")


def test_an_edited_row_is_named(busy: Vault) -> None:
    (failed,) = _ids(busy, "login.failed")
    _attack(busy, f"UPDATE audit_log SET action = 'login' WHERE id = {failed}")
    assert _named(busy) == [f"audit_log {failed}"]


def test_a_backdated_row_is_named(busy: Vault) -> None:
    opened = _ids(busy, "case.open")[1]
    _attack(busy, f"UPDATE audit_log SET at = '2020-01-01 00:00:00' WHERE id = {opened}")
    assert _named(busy) == [f"audit_log {opened}"]


def test_a_deleted_row_is_named_by_the_row_after_it(busy: Vault) -> None:
    opened = _ids(busy, "case.open")
    _attack(busy, f"DELETE FROM audit_log WHERE id = {opened[0]}")
    with busy.store.read() as db:
        after = db.scalar(select(AuditEntry.id).where(AuditEntry.id > opened[0]).limit(1))
    assert _named(busy) == [f"audit_log {after}"]


def test_a_rechained_log_fails_on_the_seals(busy: Vault) -> None:
    """Deleting a row and recomputing every hash after it (the hash is public) still fails:
    the seals need the vault key."""
    victim = _ids(busy, "case.open")[0]
    _attack(busy, f"DELETE FROM audit_log WHERE id = {victim}")
    with busy.store.write() as db:
        rows = db.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        previous = rows[0].prev_hash
        for row in rows:
            row.prev_hash = previous
            row.row_hash = previous = row_hash(
                previous,
                (row.at, row.account_uuid, row.action, row.outcome, row.case_uuid, row.target_uuid),
            )
    damages = [d for d in busy.verify() if d.record.startswith("audit_log")]
    assert any("Siegel passt nicht" in describe(d) for d in damages)


def test_a_cut_off_tail_is_named_by_this_desks_witness(busy: Vault) -> None:
    # The witness is the newest row the last verify saw: the one before its own audit row.
    witnessed = max(_ids(busy, "vault.verify")) - 1
    _attack(busy, f"DELETE FROM audit_log WHERE id >= {witnessed}")
    assert _named(busy) == [f"audit_log {witnessed}"]


def test_ids_of_deleted_rows_are_never_given_again(busy: Vault) -> None:
    newest = max(_ids(busy, "vault.verify"))
    _attack(busy, f"DELETE FROM audit_log WHERE id = {newest}")
    busy.cases.summaries()
    busy.cases.get(busy.cases.summaries()[0].number)
    assert min(i for i in _ids(busy, "case.open") if i > newest - 1) > newest


def test_verify_is_clean_after_plenty_of_honest_work(busy: Vault) -> None:
    again = Vault(busy.store, kdf=FLOOR_KDF)
    again.unlock(ADMIN, ADMIN_PASSWORD)
    for summary in again.cases.summaries():
        again.cases.get(summary.number)
    assert again.verify() == []
    assert busy.verify() == []
