"""Vault core: metadata, accounts, key slots, data keys, append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from neubeginn.model.core.migrations.helpers import append_only

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "vault_meta",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("master_key_id", sa.LargeBinary(16), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
    )
    op.create_table(
        "account",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("login_hash", sa.LargeBinary(32), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("agency_uuid", sa.String(36)),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("profile", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "key_slot",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column(
            "account_uuid",
            sa.String(36),
            sa.ForeignKey("account.uuid", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("kdf", sa.String(16), nullable=False),
        sa.Column("memory_kib", sa.Integer, nullable=False),
        sa.Column("iterations", sa.Integer, nullable=False),
        sa.Column("lanes", sa.Integer, nullable=False),
        sa.Column("salt", sa.LargeBinary(16), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("digest", sa.LargeBinary(32), nullable=False),
    )
    op.create_table(
        "data_key",
        sa.Column("key_id", sa.LargeBinary(16), primary_key=True),
        sa.Column("owner_uuid", sa.String(36), nullable=False, index=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer, "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("at", _UTC, nullable=False, index=True),
        sa.Column("account_uuid", sa.String(36), index=True),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("outcome", sa.String(8), nullable=False),
        sa.Column("case_uuid", sa.String(36), index=True),
        sa.Column("target_uuid", sa.String(36)),
    )
    append_only("audit_log")
