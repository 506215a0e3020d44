"""No database password travels in a URL (review 6b): the store refuses one, in either form."""

from __future__ import annotations

import pytest

from neubeginn.model.core.store import Store
from neubeginn.model.errors import InvalidInput
from neubeginn.model.wording import describe


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://desk_app:Db-Secret-Pw-42@127.0.0.1:5432/neubeginn",
        "postgresql+psycopg://desk_app@127.0.0.1:5432/neubeginn?password=Db-Secret-Pw-42",
        "postgresql+psycopg://desk_app@127.0.0.1:5432/neubeginn?PASSWORD=Db-Secret-Pw-42",
    ],
)
def test_a_url_with_a_password_is_refused_before_connecting(url: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        Store(url)
    assert ".pgpass" in describe(refused.value)
    assert "Db-Secret-Pw-42" not in str(refused.value)
