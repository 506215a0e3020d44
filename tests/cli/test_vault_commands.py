"""The command line forms scripts rely on: init, user, verify, audit."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import update

from neubeginn.cli import main
from neubeginn.model.core.encrypted import Sealed
from neubeginn.model.core.store import sqlite_url
from neubeginn.model.core.tables import Account
from neubeginn.model.core.vault import Vault


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name, password in [
        ("admin", "Admin-Passwort 1"),
        ("desk", "Desk-Passwort 22"),
        ("new", "Neues-Passwort 333"),
        ("wrong", "falsch-falsch"),
    ]:
        made[name] = tmp_path / f"{name}.pw"
        made[name].write_text(password + "\n", encoding="utf-8")
    made["vault"] = tmp_path / "vault.sqlite"
    return made


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def test_init_add_list_verify_audit(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    v = files["vault"]
    assert run("init", "--vault", v, "--admin", "anna", "--password-file", files["admin"]) == 0
    assert stat.S_IMODE(v.stat().st_mode) == 0o600
    admin = ["--vault", v, "--user", "anna", "--password-file", files["admin"]]
    assert (
        run(
            "user",
            "add",
            *admin,
            "dieter",
            "--role",
            "desk",
            "--display-name",
            "Dieter Schalter",
            "--new-password-file",
            files["desk"],
        )
        == 0
    )
    capsys.readouterr()
    assert run("user", "list", *admin) == 0
    listing = capsys.readouterr().out
    assert "dieter\tdesk\taktiv\tDieter Schalter" in listing
    assert run("verify", *admin) == 0
    assert "unversehrt" in capsys.readouterr().out
    assert run("audit", *admin) == 0
    actions = [line.split("\t")[2] for line in capsys.readouterr().out.splitlines()]
    assert actions[:3] == ["account.create", "login", "account.create"]


def test_wrong_password_and_denial_exit_3(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    v = files["vault"]
    run("init", "--vault", v, "--admin", "anna", "--password-file", files["admin"])
    assert run("verify", "--vault", v, "--user", "anna", "--password-file", files["wrong"]) == 3
    assert "Passwort falsch" in capsys.readouterr().err
    run(
        "user",
        "add",
        "--vault",
        v,
        "--user",
        "anna",
        "--password-file",
        files["admin"],
        "dieter",
        "--role",
        "desk",
        "--new-password-file",
        files["desk"],
    )
    assert run("audit", "--vault", v, "--user", "dieter", "--password-file", files["desk"]) == 3
    assert "Keine Berechtigung" in capsys.readouterr().err


def test_passwd_and_disable(files: dict[str, Path]) -> None:
    v = files["vault"]
    run("init", "--vault", v, "--admin", "anna", "--password-file", files["admin"])
    admin = ["--vault", v, "--user", "anna", "--password-file", files["admin"]]
    run("user", "add", *admin, "dieter", "--role", "desk", "--new-password-file", files["desk"])
    dieter = ["--vault", v, "--user", "dieter", "--password-file"]
    # An admin resets dieter's password; the old one stops working.
    assert (
        run("user", "passwd", *admin, "--account", "dieter", "--new-password-file", files["new"])
        == 0
    )
    assert run("user", "list", *dieter, files["desk"]) == 3
    # dieter changes his own password back (old one from --password-file).
    assert run("user", "passwd", *dieter, files["new"], "--new-password-file", files["desk"]) == 0
    assert run("verify", *dieter, files["desk"]) == 3  # desk may not verify, but may log in
    assert run("user", "disable", *admin, "dieter") == 0
    assert run("verify", *dieter, files["desk"]) == 3


def test_verify_prints_one_line_per_damaged_record(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    v = files["vault"]
    run("init", "--vault", v, "--admin", "anna", "--password-file", files["admin"])
    admin = ["--vault", v, "--user", "anna", "--password-file", files["admin"]]
    run("user", "add", *admin, "dieter", "--role", "desk", "--new-password-file", files["desk"])
    run("user", "add", *admin, "paula", "--role", "print", "--new-password-file", files["desk"])
    vault = Vault.open(sqlite_url(v))
    with vault.store.write() as db:
        for account in db.query(Account).all()[1:]:
            raw = bytearray(account.profile.raw)
            raw[40] ^= 1
            db.execute(
                update(Account)
                .where(Account.uuid == account.uuid)
                .values(profile=Sealed(bytes(raw)))
            )
    vault.close()
    capsys.readouterr()
    assert run("verify", *admin) == 1
    damaged = [line for line in capsys.readouterr().out.splitlines() if "BESCHÄDIGT" in line]
    assert len(damaged) == 2 and all("[profile]" in line for line in damaged)


def test_missing_vault_and_bad_input_are_clear(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run("verify", "--vault", files["vault"], "--user", "x", "--password-file", files["admin"])
        == 1
    )
    assert "Kein Tresor" in capsys.readouterr().err
    assert (
        run(
            "init",
            "--vault",
            files["vault"],
            "--admin",
            "zwei worte",
            "--password-file",
            files["admin"],
        )
        == 2
    )
    assert "Benutzername" in capsys.readouterr().err
    assert not files["vault"].exists()


def test_the_same_commands_work_on_postgresql(
    pg_server: str, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from tests import pg

    url = pg.fresh_database(pg_server)
    assert run("init", "--db", url, "--admin", "anna", "--password-file", files["admin"]) == 0
    admin = ["--db", url, "--user", "anna", "--password-file", files["admin"]]
    assert (
        run("user", "add", *admin, "dieter", "--role", "desk", "--new-password-file", files["desk"])
        == 0
    )
    assert run("demo", "--db", pg.fresh_database(pg_server), "--households", "3") == 0
    capsys.readouterr()
    assert run("verify", *admin) == 0
    assert run("audit", *admin) == 0
    assert "account.create" in capsys.readouterr().out


def test_keys_rotate_leaves_every_account_working(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    v = files["vault"]
    run("init", "--vault", v, "--admin", "anna", "--password-file", files["admin"])
    admin = ["--vault", v, "--user", "anna", "--password-file", files["admin"]]
    run("user", "add", *admin, "dieter", "--role", "desk", "--new-password-file", files["desk"])
    with Vault.open(sqlite_url(v)) as vault:
        before = (
            vault.store.engine.connect()
            .exec_driver_sql("SELECT master_key_id FROM vault_meta")
            .scalar()
        )
    capsys.readouterr()
    assert run("keys", "rotate", *admin) == 0
    assert "Hauptschlüssel erneuert" in capsys.readouterr().out
    with Vault.open(sqlite_url(v)) as vault:
        after = (
            vault.store.engine.connect()
            .exec_driver_sql("SELECT master_key_id FROM vault_meta")
            .scalar()
        )
    assert after != before
    with Vault.open(sqlite_url(v)) as vault:  # the desk still signs in, with its password
        assert vault.unlock("dieter", "Desk-Passwort 22").role.value == "desk"
    assert run("verify", *admin) == 0
    desk = ["--vault", v, "--user", "dieter", "--password-file", files["desk"]]
    assert run("keys", "rotate", *desk) == 3  # only an admin rotates
