"""Cancelling a paid booking: by the customer (inside and outside the free window, policy as
data) and by staff — the refund at the (fake) Stripe API, capacity released exactly once,
emails in the outbox, audit rows."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from pes.extensions import db
from pes.models import (
    AuditEntry,
    BookingSlot,
    BookingStatus,
    CancellationTier,
    CancelReason,
    OutboxEmail,
    Slot,
    StaffRole,
    utcnow,
)
from pes.services import access
from tests.payments.conftest import book_until_pay, deliver, pay, the_booking
from tests.staff.conftest import csrf_token, log_in, make_staff
from tests.support.fake_stripe import FakeStripe


def _paid_booking(client: FlaskClient, fake_stripe: FakeStripe) -> str:
    session_id = pay(book_until_pay(client))
    fake_stripe.complete_session(session_id)
    assert (
        deliver(client, fake_stripe.event("checkout.session.completed", session_id)).status_code
        == 200
    )
    booking = the_booking()
    assert booking.status is BookingStatus.CONFIRMED
    return booking.reference


def _manage_path(app: Flask) -> str:
    booking = the_booking()
    with app.test_request_context():
        return f"/en/manage/{access.make_token(booking, utcnow())}"


def _taken() -> int:
    db.session.rollback()
    return int(db.session.scalar(select(func.coalesce(func.sum(Slot.taken), 0))) or 0)


def _emails() -> list[tuple[str, str, dict[str, object]]]:
    db.session.rollback()
    rows = db.session.scalars(select(OutboxEmail).order_by(OutboxEmail.id))
    return [(row.kind, row.recipient, row.payload) for row in rows]


def _customer_cancels(client: FlaskClient, path: str) -> int:
    token = csrf_token(client, path)
    return client.post(f"{path}/cancel", data={"csrf_token": token, "confirm": "y"}).status_code


def test_inside_the_free_window_the_customer_is_refunded_in_full(
    stripe_app: Flask, stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    stripe_app.config["PES_DISPATCH_EMAIL"] = "dispatch@pariselite.example"
    _paid_booking(stripe_client, fake_stripe)
    total = the_booking().total_cents
    assert _taken() > 0
    path = _manage_path(stripe_app)
    page = stripe_client.get(path).get_data(as_text=True)
    assert "we refund €" in page

    token = csrf_token(stripe_client, path)
    unticked = stripe_client.post(f"{path}/cancel", data={"csrf_token": token})
    assert unticked.status_code == 422  # the box must be ticked
    assert unticked.mimetype == "text/html"
    assert the_booking().status is BookingStatus.CONFIRMED

    assert _customer_cancels(stripe_client, path) == 303
    booking = the_booking()
    assert (booking.status, booking.cancel_reason) == (
        BookingStatus.CANCELLED,
        CancelReason.CUSTOMER,
    )
    assert [refund["amount"] for refund in fake_stripe.refunds] == [total]
    assert _taken() == 0
    assert db.session.scalar(select(func.count()).select_from(BookingSlot)) == 0
    cancelled = [email for email in _emails() if "cancelled" in email[0]]
    assert cancelled == [
        (
            "booking_cancelled",
            booking.customer_email,
            {"reason": "customer", "refund_cents": total},
        ),
        (
            "staff_booking_cancelled",
            "dispatch@pariselite.example",
            {"reason": "customer", "refund_cents": total},
        ),
    ]
    actions = list(db.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert "cancel" in actions

    # Again (a double tap, a replayed form): refused, nothing refunded or released twice.
    replay = stripe_client.post(f"{path}/cancel", data={"csrf_token": token, "confirm": "y"})
    assert replay.status_code == 409
    assert "can no longer be cancelled online" in replay.get_data(as_text=True)
    assert len(fake_stripe.refunds) == 1
    assert _taken() == 0


def test_outside_the_free_window_no_refund_is_made(
    stripe_app: Flask, stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    # The policy is data: here free only until 1000 h (about six weeks) before pick-up.
    db.session.add_all(
        [
            CancellationTier(min_hours_before=1000, refund_percent=100),
            CancellationTier(min_hours_before=0, refund_percent=0),
        ]
    )
    db.session.commit()
    _paid_booking(stripe_client, fake_stripe)  # 30 days ahead
    path = _manage_path(stripe_app)
    assert "no refund is due" in stripe_client.get(path).get_data(as_text=True)
    assert _customer_cancels(stripe_client, path) == 303
    assert the_booking().status is BookingStatus.CANCELLED
    assert fake_stripe.refunds == []
    assert _taken() == 0
    assert (
        "booking_cancelled",
        the_booking().customer_email,
        {"reason": "customer", "refund_cents": 0},
    ) in _emails()


def test_a_dispatcher_cancels_with_a_full_refund(
    stripe_app: Flask, stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    reference = _paid_booking(stripe_client, fake_stripe)
    total = the_booking().total_cents
    dispatcher = make_staff(StaffRole.DISPATCHER)
    staff = stripe_app.test_client()
    assert log_in(staff, dispatcher.email) == 303
    path = f"/staff/bookings/{reference}"
    token = csrf_token(staff, path)
    missing_note = staff.post(f"{path}/cancel", data={"csrf_token": token, "refund": "full"})
    assert missing_note.status_code == 422
    done = staff.post(
        f"{path}/cancel",
        data={"csrf_token": token, "refund": "full", "note": "Flight cancelled by the airline"},
    )
    assert done.status_code == 303
    booking = the_booking()
    assert (booking.status, booking.cancel_reason) == (BookingStatus.CANCELLED, CancelReason.STAFF)
    assert [refund["amount"] for refund in fake_stripe.refunds] == [total]
    assert _taken() == 0
    audit = db.session.scalars(select(AuditEntry).where(AuditEntry.action == "cancel")).one()
    assert audit.staff_user_id == dispatcher.id
    assert audit.details["note"] == "Flight cancelled by the airline"
    page = staff.get(path).get_data(as_text=True)
    assert "Booking cancelled." in page
    assert "booking_cancelled" in page  # the email row is on the booking's file
