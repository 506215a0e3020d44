"""merge_pdfs: one document of several, pages in order, a single PDF left as it was."""

from __future__ import annotations

import pytest

from neubeginn.print import Doc
from neubeginn.services.pdf import merge_pdfs
from tests.print.helpers import print_sample, read_pdf


def test_pages_of_every_pdf_follow_each_other() -> None:
    german = print_sample([Doc.TERMIN], "de")
    ukrainian = print_sample([Doc.PERSONENBOGEN, Doc.TERMIN], "uk")

    pages = read_pdf(merge_pdfs([german, ukrainian, german]))

    parts = [read_pdf(german), read_pdf(ukrainian), read_pdf(german)]
    assert [page.text for page in pages] == [page.text for part in parts for page in part]
    assert "Анкета" in pages[len(parts[0])].text  # the Ukrainian copy starts after the German


def test_a_single_pdf_comes_back_unchanged() -> None:
    pdf = print_sample([Doc.TERMIN], "ar")
    assert merge_pdfs([pdf]) == pdf


def test_nothing_to_merge_is_an_error() -> None:
    with pytest.raises(ValueError, match="nothing to merge"):
        merge_pdfs([])
