"""Bookings (DESIGN §3). Status changes go through `pes.services.booking_status`."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, str_enum
from .catalog import Place, Tour, VehicleClass
from .types import JSONType


class BookingKind(enum.StrEnum):
    TRANSFER = "transfer"
    HOURLY = "hourly"
    TOUR = "tour"


class BookingStatus(enum.StrEnum):
    PENDING = "pending"  # draft in the funnel
    PENDING_PAYMENT = "pending_payment"  # capacity held, payment started
    CONFIRMED = "confirmed"  # paid
    CANCELLED = "cancelled"


class CancelReason(enum.StrEnum):
    HOLD_EXPIRED = "hold_expired"
    PAYMENT_FAILED = "payment_failed"
    CUSTOMER = "customer"
    STAFF = "staff"
    REFUNDED_LATE_PAYMENT = "refunded_late_payment"


class Booking(TimestampMixin, Base):
    __tablename__ = "bookings"
    __table_args__ = (
        CheckConstraint("passengers >= 1", name="passengers_positive"),
        CheckConstraint("luggage >= 0", name="luggage_not_negative"),
        CheckConstraint("child_seats >= 0", name="child_seats_not_negative"),
        CheckConstraint("extra_stops >= 0", name="extra_stops_not_negative"),
        CheckConstraint("total_cents >= 0", name="total_not_negative"),
        CheckConstraint("hours IS NULL OR hours > 0", name="hours_positive"),
        CheckConstraint(
            "(status = 'cancelled') = (cancel_reason IS NOT NULL)",
            name="cancel_reason_iff_cancelled",
        ),
        CheckConstraint(
            "service_ends_at IS NULL OR service_ends_at > pickup_at", name="ends_after_pickup"
        ),
        # The expiry job and the lazy release look for live holds by expiry time.
        Index("ix_bookings_status_hold_expires_at", "status", "hold_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[BookingKind] = mapped_column(str_enum(BookingKind, "booking_kind"))
    status: Mapped[BookingStatus] = mapped_column(
        str_enum(BookingStatus, "booking_status"), default=BookingStatus.PENDING, index=True
    )
    cancel_reason: Mapped[CancelReason | None] = mapped_column(
        str_enum(CancelReason, "cancel_reason")
    )

    # What and when. Instants are UTC; the customer enters and sees Europe/Paris.
    pickup_at: Mapped[datetime | None] = mapped_column(index=True)
    service_ends_at: Mapped[datetime | None] = mapped_column()
    pickup_place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    pickup_address: Mapped[str] = mapped_column(String(300), default="")
    dropoff_place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    dropoff_address: Mapped[str] = mapped_column(String(300), default="")
    tour_id: Mapped[int | None] = mapped_column(ForeignKey("tours.id"), index=True)
    hours: Mapped[int | None] = mapped_column(Integer)
    vehicle_class_id: Mapped[int | None] = mapped_column(
        ForeignKey("vehicle_classes.id"), index=True
    )
    passengers: Mapped[int] = mapped_column(Integer, default=1)
    luggage: Mapped[int] = mapped_column(Integer, default=0)
    travel_number: Mapped[str] = mapped_column(String(16), default="")  # flight or train

    # Extras.
    child_seats: Mapped[int] = mapped_column(Integer, default=0)
    extra_stops: Mapped[int] = mapped_column(Integer, default=0)
    meet_and_greet: Mapped[bool] = mapped_column(default=False)
    sign_text: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    # Customer (personal data: see issue "GDPR" for the inventory).
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    customer_email: Mapped[str] = mapped_column(String(254), default="", index=True)
    customer_phone: Mapped[str] = mapped_column(String(32), default="")
    locale: Mapped[str] = mapped_column(String(5), default="en")

    # Money: integer cents. The breakdown is a list of {"code", "amount_cents", ...} lines.
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    price_breakdown: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    total_cents: Mapped[int] = mapped_column(Integer, default=0)

    # Lifecycle.
    hold_expires_at: Mapped[datetime | None] = mapped_column()
    confirmed_at: Mapped[datetime | None] = mapped_column()
    cancelled_at: Mapped[datetime | None] = mapped_column()
    needs_review: Mapped[bool] = mapped_column(default=False)
    review_note: Mapped[str] = mapped_column(Text, default="")
    #: The outbound leg of a return transfer booked with it.
    outbound_booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), unique=True)

    pickup_place: Mapped[Place | None] = relationship(foreign_keys=[pickup_place_id])
    dropoff_place: Mapped[Place | None] = relationship(foreign_keys=[dropoff_place_id])
    tour: Mapped[Tour | None] = relationship()
    vehicle_class: Mapped[VehicleClass | None] = relationship()
    outbound_booking: Mapped[Booking | None] = relationship(
        remote_side=[id], back_populates="return_booking"
    )
    return_booking: Mapped[Booking | None] = relationship(back_populates="outbound_booking")

    @property
    def legs(self) -> list[Booking]:
        """This booking and the return leg booked (and paid) with it."""
        return [self] + ([self.return_booking] if self.return_booking else [])

    def __repr__(self) -> str:
        return f"<Booking {self.reference} {self.status}>"


class CancellationTier(Base):
    """The cancellation policy, as data: a customer who cancels at least
    `min_hours_before` pick-up gets `refund_percent` of the price back (the tier with the
    largest `min_hours_before` that applies wins; none applies → no refund)."""

    __tablename__ = "cancellation_tiers"
    __table_args__ = (
        CheckConstraint("min_hours_before >= 0", name="min_hours_not_negative"),
        CheckConstraint("refund_percent BETWEEN 0 AND 100", name="refund_percent_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    min_hours_before: Mapped[int] = mapped_column(Integer, unique=True)
    refund_percent: Mapped[int] = mapped_column(Integer)
