"""The words of the model's errors and problems, in German or English, from the catalogs.

The catalogs are gettext .po files in neubeginn/resources/messages, one per language, each
keyed by the codes of neubeginn.model.codes: de.po holds the German text, en.po the English.
Why these, and not Qt's tr(): the command line has no Qt, and it and the desktop client word
the same errors, so both read one catalog; .po is what the print texts use already and what
translators' tools (Poedit, Weblate) edit. The msgid is the code rather than the German text,
so rewording the German does not orphan the English. The files are read at run time with
Babel, as the print texts are, and turned into gettext's own translations in memory: gettext
chooses the plural form (ngettext), and there is no compiled .mo to go stale.
"""

from __future__ import annotations

import functools
import gettext
import io

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from neubeginn.model.codes import Code
from neubeginn.model.core.context import Damage
from neubeginn.model.domain.access import Action
from neubeginn.model.domain.validation import Problem
from neubeginn.model.errors import AccessDenied, IntegrityError, InvalidInput, Refused, VaultError
from neubeginn.resources import data_path

#: The languages the model's messages are worded in; German is the staff's.
LANGUAGES: tuple[str, ...] = ("de", "en")
SOURCE_LANGUAGE = "de"
CATALOG_DIR = data_path("messages")


def action_key(action: Action | str) -> str:
    """The catalog key of what an action is called ("action.case.create")."""
    return f"action.{Action(action).value}"


def catalog_keys() -> list[str]:
    """Every key the catalogs must word: each Code, and each Action's name."""
    return [code.value for code in Code] + [action_key(action) for action in Action]


@functools.cache
def _translations(language: str) -> tuple[gettext.GNUTranslations, frozenset[str]]:
    """The language's messages, English falling back to German, and the keys with plurals."""
    if language not in LANGUAGES:
        raise ValueError(f"no messages in language {language!r}; known: {LANGUAGES}")
    with (CATALOG_DIR / f"{language}.po").open("rb") as po:
        catalog = read_po(po, locale=language)
    mo = io.BytesIO()
    write_mo(mo, catalog)
    mo.seek(0)
    translations = gettext.GNUTranslations(mo)
    plurals = {str(message.id[0]) for message in catalog if message.pluralizable}
    if language != SOURCE_LANGUAGE:
        source, source_plurals = _translations(SOURCE_LANGUAGE)
        translations.add_fallback(source)
        plurals |= source_plurals
    return translations, frozenset(plurals)


def text(key: str, language: str = SOURCE_LANGUAGE, /, **params: str | int) -> str:
    """The words of a code (or catalog key), its %(name)s placeholders filled from params.

    A message with plural forms takes the form for params["count"].
    """
    translations, plurals = _translations(language)
    if key in plurals:
        words = translations.ngettext(key, key, int(params["count"]))
    else:
        words = translations.gettext(key)
    return words % params


def describe(subject: VaultError | Problem | Damage, language: str = SOURCE_LANGUAGE) -> str:
    """A model error, problem or damaged record in words for a person, in `language`.

    A problem is worded without its path (a form shows it at its field); an error that
    refused a whole case or file lists each problem as "• path: words" below its heading.
    """
    match subject:
        case Problem():
            return text(subject.code, language, **subject.params)
        case Damage():
            reason = text(subject.reason, language, **subject.params)
            return text(Code.DAMAGE, language, record=subject.record, reason=reason)
        case Refused():
            lines = [f"• {p.path}: {describe(p, language)}" for p in subject.problems]
            return "\n".join([text(subject.code, language, **subject.params), *lines])
        case InvalidInput():
            reason = text(subject.code, language, **subject.params)
            return text(Code.INVALID_INPUT, language, field=subject.field, reason=reason)
        case AccessDenied():
            action = text(action_key(subject.action), language)
            return text(subject.code, language, action=action)
        case IntegrityError():
            return text(subject.code, language, record=subject.record)
    return text(subject.code, language, **subject.params)
