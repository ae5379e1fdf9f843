"""Time windows: when a booking occupies a vehicle, and which slots that covers.

All arithmetic is on UTC instants (DESIGN §4): a 10-hour hire that spans the autumn DST
change ends 10 real hours later, whatever the wall clock says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flask import current_app

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Window:
    """A half-open interval [start, end) of UTC instants."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("windows are made of timezone-aware instants")
        if self.end <= self.start:
            raise ValueError("a window ends after it starts")


@dataclass(frozen=True)
class InventoryRules:
    slot_minutes: int
    buffer_before: timedelta
    buffer_after: timedelta
    hold: timedelta

    @classmethod
    def from_config(cls) -> InventoryRules:
        config = current_app.config
        return cls(
            slot_minutes=int(config["PES_SLOT_MINUTES"]),
            buffer_before=timedelta(minutes=int(config["PES_BUFFER_BEFORE_MINUTES"])),
            buffer_after=timedelta(minutes=int(config["PES_BUFFER_AFTER_MINUTES"])),
            hold=timedelta(minutes=int(config["PES_HOLD_MINUTES"])),
        )


def service_end(pickup_at: datetime, duration: timedelta) -> datetime:
    """Pickup + drive time (transfer), hours (hourly) or tour duration — in UTC."""
    return pickup_at.astimezone(UTC) + duration


def occupied_window(pickup_at: datetime, ends_at: datetime, rules: InventoryRules) -> Window:
    """`[pickup − buffer_before, end + buffer_after)`: the vehicle is busy for all of it."""
    return Window(
        start=pickup_at.astimezone(UTC) - rules.buffer_before,
        end=ends_at.astimezone(UTC) + rules.buffer_after,
    )


def slot_starts(window: Window, slot_minutes: int) -> list[datetime]:
    """Starts of every slot that the window touches, in order.

    Slots are aligned on multiples of `slot_minutes` since the Unix epoch in UTC; Paris is
    a whole number of hours off UTC, so they are aligned on the Paris quarter-hours too.
    """
    step = timedelta(minutes=slot_minutes)
    first = _EPOCH + ((window.start - _EPOCH) // step) * step
    starts = []
    current = first
    while current < window.end:
        starts.append(current)
        current += step
    return starts
