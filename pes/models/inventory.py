"""Slot inventory and concrete vehicle assignments (DESIGN §4).

`slots.taken` may never exceed `capacity` (CHECK); `vehicle_assignments` may never overlap
for one vehicle (PostgreSQL exclusion constraint, the second line of defence).
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import CheckConstraint, ForeignKey, Integer, Table, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import ExcludeConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, TimestampMixin
from .bookings import Booking
from .catalog import Vehicle, VehicleClass


class Slot(TimestampMixin, Base):
    """One time slot (15 min by default) of one vehicle class."""

    __tablename__ = "slots"
    __table_args__ = (
        UniqueConstraint("vehicle_class_id", "starts_at"),
        CheckConstraint("taken >= 0 AND taken <= capacity", name="taken_within_capacity"),
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_class_id: Mapped[int] = mapped_column(ForeignKey("vehicle_classes.id"))
    starts_at: Mapped[datetime] = mapped_column()
    capacity: Mapped[int] = mapped_column(Integer)
    taken: Mapped[int] = mapped_column(Integer, default=0)

    vehicle_class: Mapped[VehicleClass] = relationship()


class BookingSlot(Base):
    """A booking's claim on one slot; exists exactly while the booking counts in `taken`."""

    __tablename__ = "booking_slots"

    booking_id: Mapped[int] = mapped_column(
        ForeignKey("bookings.id", ondelete="CASCADE"), primary_key=True
    )
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id"), primary_key=True, index=True)


class VehicleAssignment(TimestampMixin, Base):
    __tablename__ = "vehicle_assignments"
    __table_args__ = (CheckConstraint("starts_at < ends_at", name="period_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        ForeignKey("bookings.id", ondelete="CASCADE"), unique=True
    )
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()

    booking: Mapped[Booking] = relationship()
    vehicle: Mapped[Vehicle] = relationship()


_assignments = cast(Table, VehicleAssignment.__table__)
# PostgreSQL only (btree_gist): one vehicle is never in two places at once.
_assignments.append_constraint(
    ExcludeConstraint(
        (_assignments.c.vehicle_id, "="),
        (func.tstzrange(_assignments.c.starts_at, _assignments.c.ends_at, "[)"), "&&"),
        name="ex_vehicle_assignments_no_overlap",
        using="gist",
    ).ddl_if(dialect="postgresql")
)
