"""Name normalisation for search: folding, tokens, transliteration skeletons, stored terms.

A name is matched at two levels:

* its **folded** form: lower case, accents stripped (Latin), apostrophes and the ayn/hamza
  marks of scholarly transliteration dropped; Arabic and Persian normalised in their own
  script (harakat and tatweel removed, alef forms unified, ى/ی→ي, ک→ك, ة/ۀ→ه, ZWNJ removed);
  Cyrillic lower-cased with ё→е;
* its **keys**: a consonant skeleton in capitals that different transliterations of one
  name share. Digraphs are rewritten to one symbol (tsch/č/ç→C, sch/sh/ş/ž/zh→Š, kh→X,
  dsch/dj/dzh→J, gh→G, ph→F, q/k/ck/hard c→K, x→KS, s/z/ts/tz/soft c→S, v/w→V, d/t→T, the
  latter for Mohammed/Mehmet), doubled letters collapse, a leading vowel becomes "A" and
  every other vowel (and non-initial y) is dropped, so Mohammed, Muhammad, Mohamad and Mehmet
  all become MHMT. A letter whose sound depends on the source language yields several keys:
  "ch" (German Chalid = X, English Shevchenko = C, French Cherif = Š), "th" (T or S: Othman
  /Osman), "j" (German Jusuf = Y, English Jamal = J) and a leading ye/je (Yelena = Elena).
  Cyrillic names are transliterated and keyed the same way, so "Шевченко" shares a key
  with "Schewtschenko"; Arabic-script names are keyed by themselves minus the article "ال".

Adjacent tokens of one name are also stored glued ("Abdul Rahman" → "abdulrahman"), and
"abd" + vowel + "l" is read as the article (Abdul/Abdel/Abd al-), so the split and glued
spellings of compound names meet.

What a case stores for its members: member_search_text() (folded forms, one string; the
index derives the keys) or member_search_terms() (forms with their keys, nested lists, some
twenty times slower to decode from JSON at unlock).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain, product
from typing import NamedTuple

# Apostrophes and transliteration marks join rather than split: Sa'id is Said.
_DELETED = "'’‘ʼʿʾ`´\u200c\u200d\u200e\u200f\u061c\u0640"
_ARTICLES = frozenset(
    ("al", "el", "ul", "ol", "il", "ad", "ed", "ud", "ar", "er", "ur", "as", "es", "us")
) | frozenset(("ash", "esh", "at", "et", "az", "ez", "an", "en", "un"))
_TOKEN = re.compile(r"[^\W_]+")
_ARABIC_FIRST = frozenset(("عبد", "ابو", "ابن", "بن", "ام"))
_ARABIC_SECOND = frozenset(("الله", "الدين", "اللہ"))
_MAX_KEYS = 8


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        decomposed = unicodedata.normalize("NFKD", chr(code))
        base = "".join(c for c in decomposed if c.isascii() and c.isalpha()).lower()
        if base:
            table[code] = base
    special = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i"}
    special |= {"þ": "th", "ð": "d", "ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e", "ё": "е"}
    table.update({ord(k): v for k, v in special.items()})
    # Combining marks (Latin accents left after NFC), harakat, Quranic marks: not letters.
    for code in chain(range(0x300, 0x370), range(0x64B, 0x660), range(0x6D6, 0x6EE)):
        table[code] = ""
    table[0x670] = ""  # superscript alef
    arabic = {"آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك"}
    arabic |= {"ة": "ه", "ۀ": "ه", "ہ": "ه"}
    table.update({ord(k): v for k, v in arabic.items()})
    for digit in range(10):  # Arabic-Indic and Persian digits, for years and case numbers
        table[0x660 + digit] = table[0x6F0 + digit] = str(digit)
    table.update({ord(c): "" for c in _DELETED})
    return table


_FOLD = _fold_table()
_ASCII_DELETED = {ord("'"): "", ord("`"): ""}
# Letters whose diacritic carries a consonant (Turkish ş ç ğ, Slavic š č ž): keyed both as
# spelled (Sahin) and as pronounced (Shahin), since staff type either.
_SOUNDED = str.maketrans(
    {"ş": "sh", "ș": "sh", "š": "sh", "ç": "tsch", "č": "tsch", "ć": "tsch", "ž": "zh"}
    | {"ğ": "", "ḫ": "kh", "ẖ": "kh", "ġ": "gh", "ṯ": "th", "ḏ": "dh"}
)

_CYRILLIC = str.maketrans(
    {"а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye"}
    | {"ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l"}
    | {"м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u"}
    | {"ф": "f", "х": "kh", "ц": "ts", "ч": "tsch", "ш": "sh", "щ": "shtsch", "ъ": ""}
    | {"ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
)

# Longest first: tsch before sch before sh, dsch before sch.
_DIGRAPHS = (
    ("tsch", "C"),
    ("dsch", "J"),
    ("dzh", "J"),
    ("tch", "C"),
    ("sch", "Š"),
    ("sh", "Š"),
    ("zh", "Š"),
    ("kh", "X"),
    ("gh", "G"),
    ("ph", "F"),
    ("ck", "K"),
    ("dj", "J"),
    ("dh", "T"),
    ("ts", "S"),
    ("tz", "S"),
)
_ABD_ARTICLE = re.compile(r"^abd[aeiou]+l(?=[^aeiouyl])")
_SOFT_C = re.compile(r"c(?=[eiy])")
_AMBIGUOUS = re.compile(r"ch|th|j|^ye")
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = frozenset("aeiouy")
_CLASSES = str.maketrans(
    {v: "." for v in "aeiouy"}
    | {"b": "B", "c": "K", "d": "T", "f": "F", "g": "G", "h": "H", "k": "K", "l": "L"}
    | {"m": "M", "n": "N", "p": "P", "q": "K", "r": "R", "s": "S", "t": "T", "v": "V"}
    | {"w": "V", "x": "KS", "z": "S"}
)


class Token(NamedTuple):
    """One folded token of a name with its skeleton keys."""

    folded: str
    keys: tuple[str, ...]


def fold(text: str) -> str:
    """Lower-case, strip accents and normalise native scripts; separators are kept."""
    if text.isascii():
        lowered = text.lower()
        return lowered.translate(_ASCII_DELETED) if "'" in lowered or "`" in lowered else lowered
    return unicodedata.normalize("NFC", text).lower().translate(_FOLD)


def name_tokens(text: str) -> list[str]:
    """The folded tokens of a name as typed or stored: "Al-Hassan" → ["al", "hassan"]."""
    return _TOKEN.findall(fold(text))


def token_keys(token: str) -> list[str]:
    """The skeleton keys of one folded token (usually one; several for ambiguous letters)."""
    return list(_keys(token))


def analyse(text: str) -> list[Token]:
    """Tokens of a name with their keys, including the keys of sounded diacritics (ş = sh)."""
    if text.isascii():
        return [Token(t, _keys(t)) for t in _TOKEN.findall(fold(text))]
    lowered = unicodedata.normalize("NFC", text).lower()
    folded = _TOKEN.findall(lowered.translate(_FOLD))
    tokens = [Token(t, _keys(t)) for t in folded]
    sounded_text = lowered.translate(_SOUNDED)
    if sounded_text != lowered:
        sounded = _TOKEN.findall(sounded_text.translate(_FOLD))
        if len(sounded) == len(tokens):
            tokens = [
                Token(t.folded, tuple(dict.fromkeys(t.keys + _keys(s))))
                for t, s in zip(tokens, sounded, strict=True)
            ]
    return tokens


def is_article(folded: str) -> bool:
    """Whether a token is an Arabic article as transliterated (al, el, ad-, ash- …)."""
    return folded in _ARTICLES


def glued(tokens: list[Token]) -> list[tuple[int, int, Token]]:
    """Spans of adjacent tokens glued into one: pairs, and "x al y" with and without the article.

    Returns (first index, index after the last, glued token) so that a query can credit a
    glued match to every token it covers.
    """
    spans: list[tuple[int, int, Token]] = []
    for i in range(len(tokens) - 1):
        left, right = tokens[i].folded, tokens[i + 1].folded
        if _gluable(left, right):
            text = left + right
            spans.append((i, i + 2, Token(text, _keys(text))))
    for i in range(len(tokens) - 2):
        left, middle, right = (t.folded for t in tokens[i : i + 3])
        if middle in _ARTICLES and _gluable(left, right):
            # Nour al-Din / Nureddin: the article assimilates, so also try it left out.
            for text in (left + middle + right, left + right):
                spans.append((i, i + 3, Token(text, _keys(text))))
    return spans


def member_search_terms(family_name: str, given_names: str, native_name: str) -> list[list[str]]:
    """The compact, JSON-serialisable search terms of one member: [folded, key, key …] each.

    Computed when a case is written and stored inside its encrypted record, so that building
    the index at unlock only reads them.
    """
    terms: dict[str, tuple[str, ...]] = {}
    for field in (family_name, given_names, native_name):
        if not field:
            continue
        tokens = analyse(field)
        for position, token in enumerate(tokens):
            # An article before a name lives on in the glued form (al + hassan = alhassan):
            # alone it would only make every Al-… family a match for "al".
            if token.folded not in _ARTICLES or position == len(tokens) - 1:
                terms.setdefault(token.folded, token.keys)
        for _, _, token in glued(tokens):
            terms.setdefault(token.folded, token.keys)
    return [[folded, *keys] for folded, keys in terms.items()]


def member_search_text(family_name: str, given_names: str, native_name: str) -> str:
    """The compact alternative to member_search_terms(): its folded forms, space-separated.

    Keys are left out, as the index derives them from the forms; a letter that sounds as
    a digraph (Şahin) adds its spelling as pronounced (shahin) to keep its keys. A case's
    text is its members' texts joined by spaces: one string per case decodes and indexes
    several times faster at unlock than nested lists.
    """
    forms: dict[str, None] = {}
    for field in (family_name, given_names, native_name):
        if not field:
            continue
        for term in member_search_terms(field, "", ""):
            forms[term[0]] = None
        if not field.isascii():
            lowered = unicodedata.normalize("NFC", field).lower()
            sounded = lowered.translate(_SOUNDED)
            if sounded != lowered:
                forms.update(dict.fromkeys(name_tokens(sounded)))
    return " ".join(forms)


def _gluable(left: str, right: str) -> bool:
    """Latin names glue pairwise; Arabic script only in the compounds written both apart and
    together (عبد الرحمن, نصر الله, نور الدين), since a native name runs given into family
    name and most pairs would be noise; other scripts do not write names both ways."""
    if not (left.isalpha() and right.isalpha()):
        return False
    if left.isascii():
        return right.isascii()
    return _is_arabic(left) and (left in _ARABIC_FIRST or right in _ARABIC_SECOND)


def _is_arabic(token: str) -> bool:
    first = ord(token[0])
    return 0x600 <= first < 0x700 or 0x750 <= first < 0x780 or 0x8A0 <= first < 0x900


@lru_cache(maxsize=1 << 16)
def _keys(token: str) -> tuple[str, ...]:
    # Names repeat heavily across households, hence the cache. An article has no key: its
    # skeleton "AL" would make every Al-Hassan a variant of Ali.
    if not token.isalpha() or token in _ARTICLES:
        return ()
    if token.isascii():
        return _latin_keys(token)
    first = ord(token[0])
    if 0x400 <= first < 0x530:
        return _cyrillic_keys(token)
    if _is_arabic(token):
        return (token[2:] if token.startswith("ال") and len(token) > 4 else token,)  # not الله
    return ()


def _cyrillic_keys(token: str) -> tuple[str, ...]:
    latin = token.translate(_CYRILLIC)
    # г is g in Russian (Oleg) but h in Ukrainian (Oleh): key both.
    spellings = [latin, token.replace("г", "h").translate(_CYRILLIC)] if "г" in token else [latin]
    keys: dict[str, None] = {}
    for spelling in spellings:
        letters = "".join(c for c in spelling if c.isascii())
        if letters:
            keys.update(dict.fromkeys(_latin_keys(letters)))
    return tuple(keys)


def _latin_keys(token: str) -> tuple[str, ...]:
    s = token
    if len(s) > 2 and s[-1] == "h" and s[-2] in _VOWELS:
        s = s[:-1]  # Fatemeh/Fatima, Abdullah/Abdulla: a final h after a vowel is silent
    if s.startswith("abd"):
        s = _ABD_ARTICLE.sub("abd", s)
    if s.startswith("ou") and len(s) > 2 and s[2] in "aei":
        s = "w" + s[2:]  # French Oualid = Walid
    for old, new in _DIGRAPHS:
        if old in s:
            s = s.replace(old, new)
    if "c" in s:
        s = _SOFT_C.sub("S", s)
    if s[0] == "y" and not s.startswith("ye"):
        s = "Y" + s[1:]
    matches = list(_AMBIGUOUS.finditer(s))
    if not matches:
        return (_skeleton(s),)
    choices: list[tuple[str, ...]] = []
    for match in matches:
        choices.append(_readings(s, match.start(), match.group()))
    pieces = [s[: matches[0].start()]]
    variants: dict[str, None] = {}
    for combo in product(*choices):
        parts = pieces.copy()
        for n, (match, reading) in enumerate(zip(matches, combo, strict=True)):
            end = matches[n + 1].start() if n + 1 < len(matches) else len(s)
            parts.append(reading + s[match.end() : end])
        variants[_skeleton("".join(parts))] = None
        if len(variants) >= _MAX_KEYS:
            break
    return tuple(variants)


def _readings(s: str, start: int, letters: str) -> tuple[str, ...]:
    """The possible sounds of an ambiguous spelling at a position of a token."""
    if letters == "ch":
        return ("X", "C", "Š")
    if letters == "th":
        return ("T", "S")
    if letters == "ye":
        return ("Ye", "e")
    following = s[start + 1 : start + 2]
    if start == 0:
        return ("Y", "J", "") if following == "e" else ("Y", "J")
    if not following and s[start - 1] in _VOWELS:
        return (".",)  # Sergej, Jurij: a final j after a vowel is a vowel
    return (".", "J")


def _skeleton(s: str) -> str:
    classes = _DOUBLES.sub(r"\1", s.translate(_CLASSES))
    if classes.startswith("."):
        classes = "A" + classes[1:]
    return classes.replace(".", "")
