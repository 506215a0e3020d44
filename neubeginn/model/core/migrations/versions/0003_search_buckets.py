"""Search buckets: the cases' search records sealed together, so unlock decrypts hundreds
of blobs instead of one per case.

Cases stored before this revision have no bucket yet (case_file.bucket is NULL); the first
unlock afterwards files them, as it needs the keys that a migration does not have.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_bucket",
        sa.Column("uuid", sa.String(36), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("key_id", sa.LargeBinary(16), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.add_column("case_file", sa.Column("bucket", sa.String(36), nullable=True))
    op.create_index("ix_case_file_bucket", "case_file", ["bucket"])
