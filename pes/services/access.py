"""Customers' access to their booking (DESIGN §8): no accounts, a signed, expiring link.

The token names one booking (its reference) and its own expiry, signed with the app's
secret (itsdangerous). Without a valid token a booking does not exist: every failure —
tampered, expired, unknown — looks the same to the caller (None → 404).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Booking

_SALT = "pes.manage-booking.v1"
#: A link works until this long after the later of its issue and the pick-up.
LINK_VALIDITY = timedelta(days=30)


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def make_token(booking: Booking, now: datetime) -> str:
    anchor = max(now, booking.pickup_at) if booking.pickup_at else now
    expires = int((anchor + LINK_VALIDITY).timestamp())
    return str(_serializer().dumps([booking.reference, expires]))


def booking_for_token(session: Session, token: str, now: datetime) -> Booking | None:
    try:
        reference, expires = _serializer().loads(token)
    except (BadSignature, ValueError, TypeError):
        return None
    if not isinstance(reference, str) or not isinstance(expires, int):
        return None
    if expires < now.timestamp():
        return None
    return session.scalar(select(Booking).where(Booking.reference == reference))


def booking_for_customer(session: Session, reference: str, email: str) -> Booking | None:
    """The booking with this reference if `email` is its customer's (case-insensitive)."""
    booking = session.scalar(select(Booking).where(Booking.reference == reference.strip().upper()))
    if booking is None or not booking.customer_email:
        return None
    if booking.customer_email.lower() != email.strip().lower():
        return None
    return booking
