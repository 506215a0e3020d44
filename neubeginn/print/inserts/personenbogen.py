"""Personenbogen: the household at a glance, one block per member."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from neubeginn.model.domain.values import Member, SpokenLanguage
from neubeginn.print import i18n, vocab
from neubeginn.print.bilingual import BODY, HEADING, TITLE, Bilingual, number_text, user_text
from neubeginn.print.context import PrintContext
from neubeginn.print.fonts import MissingGlyph, check_coverage
from neubeginn.print.grid import Cell, column_table, label_grid
from neubeginn.print.i18n import N_, NP_
from neubeginn.print.page import FRAME_WIDTH, Section
from neubeginn.print.text import Direction, TextStyle, neutralise_bidi_controls
from neubeginn.print.text.bidi import first_strong

SECTION_TITLE = N_("Personenbogen")
NOT_PRINTABLE = N_("(Diese Schrift kann nicht gedruckt werden – bitte von Hand eintragen.)")
NAME_STYLE = TextStyle(size=10, leading=12.5, bold=True)
SCHOOL_YEARS = NP_("%(years)s Jahr", "%(years)s Jahre")


def story(ctx: PrintContext) -> tuple[Section, list[Flowable]]:
    """The Personenbogen of ctx.case."""
    bi, case = ctx.bi, ctx.case
    flowables: list[Flowable] = [*bi.label(SECTION_TITLE, TITLE), Spacer(0, 4 * mm)]
    household: list[tuple[str, Cell]] = [
        (N_("Fall-Nummer"), [number_text(case.number)]),
        (N_("Ordnerversion"), _translated(bi, vocab.FOLDER_VERSIONS[case.folder_version])),
        (N_("Ausgegeben von"), [user_text(case.issuing_office)]),
    ]
    if case.issued_on is not None:
        issued = bi.pair(
            i18n.format_day(case.issued_on, "de"), i18n.format_day(case.issued_on, bi.lang)
        )
        household.append((N_("Ausgegeben am"), issued))
    household.append((N_("Unterkunft oder Anschrift"), [user_text(case.accommodation)]))
    flowables += [label_grid(bi, bi.label(N_("Haushalt"), HEADING), household), Spacer(0, 5 * mm)]
    for number, member in enumerate(case.members, start=1):
        heading = bi.label(
            N_("Person %(number)s von %(count)s"),
            HEADING,
            number=str(number),
            count=str(len(case.members)),
        )
        flowables += [label_grid(bi, heading, _member_rows(bi, member)), Spacer(0, 4 * mm)]
    if case.service_contacts:
        flowables += [*bi.label(N_("Ansprechpartner bei Ämtern"), HEADING), Spacer(0, 2 * mm)]
        rows = [
            [
                [user_text(c.office)],
                [number_text(c.reference)],
                [user_text(c.contact_person)],
                [number_text(c.phone)],
            ]
            for c in case.service_contacts
        ]
        headers = [N_("Stelle"), N_("Aktenzeichen"), N_("Ansprechperson"), N_("Telefon")]
        widths = [FRAME_WIDTH * share for share in (0.34, 0.24, 0.22, 0.20)]
        flowables.append(column_table(bi, headers, rows, widths))
    return Section(SECTION_TITLE), flowables


def _translated(bi: Bilingual, msgid: str, style: TextStyle = BODY) -> list[Flowable]:
    return bi.pair(bi.de(msgid), bi.tr(msgid), style)


def _native_direction(member: Member, bi: Bilingual) -> Direction:
    """The direction of the script the native name is written in: that of its first letter,
    else that of the member's first mother tongue, else that of the print language."""
    found = first_strong(neutralise_bidi_controls(member.native_name))
    if found is not None:
        return found
    for spoken in member.languages:
        if spoken.level is spoken.level.NATIVE:
            return i18n.direction_of(spoken.code)
    return bi.direction


def _native_name(bi: Bilingual, m: Member) -> list[Flowable]:
    """The name in its own script; for a script the fonts lack (Ge'ez, Georgian …) a note in
    both languages to write it by hand, instead of boxes or a silently empty cell."""
    text = neutralise_bidi_controls(m.native_name)
    try:
        check_coverage(text, bold=NAME_STYLE.bold)
    except MissingGlyph:
        return _translated(bi, NOT_PRINTABLE)
    return [user_text(text, NAME_STYLE, _native_direction(m, bi))]


def _member_rows(bi: Bilingual, m: Member) -> list[tuple[str, Cell]]:
    rows: list[tuple[str, Cell]] = [
        (N_("Name"), [user_text(f"{m.family_name}, {m.given_names}", NAME_STYLE)]),
    ]
    if m.native_name:
        rows.append((N_("Name in eigener Schrift"), _native_name(bi, m)))
    if m.birth_date is not None:
        birth = bi.pair(
            i18n.format_partial(m.birth_date, "de"), i18n.format_partial(m.birth_date, bi.lang)
        )
    else:
        birth = _translated(bi, vocab.SEXES[m.sex.UNKNOWN])
    rows.append((N_("Geburtsdatum"), birth))
    rows.append((N_("Geschlecht"), _translated(bi, vocab.SEXES[m.sex])))
    rows.append((N_("Staatsangehörigkeit"), _nationality(bi, m.nationality)))
    relationship = vocab.RELATIONSHIPS.get(m.relationship)
    if relationship is not None:
        rows.append((N_("Stellung im Haushalt"), _translated(bi, relationship)))
    elif m.relationship:
        rows.append((N_("Stellung im Haushalt"), [user_text(m.relationship)]))
    if m.languages:
        languages = [[*_language(bi, spoken), Spacer(0, 2)] for spoken in m.languages]
        rows.append((N_("Sprachen"), [f for flowables in languages for f in flowables]))
    level, translate = vocab.german_level(m.german_level)
    rows.append(
        (N_("Deutschkenntnisse"), _translated(bi, level) if translate else [user_text(level)])
    )
    rows.append((N_("Lesen und Schreiben"), _translated(bi, vocab.LITERACY[m.literacy])))
    if m.residence_status is not None:
        rows.append((N_("Aufenthaltsstatus"), _residence(bi, m)))
    for msgid, value in (
        (N_("Telefon"), m.phone),
        (N_("BAMF-Aktenzeichen"), m.bamf_number),
        (N_("BG-Nummer Jobcenter"), m.jobcenter_number),
    ):
        if value:
            rows.append((msgid, [number_text(value)]))
    if m.schooling_years is not None or m.last_school:
        school: list[Flowable] = []
        if m.schooling_years is not None:
            n, years = m.schooling_years, str(m.schooling_years)
            school += bi.pair(
                bi.de_count(SCHOOL_YEARS, n, years=years), bi.tr_count(SCHOOL_YEARS, n, years=years)
            )
        if m.last_school:
            school.append(user_text(m.last_school))
        rows.append((N_("Schulbesuch"), school))
    for msgid, value in (
        (N_("Schulabschlüsse"), m.certificates),
        (N_("Berufsausbildung"), m.vocational_training),
        (N_("Berufserfahrung"), m.work_experience),
        (N_("Bemerkungen"), m.notes),
    ):
        if value:
            rows.append((msgid, [user_text(value)]))
    return rows


def _nationality(bi: Bilingual, code: str) -> list[Flowable]:
    if code.upper() == "XX":
        return _translated(bi, vocab.STATELESS)
    if code.upper() == "ZZ":
        return _translated(bi, vocab.NATIONALITY_UNCLEAR)
    return bi.pair(i18n.country_name(code, "de"), i18n.country_name(code, bi.lang))


def _language(bi: Bilingual, spoken: SpokenLanguage) -> list[Flowable]:
    level = vocab.LANGUAGE_LEVELS[spoken.level]
    german = [i18n.language_name(spoken.code, "de"), bi.de(level)]
    target = [i18n.language_name(spoken.code, bi.lang), bi.tr(level)]
    if spoken.interpreter:
        german.append(bi.de(N_("Dolmetschung nötig")))
        target.append(bi.tr(N_("Dolmetschung nötig")))
    return bi.pair(" – ".join(german), " – ".join(target))


def _residence(bi: Bilingual, m: Member) -> list[Flowable]:
    assert m.residence_status is not None
    msgid = vocab.RESIDENCE[m.residence_status]
    flowables = _translated(bi, msgid)
    if m.residence_paragraph:
        flowables.append(user_text(m.residence_paragraph))
    if m.residence_valid_until is not None:
        until = m.residence_valid_until
        flowables += bi.pair(
            bi.de(N_("gültig bis %(date)s"), date=i18n.format_day(until, "de")),
            bi.tr(N_("gültig bis %(date)s"), date=i18n.format_day(until, bi.lang)),
        )
    return flowables
