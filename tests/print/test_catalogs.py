"""The print catalogs: complete, not stale, placeholders intact, every glyph printable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from neubeginn.print import i18n
from neubeginn.print.fonts import check_coverage
from neubeginn.print.sample import sample_case
from tests.print.helpers import TODAY

PACKAGE = Path(i18n.__file__).parent
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


Id = str | tuple[str, str]  # a plain msgid, or singular and plural


def _source_ids() -> set[Id]:
    """The msgids marked with N_() and NP_() in the print package, as pybabel extract finds
    them (keywords N_ and NP_:1,2, docs/printing.md)."""
    found = extract_from_dir(
        str(PACKAGE),
        keywords={"N_": None, "NP_": (1, 2)},
        comment_tags=(),
        callback=None,
        method_map=[("text/**.py", "ignore"), ("**.py", "python")],
    )
    return {m if isinstance(m, str) else (m[0], m[1]) for _, _, m, _, _ in found if m}


def _po(name: str) -> dict[Id, tuple[tuple[str, ...], bool]]:
    """msgid -> (the translation's forms, fuzzy)."""
    with (i18n.CATALOG_DIR / name).open("rb") as handle:
        catalog = read_po(handle)
    entries: dict[Id, tuple[tuple[str, ...], bool]] = {}
    for m in catalog:
        if m.id:
            forms = tuple(map(str, m.string)) if isinstance(m.string, tuple) else (str(m.string),)
            entries[m.id if isinstance(m.id, str) else (m.id[0], m.id[1])] = (forms, m.fuzzy)
    return entries


def test_template_matches_the_source() -> None:
    assert set(_po("messages.pot")) == _source_ids(), "run pybabel extract (docs/printing.md)"


@pytest.mark.parametrize("lang", i18n.TARGET_LANGUAGES)
def test_catalog_is_complete_current_and_keeps_placeholders(lang: str) -> None:
    entries = _po(f"{lang}.po")
    source = _source_ids()
    assert not source - set(entries), f"missing in {lang}.po"
    assert not set(entries) - source, f"stale in {lang}.po"
    for msgid, (forms, fuzzy) in entries.items():
        german = msgid if isinstance(msgid, str) else msgid[1]
        assert all(form.strip() for form in forms) and not fuzzy, (lang, msgid)
        for form in forms:
            # a plural form may leave the number out ("سنتان", two years), nothing else
            assert set(PLACEHOLDER.findall(form)) <= set(PLACEHOLDER.findall(german)), msgid
            assert form.count("%") <= german.count("%"), (lang, msgid)
        last = forms[-1]  # the general form ("other") names every value
        assert sorted(PLACEHOLDER.findall(german)) == sorted(PLACEHOLDER.findall(last)), msgid


@pytest.mark.parametrize("lang", i18n.TARGET_LANGUAGES)
def test_every_catalog_text_has_glyphs_in_regular_and_bold(lang: str) -> None:
    for forms, _ in _po(f"{lang}.po").values():
        for msgstr in forms:
            check_coverage(msgstr)
            check_coverage(msgstr, bold=True)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_cldr_names_and_dates_of_the_sample_have_glyphs(lang: str) -> None:
    case = sample_case(TODAY)
    for member in case.members:
        check_coverage(i18n.country_name(member.nationality, lang))
        for spoken in member.languages:
            check_coverage(i18n.language_name(spoken.code, lang))
        if member.birth_date is not None:
            check_coverage(i18n.format_partial(member.birth_date, lang))
    check_coverage(i18n.format_long_day(TODAY, lang), bold=True)


def test_native_script_names_of_the_sample_have_glyphs() -> None:
    for member in sample_case(TODAY).members:
        check_coverage(member.native_name, bold=True)


def test_cldr_fallback_names_dari_in_sorani() -> None:
    # CLDR's ckb data has no name for fa_AF: composed from Persian and Afghanistan instead
    assert i18n.language_name("fa-AF", "ckb") == "فارسی (ئەفغانستان)"
    assert i18n.language_name("fa-AF", "de") == "Dari"
