"""The booking lifecycle — every status change goes through `transition()` (DESIGN §3).

    pending ──hold──▶ pending_payment ──paid──▶ confirmed
       │                    │                      │
       └────────────────────┴──────────────────────┴──▶ cancelled (with a reason)

A payment that arrives after the hold expired may still confirm a booking cancelled for
`hold_expired` (if capacity is free again), or turn it into `refunded_late_payment`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..models import AuditEntry, Booking, BookingStatus, CancelReason, utcnow
from .errors import IllegalTransition

S = BookingStatus
_ALLOWED: dict[BookingStatus, set[BookingStatus]] = {
    S.PENDING: {S.PENDING_PAYMENT, S.CANCELLED},
    S.PENDING_PAYMENT: {S.CONFIRMED, S.CANCELLED},
    S.CONFIRMED: {S.CANCELLED},
    S.CANCELLED: set(),
}
# Only a lapsed hold can come back to life, and only through a (late) payment.
_FROM_CANCELLED: dict[CancelReason, set[tuple[BookingStatus, CancelReason | None]]] = {
    CancelReason.HOLD_EXPIRED: {
        (S.CONFIRMED, None),
        (S.CANCELLED, CancelReason.REFUNDED_LATE_PAYMENT),
    },
}


def is_allowed(booking: Booking, to: BookingStatus, reason: CancelReason | None = None) -> bool:
    if booking.status is S.CANCELLED:
        assert booking.cancel_reason is not None
        return (to, reason) in _FROM_CANCELLED.get(booking.cancel_reason, set())
    return to in _ALLOWED[booking.status]


def transition(
    session: Session,
    booking: Booking,
    to: BookingStatus,
    *,
    actor: str,
    reason: CancelReason | None = None,
    staff_user_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Move `booking` to `to`, or raise `IllegalTransition`; writes the audit row.

    The caller holds the booking's row lock (`locking.lock_booking`).
    """
    if (to is S.CANCELLED) != (reason is not None):
        raise IllegalTransition("a cancellation needs a reason, and only a cancellation")
    if not is_allowed(booking, to, reason):
        raise IllegalTransition(
            f"{booking.reference}: {booking.status.value}"
            f"{'/' + booking.cancel_reason.value if booking.cancel_reason else ''}"
            f" → {to.value} is not allowed"
        )
    previous = booking.status
    now = utcnow()
    booking.status = to
    booking.cancel_reason = reason
    if to is S.CONFIRMED:
        booking.confirmed_at = now
        booking.cancelled_at = None
    elif to is S.CANCELLED:
        booking.cancelled_at = now
    session.add(
        AuditEntry(
            booking_id=booking.id,
            staff_user_id=staff_user_id,
            actor=actor,
            action="status",
            from_status=previous.value,
            to_status=to.value,
            details={**(details or {}), **({"reason": reason.value} if reason else {})},
        )
    )
    session.flush()
