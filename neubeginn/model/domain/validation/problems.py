"""Problems and the checker that collects them: texts cleaned, values made displayable, the
checks every record kind shares (texts, choices, language codes)."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import unicodedata
from dataclasses import dataclass, field

from babel import Locale

from neubeginn.model.codes import Code

NAME_LIMIT = 200
LONG_TEXT_LIMIT = 5000  # notes, information, agreements
TEXT_LIMIT = 500  # every other text field

# Explicit embeddings/overrides, isolates and the implicit marks LRM, RLM, ALM: in user data
# they could reorder the text printed around a field (docs security.md, "hostile input").
BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
_STRIP_BIDI = {ord(c): None for c in BIDI_CONTROLS}
# Unicode categories refused in every text: controls, lone surrogates, line/paragraph separators.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


@dataclass(frozen=True)
class Problem:
    """One rejected value: where it is (`path`), what is wrong (`code`) and the values the
    message names (`params`, made displayable). No words: wording.describe gives them."""

    path: str
    code: Code
    params: dict[str, str | int] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return f"{self.path}: {self.code}"


def displayable(value: object, *, limit: int = 60) -> str:
    """A value as it may appear in a message or path: shortened, with bidi controls, control
    characters and lone surrogates escaped, so hostile input cannot garble a message."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return "".join(
        f"\\u{ord(char):04x}"
        if char in BIDI_CONTROLS or unicodedata.category(char) in _CONTROL_CATEGORIES
        else char
        for char in text
    )


def clean_text(text: str, *, multiline: bool) -> str:
    """Neutralise a text before validation: bidi controls removed, NFC, whitespace trimmed.

    ZWNJ and ZWJ stay, since Persian and other scripts need them to spell words. Multi-line
    text gets Unix line ends, so a file from Windows compares equal to the same text typed.
    """
    text = text.translate(_STRIP_BIDI)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text).strip()


@functools.cache
def _language_keys() -> frozenset[str]:
    return frozenset(str(code) for code in Locale("de").languages)


def is_language_code(code: str) -> bool:
    """Whether CLDR knows the language, in CLDR ("fa_AF") or BCP 47 ("fa-AF") spelling."""
    return code.replace("-", "_") in _language_keys()


class Checker:
    """Collects problems; each check names the path of the value it looks at."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, code: Code, /, **params: str | int) -> None:
        self.problems.append(Problem(path, code, params))

    def text(
        self,
        value: object,
        path: str,
        *,
        limit: int = TEXT_LIMIT,
        multiline: bool = False,
        missing: Code | None = None,
    ) -> None:
        """Check a text field; `missing` is the problem when it must not be empty."""
        if not isinstance(value, str):
            self.add(path, Code.TEXT_EXPECTED)
            return
        if missing is not None and not value.strip():
            self.add(path, missing)
            return
        if len(value) > limit:
            self.add(path, Code.TEXT_TOO_LONG, count=len(value), limit=limit)
        for char in value:
            if multiline and char in "\n\t":
                continue
            if char in "\n\r" and not multiline:
                self.add(path, Code.LINE_BREAK_NOT_ALLOWED)
                return
            if unicodedata.category(char) in _CONTROL_CATEGORIES:
                self.add(path, Code.CONTROL_CHARACTER, char=f"U+{ord(char):04X}")
                return

    def choice(self, value: object, kind: type[enum.StrEnum], path: str) -> None:
        if not isinstance(value, str) or value not in kind._value2member_map_:
            allowed = ", ".join(member.value for member in kind)
            self.add(path, Code.UNKNOWN_VALUE, value=displayable(value), allowed=allowed)

    def language(self, code: object, path: str) -> None:
        if not isinstance(code, str) or not is_language_code(code):
            self.add(path, Code.UNKNOWN_LANGUAGE, code=displayable(code))

    def not_after_today(self, value: dt.date | None, today: dt.date, path: str) -> None:
        if value is not None and value > today:
            self.add(path, Code.DATE_IN_FUTURE)
