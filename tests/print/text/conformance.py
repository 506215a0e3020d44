"""Unicode's bidi conformance files (Unicode 17) through the engine's real line path.

The order the engine prints is compared with the file's expected visual order, on the
characters the engine draws (isolates, marks and X9-removed controls print nothing).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from neubeginn.print.text.bidi import EMBEDDING_CONTROLS, Direction, first_strong
from neubeginn.print.text.layout import _Para

# Unicode 17.0.0, gzipped; SHA-256 of the unpacked files in unicode-17/README.md.
DATA = Path(__file__).parent / "unicode-17"
# One character per bidi class for BidiTest.txt (the audit's mapping).
CHARS = {
    "L": "a",
    "R": "\u05d0",
    "AL": "\u0627",
    "EN": "1",
    "ES": "+",
    "ET": "$",
    "AN": "\u0661",
    "CS": ",",
    "NSM": "\u0300",
    "BN": "\u00ad",
    "B": "\u2029",
    "S": "\t",
    "WS": " ",
    "ON": "!",
    "LRE": "\u202a",
    "LRO": "\u202d",
    "RLE": "\u202b",
    "RLO": "\u202e",
    "PDF": "\u202c",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
}


@dataclass(frozen=True)
class Case:
    line: int
    text: str
    direction: Direction
    order: tuple[int, ...]  # expected visual order, X9-removed characters left out

    @property
    def explicit(self) -> bool:
        """Explicit embeddings or overrides, which the engine never gets (user data is
        neutralised), or a paragraph separator (the engine splits paragraphs before bidi)."""
        return any(c in EMBEDDING_CONTROLS or c == "\u2029" for c in self.text)


def character_cases(path: Path | None = None) -> Iterator[Case]:
    with gzip.open(path or DATA / "BidiCharacterTest.txt.gz", "rt", encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip() or raw.startswith("#"):
                continue
            codes, _, level, _, order = raw.rstrip("\n").split(";")
            text = "".join(chr(int(c, 16)) for c in codes.split())
            direction = Direction.RTL if level == "1" else Direction.LTR
            yield Case(number, text, direction, tuple(int(i) for i in order.split()))


def class_cases(path: Path | None = None) -> Iterator[Case]:
    order: tuple[int, ...] = ()
    with gzip.open(path or DATA / "BidiTest.txt.gz", "rt", encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            line = raw.strip()
            if not line or line.startswith("#") or line.startswith("@Levels"):
                continue
            if line.startswith("@Reorder:"):
                order = tuple(int(i) for i in line.split(":", 1)[1].split())
                continue
            classes, bits = line.split(";")
            text = "".join(CHARS[c] for c in classes.split())
            for bit, direction in ((1, None), (2, Direction.LTR), (4, Direction.RTL)):
                if int(bits) & bit:
                    chosen = direction or first_strong(text) or Direction.LTR
                    yield Case(number, text, chosen, order)


def engine_order(case: Case) -> tuple[int, ...]:
    """Indices of the characters the engine draws, left to right, via _Para.line()."""
    para = _Para(case.text, case.direction, False)
    line = para.line(0, len(case.text), 10)
    drawn: list[int] = []
    for piece in line.pieces:
        for cluster in piece.run.clusters:
            index = piece.start + cluster
            if not drawn or drawn[-1] != index:
                drawn.append(index)
    return tuple(drawn)


def conforms(case: Case) -> bool:
    drawn = engine_order(case)
    seen = set(drawn)
    expected = tuple(i for i in case.order if i in seen)
    return tuple(i for i in drawn if i in set(case.order)) == expected
