"""A shared PostgreSQL vault is upgraded only by `neubeginn upgrade`, never by a desk that
opens it: the desk is told plainly and nothing changes (issue 11, part 3)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from neubeginn.cli import main
from neubeginn.model import FLOOR_KDF, SchemaTooOld, Vault, describe
from neubeginn.model.core.store import Store
from tests import pg
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_a_desk_never_upgrades_a_shared_vault(
    pg_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg.fresh_database(pg_server)
    store = Store(url, create=True)
    store.upgrade("0004")  # a vault as the previous release left it
    with store.engine.begin() as connection:
        tables_before = connection.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema='public'")
        ).scalar()
    with pytest.raises(SchemaTooOld) as caught:
        Vault.open(url)
    assert "neubeginn upgrade --db" in describe(caught.value)
    assert "0004" in describe(caught.value, "en")
    assert store.schema_revision() == "0004"  # nothing changed
    with store.engine.begin() as connection:
        tables_after = connection.execute(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema='public'")
        ).scalar()
    assert tables_after == tables_before
    assert main(["upgrade", "--db", url]) == 0
    assert "0004 → " in capsys.readouterr().out
    assert store.schema_revision() == store.head_revision()
    store.dispose()
    Vault.create(  # now it opens (here: is set up) as usual
        url,
        admin_username=ADMIN,
        admin_display_name="Anna",
        admin_password=ADMIN_PASSWORD,
        kdf=FLOOR_KDF,
    ).close()
    assert main(["upgrade", "--db", url]) == 0
    assert "schon das Schema" in capsys.readouterr().out
