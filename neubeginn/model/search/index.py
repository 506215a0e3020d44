"""The in-memory search index of cases: names in any spelling, case numbers, birth years.

Built at unlock from what was stored with each case at write time (names.member_search_text,
or the longer names.member_search_terms) and never written anywhere. Layout, chosen so that
building and typing stay fast in pure Python:

* ``postings``: folded form (and birth year) → list of case ids. A case's forms go in once
  each; building is one dict lookup and one append per distinct form, nothing more. At
  unlock whole blocks of cases come already inverted (`add_block`, from a search bucket):
  one lookup and one extend per form of the block.
* ``skeletons``: key → the folded forms that have it. Keys are registered only when a form is
  first seen, so they cost nothing per case, and no posting lists are duplicated for them.
* sorted lists of the forms and the keys, for prefix search by bisection.

A query token is scored per matched form, for all cases of that form at once: exactly as
typed 4; same skeleton 2.5-3 (closer spellings higher, so "Husein" lists Hussein before
Hassan); a prefix of a form 1-1.5 (closer to complete, higher); a prefix of a skeleton
0.5-1. A case scores the sum over query tokens of its best match per token; every token must
match (AND), except an article (al, el …) that is not the last token. Adjacent query tokens
are also matched glued, crediting both ("abdul rahman" finds "Abdulrahman").

Not thread-safe: the vault calls it from one thread.
"""

from __future__ import annotations

import gc
import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from neubeginn.model.search.names import Token, analyse, glued, is_article, token_keys
from neubeginn.model.search.numbers import CaseNumbers, SortedKeys

EXACT = 4.0
YEAR = 3.0
_SKELETON_BASE, _SKELETON_SPAN = 2.5, 0.5
_PREFIX_BASE, _PREFIX_SPAN = 1.0, 0.5
_SKELETON_PREFIX_BASE, _SKELETON_PREFIX_SPAN = 0.5, 0.5
# A one-symbol skeleton prefix ("M…") matches half the index and means nothing.
_MIN_SKELETON_PREFIX = 2
_CASE_NUMBER = re.compile(r"[a-z]{1,4}\d+")
_VOWELS = frozenset("aeiouy")

type _Levels = list[tuple[float, list[int]]]
type _Members = list[list[list[str]]] | str
type _Case = tuple[int, str, _Members, list[int]]


@dataclass(frozen=True)
class Hit:
    """One found case and how well it matched (higher is better)."""

    case_id: int
    score: float


class SearchIndex:
    """Cases by their members' names, case number and birth years."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget every case (on lock)."""
        # What each case was indexed from (its members' forms, birth years), for remove().
        self._indexed: dict[int, tuple[_Members, list[int]]] = {}
        self._postings: dict[str | int, list[int]] = {}
        self._skeletons: dict[str, list[str]] = {}
        self._numbers = CaseNumbers()
        self._forms = SortedKeys()
        self._skeleton_keys = SortedKeys()

    def __len__(self) -> int:
        return len(self._indexed)

    def add(self, case_id: int, number: str, members: _Members, birth_years: list[int]) -> None:
        """Index a case; replaces what was indexed for case_id before.

        Args:
            case_id: the vault's id of the case.
            number: the case number as printed, e.g. "NB-2026-00042".
            members: member_search_terms() of each member as stored with the case, or,
                faster to store, decode and add, their member_search_text() joined by spaces.
            birth_years: the known birth years of the members.
        """
        self._add_all(((case_id, number, members, birth_years),))

    def add_many(self, cases: Iterable[_Case]) -> None:
        """add() each (case_id, number, members, birth_years), then get ready to search.

        For unlock. The cyclic garbage collector is paused meanwhile: building allocates
        hundreds of thousands of lists, and each full collection would walk all of them
        again, though nothing here forms a cycle. Pass a generator that decrypts case by case
        and that work is spared the collector's pauses too.
        """
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._add_all(cases)
            self.flush()
        finally:
            if enabled:
                gc.enable()

    def add_block(
        self,
        first_id: int,
        numbers: list[str],
        members: list[_Members],
        birth_years: list[list[int]],
        postings: dict[str, list[int]],
        born: dict[str, list[int]],
    ) -> None:
        """Index a run of new cases, ids first_id, first_id + 1 …, from their forms already
        inverted: `postings` and `born` map each form and birth year (as text) to the
        positions in the run of the cases having it. `members` and `birth_years` are what
        each case would be add()ed with (kept for remove()). Call flush() after the last."""
        ids = list(range(first_id, first_id + len(numbers)))
        self._indexed.update(zip(ids, zip(members, birth_years, strict=True), strict=True))
        self._numbers.number_of.update(zip(ids, numbers, strict=True))
        self._numbers.pending.update(dict.fromkeys(ids))
        known = self._postings.get
        # Each case's id is one int object, shared by all its posting lists (as add() does).
        case_id = ids.__getitem__
        for form, positions in postings.items():
            cases = known(form)
            if cases is None:
                cases = self._new_form(form, token_keys(form))
            cases.extend(map(case_id, positions))
        for year, positions in born.items():
            self._postings.setdefault(int(year), []).extend(map(case_id, positions))

    def flush(self) -> None:
        """Get ready to search (searching does it too; add_many() does it at its end)."""
        self._numbers.flush()
        for keys in (self._forms, self._skeleton_keys):
            if keys.pending:
                keys.flush()

    def remove(self, case_id: int) -> None:
        """Take a case out of the index; unknown ids are ignored."""
        indexed = self._indexed.pop(case_id, None)
        if indexed is None:
            return
        for key in search_keys(*indexed):
            self._postings[key].remove(case_id)
        self._numbers.remove(case_id)

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """The best matching cases, best first; equal scores in case number order."""
        if limit <= 0:
            return []
        self.flush()
        tokens = analyse(query)
        if not tokens:
            return []
        whole = "".join(t.folded for t in tokens)
        # "NB-2026-00042", "nb2026", "2026 00042"; but "Ayse 1990" is a name and a year.
        if _CASE_NUMBER.fullmatch(whole) or (len(tokens) > 1 and whole.isdigit()):
            found = self._numbers.matching(whole, limit)
            if found:
                return self._number_hits(found, whole, limit)
        levels = [self._levels(token) for token in tokens]
        for first, end, token in glued(tokens):
            span = self._levels(token)
            for position in range(first, end):
                levels[position].extend(span)
        if len(tokens) == 1:
            return self._best_single(levels[0], limit)
        last = len(tokens) - 1
        required = [i for i, t in enumerate(tokens) if i == last or not is_article(t.folded)]
        return self._best_combined(levels, required, limit)

    def _add_all(self, cases: Iterable[_Case]) -> None:
        # Unlock runs this for the cases no search bucket holds, up to 100,000 of them after
        # an upgrade: one loop with its lookups bound once; the set comprehension and map run
        # in C; a family's shared name touches its posting list once. Birth years (int)
        # share the posting dict with the names (str): no collision.
        indexed = self._indexed
        known = self._postings.get
        numbers = self._numbers.number_of
        pending = self._numbers.pending
        for case_id, number, members, birth_years in cases:
            if case_id in indexed:
                self.remove(case_id)
            keys = search_keys(members, birth_years)
            found: list[Any] = list(map(known, keys))  # posting lists, None for new keys
            if None in found:
                found = self._add_forms(keys, found, members)
            for posting in found:
                posting.append(case_id)
            indexed[case_id] = (members, birth_years)
            numbers[case_id] = number
            pending[case_id] = None

    def _add_forms(
        self,
        keys: set[str | int],
        found: list[list[int] | None],
        members: _Members,
    ) -> list[list[int]]:
        """Create the posting lists of forms and years never seen before; file forms' keys."""
        terms = {} if isinstance(members, str) else {t[0]: t for m in members for t in m}
        lists: list[list[int]] = []
        for key, cases in zip(keys, found, strict=True):
            if cases is None:
                if isinstance(key, str):
                    cases = self._new_form(key, terms[key][1:] if terms else token_keys(key))
                else:
                    cases = self._postings[key] = []
            lists.append(cases)
        return lists

    def _new_form(self, form: str, keys: list[str]) -> list[int]:
        """The empty posting list of a form not seen before, its skeleton keys filed."""
        cases: list[int] = []
        self._postings[form] = cases
        self._forms.pending.append(form)
        for key in keys:
            forms = self._skeletons.get(key)
            if forms is None:
                self._skeletons[key] = [form]
                self._skeleton_keys.pending.append(key)
            else:
                forms.append(form)
        return cases

    def _levels(self, token: Token) -> _Levels:
        """(score, cases) for every form the token matches, one entry per form."""
        folded = token.folded
        if folded.isdigit():
            return self._number_levels(folded)
        postings = self._postings
        levels: _Levels = []
        exact = postings.get(folded)
        if exact:
            levels.append((EXACT, exact))
        for key in token.keys:
            for form in self._skeletons.get(key, ()):
                cases = postings[form]
                if cases and form != folded:
                    levels.append((_SKELETON_BASE + _SKELETON_SPAN * _dice(folded, form), cases))
        length = len(folded)
        for form in self._forms.starting_with(folded):
            cases = postings[form]
            if cases and form != folded:
                levels.append((_PREFIX_BASE + _PREFIX_SPAN * length / len(form), cases))
        # A word typed up to a vowel has not reached its next consonant yet: the folded prefix
        # covers it, and a skeleton prefix would make "Ali" find every Olena and Alexander.
        if folded[-1] in _VOWELS:
            return levels
        for key in token.keys:
            if len(key) < _MIN_SKELETON_PREFIX:
                continue
            for longer in self._skeleton_keys.starting_with(key):
                if longer == key:
                    continue
                score = _SKELETON_PREFIX_BASE + _SKELETON_PREFIX_SPAN * len(key) / len(longer)
                for form in self._skeletons[longer]:
                    cases = postings[form]
                    if cases:
                        levels.append((score, cases))
        return levels

    def _number_levels(self, typed: str) -> _Levels:
        """A number alone is a birth year (1900-2100) or the serial part of a case number."""
        levels: _Levels = []
        if len(typed) == 4 and 1900 <= int(typed) <= 2100:
            born = self._postings.get(int(typed))
            if born:
                levels.append((YEAR, born))
        for cases, share in self._numbers.with_serial(typed):
            if cases:
                score = EXACT if share == 1 else _PREFIX_BASE + _PREFIX_SPAN * share
                levels.append((score, cases))
        return levels

    def _number_hits(self, found: list[tuple[int, float]], key: str, limit: int) -> list[Hit]:
        """A case number typed in full or begun: the exact one, then those it begins."""
        hits = [
            Hit(case_id, EXACT if share == 1 else _PREFIX_BASE + _PREFIX_SPAN * share)
            for case_id, share in found
        ]
        number_of = self._numbers.number_of
        hits.sort(key=lambda hit: (-hit.score, number_of[hit.case_id]))
        return hits[:limit]

    def _best_single(self, levels: _Levels, limit: int) -> list[Hit]:
        """Top cases for one token: walk levels best first and stop once limit is certain."""
        levels.sort(key=lambda level: -level[0])
        seen: set[int] = set()
        hits: list[Hit] = []
        i = 0
        while i < len(levels) and len(hits) < limit:
            score = levels[i][0]
            group: set[int] = set()
            while i < len(levels) and levels[i][0] == score:
                group.update(levels[i][1])
                i += 1
            group -= seen
            seen |= group
            hits.extend(
                Hit(case_id, score) for case_id in self._by_number(group, limit - len(hits))
            )
        return hits

    def _best_combined(self, levels: list[_Levels], required: list[int], limit: int) -> list[Hit]:
        """Top cases for several tokens: intersect the required ones, then sum the scores."""
        by_size = sorted(required, key=lambda i: sum(len(cases) for _, cases in levels[i]))
        candidates: set[int] = set().union(*(cases for _, cases in levels[by_size[0]]))
        for i in by_size[1:]:
            matching: set[int] = set()
            for _, cases in levels[i]:
                matching |= candidates.intersection(cases)
            candidates = matching
            if not candidates:
                return []
        totals = dict.fromkeys(candidates, 0.0)
        for token_levels in levels:
            token_levels.sort(key=lambda level: -level[0])
            credited: set[int] = set()
            for score, cases in token_levels:
                fresh = candidates.intersection(cases)
                fresh -= credited
                if fresh:
                    credited |= fresh
                    for case_id in fresh:
                        totals[case_id] += score
        number_of = self._numbers.number_of
        best = heapq.nsmallest(
            limit, totals.items(), key=lambda item: (-item[1], number_of[item[0]])
        )
        return [Hit(case_id, score) for case_id, score in best]

    def _by_number(self, case_ids: Iterable[int], count: int) -> list[int]:
        return heapq.nsmallest(count, case_ids, key=self._numbers.number_of.__getitem__)


def search_keys(members: _Members, birth_years: Iterable[int]) -> set[str | int]:
    """The distinct forms and birth years a case is indexed under."""
    keys: set[str | int] = (
        set(members.split())
        if type(members) is str
        else {term[0] for member in members for term in member}
    )
    keys.update(birth_years)
    return keys


def _dice(a: str, b: str) -> float:
    """Bigram overlap of two spellings, 0-1: how close a variant is to what was typed."""
    left = {a[i : i + 2] for i in range(len(a) - 1)}
    right = {b[i : i + 2] for i in range(len(b) - 1)}
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))
