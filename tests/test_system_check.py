"""`./dev demo` names every missing Qt system library, and the README lists the same ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from neubeginn.ui import system_check

ROOT = Path(__file__).resolve().parents[1]


def test_every_missing_library_is_named_with_the_apt_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    libraries = {
        "libc.so.6": "libc6",  # present everywhere
        "libneubeginn-absent-a.so.0": "libabsent-a0",
        "libneubeginn-absent-b.so.1": "libabsent-b1",
    }
    monkeypatch.setattr(system_check, "LIBRARIES", libraries)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert system_check.main(["system_check"]) == 1
    message = capsys.readouterr().err
    assert "sudo apt-get install libabsent-a0 libabsent-b1" in message
    assert "libc6" not in message


def test_nothing_missing_says_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(system_check, "LIBRARIES", {"libc.so.6": "libc6"})
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert system_check.main(["system_check"]) == 0
    assert capsys.readouterr().err == ""


def test_the_readme_lists_every_package() -> None:
    readme = " ".join(ROOT.joinpath("README.md").read_text().split())
    for package in system_check.LIBRARIES.values():
        assert f" {package} " in readme.replace("\\", " "), package
