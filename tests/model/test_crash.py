"""Crash test: a writer killed with SIGKILL at random moments loses nothing it committed."""

from __future__ import annotations

import os
import random
import select
import signal
import sys
from pathlib import Path

import pytest

from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault
from tests.model.factories import entry, fill_directory, household

KILLS = 50


def _writer(vault: Vault, number: str, pipe: int) -> None:
    """Child process: append entries forever, reporting each committed seq."""
    vault.store.engine.dispose(close=False)  # never share the parent's connections
    caritas = vault.agencies.all()[0]
    while True:
        written = vault.laufzettel.append(number, entry(caritas))
        os.write(pipe, f"{written.seq}\n".encode())


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")
# Under pytest-xdist the worker has a second thread, execnet's, which only moves messages
# over the worker's pipe; the child forked here never touches execnet, sys.stdout or any
# lock of that thread (it writes to its own pipe with os.write), so that warning does not
# apply to it.
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_killed_writer_loses_nothing_committed(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "vault.sqlite")
    vault = Vault.create(
        url,
        admin_username="admin",
        admin_display_name="Anna Admin",
        admin_password="Admin-Passwort 1",
        kdf=FLOOR_KDF,
    )
    fill_directory(vault)
    number = vault.cases.create(household()).number
    vault.agencies.all()
    rng = random.Random(1)
    reported = 0
    for _ in range(KILLS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            os.close(read_end)
            try:
                _writer(vault, number, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        # Wait for the first commit, then kill at a random moment of the following writes.
        select.select([read_end], [], [], 10)
        os.kill(pid, 0)
        delay = rng.uniform(0, 0.05)
        select.select([], [], [], delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end) as pipe:
            seqs = [int(line) for line in pipe.read().split()]
        assert seqs, "the writer reported no commit"
        reported = max(reported, *seqs)
    vault.close()
    reopened = Vault.open(url, kdf=FLOOR_KDF)
    reopened.unlock("admin", "Admin-Passwort 1")
    entries = reopened.laufzettel.entries(number)
    assert len(entries) >= reported
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert reopened.verify() == []
    reopened.close()
