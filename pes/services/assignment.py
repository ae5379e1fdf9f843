"""Concrete vehicles for confirmed bookings (DESIGN §4).

The slot counts guarantee that at every instant no more bookings of a class overlap than
it has active vehicles; for intervals that is exactly what makes an assignment exist
(interval graphs are perfect: colouring them in order of start time never needs more
colours than the largest overlap). So: try a free vehicle first (greedy); when the fleet is
fragmented, re-pack the cluster of overlapping jobs around the new one.
The PostgreSQL exclusion constraint on `vehicle_assignments` is the backstop.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models import Booking, BookingStatus, Vehicle, VehicleAssignment
from . import locking
from .errors import DomainError, VehicleBusy
from .windows import Window

EXCLUSION_VIOLATION = "23P01"  # PostgreSQL SQLSTATE


@dataclass
class _Job:
    booking_id: int
    start: datetime
    end: datetime
    vehicle_id: int | None


def _active_vehicles(session: Session, vehicle_class_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Vehicle.id)
            .where(Vehicle.vehicle_class_id == vehicle_class_id, Vehicle.active)
            .order_by(Vehicle.id)
        )
    )


def _class_assignments_overlapping(
    session: Session, vehicle_class_id: int, start: datetime, end: datetime
) -> list[VehicleAssignment]:
    return list(
        session.scalars(
            select(VehicleAssignment)
            .join(Vehicle, Vehicle.id == VehicleAssignment.vehicle_id)
            .where(
                Vehicle.vehicle_class_id == vehicle_class_id,
                VehicleAssignment.starts_at < end,
                VehicleAssignment.ends_at > start,
            )
        )
    )


def assign_vehicle(session: Session, booking: Booking, window: Window) -> VehicleAssignment:
    """Give `booking` a vehicle of its class for `window`; re-pack if none is free."""
    assert booking.vehicle_class_id is not None
    existing = session.scalar(
        select(VehicleAssignment).where(VehicleAssignment.booking_id == booking.id)
    )
    if existing is not None:
        return existing
    vehicles = _active_vehicles(session, booking.vehicle_class_id)
    busy = {
        job.vehicle_id
        for job in _class_assignments_overlapping(
            session, booking.vehicle_class_id, window.start, window.end
        )
    }
    free = [vehicle_id for vehicle_id in vehicles if vehicle_id not in busy]
    if free:
        assigned = VehicleAssignment(
            booking_id=booking.id, vehicle_id=free[0], starts_at=window.start, ends_at=window.end
        )
        session.add(assigned)
        session.flush()
        return assigned
    _repack(session, booking.vehicle_class_id, [_Job(booking.id, window.start, window.end, None)])
    assigned_after = session.scalar(
        select(VehicleAssignment).where(VehicleAssignment.booking_id == booking.id)
    )
    assert assigned_after is not None
    return assigned_after


def _repack(session: Session, vehicle_class_id: int, new_jobs: list[_Job]) -> None:
    """Re-colour the connected cluster of overlapping jobs containing `new_jobs`."""
    start = min(job.start for job in new_jobs)
    end = max(job.end for job in new_jobs)
    cluster: dict[int, VehicleAssignment] = {}
    while True:  # grow [start, end) until no other job of the class touches it
        found = [
            row
            for row in _class_assignments_overlapping(session, vehicle_class_id, start, end)
            if row.id not in cluster
        ]
        if not found:
            break
        for row in found:
            cluster[row.id] = row
            start, end = min(start, row.starts_at), max(end, row.ends_at)
    jobs = [
        _Job(job.booking_id, job.starts_at, job.ends_at, job.vehicle_id) for job in cluster.values()
    ]
    new_ids = {job.booking_id for job in new_jobs}
    jobs = [job for job in jobs if job.booking_id not in new_ids] + new_jobs
    vehicles = _active_vehicles(session, vehicle_class_id)
    free_at: dict[int, datetime | None] = dict.fromkeys(vehicles)
    plan: dict[int, int] = {}
    for job in sorted(jobs, key=lambda job: (job.start, job.end, job.booking_id)):
        available = [
            vehicle
            for vehicle, busy_until in free_at.items()
            if busy_until is None or busy_until <= job.start
        ]
        if not available:
            raise RuntimeError(
                "inventory inconsistent: more overlapping jobs than active vehicles "
                f"(class {vehicle_class_id}, {job.start.isoformat()}); run verify-inventory"
            )
        # Keep a job on its vehicle when possible: fewer changes for the dispatchers.
        vehicle = job.vehicle_id if job.vehicle_id in available else available[0]
        assert vehicle is not None
        plan[job.booking_id] = vehicle
        free_at[vehicle] = job.end
    # Delete then insert: moving rows one by one could trip the exclusion constraint.
    session.execute(delete(VehicleAssignment).where(VehicleAssignment.id.in_(list(cluster))))
    session.flush()
    for job in jobs:
        session.add(
            VehicleAssignment(
                booking_id=job.booking_id,
                vehicle_id=plan[job.booking_id],
                starts_at=job.start,
                ends_at=job.end,
            )
        )
    session.flush()


def move_future_jobs(session: Session, vehicle: Vehicle, now: datetime) -> None:
    """`vehicle` left service: re-pack its jobs that have not ended onto the others."""
    jobs = list(
        session.scalars(
            select(VehicleAssignment).where(
                VehicleAssignment.vehicle_id == vehicle.id, VehicleAssignment.ends_at > now
            )
        )
    )
    if not jobs:
        return
    moving = [_Job(job.booking_id, job.starts_at, job.ends_at, None) for job in jobs]
    session.execute(
        delete(VehicleAssignment).where(
            VehicleAssignment.vehicle_id == vehicle.id, VehicleAssignment.ends_at > now
        )
    )
    session.flush()
    for job in moving:
        _repack(session, vehicle.vehicle_class_id, [job])


def reassign(session: Session, booking_id: int, vehicle_id: int) -> VehicleAssignment:
    """A dispatcher puts another vehicle of the class on a confirmed booking.

    On PostgreSQL the exclusion constraint is the check (it also catches a concurrent
    assignment); SQLite has none, so the same rule is a query there. Busy → `VehicleBusy`.
    """
    booking = locking.lock_booking(session, booking_id)
    if booking is None:
        raise LookupError(booking_id)
    job = session.scalar(
        select(VehicleAssignment).where(VehicleAssignment.booking_id == booking_id)
    )
    if booking.status is not BookingStatus.CONFIRMED or job is None:
        raise DomainError(f"{booking.reference} has no vehicle to change")
    vehicle = session.get(Vehicle, vehicle_id)
    if (
        vehicle is None
        or not vehicle.active
        or vehicle.vehicle_class_id != booking.vehicle_class_id
    ):
        raise DomainError(f"vehicle {vehicle_id} cannot serve {booking.reference}")
    if job.vehicle_id == vehicle_id:
        return job
    if session.get_bind().dialect.name != "postgresql":
        clash = session.scalar(
            select(VehicleAssignment.id).where(
                VehicleAssignment.vehicle_id == vehicle_id,
                VehicleAssignment.id != job.id,
                VehicleAssignment.starts_at < job.ends_at,
                VehicleAssignment.ends_at > job.starts_at,
            )
        )
        if clash is not None:
            raise VehicleBusy(vehicle.plate)
    try:
        with session.begin_nested():  # (it flushes first: change the row inside it)
            job.vehicle_id = vehicle_id
            session.flush()
    except IntegrityError as exc:
        if getattr(exc.orig, "sqlstate", None) == EXCLUSION_VIOLATION:
            raise VehicleBusy(vehicle.plate) from exc
        raise
    return job
