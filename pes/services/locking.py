"""Row locks — the only module that takes `SELECT … FOR UPDATE` (inventory, email outbox).

Rules (pretix's `services/locking.py` is the model):
- it refuses to run outside a transaction;
- locks are always taken in one global order: a booking row, then the vehicle class row,
  then slot rows ordered by (vehicle class, start) — so two transactions never wait on
  each other in a cycle;
- on PostgreSQL a short `lock_timeout` bounds the wait, and a timeout or deadlock becomes
  the domain error `InventoryBusy` ("busy, try again"), never a 500;
- on SQLite there are no row locks: `transaction(lock_inventory=True)` started the
  transaction with `BEGIN IMMEDIATE`, which serialises writers instead.
- `SELECT … FOR UPDATE` protects only rows that exist, so slot rows are created first
  (`INSERT … ON CONFLICT DO NOTHING`), with the class's current fleet size as capacity.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..models import Booking, OutboxEmail, Slot, Vehicle, VehicleClass
from .errors import InventoryBusy

LOCK_TIMEOUT = "3s"
# PostgreSQL SQLSTATEs that mean "somebody else holds it": lock_not_available, deadlock.
_BUSY_SQLSTATES = {"55P03", "40P01", "40001"}


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


@contextmanager
def _busy_as_domain_error() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        sqlstate = getattr(exc.orig, "sqlstate", None)
        if sqlstate in _BUSY_SQLSTATES or "database is locked" in str(exc.orig):
            raise InventoryBusy("the inventory is busy, try again") from exc
        raise


def _prepare(session: Session) -> None:
    if not session.in_transaction():
        raise RuntimeError("inventory locks need an open transaction")
    if _is_postgres(session):
        # SET LOCAL: only for this transaction, reset at commit/rollback.
        session.execute(select(func.set_config("lock_timeout", LOCK_TIMEOUT, True)))


def lock_booking(session: Session, booking_id: int) -> Booking | None:
    """Lock one booking row (always before its slots)."""
    _prepare(session)
    with _busy_as_domain_error():
        return session.scalar(
            select(Booking)
            .where(Booking.id == booking_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )


def lock_bookings_skip_locked(session: Session, query: Select[Booking]) -> list[Booking]:
    """Lock the bookings of `query` that nobody else is working on (others are skipped)."""
    _prepare(session)
    with _busy_as_domain_error():
        return list(
            session.scalars(
                query.order_by(Booking.id)
                .with_for_update(skip_locked=True)
                .execution_options(populate_existing=True)
            )
        )


def lock_vehicle_class(session: Session, vehicle_class_id: int, *, shared: bool) -> None:
    """Fleet changes lock the class exclusively; creating slot rows takes it shared, so a
    new slot row can never be given the fleet size of a change that is not committed."""
    _prepare(session)
    with _busy_as_domain_error():
        session.execute(
            select(VehicleClass.id)
            .where(VehicleClass.id == vehicle_class_id)
            .with_for_update(read=shared)
        )


def fleet_size(session: Session, vehicle_class_id: int) -> int:
    count = session.scalar(
        select(func.count())
        .select_from(Vehicle)
        .where(Vehicle.vehicle_class_id == vehicle_class_id, Vehicle.active)
    )
    return int(count or 0)


def ensure_slots(session: Session, vehicle_class_id: int, starts: Sequence[datetime]) -> None:
    """Create the missing slot rows (capacity = current active fleet) without locking."""
    if not starts:
        return
    lock_vehicle_class(session, vehicle_class_id, shared=True)
    capacity = fleet_size(session, vehicle_class_id)
    rows = [
        {"vehicle_class_id": vehicle_class_id, "starts_at": start, "capacity": capacity, "taken": 0}
        for start in starts
    ]
    insert = pg_insert if _is_postgres(session) else sqlite_insert
    statement = insert(Slot).values(rows)
    statement = statement.on_conflict_do_nothing(index_elements=["vehicle_class_id", "starts_at"])
    with _busy_as_domain_error():
        session.execute(statement)


def lock_slots(session: Session, vehicle_class_id: int, starts: Sequence[datetime]) -> list[Slot]:
    """Create if needed, then lock, the slots of one class at `starts`, in slot order."""
    _prepare(session)
    ordered = sorted(set(starts))
    ensure_slots(session, vehicle_class_id, ordered)
    with _busy_as_domain_error():
        slots = list(
            session.scalars(
                select(Slot)
                .where(Slot.vehicle_class_id == vehicle_class_id, Slot.starts_at.in_(ordered))
                .order_by(Slot.starts_at)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        )
    if len(slots) != len(ordered):
        raise RuntimeError("slot rows missing after ensure_slots")
    return slots


def lock_slot_ids(session: Session, slot_ids: Sequence[int]) -> list[Slot]:
    """Lock existing slots by id, in the global (class, start) order."""
    _prepare(session)
    if not slot_ids:
        return []
    with _busy_as_domain_error():
        return list(
            session.scalars(
                select(Slot)
                .where(Slot.id.in_(sorted(set(slot_ids))))
                .order_by(Slot.vehicle_class_id, Slot.starts_at)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        )


def lock_class_slots_from(session: Session, vehicle_class_id: int, start: datetime) -> list[Slot]:
    """Lock every slot of a class from `start` on (fleet changes), in slot order."""
    _prepare(session)
    with _busy_as_domain_error():
        return list(
            session.scalars(
                select(Slot)
                .where(Slot.vehicle_class_id == vehicle_class_id, Slot.starts_at >= start)
                .order_by(Slot.starts_at)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        )


def claim_outbox_row(session: Session, row_id: int) -> OutboxEmail | None:
    """Lock one outbox row, or None if another worker holds it (`SKIP LOCKED`): two
    workers racing for one email never both send it. On SQLite the caller's
    `BEGIN IMMEDIATE` transaction serialises them instead."""
    if not session.in_transaction():
        raise RuntimeError("outbox claims need an open transaction")
    return session.scalar(
        select(OutboxEmail)
        .where(OutboxEmail.id == row_id)
        .with_for_update(skip_locked=True)
        .execution_options(populate_existing=True)
    )
