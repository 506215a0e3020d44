"""The audit log becomes a hash chain, and its ids are never reused.

Every existing row gets its link and hash here, in id order; it carries no seal (the
migration has no keys): the first row written by an unlocked session afterwards seals the
chain up to itself. On SQLite the table is rebuilt with AUTOINCREMENT, so the id of a
deleted row is never given to a later one (review finding 2); PostgreSQL's sequence never
reused ids. The append-only triggers are made again for the new table.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

from neubeginn.model.core.audit_chain import genesis, row_hash
from neubeginn.model.core.migrations.helpers import append_only

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FIELDS = "at, account_uuid, action, outcome, case_uuid, target_uuid"


def _moment(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))  # SQLite's text, UTC


def _chained(bind: sa.Connection) -> list[tuple[object, ...]]:
    """Every row in id order with its link and hash."""
    vault_uuid = bind.execute(sa.text("SELECT uuid FROM vault_meta")).scalar()
    if vault_uuid is None:  # a new vault: no rows yet
        return []
    previous = genesis(vault_uuid)
    rows = []
    for row in bind.execute(sa.text(f"SELECT id, {_FIELDS} FROM audit_log ORDER BY id")):
        fields = (_moment(row[1]), *row[2:])
        hashed = row_hash(previous, fields)
        rows.append((*row, previous, hashed))
        previous = hashed
    return rows


def upgrade() -> None:
    bind = op.get_bind()
    rows = _chained(bind)
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute("DROP TRIGGER audit_log_no_delete")
        op.execute("ALTER TABLE audit_log RENAME TO audit_log_0003")
        op.create_table(
            "audit_log",
            sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
            sa.Column("at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("account_uuid", sa.String(36)),
            sa.Column("action", sa.String(40), nullable=False),
            sa.Column("outcome", sa.String(8), nullable=False),
            sa.Column("case_uuid", sa.String(36)),
            sa.Column("target_uuid", sa.String(36)),
            sa.Column("prev_hash", sa.LargeBinary(32), nullable=False),
            sa.Column("row_hash", sa.LargeBinary(32), nullable=False),
            sa.Column("seal", sa.LargeBinary),
            sqlite_autoincrement=True,
        )
        for row in rows:
            bind.execute(
                sa.text(
                    f"INSERT INTO audit_log (id, {_FIELDS}, prev_hash, row_hash) SELECT id, "
                    f"{_FIELDS}, :prev, :hash FROM audit_log_0003 WHERE id = :id"
                ),
                {"id": row[0], "prev": row[-2], "hash": row[-1]},
            )
        op.drop_table("audit_log_0003")
        for column in ("at", "account_uuid", "case_uuid"):
            op.create_index(f"ix_audit_log_{column}", "audit_log", [column])
        append_only("audit_log")
        return
    op.add_column("audit_log", sa.Column("prev_hash", sa.LargeBinary(32)))
    op.add_column("audit_log", sa.Column("row_hash", sa.LargeBinary(32)))
    op.add_column("audit_log", sa.Column("seal", sa.LargeBinary))
    op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
    for row in rows:
        bind.execute(
            sa.text("UPDATE audit_log SET prev_hash = :prev, row_hash = :hash WHERE id = :id"),
            {"id": row[0], "prev": row[-2], "hash": row[-1]},
        )
    op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
    op.alter_column("audit_log", "prev_hash", nullable=False)
    op.alter_column("audit_log", "row_hash", nullable=False)


def downgrade() -> None:
    raise NotImplementedError("the audit chain is not taken back")
