"""Export: everything held about one email (any capitals) — every booking with all its
columns, payments, refunds, emails and audit rows — and nothing about anybody else."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from flask import Flask
from sqlalchemy import func, inspect, select

from pes.demo import load_demo
from pes.extensions import db
from pes.models import Booking, PaymentAttempt, Refund, StaffRole, utcnow
from pes.services.personal_data import export_customer
from tests.privacy import ANA, BRUNO, book_and_pay, cancel_as_staff, make_booking
from tests.staff.conftest import log_in, make_staff


@pytest.fixture
def demo(app: Flask) -> Flask:
    load_demo(db.session())
    db.session.commit()
    return app


def test_the_export_holds_every_booking_of_the_email_and_nothing_of_anyone_else(
    demo: Flask,
) -> None:
    trip = book_and_pay(demo.test_client(), ANA, 30, notes="Ana Souza, two big suitcases")
    staff = demo.test_client()
    assert log_in(staff, make_staff(StaffRole.ADMIN).email) == 303
    cancel_as_staff(staff, trip.reference, "Ana Souza asked us on the phone")
    draft = make_booking(customer_email="ANA.SOUZA@EXAMPLE.COM", customer_name="Ana Souza")
    bruno = book_and_pay(demo.test_client(), BRUNO, 31, notes="Bruno Lima's notes")
    db.session.rollback()

    export = export_customer(db.session(), "  ana.souza@Example.com")

    mine = set(
        db.session.scalars(
            select(Booking.reference).where(func.lower(Booking.customer_email) == ANA.email.lower())
        )
    )
    assert len(mine) == 2
    assert (
        {booking["reference"] for booking in export["bookings"]}
        == mine
        == {
            trip.reference,
            draft.reference,
        }
    )
    columns = {column.name for column in inspect(Booking).columns}
    for booking in export["bookings"]:
        assert columns <= set(booking), columns - set(booking)
    exported = {booking["reference"]: booking for booking in export["bookings"]}[trip.reference]
    stored = db.session.get(Booking, trip.id)
    assert stored is not None
    assert stored.pickup_at is not None
    assert exported["pickup_at"].endswith("+00:00")
    assert datetime.fromisoformat(exported["pickup_at"]) == stored.pickup_at
    assert exported["customer_phone"] == ANA.stored_phone
    assert exported["notes"] == "Ana Souza, two big suitcases"
    assert exported["price_breakdown"] == stored.price_breakdown
    assert exported["vehicle_class"] == stored.vehicle_class.name  # type: ignore[union-attr]
    (attempt,) = db.session.scalars(
        select(PaymentAttempt).where(PaymentAttempt.booking_id == trip.id)
    )
    (payment,) = exported["payment_attempts"]
    assert (payment["id"], payment["amount_cents"], payment["status"]) == (
        attempt.id,
        attempt.amount_cents,
        "paid",
    )
    assert payment["provider_payment_intent_id"] == attempt.provider_payment_intent_id
    (refund,) = db.session.scalars(select(Refund).where(Refund.booking_id == trip.id))
    assert [(r["provider_refund_id"], r["amount_cents"]) for r in exported["refunds"]] == [
        (refund.provider_refund_id, refund.amount_cents)
    ]
    kinds = [email["kind"] for email in exported["emails"]]
    assert kinds == ["booking_received", "booking_confirmed", "booking_cancelled"]
    for email in exported["emails"]:
        assert email["recipient"] == ANA.email
        assert email["status"] == "sent"
        assert email["sent_at"].endswith("+00:00")
        assert "payload" in email
    notes = [entry["details"].get("note") for entry in exported["audit"]]
    assert "Ana Souza asked us on the phone" in notes

    text = json.dumps(export, ensure_ascii=False)
    for theirs in (BRUNO.email, BRUNO.name, BRUNO.stored_phone, bruno.reference, "Bruno"):
        assert theirs not in text
    assert datetime.fromisoformat(export["exported_at"]) <= utcnow()


def test_an_unknown_email_exports_nothing(demo: Flask) -> None:
    make_booking(customer_email=ANA.email)
    export = export_customer(db.session(), "nobody@example.com")
    assert export["bookings"] == []
    assert ANA.email.lower() not in json.dumps(export).lower()
