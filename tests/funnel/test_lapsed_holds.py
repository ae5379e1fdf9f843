"""The vehicle step's lazy release (DESIGN §4): a hold that has lapsed never makes a class
look full — the step's availability count notices it, frees it and counts again."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from sqlalchemy import select, update

from pes.extensions import db
from pes.models import Booking, BookingStatus, CancelReason, utcnow
from pes.services.uow import transaction
from tests.funnel.conftest import Funnel, class_id, field_errors, future_day

DAY = future_day(20).isoformat()  # every customer wants the same morning
FULL = "Fully booked at this time"


def _first_class_card(html: str) -> str:
    """The HTML of the "first" class's card on the vehicle step."""
    start = html.index(f'name="vehicle_class_id" value="{class_id("first")}"')
    return html[html.rindex("<li", 0, start) : html.index("</li>", start)]


def _hold_the_first_class(app: Flask, email: str) -> str:
    """A customer who takes one of the two "first" cars up to the payment page."""
    funnel = Funnel(app.test_client())
    assert funnel.route_transfer().status_code == 303
    assert funnel.date(DAY, "10:00").status_code == 303
    assert funnel.vehicle("first").status_code == 303
    assert funnel.details(customer_email=email).status_code == 303
    paying = funnel.post("pay", {"accept_terms": "y"})
    assert paying.status_code == 303, field_errors(paying)
    db.session.rollback()
    query = select(Booking.reference).where(Booking.customer_email == email)
    return db.session.scalars(query).one()


def test_a_lapsed_hold_is_released_when_the_next_customer_counts(demo: Flask) -> None:
    first = _hold_the_first_class(demo, "one@example.com")
    second = _hold_the_first_class(demo, "two@example.com")
    third = Funnel(demo.test_client())
    third.route_transfer()
    third.date(DAY, "10:00")
    assert FULL in _first_class_card(third.get("vehicle").get_data(as_text=True))

    with transaction():  # the first customer's hold lapses
        db.session.execute(
            update(Booking)
            .where(Booking.reference == first)
            .values(hold_expires_at=utcnow() - timedelta(minutes=1))
        )
    card = _first_class_card(third.get("vehicle").get_data(as_text=True))
    assert FULL not in card
    assert "disabled" not in card

    db.session.rollback()
    released = db.session.scalars(select(Booking).where(Booking.reference == first)).one()
    assert released.status is BookingStatus.CANCELLED
    assert released.cancel_reason is CancelReason.HOLD_EXPIRED
    kept = db.session.scalars(select(Booking).where(Booking.reference == second)).one()
    assert kept.status is BookingStatus.PENDING_PAYMENT
