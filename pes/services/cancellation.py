"""Cancelling a booking (DESIGN §8): by the customer under the cancellation policy, or by
staff. One transaction frees the capacity, records the refund (the provider is called
after the commit, with an idempotency key), writes the emails and the audit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import (
    AttemptStatus,
    AuditEntry,
    Booking,
    BookingStatus,
    CancelReason,
    PaymentAttempt,
    Refund,
    RefundStatus,
)
from . import inventory, locking
from .cancellation_policy import current_policy
from .email import queue_email
from .errors import DomainError
from .payments import refund_later
from .uow import transaction


class CancellationRefused(DomainError):
    """This booking cannot be cancelled (any more) by this person."""


@dataclass(frozen=True)
class Cancellation:
    reference: str
    refund_cents: int | None  # None: nothing had been paid


def paid_attempt(session: Session, booking: Booking) -> PaymentAttempt | None:
    """The payment that paid for `booking` (made on the outbound leg of a return trip)."""
    payer = booking.outbound_booking or booking
    return session.scalar(
        select(PaymentAttempt).where(
            PaymentAttempt.booking_id == payer.id, PaymentAttempt.status == AttemptStatus.PAID
        )
    )


def _refundable(session: Session, attempt: PaymentAttempt) -> int:
    refunded = session.scalar(
        select(func.coalesce(func.sum(Refund.amount_cents), 0)).where(
            Refund.payment_attempt_id == attempt.id, Refund.status != RefundStatus.FAILED
        )
    )
    return attempt.amount_cents - int(refunded or 0)


def customer_refund_percent(session: Session, booking: Booking, now: datetime) -> int:
    assert booking.pickup_at is not None
    return current_policy(session).refund_percent(booking.pickup_at, now)


def _open_legs(booking: Booking) -> list[Booking]:
    return [leg for leg in booking.legs if leg.status is not BookingStatus.CANCELLED]


def _refund_amount(
    session: Session, booking: Booking, attempt: PaymentAttempt | None, percent: int
) -> int | None:
    """What goes back to the card (None: nothing was paid)."""
    if attempt is None:
        return None
    price = sum(leg.total_cents for leg in _open_legs(booking))
    return min(price * percent // 100, _refundable(session, attempt))


def customer_can_cancel(booking: Booking, now: datetime) -> bool:
    return (
        booking.status in (BookingStatus.CONFIRMED, BookingStatus.PENDING_PAYMENT)
        and booking.pickup_at is not None
        and booking.pickup_at > now
    )


def customer_refund_preview(session: Session, booking: Booking, now: datetime) -> int | None:
    """What the customer would get back by cancelling now (None: nothing was paid)."""
    percent = customer_refund_percent(session, booking, now)
    return _refund_amount(session, booking, paid_attempt(session, booking), percent)


def cancel(
    booking_id: int,
    now: datetime,
    *,
    by_staff_id: int | None = None,
    refund_percent: int | None = None,
    note: str = "",
) -> Cancellation:
    """Cancel the booking and, for the outbound leg of a return trip, its return leg.

    Customers (`by_staff_id` None) cancel before pick-up and get the policy's refund; staff
    choose the refund (`refund_percent`, default: all of it).
    """
    reason = CancelReason.CUSTOMER if by_staff_id is None else CancelReason.STAFF
    actor = "customer" if by_staff_id is None else "staff"
    with transaction(lock_inventory=True) as session:
        booking = locking.lock_booking(session, booking_id)
        if booking is None:
            raise LookupError(booking_id)
        if booking.status not in (BookingStatus.CONFIRMED, BookingStatus.PENDING_PAYMENT):
            raise CancellationRefused(f"{booking.reference} is {booking.status.value}")
        if by_staff_id is None:
            if not customer_can_cancel(booking, now):
                raise CancellationRefused(f"{booking.reference}: the pick-up time has passed")
            refund_percent = customer_refund_percent(session, booking, now)
        elif refund_percent is None:
            refund_percent = 100
        attempt = paid_attempt(session, booking)
        refund_cents = _refund_amount(session, booking, attempt, refund_percent)
        for leg in _open_legs(booking):
            inventory.cancel_booking(
                session, leg.id, reason, actor=actor, staff_user_id=by_staff_id
            )
        if attempt is not None and refund_cents:
            refund_later(session, booking, attempt, refund_cents, f"{actor}_cancellation")
        session.add(
            AuditEntry(
                booking_id=booking.id,
                staff_user_id=by_staff_id,
                actor=actor,
                action="cancel",
                details={"refund_cents": refund_cents, "note": note[:500]},
            )
        )
        payload: dict[str, str | int | None] = {
            "reason": reason.value,
            "refund_cents": refund_cents,
        }
        queue_email(session, "booking_cancelled", booking, payload=payload)
        dispatch = current_app.config.get("PES_DISPATCH_EMAIL")
        if dispatch:
            queue_email(
                session,
                "staff_booking_cancelled",
                booking,
                recipient=dispatch,
                locale="en",
                payload=payload,
            )
        return Cancellation(reference=booking.reference, refund_cents=refund_cents)
