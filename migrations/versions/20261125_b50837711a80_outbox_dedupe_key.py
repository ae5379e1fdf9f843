"""Outbox: a dedupe key for emails that exist once per booking (the pick-up reminder).

Revision ID: b50837711a80
Revises: edf74a8fbf16
Create Date: 2026-11-25 06:44:23.487815
"""

import sqlalchemy as sa
from alembic import op

revision = "b50837711a80"
down_revision = "edf74a8fbf16"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dedupe_key", sa.String(length=80), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_email_outbox_dedupe_key"), ["dedupe_key"])


def downgrade() -> None:
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_email_outbox_dedupe_key"), type_="unique")
        batch_op.drop_column("dedupe_key")
