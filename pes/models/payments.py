"""Payment attempts, refunds and the log of Stripe events (DESIGN §6)."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin, str_enum, utcnow
from .bookings import Booking
from .types import JSONType


class AttemptStatus(enum.StrEnum):
    OPEN = "open"  # session created, customer on the provider's page
    PROCESSING = "processing"  # completed but unpaid: waiting for an async result
    PAID = "paid"
    FAILED = "failed"
    EXPIRED = "expired"


class PaymentAttempt(TimestampMixin, Base):
    """One Checkout Session (or simulated equivalent) for one booking."""

    __tablename__ = "payment_attempts"
    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), index=True)
    provider: Mapped[str] = mapped_column(String(16))
    idempotency_key: Mapped[str] = mapped_column(String(80), unique=True)
    provider_session_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    provider_payment_intent_id: Mapped[str | None] = mapped_column(String(255), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    status: Mapped[AttemptStatus] = mapped_column(
        str_enum(AttemptStatus, "attempt_status"), default=AttemptStatus.OPEN
    )
    checkout_url: Mapped[str] = mapped_column(Text, default="")
    expires_at: Mapped[datetime | None] = mapped_column()
    completed_at: Mapped[datetime | None] = mapped_column()
    failure_message: Mapped[str] = mapped_column(Text, default="")

    booking: Mapped[Booking] = relationship()


class RefundStatus(enum.StrEnum):
    REQUESTED = "requested"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class Refund(TimestampMixin, Base):
    __tablename__ = "refunds"
    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(ForeignKey("bookings.id"), index=True)
    payment_attempt_id: Mapped[int] = mapped_column(ForeignKey("payment_attempts.id"))
    idempotency_key: Mapped[str] = mapped_column(String(80), unique=True)
    provider_refund_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(64))
    status: Mapped[RefundStatus] = mapped_column(
        str_enum(RefundStatus, "refund_status"), default=RefundStatus.REQUESTED
    )
    failure_message: Mapped[str] = mapped_column(Text, default="")

    booking: Mapped[Booking] = relationship()
    payment_attempt: Mapped[PaymentAttempt] = relationship()


class ProcessedStripeEvent(Base):
    """Every verified webhook event, once: the unique id makes redelivery a no-op."""

    __tablename__ = "processed_stripe_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(255), unique=True)
    event_type: Mapped[str] = mapped_column(String(100))
    livemode: Mapped[bool] = mapped_column(default=False)
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(64), default="")
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class SimulatedCheckoutSession(Base):
    """The simulated provider's own record of a checkout session (the embedded default,
    no Stripe key): what Stripe would know on its side, kept apart from our attempts."""

    __tablename__ = "simulated_checkout_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16), default="open")
    payment_status: Mapped[str] = mapped_column(String(24), default="unpaid")
    payment_intent_id: Mapped[str | None] = mapped_column(String(64))
    payment_intent_status: Mapped[str | None] = mapped_column(String(32))
    idempotency_key: Mapped[str] = mapped_column(String(80), unique=True)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", JSONType, default=dict)
    success_url: Mapped[str] = mapped_column(Text, default="")
    cancel_url: Mapped[str] = mapped_column(Text, default="")
    expires_at: Mapped[datetime] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
