"""The reminder sent the day before pick-up (a periodic job queues it, once per booking)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ...models import Booking, BookingStatus, OutboxEmail, utcnow
from ..uow import transaction
from .outbox import email_settings, queue_email


def reminder_key(booking: Booking) -> str:
    return f"pickup_reminder:{booking.id}"


def queue_reminders(now: datetime | None = None) -> int:
    """Queue a reminder for each confirmed booking picked up within the next
    `PES_REMINDER_HOURS` that was booked further ahead than that (a booking made this
    afternoon for tonight has just had its confirmation)."""
    now = now or utcnow()
    ahead = timedelta(hours=email_settings().reminder_hours)
    queued = 0
    with transaction() as session:
        bookings = session.scalars(
            select(Booking)
            .where(
                Booking.status == BookingStatus.CONFIRMED,
                Booking.pickup_at > now,
                Booking.pickup_at <= now + ahead,
            )
            .order_by(Booking.pickup_at)
        ).all()
        keys = {reminder_key(b) for b in bookings}
        done = set(
            session.scalars(select(OutboxEmail.dedupe_key).where(OutboxEmail.dedupe_key.in_(keys)))
        )
        for booking in bookings:
            assert booking.pickup_at is not None
            booked_at = booking.confirmed_at or booking.created_at
            if reminder_key(booking) in done or booking.pickup_at - booked_at < ahead:
                continue
            try:
                with session.begin_nested():  # another run queued it meanwhile: skip it
                    queue_email(
                        session, "pickup_reminder", booking, dedupe_key=reminder_key(booking)
                    )
            except IntegrityError:
                continue
            queued += 1
    return queued
