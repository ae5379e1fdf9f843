"""What the dispatch board shows: bookings by Paris day and status, search, one booking with
everything that happened to it, and a day as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..config import DISPLAY_TIMEZONE
from ..models import (
    AuditEntry,
    Booking,
    BookingStatus,
    OutboxEmail,
    PaymentAttempt,
    Refund,
    Vehicle,
    VehicleAssignment,
)

PARIS = ZoneInfo(DISPLAY_TIMEZONE)
#: Drafts still in the funnel are nobody's business yet.
VISIBLE = (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED, BookingStatus.CANCELLED)
SEARCH_LIMIT = 100


def paris_day(day: date) -> tuple[datetime, datetime]:
    """The UTC instants where a Paris calendar day starts and ends (23, 24 or 25 hours)."""
    start = datetime.combine(day, time(0), PARIS)
    end = datetime.combine(day + timedelta(days=1), time(0), PARIS)
    return start.astimezone(ZoneInfo("UTC")), end.astimezone(ZoneInfo("UTC"))


def _listing() -> Select[Booking]:
    return select(Booking).options(
        selectinload(Booking.pickup_place),
        selectinload(Booking.dropoff_place),
        selectinload(Booking.vehicle_class),
    )


def bookings_of_day(
    session: Session, day: date, status: BookingStatus | None = None
) -> list[Booking]:
    start, end = paris_day(day)
    query = _listing().where(Booking.pickup_at >= start, Booking.pickup_at < end)
    query = (
        query.where(Booking.status == status)
        if status
        else query.where(Booking.status.in_(VISIBLE))
    )
    return list(session.scalars(query.order_by(Booking.pickup_at, Booking.id)))


def search(session: Session, text: str) -> list[Booking]:
    """By reference, customer name or email (case-insensitive, part of it is enough)."""
    pattern = f"%{text.strip().lower()}%"
    query = _listing().where(
        Booking.status.in_(VISIBLE),
        or_(
            func.lower(Booking.reference).like(pattern),
            func.lower(Booking.customer_name).like(pattern),
            func.lower(Booking.customer_email).like(pattern),
        ),
    )
    return list(session.scalars(query.order_by(Booking.pickup_at.desc()).limit(SEARCH_LIMIT)))


def assignments_of(session: Session, bookings: Sequence[Booking]) -> dict[int, Vehicle]:
    rows = session.execute(
        select(VehicleAssignment.booking_id, Vehicle)
        .join(Vehicle, Vehicle.id == VehicleAssignment.vehicle_id)
        .where(VehicleAssignment.booking_id.in_([b.id for b in bookings]))
    ).all()
    return {booking_id: vehicle for booking_id, vehicle in rows}


@dataclass(frozen=True)
class BookingFile:
    booking: Booking
    vehicle: Vehicle | None
    vehicles: list[Vehicle]  # the class's active vehicles (to change the assignment)
    attempts: list[PaymentAttempt]
    refunds: list[Refund]
    emails: list[OutboxEmail]
    audit: list[AuditEntry]


def _of_booking(session: Session, model: Any, booking_id: int) -> list[Any]:
    """The rows of `model` about one booking, oldest first."""
    return list(
        session.scalars(select(model).where(model.booking_id == booking_id).order_by(model.id))
    )


def booking_file(session: Session, reference: str) -> BookingFile | None:
    booking = session.scalar(
        select(Booking).where(Booking.reference == reference, Booking.status.in_(VISIBLE))
    )
    if booking is None:
        return None
    payer = booking.outbound_booking or booking  # a return leg is paid with its outbound
    return BookingFile(
        booking=booking,
        vehicle=assignments_of(session, [booking]).get(booking.id),
        vehicles=list(
            session.scalars(
                select(Vehicle)
                .where(Vehicle.vehicle_class_id == booking.vehicle_class_id, Vehicle.active)
                .order_by(Vehicle.plate)
            )
        ),
        attempts=_of_booking(session, PaymentAttempt, payer.id),
        refunds=_of_booking(session, Refund, booking.id),
        emails=_of_booking(session, OutboxEmail, booking.id),
        audit=_of_booking(session, AuditEntry, booking.id),
    )


CSV_COLUMNS = (
    "reference",
    "status",
    "pickup_paris",
    "kind",
    "from",
    "to",
    "vehicle_class",
    "vehicle",
    "passengers",
    "luggage",
    "travel_number",
    "customer_name",
    "customer_phone",
    "customer_email",
    "total_eur",
    "notes",
)


def _cell(value: object) -> str:
    """Spreadsheet-safe: a cell never starts a formula (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def day_csv(session: Session, bookings: Sequence[Booking], locale: str) -> str:
    vehicles = assignments_of(session, bookings)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for b in bookings:
        vehicle = vehicles.get(b.id)
        writer.writerow(
            _cell(value)
            for value in (
                b.reference,
                b.status.value,
                b.pickup_at.astimezone(PARIS).strftime("%Y-%m-%d %H:%M") if b.pickup_at else "",
                b.kind.value,
                b.pickup_place.name(locale) if b.pickup_place else "",
                b.dropoff_place.name(locale) if b.dropoff_place else "",
                b.vehicle_class.name if b.vehicle_class else "",
                vehicle.plate if vehicle else "",
                b.passengers,
                b.luggage,
                b.travel_number,
                b.customer_name,
                b.customer_phone,
                b.customer_email,
                f"{b.total_cents / 100:.2f}",
                b.notes,
            )
        )
    return out.getvalue()
