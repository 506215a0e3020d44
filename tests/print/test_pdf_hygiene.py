"""The PDF as a print shop's preflight sees it: every font embedded, a language, one QR code."""

from __future__ import annotations

import re

import pytest
import segno

from neubeginn.print import Doc, page
from tests.print.helpers import print_sample


@pytest.mark.parametrize("lang", ["de", "ar", "ti"])
def test_every_font_is_embedded_and_the_document_has_a_language(lang: str) -> None:
    pdf = print_sample(list(Doc), lang)
    assert b"/Helvetica" not in pdf  # reportlab's default page and table-cell font
    descriptors = len(re.findall(rb"/Type /FontDescriptor", pdf))
    assert descriptors > 0 and len(re.findall(rb"/FontFile2 ", pdf)) == descriptors
    assert b"/Lang (de-DE)" in pdf


def test_the_case_number_qr_code_is_encoded_once_for_all_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page._qr_modules.cache_clear()
    calls: list[str] = []
    make_qr = segno.make_qr

    def counting(data: str, **options: object) -> segno.QRCode:
        calls.append(data)
        return make_qr(data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(segno, "make_qr", counting)
    print_sample(list(Doc), "ar")
    assert calls == ["NB-2026-00042"]
