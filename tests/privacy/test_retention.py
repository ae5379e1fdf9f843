"""Retention, with the clock moved forward: bookings past `PES_RETENTION_MONTHS` and
never-paid ones past `PES_ABANDONED_RETENTION_DAYS` are anonymised through the inventory,
sent emails lose their contents after `PES_OUTBOX_RETENTION_DAYS`; the rest is untouched
and a second run changes nothing. The `flask pes purge-personal-data` command."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import select

from pes.demo import load_demo
from pes.extensions import db
from pes.models import (
    AuditEntry,
    Booking,
    BookingStatus,
    CancelReason,
    OutboxEmail,
    OutboxStatus,
    utcnow,
)
from pes.services.personal_data import PurgeCounts, months_before, purge_personal_data
from tests.privacy import make_booking, snapshot

_ids = itertools.count(1)


@pytest.fixture
def demo(app: Flask) -> Flask:
    load_demo(db.session())
    db.session.commit()
    return app


def email_of(booking: Booking, status: OutboxStatus, sent_at: datetime | None) -> OutboxEmail:
    row = OutboxEmail(
        kind="booking_confirmed",
        booking_id=booking.id,
        recipient=booking.customer_email,
        payload={"reason": "customer", "refund_cents": 1000},
        status=status,
        sent_at=sent_at,
        message_id=f"<retention-{next(_ids)}@pariselite.example>",
    )
    db.session.add(row)
    db.session.commit()
    return row


def fresh(row: Any) -> Any:
    db.session.rollback()
    return db.session.get(type(row), row.id)


def is_anonymised(booking: Booking) -> bool:
    stored = fresh(booking)
    return bool(
        stored.customer_name == "—"
        and stored.customer_email == f"erased-{booking.id}@invalid.invalid"
        and stored.customer_phone == stored.notes == stored.travel_number == ""
        and stored.dropoff_address == ""
    )


def purge_twice(now: datetime, **options: Any) -> PurgeCounts:
    """Purge at `now`; a second run at the same time must find nothing and change nothing."""
    counts = purge_personal_data(now, **options)
    before = snapshot()
    assert purge_personal_data(now) == PurgeCounts()
    assert snapshot() == before
    return counts


def test_retention_anonymises_what_is_old_enough_and_nothing_else(demo: Flask) -> None:
    t0 = utcnow()
    soon = make_booking(pickup_at=t0 + timedelta(days=10), customer_email="soon@example.com")
    later = make_booking(pickup_at=t0 + timedelta(days=400), customer_email="later@example.com")
    paid_then_cancelled = make_booking(
        status=BookingStatus.CANCELLED,
        cancel_reason=CancelReason.CUSTOMER,
        customer_email="refunded@example.com",
    )
    draft = make_booking(status=BookingStatus.PENDING, customer_email="draft@example.com")
    young_draft = make_booking(
        status=BookingStatus.PENDING,
        customer_email="young@example.com",
        created_at=t0 + timedelta(days=5),
    )
    lapsed = make_booking(
        status=BookingStatus.CANCELLED,
        cancel_reason=CancelReason.HOLD_EXPIRED,
        customer_email="lapsed@example.com",
    )
    declined = make_booking(
        status=BookingStatus.CANCELLED,
        cancel_reason=CancelReason.PAYMENT_FAILED,
        customer_email="declined@example.com",
    )
    sent_now = email_of(soon, OutboxStatus.SENT, t0)
    sent_later = email_of(later, OutboxStatus.SENT, t0 + timedelta(days=60))
    unsent = email_of(later, OutboxStatus.PENDING, None)

    # A month on: the never-paid bookings started 31 days ago go.
    counts = purge_twice(t0 + timedelta(days=31), batch_size=1)
    assert counts == PurgeCounts(past_retention=0, abandoned=3, emails=0)
    assert all(is_anonymised(b) for b in (draft, lapsed, declined))
    assert not any(is_anonymised(b) for b in (young_draft, soon, later, paid_then_cancelled))
    assert fresh(sent_now).payload == {"reason": "customer", "refund_cents": 1000}
    (entry,) = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "purge-personal-data")
    )
    assert (entry.actor, entry.details) == ("system", counts.as_dict())

    # Three months on: emails sent 91 days ago lose their contents; the younger draft goes.
    counts = purge_twice(t0 + timedelta(days=91))
    assert counts == PurgeCounts(past_retention=0, abandoned=1, emails=1)
    assert is_anonymised(young_draft)
    old_email = fresh(sent_now)
    assert (old_email.payload, old_email.last_error) == ({}, "")
    assert old_email.recipient == f"erased-{soon.id}@invalid.invalid"
    assert (old_email.kind, old_email.status, old_email.sent_at) == (
        "booking_confirmed",
        OutboxStatus.SENT,
        t0,
    )
    assert fresh(sent_later).payload == {"reason": "customer", "refund_cents": 1000}
    assert fresh(unsent).recipient == "later@example.com"
    assert not is_anonymised(soon)  # the booking itself is kept for three years
    assert fresh(soon).customer_email == "soon@example.com"

    # Three years after the first pick-up: that booking goes, the later ones stay.
    assert soon.pickup_at is not None
    kept_total = soon.total_cents
    counts = purge_twice(months_before(soon.pickup_at, -36) + timedelta(days=1))
    assert counts == PurgeCounts(past_retention=1, abandoned=0, emails=1)
    assert is_anonymised(soon)
    stored = fresh(soon)
    assert (stored.reference, stored.total_cents, stored.status) == (
        soon.reference,
        kept_total,
        BookingStatus.CONFIRMED,
    )
    assert not is_anonymised(later)
    assert not is_anonymised(paid_then_cancelled)  # paid: kept until its own three years
    assert fresh(sent_later).payload == {}
    assert fresh(unsent).status is OutboxStatus.PENDING  # not sent: not the email purge's


def test_months_before_keeps_the_day_when_the_month_has_it() -> None:
    assert months_before(datetime(2027, 3, 31, 9, tzinfo=UTC), 1) == datetime(
        2027, 2, 28, 9, tzinfo=UTC
    )
    assert months_before(datetime(2027, 5, 31, tzinfo=UTC), 39) == datetime(2024, 2, 29, tzinfo=UTC)
    assert months_before(datetime(2027, 1, 15, tzinfo=UTC), 36) == datetime(2024, 1, 15, tzinfo=UTC)
    assert months_before(datetime(2027, 1, 15, tzinfo=UTC), -12) == datetime(
        2028, 1, 15, tzinfo=UTC
    )


def test_the_command_prints_the_counts(demo: Flask, runner: FlaskCliRunner) -> None:
    now = utcnow()
    make_booking(
        status=BookingStatus.PENDING,
        customer_email="draft@example.com",
        created_at=now - timedelta(days=31),
    )
    confirmed = make_booking(customer_email="customer@example.com")
    email_of(confirmed, OutboxStatus.SENT, now - timedelta(days=91))

    first = runner.invoke(args=["pes", "purge-personal-data"])
    assert first.exit_code == 0, first.output
    assert first.output.strip() == (
        "anonymised 0 booking(s) past retention, 1 abandoned booking(s), 1 old email(s)"
    )
    again = runner.invoke(args=["pes", "purge-personal-data"])
    assert again.output.strip() == (
        "anonymised 0 booking(s) past retention, 0 abandoned booking(s), 0 old email(s)"
    )
    assert fresh(confirmed).customer_email == "customer@example.com"
