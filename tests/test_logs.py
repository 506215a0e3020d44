"""The operator's log: an owner-only file in the log folder, tracebacks without typed values."""

from __future__ import annotations

import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from neubeginn import logs, paths
from neubeginn.cli import main
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.vault import FLOOR_KDF, Vault


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A log folder of this test's own; the file handler is closed afterwards."""
    monkeypatch.setenv("NEUBEGINN_HOME", str(tmp_path / "home"))
    yield tmp_path / "home" / "logs" / logs.FILE_NAME
    logs.close()


def test_the_log_is_in_the_log_folder_and_owner_only(log_home: Path) -> None:
    old = os.umask(0o022)  # a permissive umask must not make the log readable by others
    try:
        path = logs.setup("test")
    finally:
        os.umask(old)
    assert path == log_home and path.parent == paths.log_dir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "test 0.1.0 started" in path.read_text("utf-8")


def test_rotated_files_stay_owner_only(log_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logs.setup("test")
    for index in range(300):
        logs.logging.getLogger("neubeginn.test").info("line %d of a long log", index)
    rotated = sorted(log_home.parent.iterdir())
    assert len(rotated) == logs.BACKUP_COUNT + 1
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in rotated)


@pytest.fixture
def cli_vault(tmp_path: Path) -> list[str]:
    """A vault and the options that sign in to it as its admin."""
    path = tmp_path / "vault.sqlite"
    Vault.create(
        sqlite_url(path),
        admin_username="anna",
        admin_display_name="Anna Admin",
        admin_password="Admin-Passwort 1",
        kdf=FLOOR_KDF,
    ).close()
    password = tmp_path / "admin.pw"
    password.write_text("Admin-Passwort 1\n")
    return ["--vault", str(path), "--user", "anna", "--password-file", str(password)]


# A person's name, as a failed lookup would carry it (tracebacks show source lines, and in
# the product's code no source line holds a name).
NAME = "Petrenko, Olena"


def _verify_fails_unexpectedly(self: Vault) -> None:
    raise KeyError(NAME)


def test_an_unexpected_error_of_a_command_is_logged_with_its_traceback(
    log_home: Path,
    cli_vault: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(Vault, "verify", _verify_fails_unexpectedly)
    assert main(["verify", *cli_vault]) == 1
    err = capsys.readouterr().err
    assert "Unerwarteter Fehler (KeyError)" in err and str(log_home) in err
    text = log_home.read_text("utf-8")
    assert "command line (verify) 0.1.0 started" in text
    assert "signed in: account anna (admin)" in text
    assert "ERROR neubeginn.cli: verify failed unexpectedly" in text
    assert "Traceback (most recent call last):" in text
    assert "in cmd_verify\n    damages = vault.verify()" in text  # every frame, with its line
    assert "in _verify_fails_unexpectedly" in text
    assert "builtins.KeyError: (message withheld" in text
    assert "Petrenko" not in text


def test_expected_errors_are_logged_by_their_code(
    log_home: Path, cli_vault: list[str], tmp_path: Path
) -> None:
    wrong = tmp_path / "wrong.pw"
    wrong.write_text("falsch-falsch\n")
    assert main(["audit", *cli_vault[:4], "--password-file", str(wrong)]) == 3
    text = log_home.read_text("utf-8")
    assert "sign-in refused" in text
    assert "audit ended with status 3: wrong_password" in text
    assert "Traceback" not in text


def test_a_chained_traceback_keeps_both_and_plain_messages() -> None:
    try:
        try:
            {}[NAME]
        except KeyError as error:
            raise AttributeError("'NoneType' object has no attribute 'uuid'") from error
    except AttributeError as error:
        text = logs.format_exception(error)
    first, cause, second = text.partition("direct cause of the following exception")
    assert "builtins.KeyError: (message withheld" in first
    assert "builtins.AttributeError: 'NoneType' object has no attribute 'uuid'" in second
    assert cause and "Petrenko" not in text


def test_the_hook_logs_what_nothing_caught(
    log_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    logs.setup("test")
    logs.install_excepthook()
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    worker = threading.Thread(target=lambda: [][1], name="render")
    worker.start()
    worker.join()
    text = log_home.read_text("utf-8")
    assert "ERROR neubeginn: unexpected error\nTraceback" in text
    assert "builtins.ZeroDivisionError: division by zero" in text
    assert "unexpected error in thread render" in text
    assert "builtins.IndexError: list index out of range" in text
    assert "ZeroDivisionError" in capsys.readouterr().err  # still reported as before
