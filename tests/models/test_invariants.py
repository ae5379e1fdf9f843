"""What the database itself refuses, whatever the application code does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from pes.extensions import db
from pes.models import Booking, BookingStatus, ProcessedStripeEvent, Slot, VehicleAssignment
from tests.factories import create_booking, create_slot, create_vehicle


def test_taken_above_capacity_is_rejected(any_engine_app: Flask) -> None:
    slot = create_slot(capacity=1, taken=1)
    db.session.commit()
    with pytest.raises(IntegrityError, match="taken_within_capacity"):
        db.session.execute(update(Slot).where(Slot.id == slot.id).values(taken=Slot.taken + 1))
    db.session.rollback()
    assert db.session.get(Slot, slot.id).taken == 1  # type: ignore[union-attr]


def test_negative_taken_is_rejected(any_engine_app: Flask) -> None:
    slot = create_slot(capacity=1, taken=0)
    db.session.commit()
    with pytest.raises(IntegrityError, match="taken_within_capacity"):
        db.session.execute(update(Slot).where(Slot.id == slot.id).values(taken=-1))
    db.session.rollback()


def test_duplicate_stripe_event_id_is_rejected(any_engine_app: Flask) -> None:
    db.session.add(ProcessedStripeEvent(event_id="evt_1", event_type="checkout.session.completed"))
    db.session.commit()
    db.session.add(ProcessedStripeEvent(event_id="evt_1", event_type="checkout.session.completed"))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()
    assert len(db.session.scalars(select(ProcessedStripeEvent)).all()) == 1


def test_cancelled_needs_a_reason(any_engine_app: Flask) -> None:
    booking = create_booking()
    db.session.commit()
    with pytest.raises(IntegrityError, match="cancel_reason_iff_cancelled"):
        db.session.execute(
            update(Booking).where(Booking.id == booking.id).values(status=BookingStatus.CANCELLED)
        )
    db.session.rollback()


def test_duplicate_reference_is_rejected(any_engine_app: Flask) -> None:
    create_booking(reference="PES-SAME01")
    db.session.commit()
    with pytest.raises(IntegrityError):
        create_booking(reference="PES-SAME01")
    db.session.rollback()


@pytest.mark.postgres
def test_overlapping_assignments_of_one_vehicle_are_rejected(pg_app: Flask) -> None:
    vehicle = create_vehicle()
    start = datetime(2027, 5, 1, 8, 0, tzinfo=UTC)
    first, second, third = create_booking(), create_booking(), create_booking()
    db.session.add(
        VehicleAssignment(
            booking=first, vehicle=vehicle, starts_at=start, ends_at=start + timedelta(hours=2)
        )
    )
    db.session.commit()
    # Touching periods ([) ranges) do not overlap: back-to-back jobs are allowed.
    db.session.add(
        VehicleAssignment(
            booking=second,
            vehicle=vehicle,
            starts_at=start + timedelta(hours=2),
            ends_at=start + timedelta(hours=3),
        )
    )
    db.session.commit()
    db.session.add(
        VehicleAssignment(
            booking=third,
            vehicle=vehicle,
            starts_at=start + timedelta(hours=1),
            ends_at=start + timedelta(hours=4),
        )
    )
    with pytest.raises(IntegrityError, match="ex_vehicle_assignments_no_overlap"):
        db.session.commit()
    db.session.rollback()
    other_vehicle = create_vehicle()
    db.session.add(
        VehicleAssignment(
            booking=third,
            vehicle=other_vehicle,
            starts_at=start + timedelta(hours=1),
            ends_at=start + timedelta(hours=4),
        )
    )
    db.session.commit()


def test_updated_at_changes_on_update_and_created_at_does_not(any_engine_app: Flask) -> None:
    booking = create_booking()
    db.session.commit()
    created, updated = booking.created_at, booking.updated_at
    assert created.tzinfo is not None
    assert updated.tzinfo is not None
    booking.customer_name = "Ana Souza"
    db.session.commit()
    db.session.refresh(booking)
    assert booking.updated_at > updated
    assert booking.created_at == created
    # Core UPDATE statements apply it too.
    before = booking.updated_at
    db.session.execute(update(Booking).where(Booking.id == booking.id).values(luggage=2))
    db.session.commit()
    db.session.refresh(booking)
    assert booking.updated_at > before


def test_naive_datetimes_never_reach_the_database(any_engine_app: Flask) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        create_booking(pickup_at=datetime(2027, 3, 1, 9, 0))  # noqa: DTZ001


def test_instants_come_back_in_utc(any_engine_app: Flask) -> None:
    from zoneinfo import ZoneInfo

    paris = datetime(2027, 7, 14, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))
    booking = create_booking(pickup_at=paris)
    db.session.commit()
    db.session.expire_all()
    loaded = db.session.get(Booking, booking.id)
    assert loaded is not None
    assert loaded.pickup_at is not None
    assert loaded.pickup_at == paris
    assert loaded.pickup_at.utcoffset() == timedelta(0)
    assert loaded.pickup_at.hour == 8
