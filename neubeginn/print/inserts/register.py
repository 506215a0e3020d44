"""Register sheets: one divider per topic section of the folder, for filing documents by topic."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from neubeginn.model.domain.values import Topic
from neubeginn.print import vocab
from neubeginn.print.bilingual import BODY, Bilingual
from neubeginn.print.context import PrintContext
from neubeginn.print.i18n import N_
from neubeginn.print.page import Section
from neubeginn.print.text import BidiParagraph, Direction, TextStyle

SECTION_TITLE = N_("Register")
NUMBER = TextStyle(size=40, leading=48, bold=True, align="center", color=(0.45, 0.45, 0.45))
NAME = TextStyle(size=30, leading=38, bold=True, align="center")


def story(ctx: PrintContext) -> tuple[Section, list[Flowable]]:
    """One page per topic, in the folder's order."""
    flowables: list[Flowable] = []
    for number, topic in enumerate(Topic, start=1):
        if flowables:
            flowables.append(PageBreak())
        flowables += _divider(ctx.bi, number, vocab.TOPICS[topic])
    return Section(SECTION_TITLE), flowables


def _divider(bi: Bilingual, number: int, msgid: str) -> list[Flowable]:
    centred = TextStyle(size=BODY.size, leading=BODY.leading, align="center")
    flowables: list[Flowable] = [
        Spacer(0, 45 * mm),
        BidiParagraph(str(number), NUMBER, Direction.LTR),
        Spacer(0, 8 * mm),
        BidiParagraph(bi.de(msgid), NAME, Direction.LTR),
    ]
    if bi.bilingual:
        flowables += [
            Spacer(0, 6 * mm),
            BidiParagraph(bi.tr(msgid), bi.target_style(NAME), bi.direction),
        ]
    flowables += [
        Spacer(0, 20 * mm),
        *bi.label(N_("Legen Sie hier Ihre Unterlagen zu diesem Thema ab."), centred),
    ]
    return flowables
