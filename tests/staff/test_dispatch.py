"""The dispatch board: days in Paris time, status, search, CSV, and changing a vehicle —
a busy vehicle is a clear message (PostgreSQL: the exclusion constraint), never a 500."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from pes.extensions import db, limiter
from pes.models import AuditEntry, Booking, BookingStatus, StaffRole, VehicleAssignment
from pes.services import inventory
from pes.services.uow import transaction
from tests.factories import create_booking, create_draft, create_fleet
from tests.services.inventory_helpers import NOW, RULES, try_hold
from tests.staff.conftest import LoggedIn, csrf_token, log_in, make_staff

# 22:30 UTC on 14 July is 00:30 on the 15th in Paris: it belongs to the 15th's board.
LATE = datetime(2027, 7, 14, 22, 30, tzinfo=UTC)


def test_the_board_shows_a_paris_day_by_status_and_finds_by_search(
    app: Flask, logged_in: LoggedIn
) -> None:
    create_booking(
        reference="PES-LATE01",
        status=BookingStatus.CONFIRMED,
        pickup_at=LATE,
        customer_name="Night Owl",
    )
    create_booking(
        reference="PES-WAIT01",
        status=BookingStatus.PENDING_PAYMENT,
        pickup_at=LATE + timedelta(hours=3),
        customer_email="payer@example.com",
    )
    create_booking(reference="PES-DRAFT1", status=BookingStatus.PENDING, pickup_at=LATE)
    db.session.commit()
    client = logged_in(StaffRole.DISPATCHER)
    day15 = client.get("/staff/bookings?day=2027-07-15").get_data(as_text=True)
    assert "PES-LATE01" in day15
    assert "PES-WAIT01" in day15
    assert "PES-DRAFT1" not in day15  # drafts in the funnel are nobody's business
    assert "PES-LATE01" not in client.get("/staff/bookings?day=2027-07-14").get_data(as_text=True)
    confirmed = client.get("/staff/bookings?day=2027-07-15&status=confirmed").get_data(as_text=True)
    assert "PES-LATE01" in confirmed
    assert "PES-WAIT01" not in confirmed
    assert "PES-WAIT01" in client.get("/staff/bookings?q=PAYER@example").get_data(as_text=True)
    assert "PES-LATE01" in client.get("/staff/bookings?q=night owl").get_data(as_text=True)
    bad = client.get("/staff/bookings?day=31/02/2027&status=nonsense")
    assert bad.status_code == 200
    assert "That is not a date" in bad.get_data(as_text=True)


def test_a_day_exports_as_csv_that_spreadsheets_cannot_execute(
    app: Flask, logged_in: LoggedIn
) -> None:
    create_booking(
        reference="PES-CSV001",
        status=BookingStatus.CONFIRMED,
        pickup_at=LATE,
        customer_name='=HYPERLINK("http://evil")',
        notes="+33 6 12 34 56 78",
    )
    db.session.commit()
    client = logged_in(StaffRole.DISPATCHER)
    response = client.get("/staff/bookings.csv?day=2027-07-15")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    (row,) = rows
    assert row["reference"] == "PES-CSV001"
    assert row["pickup_paris"] == "2027-07-15 00:30"
    assert row["customer_name"].startswith("'=")
    assert row["notes"] == "'+33 6 12 34 56 78"


def _two_overlapping_confirmed(size: int = 2) -> tuple[Booking, Booking]:
    fleet = create_fleet(size=size)
    pickup = NOW + timedelta(days=2)
    first = create_draft(fleet, pickup, reference="PES-FIRST1", customer_name="First")
    second = create_draft(fleet, pickup + timedelta(minutes=30), reference="PES-SECND1")
    db.session.commit()
    for booking in (first, second):
        assert try_hold(booking.id) == "held"
        with transaction(lock_inventory=True) as session:
            inventory.confirm_booking(session, booking.id, NOW, RULES, actor="test")
    return first, second


def _vehicle_of(booking_id: int) -> int:
    db.session.rollback()
    return db.session.scalars(
        select(VehicleAssignment.vehicle_id).where(VehicleAssignment.booking_id == booking_id)
    ).one()


def test_a_busy_vehicle_is_a_clear_conflict_not_a_500(any_engine_app: Flask) -> None:
    limiter.reset()
    first, second = _two_overlapping_confirmed()
    busy_vehicle = _vehicle_of(second.id)
    own_vehicle = _vehicle_of(first.id)
    dispatcher = make_staff(StaffRole.DISPATCHER)
    client = any_engine_app.test_client()
    assert log_in(client, dispatcher.email) == 303
    path = f"/staff/bookings/{first.reference}"
    token = csrf_token(client, path)
    response = client.post(
        f"{path}/vehicle", data={"csrf_token": token, "vehicle_id": busy_vehicle}
    )
    assert response.status_code == 409
    assert "This vehicle already has a job at that time." in response.get_data(as_text=True)
    assert _vehicle_of(first.id) == own_vehicle  # nothing changed


def test_a_free_vehicle_is_assigned_and_audited(any_engine_app: Flask) -> None:
    limiter.reset()
    first, second = _two_overlapping_confirmed(size=3)
    taken = {_vehicle_of(first.id), _vehicle_of(second.id)}
    dispatcher = make_staff(StaffRole.DISPATCHER)
    client = any_engine_app.test_client()
    assert log_in(client, dispatcher.email) == 303
    path = f"/staff/bookings/{first.reference}"
    page = client.get(path).get_data(as_text=True)
    free = next(
        int(value)
        for value in __import__("re").findall(r'<option[^>]*value="(\d+)"', page)
        if int(value) not in taken
    )
    token = csrf_token(client, path)
    response = client.post(f"{path}/vehicle", data={"csrf_token": token, "vehicle_id": free})
    assert response.status_code == 303
    assert _vehicle_of(first.id) == free
    audit = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "change-vehicle")
    ).one()
    assert audit.staff_user_id == dispatcher.id
    assert "Vehicle changed." in client.get(path).get_data(as_text=True)


@pytest.mark.postgres
def test_the_exclusion_constraint_itself_refuses_a_double_assignment(pg_app: Flask) -> None:
    """The backstop below the application's rule: even a direct write is refused."""
    from sqlalchemy.exc import IntegrityError

    first, second = _two_overlapping_confirmed()
    busy_vehicle = _vehicle_of(second.id)
    assignment = db.session.scalars(
        select(VehicleAssignment).where(VehicleAssignment.booking_id == first.id)
    ).one()
    assignment.vehicle_id = busy_vehicle
    with pytest.raises(IntegrityError, match="ex_vehicle_assignments_no_overlap"):
        db.session.commit()
    db.session.rollback()
