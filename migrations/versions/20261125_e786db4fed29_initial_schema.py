"""Initial schema: the whole domain of DESIGN §3–§8 (SQLite and PostgreSQL).

Revision ID: e786db4fed29
Revises:
Create Date: 2026-11-25 04:46:38.686644
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "e786db4fed29"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "content_pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "page",
                "tour",
                name="page_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_pages")),
        sa.UniqueConstraint("slug", name=op.f("uq_content_pages_slug")),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "airport",
                "station",
                "city",
                "attraction",
                name="place_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "names",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("code", name=op.f("uq_places_code")),
    )
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin",
                "dispatcher",
                "editor",
                name="staff_role",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("locale", sa.String(length=5), nullable=False),
        sa.Column("session_version", sa.Integer(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_users")),
        sa.UniqueConstraint("email", name=op.f("uq_staff_users_email")),
    )
    op.create_table(
        "surcharges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column(
            "pricing",
            sa.Enum(
                "fixed",
                "per_unit",
                "percent",
                name="surcharge_pricing",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.Time(), nullable=True),
        sa.Column("window_end", sa.Time(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_surcharges_amount_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surcharges")),
        sa.UniqueConstraint("code", name=op.f("uq_surcharges_code")),
    )
    op.create_table(
        "vehicle_classes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("model_examples", sa.String(length=120), nullable=False),
        sa.Column(
            "descriptions",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("max_passengers", sa.Integer(), nullable=False),
        sa.Column("max_luggage", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "max_luggage >= 0", name=op.f("ck_vehicle_classes_max_luggage_not_negative")
        ),
        sa.CheckConstraint(
            "max_passengers >= 1", name=op.f("ck_vehicle_classes_max_passengers_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle_classes")),
        sa.UniqueConstraint("code", name=op.f("uq_vehicle_classes_code")),
    )
    op.create_table(
        "content_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=5), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("meta_description", sa.String(length=320), nullable=False),
        sa.Column("body_markdown", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["staff_users.id"],
            name=op.f("fk_content_revisions_author_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["content_pages.id"],
            name=op.f("fk_content_revisions_page_id_content_pages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_revisions")),
    )
    with op.batch_alter_table("content_revisions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_content_revisions_page_id_locale", ["page_id", "locale"], unique=False
        )

    op.create_table(
        "hourly_rates",
        sa.Column("vehicle_class_id", sa.Integer(), nullable=False),
        sa.Column("price_per_hour_cents", sa.Integer(), nullable=False),
        sa.Column("min_hours", sa.Integer(), nullable=False),
        sa.Column("max_hours", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "min_hours >= 1 AND min_hours <= max_hours", name=op.f("ck_hourly_rates_hours_range")
        ),
        sa.CheckConstraint(
            "price_per_hour_cents >= 0", name=op.f("ck_hourly_rates_price_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_class_id"],
            ["vehicle_classes.id"],
            name=op.f("fk_hourly_rates_vehicle_class_id_vehicle_classes"),
        ),
        sa.PrimaryKeyConstraint("vehicle_class_id", name=op.f("pk_hourly_rates")),
    )
    op.create_table(
        "slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vehicle_class_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("taken", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_slots_capacity_not_negative")),
        sa.CheckConstraint(
            "taken >= 0 AND taken <= capacity", name=op.f("ck_slots_taken_within_capacity")
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_class_id"],
            ["vehicle_classes.id"],
            name=op.f("fk_slots_vehicle_class_id_vehicle_classes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slots")),
        sa.UniqueConstraint(
            "vehicle_class_id", "starts_at", name=op.f("uq_slots_vehicle_class_id_starts_at")
        ),
    )
    op.create_table(
        "tours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("max_passengers", sa.Integer(), nullable=False),
        sa.Column("start_place_id", sa.Integer(), nullable=True),
        sa.Column("content_page_id", sa.Integer(), nullable=False),
        sa.Column("image", sa.String(length=120), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint("duration_minutes > 0", name=op.f("ck_tours_duration_positive")),
        sa.CheckConstraint("max_passengers >= 1", name=op.f("ck_tours_max_passengers_positive")),
        sa.ForeignKeyConstraint(
            ["content_page_id"],
            ["content_pages.id"],
            name=op.f("fk_tours_content_page_id_content_pages"),
        ),
        sa.ForeignKeyConstraint(
            ["start_place_id"], ["places.id"], name=op.f("fk_tours_start_place_id_places")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tours")),
        sa.UniqueConstraint("content_page_id", name=op.f("uq_tours_content_page_id")),
        sa.UniqueConstraint("slug", name=op.f("uq_tours_slug")),
    )
    with op.batch_alter_table("tours", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tours_active"), ["active"], unique=False)

    op.create_table(
        "transfer_routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin_id", sa.Integer(), nullable=False),
        sa.Column("destination_id", sa.Integer(), nullable=False),
        sa.Column("drive_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "drive_minutes > 0", name=op.f("ck_transfer_routes_drive_minutes_positive")
        ),
        sa.CheckConstraint(
            "origin_id <> destination_id", name=op.f("ck_transfer_routes_distinct_ends")
        ),
        sa.ForeignKeyConstraint(
            ["destination_id"], ["places.id"], name=op.f("fk_transfer_routes_destination_id_places")
        ),
        sa.ForeignKeyConstraint(
            ["origin_id"], ["places.id"], name=op.f("fk_transfer_routes_origin_id_places")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer_routes")),
        sa.UniqueConstraint(
            "origin_id", "destination_id", name=op.f("uq_transfer_routes_origin_id_destination_id")
        ),
    )
    with op.batch_alter_table("transfer_routes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transfer_routes_destination_id"), ["destination_id"], unique=False
        )

    op.create_table(
        "vehicles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vehicle_class_id", sa.Integer(), nullable=False),
        sa.Column("plate", sa.String(length=16), nullable=False),
        sa.Column("model_name", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_class_id"],
            ["vehicle_classes.id"],
            name=op.f("fk_vehicles_vehicle_class_id_vehicle_classes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicles")),
        sa.UniqueConstraint("plate", name=op.f("uq_vehicles_plate")),
    )
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vehicles_vehicle_class_id"), ["vehicle_class_id"], unique=False
        )

    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=16), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "transfer",
                "hourly",
                "tour",
                name="booking_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "pending_payment",
                "confirmed",
                "cancelled",
                name="booking_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "cancel_reason",
            sa.Enum(
                "hold_expired",
                "payment_failed",
                "customer",
                "staff",
                "refunded_late_payment",
                name="cancel_reason",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("pickup_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("service_ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pickup_place_id", sa.Integer(), nullable=True),
        sa.Column("pickup_address", sa.String(length=300), nullable=False),
        sa.Column("dropoff_place_id", sa.Integer(), nullable=True),
        sa.Column("dropoff_address", sa.String(length=300), nullable=False),
        sa.Column("tour_id", sa.Integer(), nullable=True),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("vehicle_class_id", sa.Integer(), nullable=True),
        sa.Column("passengers", sa.Integer(), nullable=False),
        sa.Column("luggage", sa.Integer(), nullable=False),
        sa.Column("travel_number", sa.String(length=16), nullable=False),
        sa.Column("child_seats", sa.Integer(), nullable=False),
        sa.Column("extra_stops", sa.Integer(), nullable=False),
        sa.Column("meet_and_greet", sa.Boolean(), nullable=False),
        sa.Column("sign_text", sa.String(length=80), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("customer_name", sa.String(length=120), nullable=False),
        sa.Column("customer_email", sa.String(length=254), nullable=False),
        sa.Column("customer_phone", sa.String(length=32), nullable=False),
        sa.Column("locale", sa.String(length=5), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "price_breakdown",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("hold_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("outbound_booking_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "(status = 'cancelled') = (cancel_reason IS NOT NULL)",
            name=op.f("ck_bookings_cancel_reason_iff_cancelled"),
        ),
        sa.CheckConstraint("child_seats >= 0", name=op.f("ck_bookings_child_seats_not_negative")),
        sa.CheckConstraint("extra_stops >= 0", name=op.f("ck_bookings_extra_stops_not_negative")),
        sa.CheckConstraint("hours IS NULL OR hours > 0", name=op.f("ck_bookings_hours_positive")),
        sa.CheckConstraint("luggage >= 0", name=op.f("ck_bookings_luggage_not_negative")),
        sa.CheckConstraint("passengers >= 1", name=op.f("ck_bookings_passengers_positive")),
        sa.CheckConstraint(
            "service_ends_at IS NULL OR service_ends_at > pickup_at",
            name=op.f("ck_bookings_ends_after_pickup"),
        ),
        sa.CheckConstraint("total_cents >= 0", name=op.f("ck_bookings_total_not_negative")),
        sa.ForeignKeyConstraint(
            ["dropoff_place_id"], ["places.id"], name=op.f("fk_bookings_dropoff_place_id_places")
        ),
        sa.ForeignKeyConstraint(
            ["outbound_booking_id"],
            ["bookings.id"],
            name=op.f("fk_bookings_outbound_booking_id_bookings"),
        ),
        sa.ForeignKeyConstraint(
            ["pickup_place_id"], ["places.id"], name=op.f("fk_bookings_pickup_place_id_places")
        ),
        sa.ForeignKeyConstraint(["tour_id"], ["tours.id"], name=op.f("fk_bookings_tour_id_tours")),
        sa.ForeignKeyConstraint(
            ["vehicle_class_id"],
            ["vehicle_classes.id"],
            name=op.f("fk_bookings_vehicle_class_id_vehicle_classes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
        sa.UniqueConstraint("outbound_booking_id", name=op.f("uq_bookings_outbound_booking_id")),
        sa.UniqueConstraint("reference", name=op.f("uq_bookings_reference")),
    )
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bookings_customer_email"), ["customer_email"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_bookings_pickup_at"), ["pickup_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_bookings_status"), ["status"], unique=False)
        batch_op.create_index(
            "ix_bookings_status_hold_expires_at", ["status", "hold_expires_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_bookings_tour_id"), ["tour_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_bookings_vehicle_class_id"), ["vehicle_class_id"], unique=False
        )

    op.create_table(
        "content_publications",
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("locale", sa.String(length=5), nullable=False),
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["content_pages.id"],
            name=op.f("fk_content_publications_page_id_content_pages"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["published_by_id"],
            ["staff_users.id"],
            name=op.f("fk_content_publications_published_by_id_staff_users"),
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["content_revisions.id"],
            name=op.f("fk_content_publications_revision_id_content_revisions"),
        ),
        sa.PrimaryKeyConstraint("page_id", "locale", name=op.f("pk_content_publications")),
    )
    op.create_table(
        "tour_prices",
        sa.Column("tour_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_class_id", sa.Integer(), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("price_cents >= 0", name=op.f("ck_tour_prices_price_not_negative")),
        sa.ForeignKeyConstraint(
            ["tour_id"], ["tours.id"], name=op.f("fk_tour_prices_tour_id_tours"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_class_id"],
            ["vehicle_classes.id"],
            name=op.f("fk_tour_prices_vehicle_class_id_vehicle_classes"),
        ),
        sa.PrimaryKeyConstraint("tour_id", "vehicle_class_id", name=op.f("pk_tour_prices")),
    )
    op.create_table(
        "transfer_fares",
        sa.Column("route_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_class_id", sa.Integer(), nullable=False),
        sa.Column("price_cents", sa.Integer(), nullable=False),
        sa.CheckConstraint("price_cents >= 0", name=op.f("ck_transfer_fares_price_not_negative")),
        sa.ForeignKeyConstraint(
            ["route_id"],
            ["transfer_routes.id"],
            name=op.f("fk_transfer_fares_route_id_transfer_routes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_class_id"],
            ["vehicle_classes.id"],
            name=op.f("fk_transfer_fares_vehicle_class_id_vehicle_classes"),
        ),
        sa.PrimaryKeyConstraint("route_id", "vehicle_class_id", name=op.f("pk_transfer_fares")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("staff_user_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=True),
        sa.Column("to_status", sa.String(length=32), nullable=True),
        sa.Column(
            "details",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_audit_log_booking_id_bookings")
        ),
        sa.ForeignKeyConstraint(
            ["staff_user_id"],
            ["staff_users.id"],
            name=op.f("fk_audit_log_staff_user_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_booking_id"), ["booking_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_audit_log_staff_user_id"), ["staff_user_id"], unique=False
        )

    op.create_table(
        "booking_slots",
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
            name=op.f("fk_booking_slots_booking_id_bookings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"], ["slots.id"], name=op.f("fk_booking_slots_slot_id_slots")
        ),
        sa.PrimaryKeyConstraint("booking_id", "slot_id", name=op.f("pk_booking_slots")),
    )
    with op.batch_alter_table("booking_slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_booking_slots_slot_id"), ["slot_id"], unique=False)

    op.create_table(
        "email_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("locale", sa.String(length=5), nullable=False),
        sa.Column(
            "payload",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "sent",
                "failed",
                name="outbox_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=255), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_email_outbox_booking_id_bookings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_outbox")),
        sa.UniqueConstraint("message_id", name=op.f("uq_email_outbox_message_id")),
    )
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_email_outbox_booking_id"), ["booking_id"], unique=False
        )
        batch_op.create_index(
            "ix_email_outbox_status_next_attempt_at", ["status", "next_attempt_at"], unique=False
        )

    op.create_table(
        "payment_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("idempotency_key", sa.String(length=80), nullable=False),
        sa.Column("provider_session_id", sa.String(length=255), nullable=True),
        sa.Column("provider_payment_intent_id", sa.String(length=255), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "processing",
                "paid",
                "failed",
                "expired",
                name="attempt_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("checkout_url", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("failure_message", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "amount_cents >= 0", name=op.f("ck_payment_attempts_amount_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_payment_attempts_booking_id_bookings")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_attempts")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_payment_attempts_idempotency_key")),
        sa.UniqueConstraint(
            "provider_session_id", name=op.f("uq_payment_attempts_provider_session_id")
        ),
    )
    with op.batch_alter_table("payment_attempts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_attempts_booking_id"), ["booking_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_payment_attempts_provider_payment_intent_id"),
            ["provider_payment_intent_id"],
            unique=False,
        )

    op.create_table(
        "processed_stripe_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=False),
        sa.Column("event_type", sa.String(length=100), nullable=False),
        sa.Column("livemode", sa.Boolean(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
            name=op.f("fk_processed_stripe_events_booking_id_bookings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processed_stripe_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_processed_stripe_events_event_id")),
    )
    with op.batch_alter_table("processed_stripe_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_processed_stripe_events_booking_id"), ["booking_id"], unique=False
        )

    op.create_table(
        "vehicle_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "starts_at < ends_at", name=op.f("ck_vehicle_assignments_period_not_empty")
        ),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["bookings.id"],
            name=op.f("fk_vehicle_assignments_booking_id_bookings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_id"], ["vehicles.id"], name=op.f("fk_vehicle_assignments_vehicle_id_vehicles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle_assignments")),
        sa.UniqueConstraint("booking_id", name=op.f("uq_vehicle_assignments_booking_id")),
    )
    with op.batch_alter_table("vehicle_assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vehicle_assignments_vehicle_id"), ["vehicle_id"], unique=False
        )

    op.create_table(
        "refunds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.Column("payment_attempt_id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=80), nullable=False),
        sa.Column("provider_refund_id", sa.String(length=255), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "succeeded",
                "failed",
                name="refund_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("failure_message", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint("amount_cents > 0", name=op.f("ck_refunds_amount_positive")),
        sa.ForeignKeyConstraint(
            ["booking_id"], ["bookings.id"], name=op.f("fk_refunds_booking_id_bookings")
        ),
        sa.ForeignKeyConstraint(
            ["payment_attempt_id"],
            ["payment_attempts.id"],
            name=op.f("fk_refunds_payment_attempt_id_payment_attempts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refunds")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_refunds_idempotency_key")),
        sa.UniqueConstraint("provider_refund_id", name=op.f("uq_refunds_provider_refund_id")),
    )
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refunds_booking_id"), ["booking_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # Second line of defence behind the slot counts: one vehicle, one place at a time.
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE vehicle_assignments ADD CONSTRAINT ex_vehicle_assignments_no_overlap "
            "EXCLUDE USING gist (vehicle_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)"
        )


def downgrade() -> None:
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refunds_booking_id"))

    op.drop_table("refunds")
    with op.batch_alter_table("vehicle_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vehicle_assignments_vehicle_id"))

    op.drop_table("vehicle_assignments")
    with op.batch_alter_table("processed_stripe_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processed_stripe_events_booking_id"))

    op.drop_table("processed_stripe_events")
    with op.batch_alter_table("payment_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_attempts_provider_payment_intent_id"))
        batch_op.drop_index(batch_op.f("ix_payment_attempts_booking_id"))

    op.drop_table("payment_attempts")
    with op.batch_alter_table("email_outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_email_outbox_status_next_attempt_at")
        batch_op.drop_index(batch_op.f("ix_email_outbox_booking_id"))

    op.drop_table("email_outbox")
    with op.batch_alter_table("booking_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_slots_slot_id"))

    op.drop_table("booking_slots")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_staff_user_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_created_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_booking_id"))

    op.drop_table("audit_log")
    op.drop_table("transfer_fares")
    op.drop_table("tour_prices")
    op.drop_table("content_publications")
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bookings_vehicle_class_id"))
        batch_op.drop_index(batch_op.f("ix_bookings_tour_id"))
        batch_op.drop_index("ix_bookings_status_hold_expires_at")
        batch_op.drop_index(batch_op.f("ix_bookings_status"))
        batch_op.drop_index(batch_op.f("ix_bookings_pickup_at"))
        batch_op.drop_index(batch_op.f("ix_bookings_customer_email"))

    op.drop_table("bookings")
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vehicles_vehicle_class_id"))

    op.drop_table("vehicles")
    with op.batch_alter_table("transfer_routes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_routes_destination_id"))

    op.drop_table("transfer_routes")
    with op.batch_alter_table("tours", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tours_active"))

    op.drop_table("tours")
    op.drop_table("slots")
    op.drop_table("hourly_rates")
    with op.batch_alter_table("content_revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_content_revisions_page_id_locale")

    op.drop_table("content_revisions")
    op.drop_table("vehicle_classes")
    op.drop_table("surcharges")
    op.drop_table("staff_users")
    op.drop_table("places")
    op.drop_table("content_pages")
