"""What every insert needs to know about one print run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from neubeginn.model.domain.values import Agency, Case
from neubeginn.print.bilingual import Bilingual


@dataclass(frozen=True)
class PrintContext:
    """One print run: the case, the language pair, the day, and the Laufzettel position."""

    case: Case
    bi: Bilingual
    today: dt.date
    after_seq: int = 0  # Laufzettel continuation: entries up to this seq are already printed
    first_sheet: int = 1  # Laufzettel continuation: number of its first sheet
    agencies: tuple[Agency, ...] = ()  # the directory, for the consent form's list of readers
