"""The site version: bumped by every change to what the public pages show, the key of the
per-process caches (pes/services/site_cache.py).

Revision ID: 420d969fc15b
Revises: b762d477d781
Create Date: 2026-11-25 08:55:07.324278
"""

import sqlalchemy as sa
from alembic import op

revision = "420d969fc15b"
down_revision = "b762d477d781"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_version")),
    )
    site_version = sa.table(
        "site_version", sa.column("id", sa.Integer), sa.column("version", sa.Integer)
    )
    op.bulk_insert(site_version, [{"id": 1, "version": 0}])


def downgrade() -> None:
    op.drop_table("site_version")
