"""Real-looking households print: every demo household, and names the fonts cannot draw."""

from __future__ import annotations

import dataclasses

from neubeginn.demo import demo_agencies, demo_households
from neubeginn.print import Doc, render
from neubeginn.print.sample import sample_case
from tests.print.helpers import TODAY, read_pdf


def test_demo_households_print_in_their_languages() -> None:
    """Among them two whose Laufzettel rows split across pages once failed in reportlab's
    table splitting (households 24 and 33 of the seed)."""
    agencies = demo_agencies()
    for case in demo_households(40, today=TODAY, agencies=agencies):
        for lang in case.print_languages:
            pdf = render(case, [Doc.PERSONENBOGEN, Doc.LAUFZETTEL], lang, today=TODAY)
            assert pdf.startswith(b"%PDF"), (case.number, lang)


def test_a_name_in_a_script_without_font_asks_for_handwriting() -> None:
    case = sample_case(TODAY)
    eritrean = dataclasses.replace(case.members[0], native_name="ዮናስ ተስፋይ")
    case = dataclasses.replace(case, members=(eritrean, *case.members[1:]))
    pages = read_pdf(render(case, [Doc.PERSONENBOGEN], "en", today=TODAY))
    text = " ".join(word for page in pages for word in page.text.split())
    assert "bitte von Hand eintragen" in text
    assert "please write it by hand" in text
    assert "ዮ" not in text
