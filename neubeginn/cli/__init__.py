"""The command line: `neubeginn init|user|verify|audit|…`; German, and the model's errors in
German or, with --language en, English."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from neubeginn import __version__, logs, paths
from neubeginn.hardening import harden
from neubeginn.model import (
    DEFAULT_KDF,
    FLOOR_KDF,
    AccessDenied,
    InvalidInput,
    Refused,
    Vault,
    VaultError,
    WrongPassword,
    describe,
    sqlite_url,
    upgrade_schema,
)

EXIT_OK = 0
EXIT_FAILED = 1  # a check failed (verify found damage) or an error
EXIT_USAGE = 2
EXIT_DENIED = 3  # wrong password or access denied

log = logging.getLogger(__name__)


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


# -- shared options ---------------------------------------------------------------------------


def add_vault_options(parser: argparse.ArgumentParser, *, user: bool = True) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--vault", type=Path, metavar="PATH", help="SQLite-Tresor (Datei)")
    where.add_argument("--db", metavar="URL", help="Datenbank-URL, z. B. postgresql+psycopg://…")
    if user:
        parser.add_argument("--user", required=True, metavar="NAME", help="Benutzername")
        parser.add_argument(
            "--password-file",
            type=Path,
            metavar="FILE",
            help="Passwort aus der ersten Zeile dieser Datei lesen statt nachzufragen",
        )


def vault_url(args: argparse.Namespace) -> str:
    if getattr(args, "db", None):
        return str(args.db)
    path = args.vault if getattr(args, "vault", None) else paths.default_vault()
    return sqlite_url(Path(path).expanduser().resolve())


def read_password(file: Path | None, prompt: str, *, confirm: bool = False) -> str:
    if file is not None:
        try:
            with open(file, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except OSError as error:
            raise CliError(f"Passwortdatei nicht lesbar: {file}: {error.strerror}") from None
    if not sys.stdin.isatty():
        raise CliError("Kein Terminal für die Passworteingabe: --password-file angeben.")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Noch einmal: ") != password:
        raise CliError("Die Passwörter stimmen nicht überein.")
    return password


def refused_file(file: Path, refused: Refused, language: str) -> CliError:
    """Print each problem of a refused import file as "FILE: PLACE: words" (as compilers
    do, so an editor jumps to it); the error to raise says how many, and that nothing was
    taken."""
    for problem in refused.problems:
        print(f"{file}: {problem.path}: {describe(problem, language)}", file=sys.stderr)
    heading = describe(refused, language).partition("\n")[0]  # the lines are printed above
    return CliError(heading, EXIT_USAGE)


def kdf_profile() -> tuple[int, int]:
    """Argon2id work for slots made here. NEUBEGINN_KDF=floor selects the RFC 9106 floor
    (still refused below it) for test suites and very slow machines."""
    return FLOOR_KDF if os.environ.get("NEUBEGINN_KDF") == "floor" else DEFAULT_KDF


def open_vault(args: argparse.Namespace) -> Vault:
    """Open and unlock the vault named by --vault/--db as --user."""
    url = vault_url(args)
    try:
        vault = Vault.open(url, kdf=kdf_profile())
    except FileNotFoundError:
        raise CliError(f"Kein Tresor unter {url.removeprefix('sqlite+pysqlite:///')}.") from None
    password = read_password(args.password_file, f"Passwort für {args.user}: ")
    try:
        vault.unlock(args.user, password)
    except BaseException:
        vault.close()
        raise
    return vault


# -- commands ---------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    password = read_password(args.password_file, f"Neues Passwort für {args.admin}: ", confirm=True)
    with Vault.create(
        vault_url(args),
        admin_username=args.admin,
        admin_display_name=args.display_name or args.admin,
        admin_password=password,
        kdf=kdf_profile(),
    ) as vault:
        print(f"Tresor angelegt: {vault.store.display_name()}")
        print(f"Administrator: {args.admin}")
    print(
        "Das Verzeichnis der Beratungsstellen ist noch leer. Importieren Sie die Liste der "
        "Stadt: neubeginn directory import --vault PFAD --user NAME DATEI.csv"
    )
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        new_password = read_password(
            args.new_password_file, f"Passwort für das neue Konto {args.name}: ", confirm=True
        )
        info = vault.accounts.create(
            args.name, args.display_name or args.name, args.role, new_password, args.agency
        )
        print(f"Konto angelegt: {info.username} ({info.role.value})")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        new_password = read_password(args.new_password_file, "Neues Passwort: ", confirm=True)
        if args.account:
            vault.accounts.reset_password(args.account, new_password)
            print(f"Passwort von {args.account} neu gesetzt.")
        else:
            old = read_password(args.password_file, "Bisheriges Passwort: ")
            vault.accounts.change_own_password(old, new_password)
            print("Passwort geändert.")
    return EXIT_OK


def cmd_user_disable(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        vault.accounts.disable(args.name)
        print(
            f"Konto {args.name} deaktiviert; sein Schlüsselplatz ist gelöscht und die "
            "Schlüssel, die es kannte, sind erneuert."
        )
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        for info in vault.accounts.list():
            state = "aktiv" if info.active else "deaktiviert"
            print(f"{info.username}\t{info.role.value}\t{state}\t{info.display_name}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        damages = vault.verify()
    for damage in damages:
        print(f"BESCHÄDIGT {describe(damage, args.language)}")
    if damages:
        print(f"{len(damages)} beschädigte Datensätze.", file=sys.stderr)
        return EXIT_FAILED
    print("Alle Datensätze sind unversehrt.")
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    """The schema to this program's revision, as the database's owner (--db OWNER_URL);
    desks never upgrade a shared vault themselves."""
    before, after = upgrade_schema(vault_url(args))
    if before == after:
        print(f"Der Tresor hat schon das Schema {after}.")
    else:
        print(f"Schema {before} → {after} aktualisiert.")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        case_uuid = vault.cases.uuid_of(args.case) if args.case else None
        numbers = vault.cases.numbers_by_uuid()
        for entry in vault.audit.entries(case_uuid=case_uuid):
            when = entry.at.isoformat(timespec="seconds")
            who = entry.username or "-"
            # An erased case keeps its uuid in the log; its number is gone with it.
            case = numbers.get(entry.case_uuid or "", entry.case_uuid or "-")
            print(f"{when}\t{who}\t{entry.action}\t{entry.outcome}\t{case}")
    return EXIT_OK


# -- parser -----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="neubeginn", description="Neubeginn Herne: verschlüsselte Fallakten und Einleger."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--language",
        choices=["de", "en"],
        default="de",
        help="Sprache der Fehlermeldungen und Prüfergebnisse (de, en); sonst Deutsch",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="BEFEHL")

    init = sub.add_parser("init", help="neuen Tresor mit erstem Administrator anlegen")
    add_vault_options(init, user=False)
    init.add_argument("--admin", required=True, metavar="NAME")
    init.add_argument("--display-name", metavar="TEXT")
    init.add_argument("--password-file", type=Path, metavar="FILE")
    init.set_defaults(func=cmd_init)

    user = sub.add_parser("user", help="Konten verwalten").add_subparsers(
        dest="user_command", required=True, metavar="add|passwd|disable|list"
    )
    add = user.add_parser("add", help="Konto anlegen (Administrator)")
    add_vault_options(add)
    add.add_argument("name", metavar="NEUER_NAME")
    add.add_argument("--role", required=True, choices=["admin", "desk", "counselling", "print"])
    add.add_argument("--display-name", metavar="TEXT")
    add.add_argument("--agency", metavar="UUID", help="Beratungsstelle (für counselling)")
    add.add_argument("--new-password-file", type=Path, metavar="FILE")
    add.set_defaults(func=cmd_user_add)
    passwd = user.add_parser("passwd", help="eigenes Passwort ändern, oder --account zurücksetzen")
    add_vault_options(passwd)
    passwd.add_argument("--account", metavar="NAME", help="Passwort dieses Kontos neu setzen")
    passwd.add_argument("--new-password-file", type=Path, metavar="FILE")
    passwd.set_defaults(func=cmd_user_passwd)
    disable = user.add_parser("disable", help="Konto deaktivieren (Administrator)")
    add_vault_options(disable)
    disable.add_argument("name", metavar="NAME")
    disable.set_defaults(func=cmd_user_disable)
    listing = user.add_parser("list", help="Konten auflisten (Administrator)")
    add_vault_options(listing)
    listing.set_defaults(func=cmd_user_list)

    verify = sub.add_parser("verify", help="jeden Datensatz entschlüsseln und prüfen")
    add_vault_options(verify)
    verify.set_defaults(func=cmd_verify)

    upgrade = sub.add_parser(
        "upgrade",
        help="Schema des Tresors aktualisieren (als Eigentümer der Datenbank)",
        description="Ein SQLite-Tresor wird beim Öffnen selbst aktualisiert (nach einer "
        "Sicherungskopie); ein gemeinsamer PostgreSQL-Tresor nur mit diesem Befehl, als "
        "Eigentümer des Schemas (--db mit dessen Anmeldung, Passwort aus ~/.pgpass).",
    )
    add_vault_options(upgrade, user=False)
    upgrade.set_defaults(func=cmd_upgrade)

    audit = sub.add_parser("audit", help="Protokoll ausgeben (Administrator)")
    add_vault_options(audit)
    audit.add_argument("--case", metavar="NUMMER")
    audit.set_defaults(func=cmd_audit)

    from neubeginn.cli import (  # they import this module
        case_cmd,
        demo_cmd,
        directory_cmd,
        keys_cmd,
        print_cmd,
        ui_cmd,
    )

    for module in (case_cmd, directory_cmd, keys_cmd, print_cmd, demo_cmd, ui_cmd):
        module.add_parser(sub)
    return parser


def _message(error: VaultError | CliError, language: str) -> tuple[str, int]:
    """Words for an error, and the exit status."""
    match error:
        case CliError():
            return str(error), error.code
        case WrongPassword() | AccessDenied():
            return describe(error, language), EXIT_DENIED
        case InvalidInput():
            return describe(error, language), EXIT_USAGE
    return describe(error, language), EXIT_FAILED


def entry_point() -> int:
    """`neubeginn` and `python -m neubeginn`: harden the process, then run the command."""
    harden()
    return main()


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # anything written here is for the owner only
    parser = build_parser()
    args = parser.parse_args(argv)
    # The command's name only: its arguments may be a name searched for.
    log_path = logs.setup(f"command line ({args.command})")
    try:
        return int(args.func(args))
    except (VaultError, CliError) as error:
        message, code = _message(error, args.language)
        # A VaultError's str() is its code; a CliError's words may name a file: not logged.
        reason = str(error) if isinstance(error, VaultError) else type(error).__name__
        log.warning("%s ended with status %d: %s", args.command, code, reason)
        print(f"neubeginn: {message}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print("\nneubeginn: abgebrochen", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:
        log.error("%s failed unexpectedly", args.command, exc_info=error)
        print(
            f"neubeginn: Unerwarteter Fehler ({type(error).__name__}); nichts wurde verändert."
            f" Einzelheiten stehen im Protokoll {log_path}.",
            file=sys.stderr,
        )
        return EXIT_FAILED
