"""Page geometry a reader or the folder's punch notices: binding margin, no text off the page,
long tables that break with their header, continuation sheets."""

from __future__ import annotations

import dataclasses

import pytest

from neubeginn.model.domain.values import LanguageLevel, Member, PartialDate, Sex, SpokenLanguage
from neubeginn.print import Doc
from neubeginn.print.i18n import translate
from neubeginn.print.sample import sample_case
from tests.print.helpers import MM, TODAY, Page, flat, print_sample, read_pdf, with_laufzettel


def assert_inside_binding_margin(pages: list[Page]) -> None:
    for number, page in enumerate(pages, start=1):
        assert page.boxes, f"page {number} has no text"
        for char, left, bottom, right, top in page.boxes:
            assert left >= 25 * MM, f"{char!r} at {left / MM:.1f} mm on page {number}"
            assert right <= page.width and bottom >= 0 and top <= page.height, (number, char)


@pytest.mark.parametrize("lang", ["ar", "fa", "ckb", "ru"])
def test_no_glyph_in_the_binding_margin_or_off_the_page(lang: str) -> None:
    assert_inside_binding_margin(read_pdf(print_sample(list(Doc), lang)))


def _big_household() -> tuple[Member, ...]:
    long_notes = "Braucht Begleitung zu allen Terminen und eine Dolmetscherin. " * 12
    return tuple(
        Member(
            family_name=f"Abdulrahman-Al-Mustafa-Ibrahimzadeh-Haidari {n}",
            given_names="Mohammed Abdulkarim Nurullah Saifuddin",
            sex=Sex.MALE,
            birth_date=PartialDate(1980 + n),
            nationality="AF",
            relationship="child",
            native_name="محمد عبدالکریم نورالله سیف‌الدین عبدالرحمن المصطفی ابراهیم‌زاده حیدری",
            languages=(SpokenLanguage("fa-AF", LanguageLevel.NATIVE, interpreter=True),),
            notes=long_notes,
        )
        for n in range(1, 13)
    )


def test_twelve_members_with_long_names_and_notes_wrap_inside_the_page() -> None:
    case = dataclasses.replace(sample_case(TODAY), members=_big_household())
    pages = read_pdf(print_sample([Doc.PERSONENBOGEN], "fa-AF", case=case))
    assert_inside_binding_margin(pages)
    text = flat(" ".join(page.text for page in pages))
    assert "Person 12 von 12" in text
    assert text.count("Ibrahimzadeh-Haidari") == 12  # no name dropped or cut


def test_a_200_entry_laufzettel_repeats_its_header_on_every_page() -> None:
    case = with_laufzettel(sample_case(TODAY), 200)
    pages = read_pdf(print_sample([Doc.LAUFZETTEL], "ru", case=case))
    assert len(pages) > 10
    for page in pages:
        text = flat(page.text)
        assert "Informationen und Absprachen" in text
        assert translate("ru", "Informationen und Absprachen") in text
    everything = flat(" ".join(page.text for page in pages))
    assert all(f"Nr. {seq} " in everything for seq in range(1, 201))
    assert f"Seite {len(pages)} von {len(pages)}" in pages[-1].text
    assert_inside_binding_margin(pages)


def test_a_continuation_sheet_holds_only_new_entries_and_numbers_on() -> None:
    case = with_laufzettel(sample_case(TODAY), 200)
    pages = read_pdf(print_sample([Doc.LAUFZETTEL], "ru", case=case, after_seq=196, first_sheet=14))
    text = flat(" ".join(page.text for page in pages))
    assert len(pages) == 1
    assert [seq for seq in range(1, 201) if f"Nr. {seq} " in text] == [197, 198, 199, 200]
    assert "Fortsetzung: Einträge ab Nr. 197" in text
    assert "Seite 14 von 14" in text and "Страница 14 из 14" in text
