"""Shared pieces of the availability-engine tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pes.services import inventory
from pes.services.errors import InventoryBusy, Unavailable
from pes.services.uow import transaction
from pes.services.windows import InventoryRules

RULES = InventoryRules(
    slot_minutes=15,
    buffer_before=timedelta(minutes=15),
    buffer_after=timedelta(minutes=30),
    hold=timedelta(minutes=30),
)
NOW = datetime(2027, 3, 1, 6, 0, tzinfo=UTC)


def try_hold(booking_id: int, now: datetime = NOW) -> str:
    """Hold in its own transaction; the outcome as a word."""
    try:
        with transaction(lock_inventory=True) as session:
            inventory.hold_booking(session, booking_id, now, RULES, actor="test")
    except Unavailable:
        return "unavailable"
    except InventoryBusy:
        return "busy"
    return "held"
