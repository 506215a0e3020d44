"""How a piece of text looks: size, leading, weight, colour, alignment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Align = Literal["start", "end", "center"]


@dataclass(frozen=True)
class TextStyle:
    """Text style; ``align="start"`` means left for LTR text and right for RTL text."""

    size: float = 10
    leading: float | None = None  # None: 1.3 × size
    bold: bool = False
    color: tuple[float, float, float] = (0, 0, 0)
    align: Align = "start"

    @property
    def line_height(self) -> float:
        return self.leading if self.leading is not None else 1.3 * self.size
