"""Render the main screens from a fresh demo vault into docs/screenshots/*.png (offscreen).

.venv/bin/python scripts/screenshots.py [--scale 1.5] [--lang en] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR, e.g. 1.5")
    parser.add_argument("--lang", default="de", choices=["de", "en"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--households", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    with tempfile.TemporaryDirectory(prefix="neubeginn-shots-") as home:
        os.environ["NEUBEGINN_HOME"] = home  # settings and vault stay out of the user's folders
        return shoot(args, Path(home))


def shoot(args: argparse.Namespace, home: Path) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from neubeginn.cli.demo_cmd import DEMO_ACCOUNTS, create_demo
    from neubeginn.model.core.store import sqlite_url
    from neubeginn.ui.admin.accounts_dialog import AccountsDialog
    from neubeginn.ui.app import add_fonts
    from neubeginn.ui.i18n import install_translators
    from neubeginn.ui.idle import IdleWatcher
    from neubeginn.ui.main_window import MainWindow
    from neubeginn.ui.preferences import Preferences
    from neubeginn.ui.print.print_dialog import PrintDialog
    from neubeginn.ui.unlock.unlock_dialog import UnlockDialog
    from neubeginn.ui.worker import BackgroundRunner

    app = QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    translators = install_translators(app, args.lang)
    add_fonts()
    passwords = {name: password for name, _, _, password, _ in DEMO_ACCOUNTS}
    path = home / "demo.sqlite"
    print(f"demo vault with {args.households} households …", file=sys.stderr)
    create_demo(sqlite_url(path), args.households, quiet=True).close()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "de" else f"-{args.lang}"
    suffix += "" if args.scale in ("1", "1.0") else f"-{round(float(args.scale) * 100)}"

    def save(widget: QWidget, name: str) -> None:
        settle(app)
        file = out / f"{name}{suffix}.png"
        widget.grab().save(str(file))
        print(file.relative_to(ROOT) if file.is_relative_to(ROOT) else file)

    runner = BackgroundRunner()
    preferences = Preferences.default()
    unlock = UnlockDialog(preferences, runner, location=str(path))
    unlock.username_field.setText("schalter")
    unlock.password_field.setText(passwords["schalter"])
    unlock.show()
    save(unlock, "unlock")
    unlock.unlock_button.click()
    wait_for(app, lambda: unlock.vault is not None and unlock.vault.is_unlocked)
    vault = unlock.vault
    assert vault is not None

    window = MainWindow(vault, runner, preferences, IdleWatcher(app, 10))
    window.resize(1200, 720)
    window.show()
    # A common name in any spelling; the demo households are fictional.
    window.case_list.set_search_text("Mohammed")
    wait_for(app, lambda: window.case_list.model.rowCount() > 0)
    save(window, "case-list")

    number = window.case_list.model.summary(0).number
    window.open_case(number)
    view = window.case_view
    assert view is not None
    wait_for(app, lambda: view.current_number() == number)
    save(window, "case-personenbogen")
    view.tabs.setCurrentWidget(view.laufzettel_view)
    save(window, "case-laufzettel")

    printing = PrintDialog(vault, runner, [number], window)
    shown: list[int] = []
    printing.preview_updated.connect(shown.append)
    printing.resize(1100, 800)
    printing.show()
    wait_for(app, lambda: bool(shown))
    save(printing, "print-preview")
    printing.close()

    window.lock(manual=False)
    relock = window.unlock_dialog
    assert relock is not None
    save(relock, "locked")
    relock.username_field.setText("admin")
    relock.password_field.setText(passwords["admin"])
    relock.unlock_button.click()
    wait_for(app, lambda: not window.is_locked)
    accounts = AccountsDialog(vault, runner, window)
    accounts.show()
    runner.wait_idle()
    save(accounts, "admin-accounts")
    accounts.close()

    window.close()
    runner.wait_idle()
    runner.shutdown()
    vault.close()
    del translators
    return 0


def settle(app: object) -> None:
    """Let layouts, pending jobs and paint events finish before grabbing a widget."""
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)


def wait_for(app: object, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main())
