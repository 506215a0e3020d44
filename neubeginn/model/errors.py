"""Typed errors of the vault; the UI and the command line word them for people."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises on purpose."""


class WrongPassword(VaultError):
    """The password did not open the account's key slot (decided only after the KDF)."""

    def __init__(self) -> None:
        super().__init__("wrong user name or password")


class IntegrityError(VaultError):
    """A stored record is damaged or was altered; `record` names it (table, uuid, column)."""

    def __init__(self, record: str, reason: str = "authentication failed") -> None:
        self.record = record
        self.reason = reason
        super().__init__(f"{record}: {reason}")


class WeakKeySlot(VaultError):
    """A key slot's KDF parameters are below the floor; it is refused, never used."""


class AccessDenied(VaultError):
    """The session's role may not do this; the denial has been audited."""

    def __init__(self, action: str, role: str) -> None:
        self.action = action
        self.role = role
        super().__init__(f"role {role!r} may not {action}")


class VaultLocked(VaultError):
    """The vault is locked: its keys are gone until someone unlocks it again."""

    def __init__(self) -> None:
        super().__init__("the vault is locked")


class InvalidInput(VaultError):
    """A value was rejected; nothing was changed. `field` names the offending input."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class NotFound(VaultError):
    """No such account, case or record."""


class SchemaTooNew(VaultError):
    """The vault was written by a newer Neubeginn than this one."""
