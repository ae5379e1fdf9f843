"""The simulated payment provider's own checkout sessions (embedded default).

Revision ID: edf74a8fbf16
Revises: e786db4fed29
Create Date: 2026-11-25 06:13:51.423047
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "edf74a8fbf16"
down_revision = "e786db4fed29"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "simulated_checkout_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("payment_status", sa.String(length=24), nullable=False),
        sa.Column("payment_intent_id", sa.String(length=64), nullable=True),
        sa.Column("payment_intent_status", sa.String(length=32), nullable=True),
        sa.Column("idempotency_key", sa.String(length=80), nullable=False),
        sa.Column(
            "metadata",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("success_url", sa.Text(), nullable=False),
        sa.Column("cancel_url", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_simulated_checkout_sessions")),
        sa.UniqueConstraint(
            "idempotency_key", name=op.f("uq_simulated_checkout_sessions_idempotency_key")
        ),
    )


def downgrade() -> None:
    op.drop_table("simulated_checkout_sessions")
