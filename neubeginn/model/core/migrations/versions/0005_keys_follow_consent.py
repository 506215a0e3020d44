"""Keys follow consent: account key pairs, key wraps and agency grants.

The tables only: turning the existing keys into the new design needs the master key, which
a migration does not have. The first unlock by an admin, desk or print account afterwards
makes the office key, one key per agency and the grants that the cases' consents name
(`model/core/key_upgrade.py`, audited as keys.upgrade); each account gets its key pair at
its own next sign-in, when its password is at hand to re-make its slot.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("account", sa.Column("public_key", sa.LargeBinary(32), nullable=True))
    op.add_column("account", sa.Column("cert", sa.LargeBinary(32), nullable=True))
    op.create_table(
        "key_wrap",
        sa.Column(
            "account_uuid",
            sa.String(36),
            sa.ForeignKey("account.uuid", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("key_id", sa.LargeBinary(16), primary_key=True),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "key_grant",
        sa.Column("owner_uuid", sa.String(36), primary_key=True),
        sa.Column("agency_uuid", sa.String(36), primary_key=True),
        sa.Column("key_id", sa.LargeBinary(16), primary_key=True),
        sa.Column("agency_key_id", sa.LargeBinary(16), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_key_grant_agency_uuid", "key_grant", ["agency_uuid"])


def downgrade() -> None:
    op.drop_index("ix_key_grant_agency_uuid", "key_grant")
    op.drop_table("key_grant")
    op.drop_table("key_wrap")
    op.drop_column("account", "cert")
    op.drop_column("account", "public_key")
