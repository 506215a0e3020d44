"""The recent-vault list keeps no database password, in the user part or the query."""

from __future__ import annotations

from neubeginn.ui.unlock.unlock_dialog import rememberable


def test_the_recent_list_keeps_no_password_in_the_query_either() -> None:
    remembered = rememberable(
        "postgresql+psycopg://desk_app@127.0.0.1/neubeginn?password=Db-Secret-Pw-42&sslmode=require"
    )
    assert "Db-Secret-Pw-42" not in remembered
    assert remembered == "postgresql+psycopg://desk_app@127.0.0.1/neubeginn?sslmode=require"
