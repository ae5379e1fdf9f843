"""The funnel's steps as a registry (pretix's checkout flow is the model): the progress
indicator and "which step may the customer see now" come from here, not from the views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from flask_babel.speaklater import LazyString

from ..models import Booking, BookingKind, BookingStatus


@dataclass(frozen=True)
class Step:
    identifier: str
    title: LazyString
    is_completed: Callable[[Booking], bool]

    @property
    def endpoint(self) -> str:
        return f"funnel.{self.identifier}"


def _route_done(booking: Booking) -> bool:
    if booking.pickup_place_id is None:
        return False
    if booking.kind is BookingKind.TRANSFER:
        return booking.dropoff_place_id is not None
    if booking.kind is BookingKind.HOURLY:
        return booking.hours is not None
    return booking.tour_id is not None


STEPS: tuple[Step, ...] = (
    Step("route", _l("Journey"), _route_done),
    Step("date", _l("Date"), lambda booking: booking.pickup_at is not None),
    Step("vehicle", _l("Vehicle"), lambda booking: booking.vehicle_class_id is not None),
    Step("details", _l("Details"), lambda booking: bool(booking.customer_email)),
    Step("pay", _l("Payment"), lambda booking: booking.status is not BookingStatus.PENDING),
)
BY_ID = {step.identifier: step for step in STEPS}


def first_incomplete(booking: Booking | None) -> Step:
    if booking is None:
        return STEPS[0]
    for step in STEPS:
        if not step.is_completed(booking):
            return step
    return STEPS[-1]


def may_show(booking: Booking | None, identifier: str) -> bool:
    """A step can be shown once every step before it is completed."""
    index = [step.identifier for step in STEPS].index(identifier)
    target = first_incomplete(booking)
    return index <= STEPS.index(target)


def next_step(identifier: str) -> Step:
    index = [step.identifier for step in STEPS].index(identifier)
    return STEPS[min(index + 1, len(STEPS) - 1)]
