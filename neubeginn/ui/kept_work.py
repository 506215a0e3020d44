"""What a lock keeps for the person: where they were and, after an idle lock, their unsaved
work, sealed so that only their account can open it again."""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from neubeginn.model import Case, IntegrityError, LaufzettelEntry, Memo, Vault, from_json, to_json


@dataclass(frozen=True)
class Place:
    """Where the person was when the window locked, to return there after unlocking."""

    username: str
    search_text: str
    case_number: str | None
    draft: Memo | None = None  # unsaved changes, sealed for this account (idle lock only)


def seal_work(vault: Vault, draft: Case | None, entry: LaufzettelEntry | None) -> Memo | None:
    """Unsaved changes of a case and the Laufzettel entry being written, sealed for the
    signed-in account: the idle lock keeps the work, not the data in the clear."""
    if draft is None and entry is None:
        return None
    return vault.seal_memo(orjson.dumps({"case": to_json(draft), "entry": to_json(entry)}))


def open_work(vault: Vault, memo: Memo | None) -> tuple[Case | None, LaufzettelEntry | None]:
    """The work seal_work kept, if the account now signed in is the one that sealed it."""
    if memo is None:
        return None, None
    try:
        kept = orjson.loads(vault.open_memo(memo))
    except IntegrityError:
        return None, None  # sealed for another account: not this person's work
    draft = from_json(Case, kept["case"]) if kept["case"] else None
    entry = from_json(LaufzettelEntry, kept["entry"]) if kept["entry"] else None
    return draft, entry
