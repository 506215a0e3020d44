"""Fonts installed on the desk's machine, found by coverage, for scripts the bundled fonts lack.

PyPI has no Noto font for Ge'ez (Tigrinya, Amharic), Georgian, CJK and many more scripts, but
the machines have: Windows ships Nyala and Ebrima (Ethiopic), Sylfaen (Georgian), Microsoft
YaHei (CJK); Debian's fonts-noto-core and fonts-noto-cjk cover almost every script. On Linux
fontconfig answers "which fonts have this character" (`fc-list :charset=…`); elsewhere the
font folders are read once with fontTools. Only TrueType outlines qualify: reportlab cannot
embed CFF (PostScript-flavoured OpenType) fonts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, TTLibError

# fontconfig's weight scale to the CSS/OpenType one (usWeightClass).
_FC_WEIGHTS: tuple[tuple[int, int], ...] = (
    (0, 100),
    (40, 200),
    (50, 300),
    (75, 350),
    (80, 400),
    (100, 500),
    (180, 600),
    (200, 700),
    (205, 800),
    (210, 900),
)
REGULAR, BOLD = 400, 700


@dataclass(frozen=True)
class FontFile:
    """One face in a font file (a .ttc holds several) and what it looks like."""

    path: Path
    index: int
    family: str
    weight: int  # 400 regular, 700 bold
    italic: bool

    def score(self, weight: int) -> float:
        """Higher is better: a plain upright sans face of the wanted weight, Noto first."""
        family = self.family.lower()
        points = 4.0 if family.startswith("noto sans") else 0.0
        points -= 3.0 * any(word in family for word in ("serif", "mono", "condensed", "looped"))
        points -= 10.0 * self.italic
        return points - abs(self.weight - weight) / 150


def _fc_weight(value: int) -> int:
    return min(_FC_WEIGHTS, key=lambda pair: abs(pair[0] - value))[1]


def font_folders() -> list[Path]:
    """The folders fonts are installed in, for the platforms without fontconfig."""
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts"]


class Finder:
    """Answers which installed TrueType faces have a character."""

    def faces_with(self, char: str) -> list[FontFile]:
        raise NotImplementedError


class Fontconfig(Finder):
    """Linux (and any machine with fc-list): fontconfig's own coverage query, about 15 ms."""

    def __init__(self, fc_list: str) -> None:
        self.fc_list = fc_list

    def faces_with(self, char: str) -> list[FontFile]:
        fields = "%{file}\t%{index}\t%{fontformat}\t%{family[0]}\t%{weight}\t%{slant}\n"
        try:
            out = subprocess.run(  # noqa: S603 - fc-list from PATH, a code point as argument
                [self.fc_list, "--format", fields, f":charset={ord(char):x}"],
                capture_output=True,
                text=True,
                timeout=20,
                check=True,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        faces = []
        for line in out.splitlines():
            parts = line.split("\t")
            if len(parts) != 6 or parts[2] != "TrueType":
                continue
            path, index, _, family, weight, slant = parts
            faces.append(
                FontFile(Path(path), int(index), family, _fc_weight(int(weight)), slant != "0")
            )
        return faces


class FolderScan(Finder):
    """Windows and macOS: every font file in the folders, read once (cmap and names only)."""

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = tuple(folders)
        self._lock = threading.Lock()
        self._index: list[tuple[FontFile, frozenset[int]]] | None = None

    def faces_with(self, char: str) -> list[FontFile]:
        with self._lock:
            if self._index is None:
                self._index = list(_read_faces(_font_files(self.folders)))
        cp = ord(char)
        return [face for face, cmap in self._index if cp in cmap]


def _font_files(folders: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            files += (p for p in folder.rglob("*") if p.suffix.lower() in (".ttf", ".ttc"))
    return sorted(files)


def _read_faces(files: Iterable[Path]) -> Iterable[tuple[FontFile, frozenset[int]]]:
    for path in files:
        try:
            fonts = TTCollection(path, lazy=True).fonts if path.suffix.lower() == ".ttc" else []
            fonts = fonts or [TTFont(path, lazy=True)]
            for index, font in enumerate(fonts):
                if "glyf" not in font or "cmap" not in font:
                    continue
                names = font["name"]
                family = str(names.getBestFamilyName() or path.stem)
                os2 = font.get("OS/2")
                weight = int(os2.usWeightClass) if os2 is not None else REGULAR
                italic = bool(os2.fsSelection & 1) if os2 is not None else False
                cmap = frozenset(font.getBestCmap() or {})
                yield FontFile(path, index, family, weight, italic), cmap
        except (TTLibError, OSError, KeyError, AssertionError, ValueError):
            continue  # a broken or unreadable file is no reason to fail a print


@cache
def default_finder() -> Finder:
    fc_list = shutil.which("fc-list")
    return Fontconfig(fc_list) if fc_list else FolderScan(font_folders())


def best_face(faces: Sequence[FontFile], weight: int) -> FontFile | None:
    """The face to draw with: the best scored, ties broken by path for a stable choice."""
    return max(faces, key=lambda f: (f.score(weight), str(f.path)), default=None)
