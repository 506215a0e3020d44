"""Roles and what each may do; the one place the rules live (checked by the services)."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    ADMIN = "admin"  # accounts, directory, everything
    DESK = "desk"  # issuing desk (Sozialamt, Jobcenter): create and edit cases, print
    COUNSELLING = "counselling"  # one agency: read cases, append Laufzettel entries, print
    PRINT = "print"  # read and print only


class Action(enum.StrEnum):
    """Everything a session can be allowed or denied; also the action names of the audit log."""

    LOGIN = "login"
    LOGIN_FAILED = "login.failed"
    PASSWORD_CHANGE = "account.password"  # noqa: S105 - an action name
    ACCOUNT_LIST = "account.list"
    ACCOUNT_CREATE = "account.create"
    ACCOUNT_RESET = "account.reset"
    ACCOUNT_DISABLE = "account.disable"
    AUDIT_READ = "audit.read"
    VERIFY = "vault.verify"
    DIRECTORY_READ = "directory.read"
    DIRECTORY_EDIT = "directory.edit"
    CASE_SEARCH = "case.search"
    CASE_OPEN = "case.open"
    CASE_CREATE = "case.create"
    CASE_UPDATE = "case.update"
    CASE_ERASE = "case.erase"
    CASE_EXPORT = "case.export"
    CASE_IMPORT = "case.import"
    CASE_PRINT = "case.print"
    LAUFZETTEL_APPEND = "laufzettel.append"
    SEARCH_REPAIR = "search.repair"  # written by unlock: a bucket did not open and was rebuilt
    KEYS_UPGRADE = "keys.upgrade"  # written by unlock: an account or vault moved to revision 0005
    KEYS_ROTATE = "keys.rotate"


_EVERYONE = {
    Action.LOGIN,
    Action.PASSWORD_CHANGE,
    Action.DIRECTORY_READ,
    Action.CASE_SEARCH,
    Action.CASE_OPEN,
    Action.CASE_PRINT,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(Action) - {Action.LOGIN_FAILED},
    Role.DESK: frozenset(
        _EVERYONE
        | {
            Action.CASE_CREATE,
            Action.CASE_UPDATE,
            Action.CASE_EXPORT,
            Action.CASE_IMPORT,
            Action.LAUFZETTEL_APPEND,
        }
    ),
    Role.COUNSELLING: frozenset(_EVERYONE | {Action.LAUFZETTEL_APPEND}),
    Role.PRINT: frozenset(_EVERYONE),
}


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]
