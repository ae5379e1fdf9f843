"""Prices, computed in one place (DESIGN §3): the funnel, the emails and the staff screens all
show the same `Quote`, a list of lines in integer cents.

Every amount comes from the catalog: the transfer price matrix, the hourly rates, the tour
prices and the `surcharges` rows (by code; an inactive or missing row adds nothing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..i18n import PARIS
from ..models import (
    Booking,
    BookingKind,
    HourlyRate,
    Surcharge,
    SurchargePricing,
    Tour,
    TourPrice,
    TransferFare,
    TransferRoute,
)
from .errors import DomainError

TRANSFER = "transfer"
HOURLY = "hourly"
TOUR = "tour"
NIGHT = "night"
EXTRA_STOP = "extra_stop"
CHILD_SEAT = "child_seat"
MEET_GREET = "meet_greet"

#: Line labels; `%(quantity)s` is the line's quantity.
LABELS: dict[str, Any] = {
    TRANSFER: _l("Transfer"),
    HOURLY: _l("Hourly hire (%(quantity)s h)"),
    TOUR: _l("Private tour"),
    NIGHT: _l("Night surcharge"),
    EXTRA_STOP: _l("Extra stop"),
    CHILD_SEAT: _l("Child seat"),
    MEET_GREET: _l("Meet & greet"),
}

BASIS_POINTS = 10_000


class PricingError(DomainError):
    """The catalog has no price for what was asked (messages are lazy gettext strings)."""


@dataclass(frozen=True)
class PriceLine:
    code: str
    quantity: int
    unit_cents: int
    amount_cents: int

    def __post_init__(self) -> None:
        if self.code not in LABELS:
            raise ValueError(f"unknown price line code {self.code!r}")
        for name in ("quantity", "unit_cents", "amount_cents"):
            value = getattr(self, name)
            if type(value) is not int or value < 0:
                raise ValueError(f"{name} must be a non-negative int, not {value!r}")
        if self.amount_cents != self.quantity * self.unit_cents:
            raise ValueError(f"{self.code}: amount is not quantity × unit")

    @property
    def label(self) -> str:
        """In the active locale (wrap in `force_locale` for an email in another language)."""
        return str(LABELS[self.code]) % {"quantity": self.quantity}


@dataclass(frozen=True)
class Quote:
    lines: tuple[PriceLine, ...]
    currency: str = "EUR"

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)

    def as_json(self) -> list[dict[str, Any]]:
        """What `Booking.price_breakdown` stores."""
        return [
            {
                "code": line.code,
                "quantity": line.quantity,
                "unit_cents": line.unit_cents,
                "amount_cents": line.amount_cents,
            }
            for line in self.lines
        ]

    @classmethod
    def from_json(cls, data: Sequence[Mapping[str, Any]], currency: str = "EUR") -> Quote:
        """The inverse of `as_json`; a malformed breakdown raises ValueError."""
        try:
            lines = tuple(
                PriceLine(
                    code=item["code"],
                    quantity=item["quantity"],
                    unit_cents=item["unit_cents"],
                    amount_cents=item["amount_cents"],
                )
                for item in data
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"malformed price breakdown: {exc}") from exc
        return cls(lines, currency)


@dataclass(frozen=True)
class Extras:
    child_seats: int = 0
    extra_stops: int = 0
    meet_and_greet: bool = False

    def __post_init__(self) -> None:
        if self.child_seats < 0 or self.extra_stops < 0:
            raise PricingError(_l("The number of child seats or extra stops cannot be negative."))


def _transfer_fares(
    session: Session, origin_id: int | None, destination_id: int | None, class_ids: Sequence[int]
) -> dict[int, int]:
    """Fixed fares of one route, per vehicle class id."""
    rows = session.execute(
        select(TransferFare.vehicle_class_id, TransferFare.price_cents)
        .join(TransferRoute, TransferRoute.id == TransferFare.route_id)
        .where(
            TransferRoute.origin_id == origin_id,
            TransferRoute.destination_id == destination_id,
            TransferFare.vehicle_class_id.in_(class_ids),
        )
    )
    return {class_id: price for class_id, price in rows}


def _tour_prices(session: Session, tour_id: int | None, class_ids: Sequence[int]) -> dict[int, int]:
    """Prices of an active tour, per vehicle class id."""
    rows = session.execute(
        select(TourPrice.vehicle_class_id, TourPrice.price_cents)
        .join(Tour, Tour.id == TourPrice.tour_id)
        .where(Tour.id == tour_id, Tour.active, TourPrice.vehicle_class_id.in_(class_ids))
    )
    return {class_id: price for class_id, price in rows}


def _hourly_line(rate: HourlyRate, hours: int) -> PriceLine:
    if not rate.min_hours <= hours <= rate.max_hours:
        raise PricingError(
            _l(
                "Hourly hire is from %(low)s to %(high)s hours with this vehicle.",
                low=rate.min_hours,
                high=rate.max_hours,
            )
        )
    unit = rate.price_per_hour_cents
    return PriceLine(HOURLY, hours, unit, hours * unit)


def quote_transfer(
    session: Session,
    *,
    origin_id: int,
    destination_id: int,
    vehicle_class_id: int,
    pickup_at: datetime,
    extras: Extras,
) -> Quote:
    _require_aware(pickup_at)
    price = _transfer_fares(session, origin_id, destination_id, [vehicle_class_id]).get(
        vehicle_class_id
    )
    if price is None:
        raise PricingError(_l("We have no price for this route with this vehicle."))
    return _quote(session, PriceLine(TRANSFER, 1, price, price), pickup_at, extras)


def quote_hourly(
    session: Session, *, vehicle_class_id: int, hours: int, pickup_at: datetime, extras: Extras
) -> Quote:
    _require_aware(pickup_at)
    rate = session.get(HourlyRate, vehicle_class_id)
    if rate is None:
        raise PricingError(_l("This vehicle is not available for hourly hire."))
    return _quote(session, _hourly_line(rate, hours), pickup_at, extras)


def quote_tour(
    session: Session, *, tour_id: int, vehicle_class_id: int, pickup_at: datetime, extras: Extras
) -> Quote:
    _require_aware(pickup_at)
    price = _tour_prices(session, tour_id, [vehicle_class_id]).get(vehicle_class_id)
    if price is None:
        raise PricingError(_l("This tour cannot be booked with this vehicle."))
    return _quote(session, PriceLine(TOUR, 1, price, price), pickup_at, extras)


def _extras(booking: Booking) -> Extras:
    return Extras(
        child_seats=booking.child_seats or 0,
        extra_stops=booking.extra_stops or 0,
        meet_and_greet=bool(booking.meet_and_greet),
    )


def quote_booking(session: Session, booking: Booking) -> Quote:
    """The price of a booking from its own fields (kind, places/hours/tour, class, time)."""
    if booking.vehicle_class_id is None or booking.pickup_at is None:
        raise PricingError(_l("Please choose a vehicle and a pick-up time first."))
    extras = _extras(booking)
    if booking.kind is BookingKind.TRANSFER:
        if booking.pickup_place_id is None or booking.dropoff_place_id is None:
            raise PricingError(_l("We have no price for this route with this vehicle."))
        return quote_transfer(
            session,
            origin_id=booking.pickup_place_id,
            destination_id=booking.dropoff_place_id,
            vehicle_class_id=booking.vehicle_class_id,
            pickup_at=booking.pickup_at,
            extras=extras,
        )
    if booking.kind is BookingKind.HOURLY:
        if booking.hours is None:
            raise PricingError(_l("Please choose how many hours you need."))
        return quote_hourly(
            session,
            vehicle_class_id=booking.vehicle_class_id,
            hours=booking.hours,
            pickup_at=booking.pickup_at,
            extras=extras,
        )
    if booking.tour_id is None:
        raise PricingError(_l("This tour cannot be booked with this vehicle."))
    return quote_tour(
        session,
        tour_id=booking.tour_id,
        vehicle_class_id=booking.vehicle_class_id,
        pickup_at=booking.pickup_at,
        extras=extras,
    )


def percent_of(base_cents: int, basis_points: int) -> int:
    """`basis_points` / 10 000 of `base_cents`, rounded half up to the cent (no floats)."""
    return (base_cents * basis_points + BASIS_POINTS // 2) // BASIS_POINTS


def in_window(clock: time, start: time, end: time) -> bool:
    """Whether `clock` is in [start, end); a window with start > end wraps midnight."""
    if start <= end:
        return start <= clock < end
    return clock >= start or clock < end


def _require_aware(instant: datetime) -> None:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"naive datetime {instant!r}: pickup_at must be timezone-aware")


def _surcharges(session: Session) -> dict[str, Surcharge]:
    return {
        row.code: row
        for row in session.scalars(
            select(Surcharge).where(
                Surcharge.active,
                Surcharge.code.in_((NIGHT, EXTRA_STOP, CHILD_SEAT, MEET_GREET)),
            )
        )
    }


def _with_surcharges(
    surcharges: dict[str, Surcharge], base: PriceLine, pickup_at: datetime, extras: Extras
) -> Quote:
    """The base line followed by the surcharges that apply, in a fixed order."""
    night = surcharges.get(NIGHT)
    wanted = (
        (NIGHT, 1 if night is not None and _is_night(night, pickup_at) else 0),
        (EXTRA_STOP, extras.extra_stops),
        (CHILD_SEAT, extras.child_seats),
        (MEET_GREET, 1 if extras.meet_and_greet else 0),
    )
    lines = [base]
    for code, quantity in wanted:
        surcharge = surcharges.get(code)
        if surcharge is not None and quantity > 0:
            lines.append(_surcharge_line(surcharge, quantity, base.amount_cents))
    return Quote(tuple(lines))


def _quote(session: Session, base: PriceLine, pickup_at: datetime, extras: Extras) -> Quote:
    return _with_surcharges(_surcharges(session), base, pickup_at, extras)


def quote_classes(session: Session, booking: Booking, class_ids: Sequence[int]) -> dict[int, Quote]:
    """`quote_booking` for several vehicle classes at once (the vehicle step): one price read
    and one surcharge read in all. Classes without a price — or, for hourly hire, whose
    hour range excludes the booking's hours — are left out."""
    if booking.pickup_at is None or not class_ids:
        return {}
    _require_aware(booking.pickup_at)
    bases: dict[int, PriceLine] = {}
    if booking.kind is BookingKind.TRANSFER:
        fares = _transfer_fares(
            session, booking.pickup_place_id, booking.dropoff_place_id, class_ids
        )
        bases = {cid: PriceLine(TRANSFER, 1, price, price) for cid, price in fares.items()}
    elif booking.kind is BookingKind.HOURLY:
        for rate in session.scalars(
            select(HourlyRate).where(HourlyRate.vehicle_class_id.in_(class_ids))
        ):
            try:
                bases[rate.vehicle_class_id] = _hourly_line(rate, booking.hours or 0)
            except PricingError:
                continue  # this class is not hired for that many hours
    else:
        prices = _tour_prices(session, booking.tour_id, class_ids)
        bases = {cid: PriceLine(TOUR, 1, price, price) for cid, price in prices.items()}
    if not bases:
        return {}
    extras = _extras(booking)
    surcharges = _surcharges(session)
    return {
        cid: _with_surcharges(surcharges, base, booking.pickup_at, extras)
        for cid, base in bases.items()
    }


def _is_night(surcharge: Surcharge, pickup_at: datetime) -> bool:
    """Inside the row's Paris wall-clock window; a row without a window never applies."""
    if surcharge.window_start is None or surcharge.window_end is None:
        return False
    clock = pickup_at.astimezone(PARIS).time()
    return in_window(clock, surcharge.window_start, surcharge.window_end)


def _surcharge_line(surcharge: Surcharge, quantity: int, base_cents: int) -> PriceLine:
    if surcharge.pricing is SurchargePricing.FIXED:
        quantity = 1
    if surcharge.pricing is SurchargePricing.PERCENT:
        unit = percent_of(base_cents, surcharge.amount)
    else:
        unit = surcharge.amount
    return PriceLine(surcharge.code, quantity, unit, quantity * unit)
