"""Typed errors of the vault: a code and its parameters, never a sentence.

`neubeginn.model.wording.describe` words them, in German or English, for the desktop client
and the command line alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from neubeginn.model.codes import Code

if TYPE_CHECKING:
    from neubeginn.model.domain.validation import Problem

#: A message's parameters: field paths, limits, counts and the values a person gave.
type Params = dict[str, str | int]


class VaultError(Exception):
    """Base of every error the vault raises on purpose.

    str() is the code alone: the parameters may hold what a person typed (a name in an
    import file), and an error's str() ends up in tracebacks and so in the log.
    """

    def __init__(self, code: Code, /, **params: str | int) -> None:
        super().__init__(code.value)
        self.code = code
        self.params: Params = params


class WrongPassword(VaultError):
    """The password did not open the account's key slot (decided only after the KDF)."""

    def __init__(self) -> None:
        super().__init__(Code.WRONG_PASSWORD)


class IntegrityError(VaultError):
    """A stored record is damaged or was altered; `record` names it (table, uuid, column),
    `reason` says how, with `detail` as the reason's parameters."""

    def __init__(
        self, record: str, reason: Code = Code.AUTHENTICATION_FAILED, **detail: str | int
    ) -> None:
        super().__init__(Code.RECORD_DAMAGED, record=record)
        self.record = record
        self.reason = reason
        self.detail: Params = detail


class WeakKeySlot(VaultError):
    """A key slot's KDF parameters are below the floor; it is refused, never used."""

    def __init__(self, memory_kib: int, iterations: int, lanes: int) -> None:
        super().__init__(
            Code.WEAK_KEY_SLOT, memory_kib=memory_kib, iterations=iterations, lanes=lanes
        )


class AccessDenied(VaultError):
    """The session's role may not do this; the denial has been audited."""

    def __init__(self, action: str, role: str) -> None:
        super().__init__(Code.ACCESS_DENIED, action=action, role=role)
        self.action = action
        self.role = role


class VaultLocked(VaultError):
    """The vault is locked: its keys are gone until someone unlocks it again."""

    def __init__(self) -> None:
        super().__init__(Code.VAULT_LOCKED)


class InvalidInput(VaultError):
    """A value was rejected; nothing was changed. `field` names the offending input."""

    def __init__(self, field: str, code: Code, /, **params: str | int) -> None:
        super().__init__(code, **params)
        self.field = field


class Refused(InvalidInput):
    """Input refused as a whole (a case, an import file); `problems` lists every problem."""

    def __init__(self, field: str, code: Code, problems: Sequence[Problem]) -> None:
        super().__init__(field, code, count=len(problems))
        self.problems = list(problems)


class NotFound(VaultError):
    """No such account, case or record."""


class SchemaTooOld(VaultError):
    """A shared (PostgreSQL) vault of an older schema: only its owner upgrades it."""

    def __init__(self, revision: str, head: str) -> None:
        super().__init__(Code.SCHEMA_TOO_OLD, revision=revision, head=head)


class SchemaTooNew(VaultError):
    """The vault was written by a newer Neubeginn than this one."""

    def __init__(self, revision: str) -> None:
        super().__init__(Code.SCHEMA_TOO_NEW, revision=revision)
