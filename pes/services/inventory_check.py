"""`verify-inventory`: recompute every slot's `taken` from the live holds and bookings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Booking, BookingSlot, Slot
from .inventory import LIVE_STATUSES


@dataclass(frozen=True)
class Discrepancy:
    kind: str
    detail: str
    slot_id: int | None = None
    starts_at: datetime | None = None
    booking_reference: str | None = None

    def __str__(self) -> str:
        where = f" slot {self.slot_id} at {self.starts_at.isoformat()}" if self.starts_at else ""
        who = f" booking {self.booking_reference}" if self.booking_reference else ""
        return f"{self.kind}:{where}{who} — {self.detail}"


def verify_inventory(session: Session) -> list[Discrepancy]:
    """Every difference between the counters and the claims of live bookings."""
    problems: list[Discrepancy] = []
    live_claims = (
        select(BookingSlot.slot_id, func.count().label("claims"))
        .join(Booking, Booking.id == BookingSlot.booking_id)
        .where(Booking.status.in_(LIVE_STATUSES))
        .group_by(BookingSlot.slot_id)
        .subquery()
    )
    claims = func.coalesce(live_claims.c.claims, 0)
    for slot, expected in session.execute(
        select(Slot, claims)
        .outerjoin(live_claims, live_claims.c.slot_id == Slot.id)
        .where((Slot.taken != claims) | (Slot.taken > Slot.capacity))
        .order_by(Slot.vehicle_class_id, Slot.starts_at)
    ).all():
        problems.append(
            Discrepancy(
                kind="taken",
                slot_id=slot.id,
                starts_at=slot.starts_at,
                detail=f"taken={slot.taken} but {expected} live claim(s), capacity={slot.capacity}",
            )
        )
    for reference, status in session.execute(
        select(Booking.reference, Booking.status)
        .join(BookingSlot, BookingSlot.booking_id == Booking.id)
        .where(Booking.status.not_in(LIVE_STATUSES))
        .distinct()
    ).all():
        problems.append(
            Discrepancy(
                kind="stale-claim",
                booking_reference=reference,
                detail=f"a {status.value} booking still claims slots",
            )
        )
    unclaimed = (
        select(Booking.reference, Booking.status)
        .outerjoin(BookingSlot, BookingSlot.booking_id == Booking.id)
        .where(Booking.status.in_(LIVE_STATUSES), BookingSlot.slot_id.is_(None))
    )
    for reference, status in session.execute(unclaimed).all():
        problems.append(
            Discrepancy(
                kind="missing-claim",
                booking_reference=reference,
                detail=f"a {status.value} booking claims no slot",
            )
        )
    return problems
