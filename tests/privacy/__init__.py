"""GDPR tests: the inventory, export, erasure, retention and their admin screen.

Shared helpers (the package has no conftest of its own): customers who book through the
real funnel and pay on the simulated provider's page, a scan of every text column of the
database, and a snapshot of every row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import JSON, String, Text, cast, func, select
from sqlalchemy.types import TypeEngine

from pes.extensions import db
from pes.models import Base, Booking, BookingStatus, utcnow
from tests.factories import create_priced_transfer
from tests.funnel.conftest import CSRF, Funnel, field_errors, future_day
from tests.staff.conftest import csrf_token


@dataclass(frozen=True)
class Customer:
    name: str
    email: str
    phone: str  # as typed
    stored_phone: str  # E.164, as the funnel stores it


ANA = Customer("Ana Souza", "Ana.Souza@example.com", "+351 912 345 678", "+351912345678")
BRUNO = Customer("Bruno Lima", "bruno.lima@example.org", "+33 6 12 34 56 78", "+33612345678")


def book_and_pay(
    client: FlaskClient, customer: Customer, days_ahead: int, **details: Any
) -> Booking:
    """Book CDG → Paris through the funnel and pay on the simulated provider's page (the
    webhook code confirms it and the outbox sends the emails); the outbound leg."""
    funnel = Funnel(client)
    assert funnel.route_transfer(dropoff_address="12 rue de Rivoli").status_code == 303
    assert funnel.date(day=future_day(days_ahead).isoformat()).status_code == 303
    assert funnel.vehicle().status_code == 303
    response = funnel.details(
        customer_name=customer.name,
        customer_email=customer.email,
        customer_phone=customer.phone,
        **details,
    )
    assert response.status_code == 303, field_errors(response)
    pay = funnel.post("pay", {"accept_terms": "y"})
    assert pay.status_code == 303, pay.get_data(as_text=True)[-500:]
    provider = str(pay.headers["Location"]).removeprefix("http://localhost")
    token = CSRF.search(client.get(provider).get_data(as_text=True))
    assert token
    paid = client.post(provider, data={"csrf_token": token.group(1), "action": "succeed"})
    assert paid.status_code == 303
    db.session.rollback()
    booking = db.session.scalars(
        select(Booking)
        .where(func.lower(Booking.customer_email) == customer.email.lower())
        .where(Booking.outbound_booking_id.is_(None))
        .order_by(Booking.id.desc())
    ).first()
    assert booking is not None
    assert booking.status is BookingStatus.CONFIRMED
    return booking


def cancel_as_staff(client: FlaskClient, reference: str, note: str) -> None:
    """A staff member cancels from the dispatch board, with a note for the audit log."""
    token = csrf_token(client, f"/staff/bookings/{reference}")
    response = client.post(
        f"/staff/bookings/{reference}/cancel",
        data={"csrf_token": token, "refund": "full", "note": note},
    )
    assert response.status_code == 303, response.get_data(as_text=True)[-500:]


_counter = iter(range(1, 10_000))


def make_booking(
    status: BookingStatus = BookingStatus.CONFIRMED,
    pickup_at: datetime | None = None,
    **values: Any,
) -> Booking:
    """A priced CDG → Paris transfer of Carla Dias's, committed."""
    pickup = pickup_at or (utcnow() + timedelta(days=20)).replace(minute=0, second=0, microsecond=0)
    fields: dict[str, Any] = {
        "reference": f"PES-PRV{next(_counter):03d}",
        "status": status,
        "pickup_at": pickup,
        "passengers": 2,
        "luggage": 1,
        "travel_number": "AF1234",
        "customer_name": "Carla Dias",
        "customer_email": "carla.dias@example.net",
        "customer_phone": "+351911111111",
    }
    fields.update(values)
    return create_priced_transfer(**fields)


def _is_text(column_type: TypeEngine[Any]) -> bool:
    impl = getattr(column_type, "impl", column_type)
    return isinstance(column_type, String | Text | JSON) or isinstance(impl, String | Text | JSON)


def text_columns() -> list[tuple[str, Any]]:
    """(table name, column) for every text or JSON column of every table."""
    return [
        (table.name, column)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if _is_text(column.type)
    ]


def scan(*needles: str) -> list[str]:
    """Every `table.column` of the database in which one of `needles` occurs (any case;
    JSON columns are read as text)."""
    db.session.rollback()
    found = []
    for table, column in text_columns():
        for needle in needles:
            pattern = f"%{needle.lower()}%"
            query = (
                select(func.count())
                .select_from(column.table)
                .where(func.lower(cast(column, Text)).like(pattern))
            )
            if db.session.scalar(query):
                found.append(f"{table}.{column.name} has {needle!r}")
    return found


def snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    db.session.rollback()
    rows = {}
    for table in Base.metadata.sorted_tables:
        query = select(table).order_by(*table.primary_key.columns)
        rows[table.name] = [tuple(row) for row in db.session.execute(query)]
    return rows


def digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)
