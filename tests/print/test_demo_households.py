"""Real-looking households print: every demo household in its languages (scripts without a
font: test_scripts.py)."""

from __future__ import annotations

from neubeginn.demo import demo_agencies, demo_households
from neubeginn.print import Doc, render
from tests.print.helpers import TODAY


def test_demo_households_print_in_their_languages() -> None:
    """Among them two whose Laufzettel rows split across pages once failed in reportlab's
    table splitting (households 24 and 33 of the seed)."""
    agencies = demo_agencies()
    for case in demo_households(40, today=TODAY, agencies=agencies):
        for lang in case.print_languages:
            pdf = render(case, [Doc.PERSONENBOGEN, Doc.LAUFZETTEL], lang, today=TODAY)
            assert pdf.startswith(b"%PDF"), (case.number, lang)
