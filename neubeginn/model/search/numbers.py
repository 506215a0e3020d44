"""Case numbers for search: typed in full, begun, or only their serial ("42" for NB-2026-00042)."""

from __future__ import annotations

from bisect import bisect_left, insort
from string import digits

from neubeginn.model.search.names import name_tokens

_END = "\U0010ffff"


class SortedKeys:
    """Keys in order for prefix search; keys added wait in a pending list until flushed."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.pending: list[str] = []

    def flush(self) -> None:
        if len(self.pending) < 64:
            for key in self.pending:
                insort(self.keys, key)
        else:
            # Timsort merges the sorted run with the new tail in about linear time.
            self.keys.extend(self.pending)
            self.keys.sort()
        self.pending.clear()

    def starting_with(self, prefix: str) -> list[str]:
        keys = self.keys
        return keys[bisect_left(keys, prefix) : bisect_left(keys, prefix + _END)]

    def discard(self, key: str) -> None:
        self.flush()
        position = bisect_left(self.keys, key)
        if position < len(self.keys) and self.keys[position] == key:
            del self.keys[position]


def number_key(number: str) -> str:
    """A case number as the search compares it: "NB-2026-00042" → "nb202600042"."""
    key = number.replace("-", "").lower()
    return key if key.isalnum() else "".join(name_tokens(key))


class CaseNumbers:
    """The case numbers of the indexed cases; adding records them, flush() indexes them."""

    def __init__(self) -> None:
        # The index fills these two directly when it adds cases; flush() indexes them.
        self.number_of: dict[int, str] = {}
        self.pending: dict[int, None] = {}
        self._by_key: dict[str, int] = {}
        self._by_serial: dict[str, list[int]] = {}
        self._keys = SortedKeys()
        self._serial_keys = SortedKeys()

    def remove(self, case_id: int) -> None:
        number = self.number_of.pop(case_id, None)
        if number is None:
            return
        if case_id in self.pending:
            del self.pending[case_id]
            return
        key = number_key(number)
        if self._by_key.get(key) == case_id:
            del self._by_key[key]
            self._keys.discard(key)
        self._by_serial[_serial(number)].remove(case_id)

    def flush(self) -> None:
        """Index the numbers added since the last search (all of them, after unlock)."""
        if not self.pending:
            return
        pending = list(self.pending)
        # After unlock this runs once for every case: comprehensions, not a loop of lookups.
        numbers = list(map(self.number_of.__getitem__, pending))
        keys = [number.replace("-", "").lower() for number in numbers]
        if not all(map(str.isalnum, keys)):
            keys = list(map(number_key, numbers))
        count = len(self._by_key)
        self._by_key.update(zip(keys, pending, strict=True))
        if len(self._by_key) == count + len(keys):
            self._keys.pending.extend(keys)
        else:  # a number given twice: its key is in the list already
            self._keys.keys = sorted(self._by_key)
            self._keys.pending.clear()
        self._keys.flush()
        by_serial = self._by_serial
        serials = [number[len(number.rstrip(digits)) :].lstrip("0") or "0" for number in numbers]
        for serial, case_id in zip(serials, pending, strict=True):
            cases = by_serial.get(serial)
            if cases is None:
                cases = by_serial[serial] = []
                self._serial_keys.pending.append(serial)
            cases.append(case_id)
        self._serial_keys.flush()
        self.pending.clear()

    def matching(self, key: str, limit: int) -> list[tuple[int, float]]:
        """Cases whose number is key ("nb202600042") or begins with it, with the share typed.

        Digits alone ("202600042") are tried after each letter prefix the numbers have.
        """
        keys = self._keys.keys
        found: list[tuple[int, float]] = []
        for full in [prefix + key for prefix in self._prefixes()] if key.isdigit() else [key]:
            start = bisect_left(keys, full)
            for longer in keys[start : start + limit]:
                if not longer.startswith(full):
                    break
                found.append((self._by_key[longer], len(full) / len(longer)))
        return found

    def _prefixes(self) -> list[str]:
        """The letter prefixes of the numbers ("nb"), found by jumping through the sorted keys."""
        keys, prefixes, position = self._keys.keys, [], 0
        while position < len(keys):
            prefix = keys[position].rstrip(digits)
            prefixes.append(prefix)
            # Past every key with this prefix; numbers without letters all begin with a digit.
            position = bisect_left(keys, prefix + _END if prefix else ":")
        return prefixes

    def with_serial(self, typed: str) -> list[tuple[list[int], float]]:
        """Cases whose serial is typed or begins with it ("4" → 4, 42, 4711 …), with share."""
        serial = typed.lstrip("0") or "0"
        return [
            (self._by_serial[longer], len(serial) / len(longer))
            for longer in self._serial_keys.starting_with(serial)
        ]


def _serial(number: str) -> str:
    """The digits at the end of a case number without leading zeros: NB-2026-00042 → 42."""
    return number[len(number.rstrip(digits)) :].lstrip("0") or "0"
