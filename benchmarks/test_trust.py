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

from neubeginn.model.core import crypto
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.tables import KeySlot
from neubeginn.model.core.vault import Vault
from neubeginn.model.domain.access import Role
from neubeginn.model.domain.values import Agency, Consent

SOURCE = Path(os.environ.get("NEUBEGINN_BENCH_VAULT", "/tmp/nb100k/vault.sqlite"))
ADMIN, ADMIN_PASSWORD = "admin", "demo-admin-2026"
DESK, DESK_PASSWORD = "schalter", "demo-schalter-2026"
COUNSELLOR, COUNSELLOR_PASSWORD = "bench", "Benchmark-Passwort 1"
SHARED = 5_000


@dataclasses.dataclass
class Setting:
    admin: Vault
    agency: Agency
    numbers: list[str]  # the cases shared with the agency


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setting]:
    if not SOURCE.exists():
        pytest.fail(f"build the demo vault first: neubeginn demo --vault {SOURCE} ...")
    target = tmp_path_factory.mktemp("trust") / "vault.sqlite"
    shutil.copy(SOURCE, target)
    os.sync()
    admin = Vault.open(sqlite_url(target))
    admin.unlock(ADMIN, ADMIN_PASSWORD)
    agency = admin.agencies.add(Agency(name="Benchmark-Stelle"))
    started = time.perf_counter()
    numbers = [summary.number for summary in admin.cases.summaries()[:SHARED]]
    for number in numbers:
        case = admin.cases.get(number)
        consents = (*case.consents, Consent(dt.date(2026, 12, 1), True, True, (agency.uuid,)))
        admin.cases.update(dataclasses.replace(case, consents=consents))
    print(f"\nshared {SHARED} cases in {time.perf_counter() - started:.0f} s")
    admin.accounts.create(
        COUNSELLOR, "Bea Bench", Role.COUNSELLING, COUNSELLOR_PASSWORD, agency.uuid
    )
    yield Setting(admin, agency, numbers)
    admin.close()


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
    numbers = [s.number for s in setting.admin.cases.summaries()[SHARED : SHARED + 20]]
    changes = iter([_consents(setting, number, shared=True) for number in numbers])
    benchmark.pedantic(lambda: next(changes)(), rounds=10, iterations=1)


def test_revoke_one_case(benchmark: Callable[..., object], setting: Setting) -> None:
    """A consent withdrawn: the grants deleted and a new key epoch, sheet re-sealed."""
    changes = iter([_consents(setting, number, shared=False) for number in setting.numbers[:20]])
    benchmark.pedantic(lambda: next(changes)(), rounds=10, iterations=1)


def test_update_without_consent_change(benchmark: Callable[..., object], setting: Setting) -> None:
    """The peer: the same update (open, re-seal, bucket, audit, commit) changing no grant."""
    numbers = iter([s.number for s in setting.admin.cases.summaries()[SHARED + 40 : SHARED + 60]])

    def unchanged() -> object:
        case = setting.admin.cases.get(next(numbers))
        return setting.admin.cases.update(case)

    benchmark.pedantic(unchanged, rounds=10, iterations=1)
