"""The wheel works on its own: built from the project, installed into a fresh environment
outside the checkout, it starts, prints every language and shows the English UI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _uv() -> str:
    """The uv that ./dev uses: its own copy in .tools/, or one on the PATH."""
    local = ROOT / ".tools" / "bin" / "uv"
    found = str(local) if local.exists() else shutil.which("uv")
    assert found, "uv not found: run ./dev test, which installs it into .tools/"
    return found


def _run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _clean_copy(target: Path) -> Path:
    """The files git knows of (committed or not, never ignored ones), copied to target."""
    listed = _run("git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=ROOT)
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel and exactly the locked dependencies; returns its python.

    The wheel is built from the sdist (uv build does both) of a copy of the checkout's files,
    as a fresh clone has them: in the checkout itself setuptools would also find the build/
    and *.egg-info/ folders of earlier installs, and package whatever they list.
    """
    work = tmp_path_factory.mktemp("wheel")
    uv = _uv()
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never"}
    env.pop("VIRTUAL_ENV", None)
    source = _clean_copy(work / "source")
    _run(
        uv, "build", "--python", sys.executable, "--out-dir", work / "dist", source,
        cwd=work, env=env,
    )  # fmt: skip
    (wheel,) = (work / "dist").glob("neubeginn-*.whl")
    pins = _run(
        uv, "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project",
        "--project", ROOT, cwd=work, env=env,
    )  # fmt: skip
    (work / "pins.txt").write_text(pins)
    _run(uv, "venv", "--quiet", "--python", sys.executable, work / "venv", cwd=work, env=env)
    python = work / "venv" / "bin" / "python"
    _run(
        uv, "pip", "install", "--quiet", "--python", python, wheel, "-c", work / "pins.txt",
        cwd=work, env=env,
    )  # fmt: skip
    return python


def _clean_env(home: Path) -> dict[str, str]:
    """No path back into the checkout: no PYTHONPATH, a home of its own, Qt offscreen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(NEUBEGINN_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


def test_installed_wheel_is_used_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    location = _run(
        installed, "-c", "import neubeginn; print(neubeginn.__file__)",
        cwd=tmp_path, env=_clean_env(tmp_path),
    )  # fmt: skip
    assert Path(location.strip()).is_relative_to(installed.parent.parent)
    assert not Path(location.strip()).is_relative_to(ROOT)


def test_installed_command_prints_the_arabic_sample(installed: Path, tmp_path: Path) -> None:
    out = tmp_path / "sample-ar.pdf"
    command = installed.parent / "neubeginn"
    _run(
        command, "print", "--sample", "--lang", "ar", "--out", out,
        cwd=tmp_path, env=_clean_env(tmp_path),
    )  # fmt: skip
    assert out.read_bytes().startswith(b"%PDF")


def test_installed_wheel_prints_every_language_and_shows_english(
    installed: Path, tmp_path: Path
) -> None:
    script = textwrap.dedent(
        """
        import datetime as dt
        import pypdfium2
        from neubeginn.print import LANGUAGES, Doc, render_printed
        from neubeginn.print.i18n import translate
        from neubeginn.print.sample import sample_agencies, sample_case
        today = dt.date(2026, 3, 9)
        for lang in LANGUAGES[1:]:
            pdf = render_printed(
                sample_case(today), [Doc.PERSONENBOGEN], lang, today=today,
                agencies=sample_agencies(),
            ).pdf
            text = pypdfium2.PdfDocument(pdf)[0].get_textpage().get_text_range()
            assert translate(lang, "Personenbogen") != "Personenbogen", lang
            print(lang, len(pdf), "Personenbogen" in text)

        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication
        from neubeginn.ui.i18n import install_translators
        app = QApplication([])
        install_translators(app, "en")
        print("en-ui", QCoreApplication.translate("MainWindow", "Neubeginn Hauptfenster"))
        """
    )
    output = _run(installed, "-c", script, cwd=tmp_path, env=_clean_env(tmp_path))
    printed = dict(line.split(" ", 1) for line in output.splitlines())
    assert set(printed) >= {"ar", "fa", "uk", "ckb", "en-ui"}
    assert all(printed[lang].endswith("True") for lang in ("ar", "fa", "ru"))
    assert printed["en-ui"] == "Neubeginn main window"
