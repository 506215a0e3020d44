"""Role matrix: every role against every service call; denials raise and are audited."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count

import pytest

from neubeginn.model.core.vault import FLOOR_KDF, Vault
from neubeginn.model.domain.access import PERMISSIONS, Action, Role
from neubeginn.model.domain.values import Agency
from neubeginn.model.errors import AccessDenied
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.model.factories import entry, household

PASSWORD = "Rollen-Passwort 1"
_names = count()


def _case(v: Vault) -> str:
    return v.cases.summaries()[0].number


def _entry(v: Vault) -> object:
    return entry(v.agencies.all()[0])


CALLS: dict[Action, Callable[[Vault], object]] = {
    Action.CASE_SEARCH: lambda v: v.cases.search("Muhammad"),
    Action.CASE_OPEN: lambda v: v.cases.get(_case(v)),
    Action.CASE_PRINT: lambda v: v.cases.record_print(_case(v)),
    Action.CASE_CREATE: lambda v: v.cases.create(household()),
    Action.CASE_UPDATE: lambda v: v.cases.update(v.cases.get(_case(v))),
    Action.CASE_EXPORT: lambda v: v.cases.export([_case(v)]),
    Action.CASE_IMPORT: lambda v: v.cases.import_cases([household()]),
    Action.LAUFZETTEL_APPEND: lambda v: v.laufzettel.append(_case(v), _entry(v)),
    Action.DIRECTORY_READ: lambda v: v.agencies.all(),
    Action.DIRECTORY_EDIT: lambda v: v.agencies.add(Agency(name=f"Neue Stelle {next(_names)}")),
    Action.ACCOUNT_CREATE: lambda v: v.accounts.create(
        f"neu{next(_names)}", "Neu", Role.PRINT, PASSWORD
    ),
    Action.ACCOUNT_LIST: lambda v: v.accounts.list(),
    Action.ACCOUNT_RESET: lambda v: v.accounts.reset_password("opfer", "Anderes-Passwort 2"),
    Action.PASSWORD_CHANGE: lambda v: v.accounts.change_own_password(PASSWORD, PASSWORD),
    Action.AUDIT_READ: lambda v: v.audit.entries(),
    Action.VERIFY: lambda v: v.verify(),
    Action.KEYS_ROTATE: lambda v: v.keys.rotate(),
    Action.ACCOUNT_DISABLE: lambda v: v.accounts.disable("opfer"),
    Action.CASE_ERASE: lambda v: v.cases.erase(_case(v)),
}


@pytest.fixture
def signed_in(vault: Vault, directory: dict[str, Agency], request: pytest.FixtureRequest) -> Vault:
    role: Role = request.param
    vault.accounts.create("opfer", "Opfer", Role.PRINT, PASSWORD)
    own_agency = vault.agencies.all()[0].uuid  # counselling accounts write as this one
    vault.accounts.create("ich", "Ich", role, PASSWORD, own_agency)
    vault.cases.create(household())  # its consent shares it with every agency
    vault.lock()
    again = Vault(vault.store, kdf=FLOOR_KDF)
    again.unlock("ich", PASSWORD)
    return again


def denials(vault: Vault) -> list[tuple[str, str]]:
    vault.lock()
    admin = Vault(vault.store, kdf=FLOOR_KDF)
    admin.unlock(ADMIN, ADMIN_PASSWORD)
    return [(e.username, e.action) for e in admin.audit.entries() if e.outcome == "denied"]


@pytest.mark.parametrize("signed_in", list(Role), indirect=True, ids=str)
def test_role_matrix(signed_in: Vault) -> None:
    assert signed_in.user is not None
    role = signed_in.user.role
    expected_denials = []
    for action, call in CALLS.items():  # ordered so that disabling and erasing come last
        if action in PERMISSIONS[role]:
            call(signed_in)
        else:
            with pytest.raises(AccessDenied) as caught:
                call(signed_in)
            assert caught.value.action == action.value
            expected_denials.append(("ich", action.value))
    assert denials(signed_in) == expected_denials


def test_every_action_is_in_the_matrix() -> None:
    system = {Action.LOGIN, Action.LOGIN_FAILED, Action.SEARCH_REPAIR, Action.KEYS_UPGRADE}
    assert set(CALLS) == set(Action) - system


def test_only_admins_manage_accounts() -> None:
    for role in Role:
        manages = {Action.ACCOUNT_CREATE, Action.ACCOUNT_RESET, Action.ACCOUNT_DISABLE}
        assert (manages <= PERMISSIONS[role]) == (role is Role.ADMIN)
