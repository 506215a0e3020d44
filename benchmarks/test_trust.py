"""Figures of issue 11 (keys follow consent) on the 100,000-household demo vault.

Build the vault once (benchmarks/test_cases.py says how), then:

    NEUBEGINN_BENCH_VAULT=/tmp/nb100k/vault.sqlite \
        .venv/bin/python -m pytest benchmarks/test_trust.py --benchmark-only -s

The fixture adds an agency "Benchmark-Stelle" to a copy of the vault and, through the
desk's own service (`cases.update`, consent by consent), shares 5,000 households with it,
then makes a counselling account for it. Peers in the same run: the desk's unlock of the
same vault (all 100,000 cases, from the search buckets), the Argon2id derivation alone
(the floor of any unlock), and an update that changes no consent (the floor of a grant).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from neubeginn.model.cases import grants
from neubeginn.model.cases.tables import CaseRow
from neubeginn.model.core import crypto
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.tables import KeySlot
from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.access import Action, Role
from neubeginn.model.domain.values import Agency, Consent

SOURCE = Path(os.environ.get("NEUBEGINN_BENCH_VAULT", "/tmp/nb100k/vault.sqlite"))
ADMIN, ADMIN_PASSWORD = "admin", "demo-admin-2026"
DESK, DESK_PASSWORD = "schalter", "demo-schalter-2026"
COUNSELLOR, COUNSELLOR_PASSWORD = "bench", "Benchmark-Passwort 1"
SHARED = 5_000
AGENCY = "Benchmark-Stelle"
PREPARED = SOURCE.with_name("vault-trust.sqlite")


@dataclasses.dataclass
class Setting:
    admin: Vault
    agency: Agency
    numbers: list[str]  # the cases shared with the agency
    others: list[str]  # the cases not shared with it


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setting]:
    if not SOURCE.exists():
        pytest.fail(f"build the demo vault first: neubeginn demo --vault {SOURCE} ...")
    if not PREPARED.exists():
        _prepare(PREPARED)
    target = tmp_path_factory.mktemp("trust") / "vault.sqlite"
    shutil.copy(PREPARED, target)
    os.sync()
    admin = Vault.open(sqlite_url(target))
    admin.unlock(ADMIN, ADMIN_PASSWORD)
    agency = next(a for a in admin.agencies.all() if a.name == AGENCY)
    summaries = admin.cases.summaries()
    shared = [s.number for s in summaries if agency.uuid in s.shared_with]
    assert len(shared) == SHARED
    others = [s.number for s in summaries if agency.uuid not in s.shared_with]
    yield Setting(admin, agency, shared, others)
    admin.close()


def _prepare(prepared: Path) -> None:
    """The demo vault with the benchmark's agency and its 5,000 shared cases, kept beside
    the demo vault: sharing them through the desk's service takes minutes."""
    work = prepared.with_suffix(".partial")
    shutil.copy(SOURCE, work)
    with Vault.open(sqlite_url(work)) as admin:
        admin.unlock(ADMIN, ADMIN_PASSWORD)
        agency = admin.agencies.add(Agency(name=AGENCY))
        started = time.perf_counter()
        for summary in admin.cases.summaries()[:SHARED]:
            case = admin.cases.get(summary.number)
            consent = Consent(dt.date(2026, 12, 1), True, True, (agency.uuid,))
            admin.cases.update(dataclasses.replace(case, consents=(*case.consents, consent)))
        print(f"\nshared {SHARED} cases in {time.perf_counter() - started:.0f} s")
        admin.accounts.create(
            COUNSELLOR, "Bea Bench", Role.COUNSELLING, COUNSELLOR_PASSWORD, agency.uuid
        )
    work.rename(prepared)


def _session(setting: Setting) -> Vault:
    return Vault(setting.admin.store)


def test_unlock_counselling_5000_of_100000(
    benchmark: Callable[..., object], setting: Setting
) -> None:
    session = _session(setting)
    benchmark.pedantic(
        session.unlock,
        args=(COUNSELLOR, COUNSELLOR_PASSWORD),
        setup=session.lock,
        rounds=5,
        iterations=1,
    )
    assert len(session.cases.index) == SHARED


def test_unlock_desk_100000(benchmark: Callable[..., object], setting: Setting) -> None:
    session = _session(setting)
    benchmark.pedantic(
        session.unlock, args=(DESK, DESK_PASSWORD), setup=session.lock, rounds=5, iterations=1
    )
    assert len(session.cases.index) >= 100_000


def test_argon2id_alone(benchmark: Callable[..., object], setting: Setting) -> None:
    """The slot's key derivation: part of every unlock, whatever the keys behind it."""
    with setting.admin.store.read() as db:
        slot = db.scalars(select(KeySlot)).first()
        assert slot is not None
        params = crypto.KdfParams(slot.memory_kib, slot.iterations, slot.lanes, slot.salt)
    benchmark.pedantic(params.derive, args=("x" * 12,), rounds=5, iterations=1)


def _consents(setting: Setting, number: str, *, shared: bool) -> Callable[[], object]:
    case = setting.admin.cases.get(number)
    base = tuple(c for c in case.consents if setting.agency.uuid not in c.agencies)
    extra = (Consent(dt.date(2026, 12, 2), True, True, (setting.agency.uuid,)),)
    consents = base + extra if shared else base

    def change() -> object:
        current = setting.admin.cases.get(number)
        return setting.admin.cases.update(dataclasses.replace(current, consents=consents))

    return change


def test_grant_one_case(benchmark: Callable[..., object], setting: Setting) -> None:
    """A consent recorded: the case's keys wrapped for the agency, committed durably. Timed
    with the open that a desk does first (cases.get), as the desk meets it."""
    changes = iter([_consents(setting, number, shared=True) for number in setting.others[:20]])
    benchmark.pedantic(lambda: next(changes)(), rounds=10, iterations=1)


def test_revoke_one_case(benchmark: Callable[..., object], setting: Setting) -> None:
    """A consent withdrawn: the grants deleted and a new key epoch, sheet re-sealed."""
    changes = iter([_consents(setting, number, shared=False) for number in setting.numbers[:20]])
    benchmark.pedantic(lambda: next(changes)(), rounds=10, iterations=1)


def test_update_without_consent_change(benchmark: Callable[..., object], setting: Setting) -> None:
    """The peer: the same update (open, re-seal, bucket, audit, commit) changing no grant."""
    numbers = iter(setting.others[40:60])

    def unchanged() -> object:
        case = setting.admin.cases.get(next(numbers))
        return setting.admin.cases.update(case)

    benchmark.pedantic(unchanged, rounds=10, iterations=1)


def _row(setting: Setting, number: str) -> CaseRow:
    with setting.admin.store.read() as db:
        row = db.scalars(select(CaseRow).where(CaseRow.number == number)).one()
        db.expunge(row)
        return row


def _follow(setting: Setting, number: str, *, add: bool) -> None:
    """The grant step by itself: the benchmark's agency added to (or taken out of) the
    agencies the case is granted to, with the audit row of the change, in one durable
    transaction."""
    ctx = setting.admin.context
    with ctx.store.write() as db:
        row = db.merge(_row(setting, number))
        held = ctx.sharing.granted(db, row.uuid)
        wanted = held | {setting.agency.uuid} if add else held - {setting.agency.uuid}
        grants.follow_consent(ctx, db, row, wanted, Action.CASE_UPDATE)
        ctx.audit(db, Action.CASE_UPDATE, row.uuid)


def test_grant_alone(benchmark: Callable[..., object], setting: Setting) -> None:
    numbers = iter(setting.others[100:])
    benchmark.pedantic(lambda: _follow(setting, next(numbers), add=True), rounds=20, iterations=1)


def test_revoke_alone(benchmark: Callable[..., object], setting: Setting) -> None:
    """Revoking: the agency's grants deleted, a new key epoch made and granted to the
    agencies the case keeps (the demo's consents name two to five)."""
    numbers = iter(setting.numbers[100:])
    benchmark.pedantic(lambda: _follow(setting, next(numbers), add=False), rounds=20, iterations=1)


def test_durable_audited_write_alone(benchmark: Callable[..., object], setting: Setting) -> None:
    """The peer of the two above: the same durable transaction with only its audit row."""
    ctx = setting.admin.context

    def write() -> None:
        with ctx.store.write() as db:
            ctx.audit(db, Action.CASE_UPDATE, None)

    benchmark.pedantic(write, rounds=20, iterations=1)
