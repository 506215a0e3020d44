"""Cases, members, the append-only Laufzettel, the agency directory, print records.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from neubeginn.model.core.migrations.helpers import append_only_until_shredded

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "case_file",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("number", sa.String(20), nullable=False, unique=True),
        sa.Column("key_id", sa.LargeBinary(16), nullable=False),
        sa.Column("created_at", _UTC, nullable=False),
        sa.Column("updated_at", _UTC, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("header", sa.LargeBinary, nullable=False),
        sa.Column("search", sa.LargeBinary, nullable=False),
        sa.Column("entry_count", sa.Integer, nullable=False),
        sa.Column("chain_head", sa.LargeBinary(32), nullable=False),
    )
    op.create_table(
        "member",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column(
            "case_uuid",
            sa.String(36),
            sa.ForeignKey("case_file.uuid", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "laufzettel_entry",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("recorded_at", _UTC, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("prev_hash", sa.LargeBinary(32), nullable=False),
        sa.Column("entry_hash", sa.LargeBinary(32), nullable=False),
        sa.UniqueConstraint("case_uuid", "seq", name="uq_laufzettel_case_seq"),
    )
    op.create_table(
        "print_record",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_uuid", sa.String(36), nullable=False, index=True),
        sa.Column("printed_at", _UTC, nullable=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
        sa.Column("sheets", sa.Integer, nullable=False),
    )
    append_only_until_shredded("laufzettel_entry", "case_uuid")
    append_only_until_shredded("print_record", "case_uuid")
