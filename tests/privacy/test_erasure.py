"""Erasure: the customer's email, name and phone leave every text column of the database,
the accounting records stay, another customer is untouched; refused (nothing changed)
while a booking of that email is still to come and not cancelled."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from pes.extensions import db
from pes.models import (
    AuditEntry,
    Booking,
    BookingStatus,
    OutboxEmail,
    OutboxStatus,
    PaymentAttempt,
    Refund,
    StaffUser,
    utcnow,
)
from pes.services import cancellation
from pes.services.personal_data import (
    NOT_SENT,
    Erasure,
    ErasureRefused,
    erase_customer,
    export_customer,
)
from pes.services.uow import transaction
from tests.funnel.conftest import CSRF, future_day
from tests.privacy import (
    ANA,
    BRUNO,
    book_and_pay,
    cancel_as_staff,
    digits,
    make_booking,
    scan,
    snapshot,
)


def erase(email: str, admin: StaffUser, now: Any = None) -> Erasure:
    with transaction(lock_inventory=True) as session:
        return erase_customer(session, email, now or utcnow(), admin.id)


def accounts() -> dict[str, list[tuple[Any, ...]]]:
    """What the accountant needs of every booking, payment and refund."""
    db.session.rollback()
    return {
        "bookings": [
            (
                b.id,
                b.reference,
                b.kind,
                b.status,
                b.cancel_reason,
                b.pickup_at,
                b.pickup_place_id,
                b.dropoff_place_id,
                b.vehicle_class_id,
                b.passengers,
                b.luggage,
                b.price_breakdown,
                b.total_cents,
                b.currency,
                b.confirmed_at,
                b.cancelled_at,
            )
            for b in db.session.scalars(select(Booking).order_by(Booking.id))
        ],
        "payments": [
            (
                p.id,
                p.booking_id,
                p.provider_session_id,
                p.provider_payment_intent_id,
                p.amount_cents,
                p.status,
            )
            for p in db.session.scalars(select(PaymentAttempt).order_by(PaymentAttempt.id))
        ],
        "refunds": [
            (r.id, r.provider_refund_id, r.amount_cents, r.status)
            for r in db.session.scalars(select(Refund).order_by(Refund.id))
        ],
    }


def _export_without_time(email: str) -> dict[str, Any]:
    db.session.rollback()
    data = export_customer(db.session(), email)
    data.pop("exported_at")
    return data


def _ask_for_a_link(client: FlaskClient, reference: str, email: str) -> None:
    page = client.get("/en/manage/")
    token = CSRF.search(page.get_data(as_text=True))
    assert token
    response = client.post(
        "/en/manage/", data={"csrf_token": token.group(1), "reference": reference, "email": email}
    )
    assert response.status_code == 200


def test_erasure_leaves_no_trace_of_the_customer_and_keeps_the_accounts(
    demo: Flask, admin_client: FlaskClient, admin: StaffUser
) -> None:
    # Ana books a return trip and another transfer through the funnel, pays both, asks
    # for her link; staff cancel both (refunded), with notes that name her.
    ana = demo.test_client()
    trip = book_and_pay(
        ana,
        ANA,
        30,
        add_return="y",
        return_date=future_day(34).isoformat(),
        return_time="18:00",
        travel_number="af 1234",
        meet_and_greet="y",
        sign_text="ANA SOUZA",
        notes=f"Please call Ana Souza on {ANA.phone} at arrival",
    )
    other = book_and_pay(demo.test_client(), ANA, 40)
    _ask_for_a_link(ana, trip.reference, "ana.souza@EXAMPLE.com")
    cancel_as_staff(admin_client, trip.reference, f"Ana Souza phoned from {ANA.phone}")
    cancel_as_staff(admin_client, other.reference, "Mrs Souza changed her plans")
    # A journey of hers from long ago, typed with other capitals.
    old = make_booking(
        pickup_at=utcnow() - timedelta(days=200),
        customer_name="ANA SOUZA",
        customer_email="ANA.SOUZA@example.com",
        customer_phone=ANA.stored_phone,
        pickup_address="Hotel Souza, 3 rue Cler",
    )
    # Bruno: a confirmed trip still to come, and his own notes.
    bruno = book_and_pay(demo.test_client(), BRUNO, 31, notes=f"Bruno Lima, {BRUNO.phone}")

    needles = ("souza", ANA.stored_phone, digits(ANA.phone)[3:], "912 345 678")
    before_scan = scan(*needles)
    for where in (
        "bookings.customer_email",
        "bookings.notes",
        "email_outbox.recipient",
        "audit_log.details",
    ):
        assert any(hit.startswith(where + " ") for hit in before_scan), (where, before_scan)
    db.session.rollback()
    assert db.session.scalars(select(Refund)).all(), "the cancellations were refunded"
    kept = accounts()
    bruno_before = _export_without_time(BRUNO.email)

    erasure = erase(" ana.souza@Example.COM ", admin)

    assert erasure.bookings == 4  # the trip's two legs, the other transfer, the old one
    assert set(erasure.references) >= {trip.reference, other.reference, old.reference}
    assert scan(*needles) == []
    assert accounts() == kept
    assert _export_without_time(BRUNO.email) == bruno_before
    assert scan(BRUNO.email, BRUNO.name, BRUNO.stored_phone)  # his data is still there
    erased = db.session.get(Booking, trip.id)
    assert erased is not None
    assert erased.customer_name == "—"
    assert erased.customer_email == f"erased-{trip.id}@invalid.invalid"
    assert (erased.customer_phone, erased.travel_number, erased.sign_text, erased.notes) == (
        "",
        "",
        "",
        "",
    )
    assert erased.dropoff_address == ""
    emails = db.session.scalars(select(OutboxEmail).where(OutboxEmail.booking_id == trip.id)).all()
    assert {email.kind for email in emails} >= {"booking_confirmed", "manage_link"}
    for email in emails:
        assert email.recipient == f"erased-{trip.id}@invalid.invalid"
        assert email.payload == {}
    (entry,) = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "erase-personal-data")
    )
    assert (entry.actor, entry.staff_user_id, entry.details) == ("staff", admin.id, {"bookings": 4})
    cancel_entries = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "cancel", AuditEntry.booking_id == trip.id)
    ).all()
    assert cancel_entries
    assert all("note" not in entry.details for entry in cancel_entries)
    assert all("refund_cents" in entry.details for entry in cancel_entries)  # kept
    assert bruno.status is BookingStatus.CONFIRMED

    # Nothing of hers is left to find: a second request erases nothing.
    assert erase(ANA.email, admin).bookings == 0


@pytest.mark.parametrize("status", [BookingStatus.CONFIRMED, BookingStatus.PENDING_PAYMENT])
def test_erasure_is_refused_while_a_booking_is_to_come(
    demo: Flask, admin: StaffUser, status: BookingStatus
) -> None:
    coming = make_booking(status=status, customer_email=ANA.email, customer_name=ANA.name)
    past = make_booking(pickup_at=utcnow() - timedelta(days=3), customer_email=ANA.email.upper())
    make_booking(status=BookingStatus.PENDING, customer_email=ANA.email)  # a draft: no matter
    before = snapshot()

    with pytest.raises(ErasureRefused) as refused:
        erase(ANA.email, admin)

    assert coming.reference in refused.value.message
    assert past.reference not in refused.value.message
    assert "still to come" in refused.value.message
    assert snapshot() == before
    # Once the pick-up is over, it is allowed.
    assert coming.pickup_at is not None
    assert erase(ANA.email, admin, now=coming.pickup_at + timedelta(minutes=1)).bookings == 3
    assert scan("souza") == []


def test_erasure_is_allowed_once_the_booking_is_cancelled(demo: Flask, admin: StaffUser) -> None:
    coming = make_booking(customer_email=ANA.email, customer_name=ANA.name)
    with pytest.raises(ErasureRefused):
        erase(ANA.email, admin)
    cancellation.cancel(coming.id, utcnow(), by_staff_id=admin.id, note="Ana Souza asked")
    # An email not sent yet (the worker is late) is given up, not sent to nobody.
    db.session.add(
        OutboxEmail(
            kind="manage_link",
            booking_id=coming.id,
            recipient=ANA.email,
            payload={"name": ANA.name},
            message_id="<late@pariselite.example>",
        )
    )
    db.session.commit()

    assert erase(ANA.email, admin).bookings == 1

    assert scan("souza") == []
    late = db.session.scalars(
        select(OutboxEmail).where(OutboxEmail.message_id == "<late@pariselite.example>")
    ).one()
    assert (late.status, late.last_error) == (OutboxStatus.FAILED, NOT_SENT)
