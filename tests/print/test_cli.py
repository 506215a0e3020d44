"""`neubeginn print --sample`: a PDF file that only its owner can read."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

from neubeginn.cli import print_cmd


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    print_cmd.add_parser(parser.add_subparsers())
    return parser.parse_args(["print", *argv])


def test_sample_print_writes_a_private_pdf(tmp_path: Path) -> None:
    out = tmp_path / "einleger.pdf"
    assert (
        print_cmd.run(
            _parse("--sample", "--lang", "fa", "--out", str(out), "--doc", "personenbogen,termin")
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["einleger.pdf"]  # no temp file left


def test_vault_options_are_accepted() -> None:
    args = _parse(
        "--vault",
        "v.sqlite",
        "--user",
        "anna",
        "--case",
        "NB-1",
        "--lang",
        "ar",
        "--continuation",
        "--out",
        "x.pdf",
    )
    assert args.continuation and args.case == ["NB-1"] and len(args.doc) == 5
