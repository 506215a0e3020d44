"""A demo vault: the demo directory, one account per role, and fictional households."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from neubeginn.demo.agencies import demo_directory_csv
from neubeginn.demo.households import demo_households
from neubeginn.model import Role, Vault

# Fictional data only, so the passwords are printed and documented (README, docs/cli.md).
# User name, display name, role, password, the agency (short name) of a counselling account.
DEMO_ACCOUNTS = [
    ("admin", "Anna Admin", Role.ADMIN, "demo-admin-2026", None),
    ("schalter", "Sven Schalter (Sozialamt)", Role.DESK, "demo-schalter-2026", None),
    ("caritas", "Clara Berger (Caritas)", Role.COUNSELLING, "demo-caritas-2026", "Caritas"),
    ("druck", "Paul Druck", Role.PRINT, "demo-druck-2026", None),
]
BATCH = 500  # households stored per transaction


def build_demo_vault(
    url: str,
    households: int,
    seed: int = 2026,
    *,
    kdf: tuple[int, int],
    today: dt.date,
    progress: Callable[[int], None] | None = None,
) -> Vault:
    """Create a demo vault at `url` and return it unlocked as its admin.

    A real vault starts with an empty directory; this one imports the demo directory the
    way an administrator imports the city's. `progress` hears the number of households
    stored so far. If anything fails, a SQLite demo vault is removed again: half a demo is
    no demo.
    """
    name, display, _, password, _ = DEMO_ACCOUNTS[0]
    vault = Vault.create(
        url, admin_username=name, admin_display_name=display, admin_password=password, kdf=kdf
    )
    try:
        vault.agencies.import_csv(demo_directory_csv())
        agencies = vault.agencies.all()
        for name, display, role, password, short_name in DEMO_ACCOUNTS[1:]:
            agency = next((a.uuid for a in agencies if a.short_name == short_name), None)
            vault.accounts.create(name, display, role, password, agency)
        generated = demo_households(households, seed=seed, today=today, agencies=agencies)
        done = 0
        while batch := list(itertools.islice(generated, BATCH)):
            vault.cases.import_cases(batch)
            done += len(batch)
            if progress is not None:
                progress(done)
    except BaseException:
        vault.close()
        if vault.store.path is not None:
            for leftover in vault.store.path.parent.glob(vault.store.path.name + "*"):
                leftover.unlink()
        raise
    return vault
