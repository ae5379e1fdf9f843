"""The funnel's draft: a `pending` booking filled step by step (DESIGN §5).

Each setter validates what it is given against the catalog and the rules, stores it, and
clears what later steps derived from older answers. Errors are `DraftError`s naming the
field they concern; views show them on that field.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ..models import (
    Booking,
    BookingKind,
    BookingStatus,
    HourlyRate,
    Place,
    Tour,
    TransferRoute,
    VehicleClass,
)
from . import pricing
from .errors import DomainError
from .windows import service_end

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read over the phone


class DraftError(DomainError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class RouteChoice:
    kind: BookingKind
    pickup_place_id: int | None
    dropoff_place_id: int | None = None
    hours: int | None = None
    tour_id: int | None = None
    passengers: int = 1
    luggage: int = 0
    pickup_address: str = ""
    dropoff_address: str = ""


@dataclass(frozen=True)
class TimeRules:
    lead_time: timedelta
    horizon: timedelta


def new_reference() -> str:
    return "PES-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


def start_draft(session: Session, locale: str) -> Booking:
    """A new empty `pending` booking with a fresh unguessable reference."""
    for _ in range(10):
        reference = new_reference()
        if not session.scalar(select(exists().where(Booking.reference == reference))):
            break
    booking = Booking(
        reference=reference, kind=BookingKind.TRANSFER, status=BookingStatus.PENDING, locale=locale
    )
    session.add(booking)
    session.flush()
    return booking


def _require_pending(booking: Booking) -> None:
    if booking.status is not BookingStatus.PENDING:
        raise DraftError("", str(_l("This booking can no longer be changed.")))


def _active_place(session: Session, place_id: int | None, field: str) -> Place:
    place = session.get(Place, place_id) if place_id else None
    if place is None or not place.active:
        raise DraftError(field, str(_l("Please choose a place from the list.")))
    return place


def hours_range(session: Session) -> tuple[int, int]:
    low, high = session.execute(
        select(func.min(HourlyRate.min_hours), func.max(HourlyRate.max_hours))
    ).one()
    return int(low or 1), int(high or 12)


def service_duration(session: Session, booking: Booking) -> timedelta:
    """How long the service itself lasts: drive time, hours or tour duration."""
    if booking.kind is BookingKind.TRANSFER:
        minutes = session.scalar(
            select(TransferRoute.drive_minutes).where(
                TransferRoute.origin_id == booking.pickup_place_id,
                TransferRoute.destination_id == booking.dropoff_place_id,
            )
        )
        if minutes is None:
            raise DraftError("dropoff_place_id", str(_l("We do not serve this route online.")))
        return timedelta(minutes=minutes)
    if booking.kind is BookingKind.HOURLY:
        return timedelta(hours=booking.hours or 0)
    tour = session.get(Tour, booking.tour_id) if booking.tour_id else None
    if tour is None:
        raise DraftError("tour_id", str(_l("Please choose a tour.")))
    return timedelta(minutes=tour.duration_minutes)


def _drop_return(session: Session, booking: Booking) -> None:
    """Answers the return leg was derived from changed: it is entered again at details."""
    if (
        booking.return_booking is not None
        and booking.return_booking.status is BookingStatus.PENDING
    ):
        session.delete(booking.return_booking)


def _clear_from_vehicle(booking: Booking) -> None:
    booking.vehicle_class_id = None
    booking.price_breakdown = []
    booking.total_cents = 0


def set_route(session: Session, booking: Booking, choice: RouteChoice) -> None:
    # Validation reads the catalog while the draft is half-changed: flush only at the end.
    with session.no_autoflush:
        _apply_route(session, booking, choice)
    session.flush()


def _apply_route(session: Session, booking: Booking, choice: RouteChoice) -> None:
    _require_pending(booking)
    if not 1 <= choice.passengers <= 50:
        raise DraftError("passengers", str(_l("Please enter between 1 and 50 passengers.")))
    if not 0 <= choice.luggage <= 50:
        raise DraftError("luggage", str(_l("Please enter between 0 and 50 bags.")))
    pickup = _active_place(session, choice.pickup_place_id, "pickup_place_id")
    booking.kind = choice.kind
    booking.pickup_place_id = pickup.id
    booking.dropoff_place_id = None
    booking.hours = None
    booking.tour_id = None
    if choice.kind is BookingKind.TRANSFER:
        dropoff = _active_place(session, choice.dropoff_place_id, "dropoff_place_id")
        if dropoff.id == pickup.id:
            raise DraftError(
                "dropoff_place_id", str(_l("Pick-up and destination must be different."))
            )
        booking.dropoff_place_id = dropoff.id
    elif choice.kind is BookingKind.HOURLY:
        low, high = hours_range(session)
        if choice.hours is None or not low <= choice.hours <= high:
            raise DraftError(
                "hours",
                str(_l("Please choose between %(low)s and %(high)s hours.", low=low, high=high)),
            )
        booking.hours = choice.hours
    else:
        tour = session.get(Tour, choice.tour_id) if choice.tour_id else None
        if tour is None or not tour.active:
            raise DraftError("tour_id", str(_l("Please choose a tour.")))
        if choice.passengers > tour.max_passengers:
            raise DraftError(
                "passengers",
                str(_l("This tour takes up to %(count)s passengers.", count=tour.max_passengers)),
            )
        booking.tour_id = tour.id
    largest = session.execute(
        select(func.max(VehicleClass.max_passengers), func.max(VehicleClass.max_luggage)).where(
            VehicleClass.active
        )
    ).one()
    if choice.passengers > (largest[0] or 0):
        raise DraftError(
            "passengers",
            str(_l("Our largest vehicle takes %(count)s passengers.", count=largest[0] or 0)),
        )
    if choice.luggage > (largest[1] or 0):
        raise DraftError(
            "luggage", str(_l("Our largest vehicle takes %(count)s bags.", count=largest[1] or 0))
        )
    booking.passengers = choice.passengers
    booking.luggage = choice.luggage
    booking.pickup_address = choice.pickup_address.strip()
    booking.dropoff_address = (
        choice.dropoff_address.strip() if choice.kind is BookingKind.TRANSFER else ""
    )
    duration = service_duration(session, booking)  # refuses a route we do not serve
    if booking.pickup_at is not None:
        booking.service_ends_at = service_end(booking.pickup_at, duration)
    _clear_from_vehicle(booking)
    _drop_return(session, booking)


def set_pickup_time(
    session: Session, booking: Booking, pickup_at: datetime, now: datetime, rules: TimeRules
) -> None:
    _require_pending(booking)
    if pickup_at < now + rules.lead_time:
        hours = int(rules.lead_time.total_seconds() // 3600)
        raise DraftError(
            "pickup_date",
            str(_l("Online bookings need at least %(hours)s hours' notice.", hours=hours)),
        )
    if pickup_at > now + rules.horizon:
        raise DraftError("pickup_date", str(_l("Bookings open up to 12 months ahead.")))
    duration = service_duration(session, booking)  # query first: no half-changed autoflush
    booking.pickup_at = pickup_at
    booking.service_ends_at = service_end(pickup_at, duration)
    _clear_from_vehicle(booking)
    _drop_return(session, booking)
    session.flush()


def requote(session: Session, booking: Booking) -> pricing.Quote:
    quote = pricing.quote_booking(session, booking)
    booking.price_breakdown = quote.as_json()
    booking.total_cents = quote.total_cents
    booking.currency = quote.currency
    return quote


def choose_vehicle(session: Session, booking: Booking, vehicle_class_id: int | None) -> None:
    _require_pending(booking)
    vehicle_class = session.get(VehicleClass, vehicle_class_id) if vehicle_class_id else None
    if vehicle_class is None or not vehicle_class.active:
        raise DraftError("vehicle_class_id", str(_l("Please choose a vehicle.")))
    if not vehicle_class.fits(booking.passengers, booking.luggage):
        raise DraftError(
            "vehicle_class_id", str(_l("This vehicle is too small for your party and luggage."))
        )
    booking.vehicle_class_id = vehicle_class.id
    try:
        requote(session, booking)
    except pricing.PricingError as exc:
        raise DraftError("vehicle_class_id", str(exc)) from exc
    _drop_return(session, booking)
    session.flush()


@dataclass(frozen=True)
class Details:
    customer_name: str
    customer_email: str
    customer_phone: str
    travel_number: str = ""
    child_seats: int = 0
    meet_and_greet: bool = False
    sign_text: str = ""
    notes: str = ""


def set_details(session: Session, booking: Booking, details: Details) -> None:
    _require_pending(booking)
    booking.customer_name = details.customer_name
    booking.customer_email = details.customer_email
    booking.customer_phone = details.customer_phone
    booking.travel_number = details.travel_number
    booking.child_seats = details.child_seats
    booking.meet_and_greet = details.meet_and_greet
    booking.sign_text = details.sign_text if details.meet_and_greet else ""
    booking.notes = details.notes
    if booking.vehicle_class_id is not None:
        requote(session, booking)
    if booking.return_booking is not None:
        _copy_party(booking, booking.return_booking)
        requote(session, booking.return_booking)
    session.flush()


def _copy_party(outbound: Booking, leg: Booking) -> None:
    for name in (
        "customer_name", "customer_email", "customer_phone", "locale", "passengers",
        "luggage", "child_seats", "meet_and_greet", "sign_text", "notes", "vehicle_class_id",
    ):  # fmt: skip
        setattr(leg, name, getattr(outbound, name))


def set_return(
    session: Session, booking: Booking, return_at: datetime | None, travel_number: str = ""
) -> Booking | None:
    """Add, move or remove the return transfer: a second `pending` booking linked to
    `booking`, from its destination back to its pick-up, in the same vehicle class."""
    _require_pending(booking)
    if return_at is None:
        _drop_return(session, booking)
        session.flush()
        return None
    if booking.kind is not BookingKind.TRANSFER:
        raise DraftError("add_return", str(_l("A return journey is only for transfers.")))
    assert booking.service_ends_at is not None
    if return_at <= booking.service_ends_at:
        raise DraftError(
            "return_date", str(_l("The return must be after you arrive at your destination."))
        )
    leg = booking.return_booking
    if leg is None:
        leg = start_draft(session, booking.locale)
        leg.outbound_booking = booking
    leg.kind = BookingKind.TRANSFER
    leg.pickup_place_id = booking.dropoff_place_id
    leg.dropoff_place_id = booking.pickup_place_id
    leg.pickup_address = booking.dropoff_address
    leg.dropoff_address = booking.pickup_address
    leg.travel_number = travel_number
    _copy_party(booking, leg)
    with session.no_autoflush:
        try:
            duration = service_duration(session, leg)
        except DraftError as exc:
            raise DraftError("add_return", exc.message) from exc
    leg.pickup_at = return_at
    leg.service_ends_at = service_end(return_at, duration)
    try:
        requote(session, leg)
    except pricing.PricingError as exc:
        raise DraftError("add_return", str(exc)) from exc
    session.flush()
    return leg


def stored_quote(booking: Booking) -> pricing.Quote:
    return pricing.Quote.from_json(booking.price_breakdown, booking.currency)
