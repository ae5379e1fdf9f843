"""The admin rules (DESIGN §8): the fleet, prices, tours, staff accounts and the
cancellation policy.

Every change writes an `AuditEntry` (no booking, actor "staff", the admin's id, the values
before and after) in the caller's transaction; nothing here commits. Invalid input that
only the rules can see is an `AdminInputError` naming the form field; a change the rules
refuse is an `AdminRefused`. Messages are translated where they are raised (in a request).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from flask_babel import format_datetime
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..models import (
    CancellationTier,
    HourlyRate,
    Slot,
    StaffRole,
    StaffUser,
    Tour,
    TourPrice,
    TransferFare,
    TransferRoute,
    Vehicle,
    VehicleClass,
)
from . import catalog, inventory, locking
from . import staff as staff_service
from .errors import DomainError, FleetError
from .staff import audit_staff_action
from .windows import InventoryRules

_Row = TypeVar("_Row")
_Price = TypeVar("_Price", TransferFare, TourPrice)

#: Bounds of what an admin may type (they also keep every value inside a 32-bit integer).
MAX_PRICE_CENTS = 10_000_000  # €100,000
MAX_HOURLY_HOURS = 24
MAX_TOUR_MINUTES = 24 * 60
MAX_TOUR_PASSENGERS = 50
MAX_NOTICE_HOURS = 24 * 365
PLATE_LENGTH = 16
MODEL_NAME_LENGTH = 80


class AdminInputError(DomainError):
    """Input that breaks a rule of the data (a duplicate, an inverted range): shown on
    `field` of the form (the whole form when `field` is empty)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class AdminRefused(DomainError):
    """A valid request that the rules refuse (the fleet is booked, one's own account)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _audit_change(
    session: Session, admin_id: int, action: str, before: Any, after: Any, **details: Any
) -> None:
    """An audit row for `action`, only when `before` and `after` differ."""
    if before != after:
        audit_staff_action(session, admin_id, action, **details, before=before, after=after)


def _require(session: Session, model: type[_Row], key: Any) -> _Row:
    """The row of `model` with primary key `key`; LookupError when there is none."""
    row = session.get(model, key)
    if row is None:
        raise LookupError(key)
    return row


# --- money ---------------------------------------------------------------------------------

_EUROS = re.compile(r"([0-9]{1,9})(?:[.,]([0-9]{1,2}))?")


def parse_euros(raw: str) -> int:
    """What a person types for an amount in euros → integer cents.

    "95", "95.5", "95.50" and "95,50" are accepted (spaces and a euro sign are ignored);
    anything else, a negative amount or more than `MAX_PRICE_CENTS` raises ValueError with
    a message for the field.
    """
    text = "".join(raw.split()).replace("€", "")
    if text.startswith("-"):
        raise ValueError(str(_l("A price cannot be negative.")))
    match = _EUROS.fullmatch(text)
    if match is None:
        raise ValueError(str(_l("Please enter an amount in euros, for example 95 or 95,50.")))
    cents = int(match[1]) * 100 + int((match[2] or "0").ljust(2, "0"))
    if cents > MAX_PRICE_CENTS:
        raise ValueError(str(_l("This amount is too large.")))
    return cents


def euros(cents: int) -> str:
    """Integer cents as an editable amount: 9550 → "95.50"."""
    return f"{cents // 100}.{cents % 100:02d}"


# --- fleet ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassFleet:
    vehicle_class: VehicleClass
    vehicles: list[Vehicle]

    @property
    def active_count(self) -> int:
        return sum(1 for vehicle in self.vehicles if vehicle.active)


def all_vehicle_classes(session: Session) -> list[VehicleClass]:
    """Every class, active or not, in catalog order."""
    return list(
        session.scalars(select(VehicleClass).order_by(VehicleClass.sort_order, VehicleClass.id))
    )


def fleet_overview(session: Session) -> list[ClassFleet]:
    classes = session.scalars(
        select(VehicleClass)
        .options(selectinload(VehicleClass.vehicles))
        .order_by(VehicleClass.sort_order, VehicleClass.id)
    )
    return [
        ClassFleet(
            vehicle_class=vehicle_class,
            vehicles=sorted(vehicle_class.vehicles, key=lambda v: (not v.active, v.plate)),
        )
        for vehicle_class in classes
    ]


def normalise_plate(raw: str) -> str:
    """Plates are kept upper case, with single spaces."""
    return " ".join(raw.split()).upper()


def add_vehicle(
    session: Session,
    admin_id: int,
    vehicle_class_id: int,
    plate: str,
    now: datetime,
    rules: InventoryRules,
    *,
    model_name: str = "",
) -> Vehicle:
    """A new active vehicle: the class's current and future slots get one more place."""
    plate = normalise_plate(plate)
    if not plate:
        raise AdminInputError("plate", str(_l("Please enter the plate.")))
    if len(plate) > PLATE_LENGTH:
        raise AdminInputError("plate", str(_l("A plate has at most 16 characters.")))
    vehicle_class = session.get(VehicleClass, vehicle_class_id)
    if vehicle_class is None:
        raise AdminInputError("vehicle_class_id", str(_l("Please choose a vehicle class.")))
    taken = str(_l("A vehicle with this plate already exists."))
    same_plate = select(func.count()).select_from(Vehicle).where(func.upper(Vehicle.plate) == plate)
    if session.scalar(same_plate):
        raise AdminInputError("plate", taken)
    try:
        vehicle = inventory.add_vehicle(
            session,
            vehicle_class_id,
            plate,
            now,
            rules,
            model_name=" ".join(model_name.split())[:MODEL_NAME_LENGTH],
        )
    except IntegrityError as exc:  # the same plate added at the same moment
        raise AdminInputError("plate", taken) from exc
    audit_staff_action(
        session,
        admin_id,
        "add-vehicle",
        vehicle_id=vehicle.id,
        vehicle_class=vehicle_class.code,
        before=None,
        after={"plate": vehicle.plate, "model_name": vehicle.model_name, "active": True},
    )
    return vehicle


def set_vehicle_active(
    session: Session,
    admin_id: int,
    vehicle_id: int,
    active: bool,
    now: datetime,
    rules: InventoryRules,
) -> Vehicle:
    """Take a vehicle out of service or back in; refused (`AdminRefused`) when its class
    would have fewer active vehicles than bookings at some future instant. LookupError for
    an unknown vehicle."""
    vehicle = _require(session, Vehicle, vehicle_id)
    # The class row first (the global lock order), then read the state under the lock.
    locking.lock_vehicle_class(session, vehicle.vehicle_class_id, shared=False)
    session.refresh(vehicle)
    before = vehicle.active
    try:
        inventory.set_vehicle_active(session, vehicle_id, active, now, rules)
    except FleetError as exc:
        raise AdminRefused(_shortage_message(session, vehicle, now, rules)) from exc
    _audit_change(
        session,
        admin_id,
        "activate-vehicle" if active else "deactivate-vehicle",
        {"active": before},
        {"active": active},
        vehicle_id=vehicle.id,
        plate=vehicle.plate,
    )
    return vehicle


def _shortage_message(
    session: Session, vehicle: Vehicle, now: datetime, rules: InventoryRules
) -> str:
    """Why `vehicle` cannot leave: the first slot that would be over-booked."""
    size = locking.fleet_size(session, vehicle.vehicle_class_id)
    first = session.scalar(
        select(func.min(Slot.starts_at)).where(
            Slot.vehicle_class_id == vehicle.vehicle_class_id,
            Slot.starts_at >= now - timedelta(minutes=rules.slot_minutes),
            Slot.taken > size,
        )
    )
    if first is None:
        return str(
            _l(
                "%(plate)s cannot be taken out of service: its class would have fewer "
                "vehicles than bookings.",
                plate=vehicle.plate,
            )
        )
    return str(
        _l(
            "%(plate)s cannot be taken out of service: its class would have fewer vehicles "
            "than bookings, first on %(when)s. Cancel or move those bookings first.",
            plate=vehicle.plate,
            when=format_datetime(first, "short"),
        )
    )


# --- prices --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FareRow:
    route: TransferRoute
    prices: dict[int, int] = field(default_factory=dict)  # vehicle class id → cents


def fare_matrix(session: Session) -> list[FareRow]:
    """Every route (origin, then destination order) with its price per class."""
    routes = session.scalars(
        select(TransferRoute).options(
            selectinload(TransferRoute.origin),
            selectinload(TransferRoute.destination),
            selectinload(TransferRoute.fares),
        )
    ).all()
    rows = [
        FareRow(route, {fare.vehicle_class_id: fare.price_cents for fare in route.fares})
        for route in routes
    ]
    rows.sort(
        key=lambda row: (
            row.route.origin.sort_order,
            row.route.origin.code,
            row.route.destination.sort_order,
            row.route.destination.code,
        )
    )
    return rows


def hourly_rates(session: Session) -> dict[int, HourlyRate]:
    """The hourly rate of each class that has one, by class id."""
    return {rate.vehicle_class_id: rate for rate in session.scalars(select(HourlyRate))}


def _check_price(cents: int, field_name: str = "price") -> None:
    if not 0 <= cents <= MAX_PRICE_CENTS:
        raise AdminInputError(field_name, str(_l("Please enter an amount between 0 and 100,000.")))


def _flush_new_price(session: Session) -> None:
    """Two admins creating the same missing price at once: the second is told to retry."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise AdminRefused(
            str(_l("Someone else saved this price at the same moment. Please try again."))
        ) from exc


def _set_price(
    session: Session,
    admin_id: int,
    model: type[_Price],
    key: dict[str, int],
    price_cents: int,
    action: str,
    **details: Any,
) -> _Price:
    """Set (or create) the price row of `model` with primary key `key` (attribute names to
    values), and audit `action` with `details` when the price changed."""
    price = session.get(model, key)
    before = price.price_cents if price else None
    if price is None:
        price = model(**key)
        session.add(price)
    price.price_cents = price_cents
    _flush_new_price(session)
    _audit_change(
        session, admin_id, action, {"price_cents": before}, {"price_cents": price_cents}, **details
    )
    return price


def set_fare(
    session: Session, admin_id: int, route_id: int, vehicle_class_id: int, price_cents: int
) -> TransferFare:
    """Set (or create) the price of a route with a class. LookupError for unknown ids."""
    _check_price(price_cents)
    route = _require(session, TransferRoute, route_id)
    vehicle_class = _require(session, VehicleClass, vehicle_class_id)
    return _set_price(
        session,
        admin_id,
        TransferFare,
        {"route_id": route_id, "vehicle_class_id": vehicle_class_id},
        price_cents,
        "change-fare",
        route_id=route_id,
        route=f"{route.origin.code}-{route.destination.code}",
        vehicle_class=vehicle_class.code,
    )


def set_hourly_rate(
    session: Session,
    admin_id: int,
    vehicle_class_id: int,
    *,
    price_per_hour_cents: int,
    min_hours: int,
    max_hours: int,
) -> HourlyRate:
    """Set (or create) the hourly rate of a class: 1 ≤ min ≤ max ≤ `MAX_HOURLY_HOURS`."""
    _check_price(price_per_hour_cents)
    if not 1 <= min_hours <= MAX_HOURLY_HOURS:
        raise AdminInputError("min_hours", str(_l("Please enter between 1 and 24 hours.")))
    if not 1 <= max_hours <= MAX_HOURLY_HOURS:
        raise AdminInputError("max_hours", str(_l("Please enter between 1 and 24 hours.")))
    if max_hours < min_hours:
        raise AdminInputError("max_hours", str(_l("The maximum cannot be less than the minimum.")))
    vehicle_class = _require(session, VehicleClass, vehicle_class_id)
    rate = session.get(HourlyRate, vehicle_class_id)
    before = _rate_values(rate) if rate else None
    if rate is None:
        rate = HourlyRate(vehicle_class_id=vehicle_class_id)
        session.add(rate)
    rate.price_per_hour_cents = price_per_hour_cents
    rate.min_hours = min_hours
    rate.max_hours = max_hours
    _flush_new_price(session)
    _audit_change(
        session,
        admin_id,
        "change-hourly-rate",
        before,
        _rate_values(rate),
        vehicle_class=vehicle_class.code,
    )
    return rate


def _rate_values(rate: HourlyRate) -> dict[str, int]:
    return {
        "price_per_hour_cents": rate.price_per_hour_cents,
        "min_hours": rate.min_hours,
        "max_hours": rate.max_hours,
    }


# --- tours ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TourRow:
    tour: Tour
    name: str
    prices: dict[int, int]  # vehicle class id → cents


def tour_overview(session: Session, locale: str) -> list[TourRow]:
    tours = session.scalars(
        select(Tour).options(selectinload(Tour.prices)).order_by(Tour.sort_order, Tour.id)
    ).all()
    return [
        TourRow(
            tour=tour,
            name=catalog.tour_name(tour.id, locale),
            prices={price.vehicle_class_id: price.price_cents for price in tour.prices},
        )
        for tour in tours
    ]


def set_tour_active(session: Session, admin_id: int, tour_id: int, active: bool) -> Tour:
    tour = _require(session, Tour, tour_id)
    before = tour.active
    tour.active = active
    session.flush()
    _audit_change(
        session,
        admin_id,
        "activate-tour" if active else "deactivate-tour",
        {"active": before},
        {"active": active},
        tour_id=tour.id,
        slug=tour.slug,
    )
    return tour


def update_tour(
    session: Session, admin_id: int, tour_id: int, *, duration_minutes: int, max_passengers: int
) -> Tour:
    """A tour's length (bookings already made keep theirs) and its largest party."""
    if not 1 <= duration_minutes <= MAX_TOUR_MINUTES:
        raise AdminInputError(
            "duration_minutes", str(_l("Please enter between 1 and 1440 minutes."))
        )
    if not 1 <= max_passengers <= MAX_TOUR_PASSENGERS:
        raise AdminInputError(
            "max_passengers", str(_l("Please enter between 1 and 50 passengers."))
        )
    tour = _require(session, Tour, tour_id)
    before = {"duration_minutes": tour.duration_minutes, "max_passengers": tour.max_passengers}
    tour.duration_minutes = duration_minutes
    tour.max_passengers = max_passengers
    session.flush()
    after = {"duration_minutes": duration_minutes, "max_passengers": max_passengers}
    _audit_change(session, admin_id, "change-tour", before, after, tour_id=tour.id, slug=tour.slug)
    return tour


def set_tour_price(
    session: Session, admin_id: int, tour_id: int, vehicle_class_id: int, price_cents: int
) -> TourPrice:
    """Set (or create) the price of a tour with a class."""
    _check_price(price_cents)
    tour = _require(session, Tour, tour_id)
    vehicle_class = _require(session, VehicleClass, vehicle_class_id)
    return _set_price(
        session,
        admin_id,
        TourPrice,
        {"tour_id": tour_id, "vehicle_class_id": vehicle_class_id},
        price_cents,
        "change-tour-price",
        tour_id=tour.id,
        slug=tour.slug,
        vehicle_class=vehicle_class.code,
    )


# --- staff accounts ------------------------------------------------------------------------


def staff_accounts(session: Session) -> list[StaffUser]:
    return list(session.scalars(select(StaffUser).order_by(StaffUser.email)))


def create_account(
    session: Session, admin_id: int, *, email: str, role: StaffRole, password: str
) -> StaffUser:
    """A new active account; every refusal of `create_staff` names its field."""
    try:
        address = staff_service.normalise_email(email)
    except staff_service.StaffError as exc:
        raise AdminInputError("email", str(_l("Please enter a valid email address."))) from exc
    if len(password) < staff_service.MIN_PASSWORD_LENGTH:
        raise AdminInputError("password", str(_l("The password needs at least 12 characters.")))
    exists = str(_l("This email already has an account."))
    if session.scalar(
        select(func.count()).select_from(StaffUser).where(StaffUser.email == address)
    ):
        raise AdminInputError("email", exists)
    try:
        user = staff_service.create_staff(email=address, role=role, password=password)
    except (staff_service.StaffError, IntegrityError) as exc:  # created at the same moment
        raise AdminInputError("email", exists) from exc
    audit_staff_action(
        session,
        admin_id,
        "create-staff",
        staff_id=user.id,
        email=user.email,
        before=None,
        after={"role": role.value, "active": True},
    )
    return user


def change_role(session: Session, admin_id: int, user_id: int, role: StaffRole) -> StaffUser:
    user = _require(session, StaffUser, user_id)
    if user.id == admin_id and role is not StaffRole.ADMIN:
        raise AdminRefused(str(_l("You cannot take the admin role away from your own account.")))
    before = user.role
    user.role = role
    session.flush()
    _audit_change(
        session,
        admin_id,
        "change-staff-role",
        {"role": before.value},
        {"role": role.value},
        staff_id=user.id,
        email=user.email,
    )
    return user


def set_account_active(session: Session, admin_id: int, user_id: int, active: bool) -> StaffUser:
    """Deactivating ends every session of the account at once; it cannot be one's own."""
    user = _require(session, StaffUser, user_id)
    if user.id == admin_id and not active:
        raise AdminRefused(str(_l("You cannot deactivate your own account.")))
    before = user.active
    if before == active:
        return user
    user.active = active
    if not active:
        staff_service.end_sessions(user)
    session.flush()
    audit_staff_action(
        session,
        admin_id,
        "activate-staff" if active else "deactivate-staff",
        staff_id=user.id,
        email=user.email,
        before={"active": before},
        after={"active": active},
    )
    return user


# --- cancellation policy -------------------------------------------------------------------


def cancellation_tiers(session: Session) -> Sequence[CancellationTier]:
    """The tiers, the longest notice first (the order in which they apply)."""
    return session.scalars(
        select(CancellationTier).order_by(CancellationTier.min_hours_before.desc())
    ).all()


def add_tier(
    session: Session, admin_id: int, *, min_hours_before: int, refund_percent: int
) -> CancellationTier:
    if not 0 <= min_hours_before <= MAX_NOTICE_HOURS:
        raise AdminInputError("min_hours_before", str(_l("Please enter between 0 and 8760 hours.")))
    if not 0 <= refund_percent <= 100:
        raise AdminInputError("refund_percent", str(_l("Please enter between 0 and 100.")))
    exists = str(_l("There is already a tier for this notice."))
    if session.scalar(
        select(func.count())
        .select_from(CancellationTier)
        .where(CancellationTier.min_hours_before == min_hours_before)
    ):
        raise AdminInputError("min_hours_before", exists)
    tier = CancellationTier(min_hours_before=min_hours_before, refund_percent=refund_percent)
    session.add(tier)
    try:
        session.flush()
    except IntegrityError as exc:  # the same tier added at the same moment
        raise AdminInputError("min_hours_before", exists) from exc
    audit_staff_action(
        session,
        admin_id,
        "add-cancellation-tier",
        tier_id=tier.id,
        before=None,
        after={"min_hours_before": min_hours_before, "refund_percent": refund_percent},
    )
    return tier


def delete_tier(session: Session, admin_id: int, tier_id: int) -> None:
    """LookupError when the tier is already gone."""
    tier = _require(session, CancellationTier, tier_id)
    before = {"min_hours_before": tier.min_hours_before, "refund_percent": tier.refund_percent}
    session.delete(tier)
    session.flush()
    audit_staff_action(
        session, admin_id, "delete-cancellation-tier", tier_id=tier_id, before=before, after=None
    )
