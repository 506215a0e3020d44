"""Einwilligung: the consent form the person signs, German and their language side by side."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from neubeginn.model.domain.values import Agency, Case
from neubeginn.print.bilingual import BODY, HEADING, LABEL, TITLE, Bilingual, user_text
from neubeginn.print.context import PrintContext
from neubeginn.print.grid import EMBEDDED_FONT, LINE
from neubeginn.print.i18n import N_
from neubeginn.print.page import FRAME_WIDTH, Section
from neubeginn.print.text import TextStyle

SECTION_TITLE = N_("Einwilligung")
PARAGRAPHS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        N_("Was wir speichern"),
        (
            N_(
                "Wir speichern die Angaben im Personenbogen: Namen, Geburtsdaten, "
                "Staatsangehörigkeit, Sprachen, Aufenthaltsstatus und Aktenzeichen."
            ),
            N_(
                "Wir speichern auch den Laufzettel: Ihre Termine, die Informationen und die "
                "Absprachen."
            ),
        ),
    ),
    (
        N_("Wozu"),
        (
            N_(
                "So müssen Sie nicht bei jeder Stelle alles neu erzählen. Die Beratung wird "
                "schneller und besser."
            ),
        ),
    ),
    (
        N_("Wer die Daten lesen darf"),
        (
            N_(
                "Nur Mitarbeitende der Stadt Herne und der Beratungsstellen, denen Sie hier "
                "zustimmen."
            ),
            N_("Die Daten sind verschlüsselt gespeichert. Jeder Zugriff wird aufgezeichnet."),
        ),
    ),
    (
        N_("Ihre Rechte"),
        (
            N_("Sie können jederzeit eine Kopie Ihrer Daten bekommen, auch in Ihrer Sprache."),
            N_("Falsche Angaben werden berichtigt."),
            N_(
                "Sie können verlangen, dass Ihre Daten gelöscht werden. Wenn die "
                "Aufbewahrungsfrist endet, löschen wir sie."
            ),
        ),
    ),
    (
        N_("Freiwillig"),
        (
            N_("Die Einwilligung ist freiwillig. Sie können sie jederzeit widerrufen."),
            N_("Sie bekommen Beratung auch ohne Einwilligung."),
        ),
    ),
)
AGREEMENTS = (
    N_("Ich bin einverstanden, dass meine Daten gespeichert werden."),
    N_("Ich bin einverstanden, dass diese Beratungsstellen meine Daten lesen:"),
)


def story(ctx: PrintContext) -> tuple[Section, list[Flowable]]:
    """The consent form of ctx.case, naming the agencies its latest consent lists."""
    bi, case = ctx.bi, ctx.case
    rows: list[list[list[Flowable]]] = [
        [[bi.german(SECTION_TITLE, TITLE)], bi.target(SECTION_TITLE, TITLE)],
        _row(bi, N_("Einwilligung in die Speicherung und Weitergabe Ihrer Daten"), HEADING),
        _row(bi, N_("Verantwortlich: %(office)s"), BODY, office=case.issuing_office),
    ]
    for heading, sentences in PARAGRAPHS:
        rows.append(_row(bi, heading, HEADING))
        rows.extend(_row(bi, sentence, BODY) for sentence in sentences)
    columns = [FRAME_WIDTH / 2] * 2 if bi.bilingual else [FRAME_WIDTH]
    text = Table([row[: len(columns)] for row in rows], colWidths=columns, splitInRow=1)
    text.setStyle(
        TableStyle(
            [
                EMBEDDED_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    # the ticks and the signatures belong together: never sign on a page without them
    signing = KeepTogether(
        [_agreements(bi, case, ctx.agencies), Spacer(0, 3 * mm), _signatures(bi, case)]
    )
    flowables: list[Flowable] = [text, Spacer(0, 2 * mm), signing]
    return Section(SECTION_TITLE), flowables


def _row(bi: Bilingual, msgid: str, style: TextStyle, **values: str) -> list[list[Flowable]]:
    return [[bi.german(msgid, style, **values)], bi.target(msgid, style, **values)]


def _shared_with(case: Case, directory: tuple[Agency, ...]) -> list[Agency]:
    """Agencies of the latest consent still in force, as the directory names them."""
    current = [c for c in case.consents if c.withdrawn_on is None and c.share_with_agencies]
    if not current:
        return []
    chosen = max(current, key=lambda c: c.given_on).agencies
    return [a for a in directory if a.uuid in chosen]


class _Box(Flowable):  # type: ignore[misc]
    """An empty tick box (drawn, so it needs no glyph)."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 4 * mm, 4 * mm

    def draw(self) -> None:
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, 4 * mm, 4 * mm)


def _agreements(bi: Bilingual, case: Case, directory: tuple[Agency, ...]) -> Table:
    rows: list[list[object]] = [[_Box(), *_row(bi, msgid, BODY)] for msgid in AGREEMENTS]
    agencies = _shared_with(case, directory)
    names = [user_text(a.name, BODY) for a in agencies] or [Spacer(0, 12 * mm)]
    rows.append(["", names, ""])
    text_width = (FRAME_WIDTH - 8 * mm) / (2 if bi.bilingual else 1)
    columns = [8 * mm] + [text_width] * (2 if bi.bilingual else 1)
    table = Table([row[: len(columns)] for row in rows], colWidths=columns, splitInRow=1)
    style = [
        EMBEDDED_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOX", (1, -1), (-1, -1), 0.4, LINE),
    ]
    if bi.bilingual:
        style.append(("SPAN", (1, -1), (-1, -1)))
    table.setStyle(TableStyle(style))
    return table


def _signatures(bi: Bilingual, case: Case) -> Table:
    head = case.head
    name = f"{head.given_names} {head.family_name}" if head else ""
    labels = [N_("Ort, Datum"), N_("Unterschrift"), N_("Aufgenommen von (Name, Stelle)")]
    cells = [bi.label(msgid, LABEL) for msgid in labels]
    if name:
        cells[1].append(user_text(name, BODY))
    table = Table(
        [["", "", ""], cells],
        colWidths=[FRAME_WIDTH * 0.26, FRAME_WIDTH * 0.37, FRAME_WIDTH * 0.37],
        rowHeights=[13 * mm, None],
    )
    table.setStyle(
        TableStyle(
            [
                EMBEDDED_FONT,
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table
