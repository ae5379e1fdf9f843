"""Random interleavings of hold / release / expire / confirm / fleet change never break
`0 <= taken <= capacity`, and `verify-inventory` stays clean (hypothesis stateful)."""

from __future__ import annotations

import contextlib
from datetime import timedelta

import pytest
from flask import Flask
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule
from sqlalchemy import select

from pes.extensions import db
from pes.models import Booking, BookingStatus, CancelReason, Slot, Vehicle
from pes.services import inventory
from pes.services.errors import DomainError
from pes.services.inventory_check import verify_inventory
from pes.services.uow import transaction
from tests.factories import create_draft, create_fleet
from tests.services.inventory_helpers import NOW, RULES
from tests.support.app import clean_database

BASE = NOW + timedelta(days=1)


class InventoryMachine(RuleBasedStateMachine):
    bookings = Bundle("bookings")

    def __init__(self) -> None:
        super().__init__()
        db.session.rollback()  # an open snapshot would make TRUNCATE wait for it
        clean_database(db.engine)
        self.now = NOW
        self.fleet = create_fleet(size=2)
        self.class_id = self.fleet.id
        self.plates = 0
        db.session.commit()

    @rule(
        target=bookings,
        start_quarter=st.integers(min_value=0, max_value=16),
        quarters=st.integers(min_value=1, max_value=12),
    )
    def draft(self, start_quarter: int, quarters: int) -> int:
        booking = create_draft(
            db.session.get(type(self.fleet), self.class_id),  # type: ignore[arg-type]
            BASE + timedelta(minutes=15 * start_quarter),
            timedelta(minutes=15 * quarters),
        )
        db.session.commit()
        return booking.id

    def _attempt(self, action: str, booking_id: int) -> None:
        # Refusals are fine; the invariants below are what matters.
        with contextlib.suppress(DomainError), transaction(lock_inventory=True) as session:
            if action == "hold":
                inventory.hold_booking(session, booking_id, self.now, RULES, actor="test")
            elif action == "confirm":
                inventory.confirm_booking(session, booking_id, self.now, RULES, actor="test")
            else:
                inventory.cancel_booking(session, booking_id, CancelReason.CUSTOMER, actor="test")

    @rule(booking_id=bookings)
    def hold(self, booking_id: int) -> None:
        self._attempt("hold", booking_id)

    @rule(booking_id=bookings)
    def confirm(self, booking_id: int) -> None:
        self._attempt("confirm", booking_id)

    @rule(booking_id=bookings)
    def cancel(self, booking_id: int) -> None:
        self._attempt("cancel", booking_id)

    @rule(minutes=st.integers(min_value=1, max_value=45))
    def time_passes_and_holds_expire(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)
        with transaction(lock_inventory=True) as session:
            inventory.release_expired_holds(session, self.now, RULES)

    @rule()
    def add_vehicle(self) -> None:
        self.plates += 1
        with transaction(lock_inventory=True) as session:
            inventory.add_vehicle(
                session, self.class_id, f"HY-{self.plates:03d}-PO", self.now, RULES
            )

    @rule(index=st.integers(min_value=0, max_value=5), active=st.booleans())
    def toggle_vehicle(self, index: int, active: bool) -> None:
        vehicles = db.session.scalars(
            select(Vehicle.id).where(Vehicle.vehicle_class_id == self.class_id).order_by(Vehicle.id)
        ).all()
        db.session.rollback()
        with contextlib.suppress(DomainError), transaction(lock_inventory=True) as session:
            inventory.set_vehicle_active(
                session, vehicles[index % len(vehicles)], active, self.now, RULES
            )

    @invariant()
    def counters_match_claims(self) -> None:
        db.session.rollback()
        for taken, capacity in db.session.execute(select(Slot.taken, Slot.capacity)):
            assert 0 <= taken <= capacity
        assert verify_inventory(db.session()) == []
        db.session.rollback()

    @invariant()
    def confirmed_bookings_have_a_vehicle(self) -> None:
        db.session.rollback()
        confirmed = db.session.scalars(
            select(Booking).where(Booking.status == BookingStatus.CONFIRMED)
        ).all()
        from pes.models import VehicleAssignment

        assigned = set(db.session.scalars(select(VehicleAssignment.booking_id)))
        assert {booking.id for booking in confirmed} <= assigned
        db.session.rollback()


@pytest.mark.slow
def test_random_interleavings_keep_inventory_consistent(app: Flask) -> None:
    machine = InventoryMachine.TestCase
    machine.settings = settings(
        max_examples=60,
        stateful_step_count=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    machine().runTest()
