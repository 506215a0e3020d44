"""Bilingual building blocks: German next to the target language, each in its own direction."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from reportlab.platypus import Flowable

from neubeginn.print import i18n
from neubeginn.print.text import (
    BidiParagraph,
    Direction,
    TextStyle,
    isolate,
    neutralise_bidi_controls,
)
from neubeginn.print.text.bidi import first_strong, number_groups_in_typing_order, typing_order

BLACK = (0.0, 0.0, 0.0)
#: The target language is printed in a dark blue so each reader finds their own lines.
TARGET_COLOUR = (0.05, 0.2, 0.45)
GREY = (0.35, 0.35, 0.35)

TITLE = TextStyle(size=15, leading=19, bold=True)
HEADING = TextStyle(size=11, leading=14, bold=True)
LABEL = TextStyle(size=8, leading=10, bold=True)
BODY = TextStyle(size=9, leading=11.5)
SMALL = TextStyle(size=7.5, leading=9.5)


@dataclass(frozen=True)
class Bilingual:
    """Texts of one print run: German plus the newcomer's language `lang`."""

    lang: str

    @property
    def direction(self) -> Direction:
        return i18n.direction_of(self.lang)

    @property
    def bilingual(self) -> bool:
        """False when the newcomer's language is German itself: print each text once."""
        return self.lang != i18n.SOURCE_LANGUAGE

    def de(self, msgid: str, **values: str) -> str:
        return msgid % values if values else msgid

    def tr(self, msgid: str, **values: str) -> str:
        """The target-language text; placeholder values are isolated so that a date or a
        number cannot reorder the RTL sentence around it."""
        if self.direction is Direction.RTL:
            values = {key: isolate(value) for key, value in values.items()}
        return i18n.translate(self.lang, msgid, **values)

    def de_count(self, msgids: tuple[str, str], n: int, **values: str) -> str:
        return i18n.translate_count(i18n.SOURCE_LANGUAGE, msgids, n, **values)

    def tr_count(self, msgids: tuple[str, str], n: int, **values: str) -> str:
        """The target-language form for the count n (ngettext), values isolated as in tr()."""
        if self.direction is Direction.RTL:
            values = {key: isolate(value) for key, value in values.items()}
        return i18n.translate_count(self.lang, msgids, n, **values)

    def target_style(self, style: TextStyle) -> TextStyle:
        return replace(style, color=TARGET_COLOUR)

    def label(self, msgid: str, style: TextStyle = LABEL, **values: str) -> list[Flowable]:
        """The German text, and below it the translation when there is one that differs."""
        german = self.de(msgid, **values)
        flowables: list[Flowable] = [BidiParagraph(german, style, Direction.LTR)]
        target = self.tr(msgid, **values)
        if self.bilingual and target != german:
            flowables.append(BidiParagraph(target, self.target_style(style), self.direction))
        return flowables

    def german(self, msgid: str, style: TextStyle = LABEL, **values: str) -> BidiParagraph:
        return BidiParagraph(self.de(msgid, **values), style, Direction.LTR)

    def target(self, msgid: str, style: TextStyle = LABEL, **values: str) -> list[Flowable]:
        """Only the translation (for the target column of a three-column grid)."""
        if not self.bilingual:
            return []
        return [BidiParagraph(self.tr(msgid, **values), self.target_style(style), self.direction)]

    def pair(self, german: str, target: str, style: TextStyle = BODY) -> list[Flowable]:
        """Two values already in their languages (CLDR names, dates), the second if it differs."""
        flowables: list[Flowable] = [BidiParagraph(german, style, Direction.LTR)]
        if self.bilingual and target != german:
            flowables.append(BidiParagraph(target, self.target_style(style), self.direction))
        return flowables


def user_text(text: str, style: TextStyle = BODY, direction: Direction | None = None) -> Flowable:
    """User data (names, addresses, notes): bidi controls neutralised; the paragraph takes
    the direction of its first strong letter (as HTML's dir=auto: an Arabic address reads
    right to left and stands at the right edge), German's when it has none, unless the
    field decides (`direction`). Phone numbers in it keep their groups in typing order."""
    text = neutralise_bidi_controls(text)
    chosen = direction or first_strong(text) or Direction.LTR
    return BidiParagraph(number_groups_in_typing_order(text), style, chosen)


def number_text(text: str, style: TextStyle = BODY) -> Flowable:
    """A number-like field (phone, file and reference numbers): its digit groups in typing
    order, left to right, whatever digits were typed."""
    return BidiParagraph(clean(text), style, Direction.LTR)


def clean(text: str) -> str:
    """User data for drawing on the canvas directly; digit groups keep their typing order."""
    return typing_order(neutralise_bidi_controls(text))


def right_align(direction: Direction) -> Literal["start", "end"]:
    """The alignment that puts a line against the right margin in either direction."""
    return "start" if direction is Direction.RTL else "end"
