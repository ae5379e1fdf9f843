"""Availability, holds, releases and confirmations — the anti-double-booking guarantee
(DESIGN §4). Locks come from `locking`; callers wrap each call in
`uow.transaction(lock_inventory=True)`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, delete, func, literal, select
from sqlalchemy.orm import Session

from ..models import (
    Booking,
    BookingSlot,
    BookingStatus,
    CancelReason,
    Slot,
    Vehicle,
    VehicleAssignment,
    VehicleClass,
)
from . import assignment, locking
from .booking_status import transition
from .errors import DomainError, FleetError, IllegalTransition, Unavailable
from .windows import InventoryRules, Window, occupied_window, slot_starts

LIVE_STATUSES = (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED)


@dataclass(frozen=True)
class ClassAvailability:
    vehicle_class: VehicleClass
    free: int  # vehicles free for the whole window


@dataclass(frozen=True)
class Availability:
    classes: list[ClassAvailability]
    #: Lapsed holds overlap the window (only looked for when `now` is given): release them
    #: (`release_expired_holds`) and count again before showing the counts (DESIGN §4).
    lapsed_holds: bool = False


def booking_window(booking: Booking, rules: InventoryRules) -> Window:
    if booking.pickup_at is None or booking.service_ends_at is None:
        raise DomainError("the booking has no pickup time yet")
    return occupied_window(booking.pickup_at, booking.service_ends_at, rules)


# --- reading (no lock, never blocks a writer) -------------------------------------------


def availability(
    session: Session,
    window: Window,
    rules: InventoryRules,
    *,
    passengers: int = 1,
    luggage: int = 0,
    now: datetime | None = None,
) -> Availability:
    """Active classes that fit the party, each with how many vehicles are free (one
    statement: the fleet size and the window's slot counters per class as subqueries).
    With `now`, the same statement also says whether lapsed holds overlap the window."""
    starts = slot_starts(window, rules.slot_minutes)
    in_window = (
        Slot.vehicle_class_id == VehicleClass.id,
        Slot.starts_at >= starts[0],
        Slot.starts_at <= starts[-1],
    )
    fleet = (
        select(func.count())
        .where(Vehicle.vehicle_class_id == VehicleClass.id, Vehicle.active)
        .scalar_subquery()
    )
    slot_rows = select(func.count()).where(*in_window).scalar_subquery()
    least_free = select(func.min(Slot.capacity - Slot.taken)).where(*in_window).scalar_subquery()
    lapsed = _expired_holds(now, window, rules).exists() if now is not None else literal(False)
    classes = []
    any_lapsed = False
    for vehicle_class, size, count, least, lapsed_here in session.execute(
        select(VehicleClass, fleet, slot_rows, least_free, lapsed)
        .where(VehicleClass.active)
        .order_by(VehicleClass.sort_order)
    ):
        any_lapsed = any_lapsed or bool(lapsed_here)
        if not vehicle_class.fits(passengers, luggage):
            continue
        # A slot row that does not exist yet has the whole fleet free.
        free = least if count == len(starts) else min(size, least if count else size)
        classes.append(ClassAvailability(vehicle_class=vehicle_class, free=max(free, 0)))
    return Availability(classes=classes, lapsed_holds=any_lapsed)


# --- holding and releasing ---------------------------------------------------------------


def _take(session: Session, booking: Booking, rules: InventoryRules) -> None:
    """Lock the booking's slots in order, re-check room in every one, take one place."""
    assert booking.vehicle_class_id is not None
    window = booking_window(booking, rules)
    slots = locking.lock_slots(
        session, booking.vehicle_class_id, slot_starts(window, rules.slot_minutes)
    )
    if any(slot.taken >= slot.capacity for slot in slots):
        raise Unavailable("no vehicle of this class is free for the whole journey")
    for slot in slots:
        slot.taken += 1
        session.add(BookingSlot(booking_id=booking.id, slot_id=slot.id))
    session.flush()


def _release(session: Session, bookings: Sequence[Booking]) -> None:
    """Give back the slots of `bookings` (whose rows the caller has locked), exactly once:
    the links are deleted in the same transaction, so a second caller finds none."""
    if not bookings:
        return
    ids = [booking.id for booking in bookings]
    links = session.execute(
        select(BookingSlot.slot_id).where(BookingSlot.booking_id.in_(ids))
    ).scalars()
    per_slot = Counter(links)
    for slot in locking.lock_slot_ids(session, list(per_slot)):
        slot.taken -= per_slot[slot.id]
    session.execute(delete(BookingSlot).where(BookingSlot.booking_id.in_(ids)))
    session.execute(delete(VehicleAssignment).where(VehicleAssignment.booking_id.in_(ids)))
    session.flush()


def hold_booking(
    session: Session, booking_id: int, now: datetime, rules: InventoryRules, *, actor: str
) -> Booking:
    """`pending` → `pending_payment`: take the capacity until `now + hold`."""
    booking = locking.lock_booking(session, booking_id)
    if booking is None:
        raise LookupError(booking_id)
    if booking.status is not BookingStatus.PENDING:
        raise IllegalTransition(f"{booking.reference} is {booking.status.value}, not pending")
    if booking.vehicle_class_id is None:
        raise DomainError("the booking has no vehicle class yet")
    _take(session, booking, rules)
    booking.hold_expires_at = now + rules.hold
    transition(session, booking, BookingStatus.PENDING_PAYMENT, actor=actor)
    return booking


def extend_hold(session: Session, booking_id: int, until: datetime) -> Booking:
    """A new payment attempt keeps the hold alive until its session expires (DESIGN §4)."""
    booking = locking.lock_booking(session, booking_id)
    if booking is None:
        raise LookupError(booking_id)
    if booking.status is not BookingStatus.PENDING_PAYMENT:
        raise IllegalTransition(f"{booking.reference} holds nothing to extend")
    if booking.hold_expires_at is None or booking.hold_expires_at < until:
        booking.hold_expires_at = until
    session.flush()
    return booking


def cancel_booking(
    session: Session,
    booking_id: int,
    reason: CancelReason,
    *,
    actor: str,
    staff_user_id: int | None = None,
) -> bool:
    """Cancel and free the capacity. False (and no change) if already cancelled."""
    booking = locking.lock_booking(session, booking_id)
    if booking is None:
        raise LookupError(booking_id)
    if booking.status is BookingStatus.CANCELLED:
        return False
    _release(session, [booking])
    transition(
        session,
        booking,
        BookingStatus.CANCELLED,
        actor=actor,
        reason=reason,
        staff_user_id=staff_user_id,
    )
    return True


def _expired_holds(now: datetime, window: Window | None, rules: InventoryRules) -> Select[Booking]:
    query = select(Booking).where(
        Booking.status == BookingStatus.PENDING_PAYMENT, Booking.hold_expires_at <= now
    )
    if window is not None:
        # Bookings whose occupied window (with buffers) overlaps `window`.
        query = query.where(
            Booking.pickup_at < window.end + rules.buffer_before,
            Booking.service_ends_at > window.start - rules.buffer_after,
        )
    return query


def expired_holds_exist(
    session: Session, now: datetime, rules: InventoryRules, *, window: Window | None = None
) -> bool:
    query = _expired_holds(now, window, rules)
    return bool(session.scalar(select(func.count()).select_from(query.limit(1).subquery())))


def release_expired_holds(
    session: Session,
    now: datetime,
    rules: InventoryRules,
    *,
    window: Window | None = None,
    limit: int = 200,
) -> int:
    """Cancel (`hold_expired`) and free up to `limit` lapsed holds; others' are skipped.

    With `window`, only the holds overlapping it: the lazy release before an availability
    check. Nothing is locked when there is nothing to release.
    """
    if not expired_holds_exist(session, now, rules, window=window):
        return 0
    query = _expired_holds(now, window, rules)
    bookings = locking.lock_bookings_skip_locked(session, query.limit(limit))
    # Re-check under the lock: a payment may have confirmed or extended it meanwhile.
    lapsed = [
        booking
        for booking in bookings
        if booking.status is BookingStatus.PENDING_PAYMENT
        and booking.hold_expires_at is not None
        and booking.hold_expires_at <= now
    ]
    _release(session, lapsed)
    for booking in lapsed:
        transition(
            session,
            booking,
            BookingStatus.CANCELLED,
            actor="system",
            reason=CancelReason.HOLD_EXPIRED,
        )
    return len(lapsed)


# --- confirming ---------------------------------------------------------------------------


def confirm_booking(
    session: Session, booking_id: int, now: datetime, rules: InventoryRules, *, actor: str
) -> Booking:
    """Paid: `pending_payment` → `confirmed` with a concrete vehicle.

    A payment after the hold lapsed (`cancelled`/`hold_expired`) re-takes the capacity if it
    is still free, else raises `Unavailable` (the caller refunds). Idempotent: confirming a
    confirmed booking changes nothing.
    """
    booking = locking.lock_booking(session, booking_id)
    if booking is None:
        raise LookupError(booking_id)
    if booking.status is BookingStatus.CONFIRMED:
        return booking
    if booking.status is BookingStatus.CANCELLED:
        if booking.cancel_reason is not CancelReason.HOLD_EXPIRED:
            raise IllegalTransition(f"{booking.reference} was cancelled, it cannot be confirmed")
        _take(session, booking, rules)
    elif booking.status is not BookingStatus.PENDING_PAYMENT:
        raise IllegalTransition(f"{booking.reference} is {booking.status.value}")
    transition(session, booking, BookingStatus.CONFIRMED, actor=actor)
    booking.hold_expires_at = None
    window = booking_window(booking, rules)
    assert booking.vehicle_class_id is not None
    # Serialise assignment among overlapping bookings: they share at least one slot.
    linked = session.scalars(
        select(BookingSlot.slot_id).where(BookingSlot.booking_id == booking.id)
    ).all()
    locking.lock_slot_ids(session, linked)
    assignment.assign_vehicle(session, booking, window)
    return booking


# --- fleet -------------------------------------------------------------------------------


def _apply_fleet_size(
    session: Session, vehicle_class_id: int, now: datetime, rules: InventoryRules
) -> None:
    """Set `capacity` of every current and future slot of the class to the active fleet,
    refusing (FleetError) where that would go below what is already taken."""
    step = timedelta(minutes=rules.slot_minutes)
    from_slot = slot_starts(Window(now, now + step), rules.slot_minutes)[0]
    slots = locking.lock_class_slots_from(session, vehicle_class_id, from_slot)
    size = locking.fleet_size(session, vehicle_class_id)
    short = [slot for slot in slots if slot.taken > size]
    if short:
        times = ", ".join(slot.starts_at.isoformat() for slot in short[:5])
        raise FleetError(
            f"{len(short)} slot(s) already have more bookings than {size} vehicle(s): {times}"
        )
    for slot in slots:
        slot.capacity = size
    session.flush()


def add_vehicle(
    session: Session,
    vehicle_class_id: int,
    plate: str,
    now: datetime,
    rules: InventoryRules,
    *,
    model_name: str = "",
) -> Vehicle:
    locking.lock_vehicle_class(session, vehicle_class_id, shared=False)
    vehicle = Vehicle(vehicle_class_id=vehicle_class_id, plate=plate, model_name=model_name)
    session.add(vehicle)
    session.flush()
    _apply_fleet_size(session, vehicle_class_id, now, rules)
    return vehicle


def set_vehicle_active(
    session: Session, vehicle_id: int, active: bool, now: datetime, rules: InventoryRules
) -> Vehicle:
    """Take a vehicle out of (or back into) service; its future jobs move to the others."""
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise LookupError(vehicle_id)
    locking.lock_vehicle_class(session, vehicle.vehicle_class_id, shared=False)
    session.refresh(vehicle)
    if vehicle.active == active:
        return vehicle
    vehicle.active = active
    session.flush()
    _apply_fleet_size(session, vehicle.vehicle_class_id, now, rules)
    if not active:
        assignment.move_future_jobs(session, vehicle, now)
    return vehicle


def ensure_horizon_slots(
    session: Session, start: datetime, days: int, rules: InventoryRules
) -> int:
    """Create the slot rows of every active class for `days` from `start` (idempotent)."""
    starts = slot_starts(Window(start, start + timedelta(days=days)), rules.slot_minutes)
    class_ids = session.scalars(select(VehicleClass.id).where(VehicleClass.active)).all()
    chunk = 2000
    for class_id in class_ids:
        for index in range(0, len(starts), chunk):
            locking.ensure_slots(session, class_id, starts[index : index + chunk])
    return len(starts) * len(class_ids)
