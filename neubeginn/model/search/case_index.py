"""What an unlocked vault keeps in memory about its cases: the search index and one summary
line per case for the case list. Built from the encrypted `search` blobs at unlock, kept
current on every change, dropped at lock; nothing of it is ever written to disk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from neubeginn.model.domain.values import Case, Consent
from neubeginn.model.search.index import SearchIndex
from neubeginn.model.search.names import member_search_text

EVERY_AGENCY = "*"


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    number: str
    head_name: str  # "FAMILY, Given names" of the head of household
    native_name: str
    member_count: int
    accommodation: str
    last_entry: dt.datetime | None
    shared_with: frozenset[str]  # agency uuids with consent; EVERY_AGENCY for all


def shared_with(consents: tuple[Consent, ...]) -> frozenset[str]:
    """Agencies the household agreed to share its data with (withdrawn consents ignored).

    A consent to share that names no agency covers the whole counselling network.
    """
    agencies: set[str] = set()
    for consent in consents:
        if consent.withdrawn_on is None and consent.share_with_agencies:
            agencies.update(consent.agencies or (EVERY_AGENCY,))
    return frozenset(agencies)


def search_payload(case: Case, last_entry: dt.datetime | None) -> dict[str, Any]:
    """The blob stored (encrypted) with each case from which the index is rebuilt."""
    head = case.head
    return {
        # One string per case: it decodes and indexes several times faster at unlock than
        # nested lists (the index reads both, so vaults written before stay readable).
        "terms": " ".join(
            member_search_text(m.family_name, m.given_names, m.native_name) for m in case.members
        ),
        "years": sorted({m.birth_date.year for m in case.members if m.birth_date}),
        "head": f"{head.family_name}, {head.given_names}" if head else "",
        "native": head.native_name if head else "",
        "count": len(case.members),
        "accommodation": case.accommodation,
        "last_entry": last_entry.isoformat() if last_entry else None,
        "shared": sorted(shared_with(case.consents)),
    }


def _summary(number: str, payload: dict[str, Any]) -> CaseSummary:
    last = payload["last_entry"]
    return CaseSummary(
        number=number,
        head_name=payload["head"],
        native_name=payload["native"],
        member_count=payload["count"],
        accommodation=payload["accommodation"],
        last_entry=dt.datetime.fromisoformat(last) if last else None,
        shared_with=frozenset(payload["shared"]),
    )


class CaseIndex:
    """Case ids are small ints inside the index; this maps them to uuids and summaries.

    Each case's search payload is kept as it was decoded, and made into a CaseSummary when
    asked for: 100,000 summaries built at unlock would cost time, and memory while unlocked.
    """

    def __init__(self) -> None:
        self._index = SearchIndex()
        self._uuids: list[str] = []
        self._ids: dict[str, int] = {}
        self._lines: dict[str, tuple[str, dict[str, Any]]] = {}  # uuid -> number, payload
        self._numbers: dict[str, str] = {}  # number -> uuid

    def __len__(self) -> int:
        return len(self._lines)

    def put(self, uuid: str, number: str, payload: dict[str, Any]) -> None:
        """Add or replace one case (after a change)."""
        self.put_many(((uuid, number, payload),))

    def put_many(self, cases: Iterable[tuple[str, str, dict[str, Any]]]) -> None:
        """Add or replace many cases at once (at unlock: the index builds faster in one go)."""
        ids, uuids, lines, numbers = self._ids, self._uuids, self._lines, self._numbers

        def remembered() -> Iterator[tuple[int, str, str, list[int]]]:
            # A loop with its lookups bound once: unlock runs it for every case.
            for uuid, number, payload in cases:
                case_id = ids.get(uuid)
                if case_id is None:
                    case_id = ids[uuid] = len(uuids)
                    uuids.append(uuid)
                elif uuid in lines:
                    numbers.pop(lines[uuid][0], None)  # the number may have changed
                lines[uuid] = (number, payload)
                numbers[number] = uuid
                yield case_id, number, payload["terms"], payload["years"]

        self._index.add_many(remembered())

    def put_block(
        self,
        uuids: list[str],
        numbers: list[str],
        payloads: list[dict[str, Any]],
        postings: dict[str, list[int]],
        born: dict[str, list[int]],
    ) -> None:
        """Add the cases of a search bucket at once, their forms and birth years already
        inverted (see SearchIndex.add_block); ready() after the last block."""
        if not self._ids.keys().isdisjoint(uuids):  # a case met before: one by one
            self.put_many(zip(uuids, numbers, payloads, strict=True))
            return
        first = len(self._uuids)
        self._uuids.extend(uuids)
        self._ids.update(zip(uuids, range(first, first + len(uuids)), strict=True))
        self._lines.update(zip(uuids, zip(numbers, payloads, strict=True), strict=True))
        self._numbers.update(zip(numbers, uuids, strict=True))
        terms = [payload["terms"] for payload in payloads]
        years = [payload["years"] for payload in payloads]
        self._index.add_block(first, numbers, terms, years, postings, born)

    def ready(self) -> None:
        """Get ready for the first search (sorting what prefix search needs)."""
        self._index.flush()

    def remove(self, uuid: str) -> None:
        line = self._lines.pop(uuid, None)
        if line is not None:
            self._numbers.pop(line[0], None)
            self._index.remove(self._ids[uuid])

    def clear(self) -> None:
        self.__init__()  # type: ignore[misc]

    def summary(self, uuid: str) -> CaseSummary | None:
        line = self._lines.get(uuid)
        return None if line is None else _summary(*line)

    def uuid_of(self, number: str) -> str | None:
        return self._numbers.get(number.strip().upper())

    def summaries(self) -> list[tuple[str, CaseSummary]]:
        return [(uuid, _summary(*line)) for uuid, line in self._lines.items()]

    def search(self, text: str, limit: int) -> list[tuple[str, CaseSummary]]:
        hits = self._index.search(text, limit=limit)
        found = []
        for hit in hits:
            uuid = self._uuids[hit.case_id]
            line = self._lines.get(uuid)
            if line is not None:
                found.append((uuid, _summary(*line)))
        return found
