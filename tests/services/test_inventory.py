"""Holds, releases, expiry, confirmation and fleet changes — on both engines."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import func, select

from pes.extensions import db
from pes.models import (
    AuditEntry,
    Booking,
    BookingSlot,
    BookingStatus,
    CancelReason,
    Slot,
    VehicleAssignment,
)
from pes.services import inventory
from pes.services.errors import FleetError, IllegalTransition
from pes.services.inventory_check import verify_inventory
from pes.services.uow import transaction
from pes.services.windows import Window
from tests.factories import create_draft, create_fleet
from tests.services.inventory_helpers import NOW, RULES, try_hold

PICKUP = NOW + timedelta(days=2)


def _status(booking_id: int) -> BookingStatus:
    db.session.rollback()
    booking = db.session.get(Booking, booking_id)
    assert booking is not None
    return booking.status


def _taken(class_id: int) -> list[int]:
    db.session.rollback()
    return list(
        db.session.scalars(
            select(Slot.taken).where(Slot.vehicle_class_id == class_id).order_by(Slot.starts_at)
        )
    )


def test_hold_takes_every_slot_of_the_window_once(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=2)
    draft = create_draft(fleet, PICKUP, timedelta(minutes=50))
    db.session.commit()
    assert try_hold(draft.id) == "held"
    # 15 min before + 50 min + 30 min after = 95 min → 7 quarter-hour slots.
    assert _taken(fleet.id) == [1] * 7
    booking = db.session.get(Booking, draft.id)
    assert booking is not None
    assert booking.status is BookingStatus.PENDING_PAYMENT
    assert booking.hold_expires_at == NOW + RULES.hold
    assert verify_inventory(db.session()) == []
    audit = db.session.scalars(select(AuditEntry)).one()
    assert (audit.from_status, audit.to_status) == ("pending", "pending_payment")


def test_last_vehicle_goes_to_the_first_customer(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=1)
    first = create_draft(fleet, PICKUP)
    second = create_draft(fleet, PICKUP + timedelta(minutes=30))
    db.session.commit()
    assert try_hold(first.id) == "held"
    assert try_hold(second.id) == "unavailable"
    assert _status(second.id) is BookingStatus.PENDING
    assert (
        db.session.scalar(
            select(func.count()).select_from(BookingSlot).where(BookingSlot.booking_id == second.id)
        )
        == 0
    )
    assert verify_inventory(db.session()) == []


def test_buffers_keep_back_to_back_jobs_apart(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=1)
    first = create_draft(fleet, PICKUP, timedelta(hours=1))
    # Ends 60 min after pickup + 30 min buffer; the next needs 15 min before its pickup.
    too_close = create_draft(fleet, PICKUP + timedelta(minutes=90))
    far_enough = create_draft(fleet, PICKUP + timedelta(minutes=105))
    db.session.commit()
    assert try_hold(first.id) == "held"
    assert try_hold(too_close.id) == "unavailable"
    assert try_hold(far_enough.id) == "held"


def test_a_hold_cannot_be_taken_twice(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=3)
    draft = create_draft(fleet, PICKUP)
    db.session.commit()
    assert try_hold(draft.id) == "held"
    with pytest.raises(IllegalTransition):
        try_hold(draft.id)
    assert set(_taken(fleet.id)) == {1}


def test_expired_hold_frees_capacity_for_the_next_customer(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=1)
    first = create_draft(fleet, PICKUP)
    second = create_draft(fleet, PICKUP)
    db.session.commit()
    assert try_hold(first.id) == "held"
    later = NOW + RULES.hold + timedelta(seconds=1)
    window = inventory.booking_window(db.session.get(Booking, second.id), RULES)  # type: ignore[arg-type]
    # The availability count says when lapsed holds overlap the window (the lazy release).
    assert not inventory.availability(db.session(), window, RULES, now=NOW).lapsed_holds
    assert inventory.availability(db.session(), window, RULES, now=later).lapsed_holds
    with transaction(lock_inventory=True) as session:
        before_expiry = inventory.release_expired_holds(session, NOW, RULES, window=window)
    assert before_expiry == 0
    with transaction(lock_inventory=True) as session:
        released = inventory.release_expired_holds(session, later, RULES, window=window)
    assert released == 1
    first_booking = db.session.get(Booking, first.id)
    assert first_booking is not None
    assert first_booking.status is BookingStatus.CANCELLED
    assert first_booking.cancel_reason is CancelReason.HOLD_EXPIRED
    assert not inventory.availability(db.session(), window, RULES, now=later).lapsed_holds
    assert try_hold(second.id, now=later) == "held"
    assert verify_inventory(db.session()) == []


def test_lazy_release_only_touches_overlapping_holds(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=1)
    morning = create_draft(fleet, PICKUP)
    evening = create_draft(fleet, PICKUP + timedelta(hours=10))
    db.session.commit()
    assert try_hold(morning.id) == "held"
    assert try_hold(evening.id) == "held"
    later = NOW + timedelta(hours=1)
    window = Window(PICKUP, PICKUP + timedelta(hours=1))
    with transaction(lock_inventory=True) as session:
        assert inventory.release_expired_holds(session, later, RULES, window=window) == 1
    assert _status(morning.id) is BookingStatus.CANCELLED
    assert _status(evening.id) is BookingStatus.PENDING_PAYMENT


def test_release_happens_exactly_once(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=1)
    draft = create_draft(fleet, PICKUP)
    db.session.commit()
    assert try_hold(draft.id) == "held"
    outcomes = []
    for _ in range(3):
        with transaction(lock_inventory=True) as session:
            outcomes.append(
                inventory.cancel_booking(session, draft.id, CancelReason.CUSTOMER, actor="test")
            )
    assert outcomes == [True, False, False]
    assert set(_taken(fleet.id)) == {0}
    with transaction(lock_inventory=True) as session:
        assert inventory.release_expired_holds(session, NOW + timedelta(days=1), RULES) == 0
    assert set(_taken(fleet.id)) == {0}
    assert verify_inventory(db.session()) == []


def test_confirm_assigns_a_vehicle_and_is_idempotent(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=2)
    draft = create_draft(fleet, PICKUP)
    db.session.commit()
    assert try_hold(draft.id) == "held"
    for _ in range(2):
        with transaction(lock_inventory=True) as session:
            inventory.confirm_booking(session, draft.id, NOW, RULES, actor="test")
    booking = db.session.get(Booking, draft.id)
    assert booking is not None
    assert booking.status is BookingStatus.CONFIRMED
    assert booking.hold_expires_at is None
    assignment = db.session.scalars(select(VehicleAssignment)).one()
    assert assignment.booking_id == draft.id
    assert assignment.starts_at == PICKUP - RULES.buffer_before
    assert verify_inventory(db.session()) == []


def _lapsed_hold_and_a_rival() -> tuple[int, int, datetime]:
    """One car; `late` held it and let the hold lapse; `rival` wants the same time."""
    fleet = create_fleet(size=1)
    late = create_draft(fleet, PICKUP)
    rival = create_draft(fleet, PICKUP)
    db.session.commit()
    assert try_hold(late.id) == "held"
    expired_at = NOW + timedelta(hours=1)
    with transaction(lock_inventory=True) as session:
        inventory.release_expired_holds(session, expired_at, RULES)
    return late.id, rival.id, expired_at


def test_late_payment_retakes_free_capacity_or_is_refused(any_engine_app: Flask) -> None:
    late_id, rival_id, expired_at = _lapsed_hold_and_a_rival()
    # Capacity free again: the late payment confirms.
    with transaction(lock_inventory=True) as session:
        inventory.confirm_booking(session, late_id, expired_at, RULES, actor="stripe")
    assert _status(late_id) is BookingStatus.CONFIRMED
    assert try_hold(rival_id, now=expired_at) == "unavailable"
    assert verify_inventory(db.session()) == []


def test_late_payment_without_capacity_raises_unavailable(any_engine_app: Flask) -> None:
    from pes.services.errors import Unavailable

    late_id, rival_id, expired_at = _lapsed_hold_and_a_rival()
    assert try_hold(rival_id, now=expired_at) == "held"
    with pytest.raises(Unavailable), transaction(lock_inventory=True) as session:
        inventory.confirm_booking(session, late_id, expired_at, RULES, actor="stripe")
    assert _status(late_id) is BookingStatus.CANCELLED
    assert verify_inventory(db.session()) == []


def test_availability_counts_free_vehicles_without_locking(any_engine_app: Flask) -> None:
    small = create_fleet(size=2, max_passengers=3, max_luggage=3, sort_order=1)
    big = create_fleet(size=1, max_passengers=7, max_luggage=7, sort_order=2)
    draft = create_draft(small, PICKUP)
    db.session.commit()
    window = Window(PICKUP, PICKUP + timedelta(hours=1))
    before = {
        a.vehicle_class.id: a.free
        for a in inventory.availability(db.session(), window, RULES).classes
    }
    assert before == {small.id: 2, big.id: 1}
    assert try_hold(draft.id) == "held"
    after = {
        a.vehicle_class.id: a.free
        for a in inventory.availability(db.session(), window, RULES).classes
    }
    assert after == {small.id: 1, big.id: 1}
    fitting = inventory.availability(db.session(), window, RULES, passengers=5, luggage=2)
    assert [a.vehicle_class.id for a in fitting.classes] == [big.id]
    # A window that only partly has slot rows still counts the rest as fully free.
    wider = Window(PICKUP - timedelta(hours=3), PICKUP + timedelta(hours=3))
    partial = {
        a.vehicle_class.id: a.free
        for a in inventory.availability(db.session(), wider, RULES).classes
    }
    assert partial[small.id] == 1


def test_fleet_changes_never_go_below_what_is_booked(any_engine_app: Flask) -> None:
    fleet = create_fleet(size=2)
    vehicles = sorted(vehicle.id for vehicle in fleet.vehicles)
    first = create_draft(fleet, PICKUP)
    second = create_draft(fleet, PICKUP)
    db.session.commit()
    assert try_hold(first.id) == "held"
    assert try_hold(second.id) == "held"
    for booking_id in (first.id, second.id):
        with transaction(lock_inventory=True) as session:
            inventory.confirm_booking(session, booking_id, NOW, RULES, actor="test")
    with (
        pytest.raises(FleetError, match="more bookings than 1 vehicle"),
        transaction(lock_inventory=True) as session,
    ):
        inventory.set_vehicle_active(session, vehicles[0], False, NOW, RULES)
    assert set(_taken(fleet.id)) == {2}
    with transaction(lock_inventory=True) as session:
        inventory.add_vehicle(session, fleet.id, "ZZ-999-ZZ", NOW, RULES)
    assert {slot.capacity for slot in db.session.scalars(select(Slot))} == {3}
    # Now one of the original two can leave; its job moves to the new vehicle.
    with transaction(lock_inventory=True) as session:
        inventory.set_vehicle_active(session, vehicles[0], False, NOW, RULES)
    assigned = {a.vehicle_id for a in db.session.scalars(select(VehicleAssignment))}
    assert vehicles[0] not in assigned
    assert len(assigned) == 2
    assert {slot.capacity for slot in db.session.scalars(select(Slot))} == {2}
    assert verify_inventory(db.session()) == []


def test_fragmented_fleet_is_repacked(any_engine_app: Flask) -> None:
    """Greedy can paint itself into a corner; the re-pack finds the assignment the counts
    promise. Two vehicles; A [0-2h) on v1; B [3-5h) on v2; C [1-4h) overlaps both."""
    fleet = create_fleet(size=2)
    v1, v2 = sorted(vehicle.id for vehicle in fleet.vehicles)
    zero = PICKUP
    a = create_draft(fleet, zero, timedelta(hours=2) - RULES.buffer_after - RULES.buffer_before)
    b = create_draft(
        fleet,
        zero + timedelta(hours=3) + RULES.buffer_before,
        timedelta(hours=2) - RULES.buffer_after - RULES.buffer_before,
    )
    db.session.commit()
    for booking in (a, b):
        assert try_hold(booking.id) == "held"
        with transaction(lock_inventory=True) as session:
            inventory.confirm_booking(session, booking.id, NOW, RULES, actor="test")
    # Move B onto v2 by hand, A stays on v1: the worst case for greedy.
    with transaction():
        rows = {r.booking_id: r for r in db.session.scalars(select(VehicleAssignment))}
        rows[a.id].vehicle_id = v1
        rows[b.id].vehicle_id = v2
    c = create_draft(
        fleet,
        zero + timedelta(hours=2) + RULES.buffer_before,
        timedelta(hours=1) - RULES.buffer_before - RULES.buffer_after + timedelta(minutes=45),
    )
    db.session.commit()
    assert try_hold(c.id) == "held"
    with transaction(lock_inventory=True) as session:
        inventory.confirm_booking(session, c.id, NOW, RULES, actor="test")
    rows = {r.booking_id: r for r in db.session.scalars(select(VehicleAssignment))}
    assert len(rows) == 3
    by_vehicle: dict[int, list[VehicleAssignment]] = {}
    for row in rows.values():
        by_vehicle.setdefault(row.vehicle_id, []).append(row)
    for jobs in by_vehicle.values():
        jobs.sort(key=lambda job: job.starts_at)
        for earlier, later in itertools.pairwise(jobs):
            assert earlier.ends_at <= later.starts_at
