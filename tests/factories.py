"""Test-data factories (functions returning flushed rows), in the style of indico's."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

from pes.extensions import db
from pes.models import (
    Booking,
    BookingKind,
    BookingStatus,
    CancelReason,
    Slot,
    Vehicle,
    VehicleClass,
)

_sequence = itertools.count(1)


def _next() -> int:
    return next(_sequence)


def create_vehicle_class(**values: Any) -> VehicleClass:
    n = _next()
    fields: dict[str, Any] = {
        "code": f"class{n}",
        "name": f"Class {n}",
        "max_passengers": 3,
        "max_luggage": 3,
    }
    fields.update(values)
    vehicle_class = VehicleClass(**fields)
    db.session.add(vehicle_class)
    db.session.flush()
    return vehicle_class


def create_vehicle(vehicle_class: VehicleClass | None = None, **values: Any) -> Vehicle:
    n = _next()
    vehicle = Vehicle(
        vehicle_class=vehicle_class or create_vehicle_class(), plate=f"AA-{n:03d}-ZZ", **values
    )
    db.session.add(vehicle)
    db.session.flush()
    return vehicle


def create_booking(**values: Any) -> Booking:
    n = _next()
    fields: dict[str, Any] = {
        "reference": f"PES-T{n:05d}",
        "kind": BookingKind.TRANSFER,
        "pickup_at": datetime(2027, 3, 1, 9, 0, tzinfo=UTC),
        "customer_email": f"customer{n}@example.com",
    }
    fields.update(values)
    booking = Booking(**fields)
    db.session.add(booking)
    db.session.flush()
    return booking


def create_slot(vehicle_class: VehicleClass | None = None, **values: Any) -> Slot:
    fields: dict[str, Any] = {
        "starts_at": datetime(2027, 3, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=15 * _next()),
        "capacity": 2,
        "taken": 0,
    }
    fields.update(values)
    slot = Slot(vehicle_class=vehicle_class or create_vehicle_class(), **fields)
    db.session.add(slot)
    db.session.flush()
    return slot


def create_fleet(size: int = 1, **class_values: Any) -> VehicleClass:
    """A vehicle class with `size` active vehicles."""
    vehicle_class = create_vehicle_class(**class_values)
    for _ in range(size):
        create_vehicle(vehicle_class)
    return vehicle_class


def create_draft(
    vehicle_class: VehicleClass,
    pickup_at: datetime,
    duration: timedelta = timedelta(hours=1),
    **values: Any,
) -> Booking:
    """A `pending` booking of `vehicle_class` from `pickup_at` for `duration`."""
    return create_booking(
        vehicle_class=vehicle_class,
        pickup_at=pickup_at,
        service_ends_at=pickup_at + duration,
        **values,
    )


def create_priced_transfer(**values: Any) -> Booking:
    """A CDG → Paris transfer of the demo catalog (load it first) in the Business class,
    priced by the real pricing rules, committed. `values` override any field."""
    from sqlalchemy import select

    from pes.models import Place
    from pes.services import pricing

    places = {place.code: place for place in db.session.scalars(select(Place))}
    business = db.session.scalars(select(VehicleClass).where(VehicleClass.code == "business")).one()
    pickup = values.get("pickup_at") or datetime(2027, 7, 14, 8, 30, tzinfo=UTC)
    fields: dict[str, Any] = {
        "reference": f"PES-P{_next():05d}",
        "kind": BookingKind.TRANSFER,
        "status": BookingStatus.CONFIRMED,
        "pickup_at": pickup,
        "service_ends_at": pickup + timedelta(minutes=50),
        "pickup_place": places["CDG"],
        "dropoff_place": places["PAR"],
        "dropoff_address": "10 place de la Concorde",
        "vehicle_class": business,
        "passengers": 2,
        "luggage": 2,
    }
    fields.update(values)
    if fields["status"] is BookingStatus.CANCELLED:
        fields.setdefault("cancel_reason", CancelReason.STAFF)
    booking = Booking(**fields)
    db.session.add(booking)
    db.session.flush()
    quote = pricing.quote_booking(db.session(), booking)
    booking.price_breakdown = quote.as_json()
    booking.total_cents = quote.total_cents
    db.session.commit()
    return booking
