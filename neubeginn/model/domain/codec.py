"""Domain value objects to JSON-ready values and back, driven by their type hints.

Used for the encrypted payloads in the vault, so a field added to a domain class is stored
without touching a list of field names here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from typing import Any, TypeVar

from neubeginn.model.domain.values import PartialDate

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A value made of str, int, float, bool, None, lists and dicts."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    return value


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json[T](cls: type[T], data: dict[str, Any], **override: Any) -> T:
    """Rebuild a dataclass from to_json() output; keys it does not know are ignored so that
    older code can read payloads written by newer code."""
    hints = _hints(cls)  # type: ignore[arg-type]
    values = {}
    for item in dataclasses.fields(cls):  # type: ignore[arg-type]
        if item.name in override:
            values[item.name] = override[item.name]
        elif item.name in data:
            values[item.name] = _convert(hints[item.name], data[item.name])
    return cls(**values)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(inner, value)
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        return tuple(_convert(inner, item) for item in value)
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return hint(value)
        if hint is PartialDate:
            return PartialDate.parse(value)
        if hint is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if hint is dt.date:
            return dt.date.fromisoformat(value)
        if dataclasses.is_dataclass(hint):
            return from_json(hint, value)
    return value
