"""`neubeginn gui` and `demo-start`: the right vault is made (once) and handed to run_app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from neubeginn import paths
from neubeginn.cli import build_parser, ui_cmd


def test_gui_passes_the_vault_and_language(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(ui_cmd, "_run", lambda argv: started.append(argv) or 0)
    args = build_parser().parse_args(["gui", "--vault", "/srv/tresor.sqlite", "--lang", "en"])
    assert args.func(args) == 0
    assert started == [["--vault", "/srv/tresor.sqlite", "--lang", "en"]]


def test_demo_start_creates_the_demo_vault_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    created: list[tuple[str, int]] = []
    started: list[list[str]] = []

    class _Vault:
        def close(self) -> None:
            pass

    def create(url: str, households: int, *_: Any, **__: Any) -> _Vault:
        created.append((url, households))
        target = Path(url.removeprefix("sqlite+pysqlite:///"))
        target.write_bytes(b"")
        return _Vault()

    monkeypatch.setattr(ui_cmd, "create_demo", create)
    monkeypatch.setattr(ui_cmd, "_run", lambda argv: started.append(argv) or 0)
    expected = paths.data_dir() / "demo" / "vault.sqlite"
    expected.unlink(missing_ok=True)
    for _ in range(2):
        args = build_parser().parse_args(["demo-start"])
        assert args.func(args) == 0
    assert created == [(f"sqlite+pysqlite:///{expected}", 300)]
    assert started == [["--vault", str(expected)]] * 2
    assert "demo-schalter-2026" in capsys.readouterr().out
