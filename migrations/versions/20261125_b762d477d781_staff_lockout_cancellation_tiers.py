"""Staff login lockout; the customer cancellation policy as data (default: free until 24 h before
pick-up, then no refund).

Revision ID: b762d477d781
Revises: b50837711a80
Create Date: 2026-11-25 06:55:12.743342
"""

import sqlalchemy as sa
from alembic import op

revision = "b762d477d781"
down_revision = "b50837711a80"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cancellation_tiers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("min_hours_before", sa.Integer(), nullable=False),
        sa.Column("refund_percent", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "min_hours_before >= 0", name=op.f("ck_cancellation_tiers_min_hours_not_negative")
        ),
        sa.CheckConstraint(
            "refund_percent BETWEEN 0 AND 100",
            name=op.f("ck_cancellation_tiers_refund_percent_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cancellation_tiers")),
        sa.UniqueConstraint(
            "min_hours_before", name=op.f("uq_cancellation_tiers_min_hours_before")
        ),
    )
    tiers = sa.table(
        "cancellation_tiers",
        sa.column("min_hours_before", sa.Integer),
        sa.column("refund_percent", sa.Integer),
    )
    op.bulk_insert(
        tiers,
        [
            {"min_hours_before": 24, "refund_percent": 100},
            {"min_hours_before": 0, "refund_percent": 0},
        ],
    )
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_logins")

    op.drop_table("cancellation_tiers")
