"""A dispatcher on a phone, in a real browser: logs in, finds today's bookings on the board,
gives one of them another vehicle of its class and cancels another one. Screenshots of each
step go to test-artifacts/e2e/."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from pes.extensions import db, limiter
from pes.i18n import to_paris
from pes.models import (
    AuditEntry,
    Booking,
    BookingSlot,
    BookingStatus,
    CancelReason,
    Place,
    StaffRole,
    Vehicle,
    VehicleAssignment,
    VehicleClass,
    utcnow,
)
from pes.services import inventory, pricing
from pes.services.staff import create_staff
from pes.services.uow import transaction
from pes.services.windows import InventoryRules
from tests.e2e.conftest import ARTIFACTS
from tests.factories import create_draft
from tests.staff.conftest import PASSWORD

EMAIL = "dispatch@pariselite.example"
DRIVE = timedelta(hours=1)


def _pickups(now: datetime) -> tuple[datetime, datetime]:
    """Two pick-ups later on one Paris day, far enough apart that their slot windows
    (with the buffers) do not overlap: now + 2 h and 3 h later, or — when the second would
    fall after Paris midnight — both on the next Paris day."""
    first = (now + timedelta(hours=2)).replace(second=0, microsecond=0)
    first += timedelta(minutes=-first.minute % 5)
    second = first + timedelta(hours=3)
    if to_paris(first).date() != to_paris(second).date():
        first, second = second, second + timedelta(hours=3)
    return first, second


def _confirmed_booking(vehicle_class: VehicleClass, pickup_at: datetime, name: str) -> Booking:
    """A confirmed CDG → Paris transfer with its slots taken and a vehicle assigned (no
    payment attempt: the simulated provider is not involved)."""
    places = {p.code: p for p in db.session.scalars(select(Place))}
    booking = create_draft(
        vehicle_class,
        pickup_at,
        DRIVE,
        pickup_place=places["CDG"],
        dropoff_place=places["PAR"],
        passengers=2,
        luggage=2,
        travel_number="AF1234",
        customer_name=name,
        customer_email=f"{name.split()[0].lower()}@example.com",
        customer_phone="+33 6 12 34 56 78",
    )
    quote = pricing.quote_booking(db.session(), booking)
    booking.price_breakdown = quote.as_json()
    booking.total_cents = quote.total_cents
    db.session.commit()
    rules = InventoryRules.from_config()
    now = utcnow()
    with transaction(lock_inventory=True) as session:
        inventory.hold_booking(session, booking.id, now, rules, actor="test")
    with transaction(lock_inventory=True) as session:
        inventory.confirm_booking(session, booking.id, now, rules, actor="test")
    return booking


def _assigned_vehicle(booking_id: int) -> int:
    return db.session.scalars(
        select(VehicleAssignment.vehicle_id).where(VehicleAssignment.booking_id == booking_id)
    ).one()


@pytest.mark.slow
def test_phone_dispatcher_changes_a_vehicle_and_cancels_a_booking(
    live_server: str, browser: Any, phone: dict[str, object]
) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    limiter.reset()
    create_staff(email=EMAIL, role=StaffRole.DISPATCHER, password=PASSWORD)
    db.session.commit()
    business = db.session.scalars(select(VehicleClass).where(VehicleClass.code == "business")).one()
    plates = {
        v.id: f"{v.plate} {v.model_name}".strip()
        for v in db.session.scalars(
            select(Vehicle).where(Vehicle.vehicle_class_id == business.id, Vehicle.active)
        )
    }
    assert len(plates) >= 3
    first_at, second_at = _pickups(utcnow())
    first = _confirmed_booking(business, first_at, "Claire Dubois")
    second = _confirmed_booking(business, second_at, "Marco Rossi")
    first_id, first_ref = first.id, first.reference
    second_id, second_ref = second.id, second.reference
    old_vehicle = _assigned_vehicle(first_id)
    new_vehicle = next(vid for vid in sorted(plates) if vid != old_vehicle)
    pickup_day: date = to_paris(first_at).date()
    today = to_paris(utcnow()).date()
    db.session.rollback()

    context = browser.new_context(**phone, locale="en-GB")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(live_server) else None
        ),
    )

    def shot(name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"dispatch-{name}.png"), full_page=True)

    def assert_html() -> None:
        """A page served as text/plain shows its HTML source instead of its forms."""
        kind = page.evaluate("document.contentType")
        assert kind == "text/html", f"{page.url} was served as {kind}"

    # 1. Log in.
    page.goto(f"{live_server}/staff/login")
    assert_html()
    page.get_by_label("Email").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    shot("0-login")
    page.get_by_role("button", name="Log in").click()

    # 2. The board of today; another day through its day field when needed.
    page.wait_for_url("**/staff/bookings")
    assert_html()
    expect(page.get_by_role("heading", name="Bookings", exact=True)).to_be_visible()
    assert page.get_by_label("Day", exact=True).input_value() == today.isoformat()
    if pickup_day != today:
        page.get_by_label("Day", exact=True).fill(pickup_day.isoformat())
        page.get_by_role("button", name="Show").click()
        page.wait_for_url(re.compile(rf"day={pickup_day.isoformat()}"))
    first_link = page.get_by_role("link", name=re.compile(re.escape(first_ref)))
    second_link = page.get_by_role("link", name=re.compile(re.escape(second_ref)))
    expect(first_link).to_be_visible()
    expect(second_link).to_be_visible()
    shot("1-board")
    first_link.click()

    # 3. Another vehicle for the first booking.
    page.wait_for_url(f"**/staff/bookings/{first_ref}")
    assert_html()
    expect(page.get_by_role("heading", name=re.compile(re.escape(first_ref)))).to_be_visible()
    vehicle = page.get_by_label("Vehicle", exact=True)
    assert vehicle.input_value() == str(old_vehicle)
    shot("2-booking")
    vehicle.select_option(label=plates[new_vehicle])
    page.get_by_role("button", name="Change vehicle").click()
    # Same URL as before the POST: the flash message tells the new page has come.
    expect(page.get_by_role("status")).to_contain_text("Vehicle changed.")
    assert_html()
    assert page.get_by_label("Vehicle", exact=True).input_value() == str(new_vehicle)
    shot("3-vehicle-changed")
    db.session.rollback()
    assert _assigned_vehicle(first_id) == new_vehicle
    change = db.session.scalars(
        select(AuditEntry).where(
            AuditEntry.booking_id == first_id, AuditEntry.action == "change-vehicle"
        )
    ).one()
    assert change.actor == "staff"

    # 4. Back to the board, the second booking, cancelled without refund.
    page.get_by_role("link", name="← Bookings").click()
    page.wait_for_url(re.compile(rf"/staff/bookings\?day={pickup_day.isoformat()}"))
    page.get_by_role("link", name=re.compile(re.escape(second_ref))).click()
    page.wait_for_url(f"**/staff/bookings/{second_ref}")
    assert_html()
    page.get_by_label("No refund").check()
    page.get_by_label("Reason (kept in the audit log)").fill(
        "The customer phoned: flight cancelled."
    )
    shot("4-cancel-form")
    page.get_by_role("button", name="Cancel the booking").click()
    expect(page.get_by_role("status")).to_contain_text("Booking cancelled.")
    assert_html()
    expect(page.get_by_role("button", name="Cancel the booking")).to_have_count(0)
    shot("5-cancelled")

    assert errors == []
    assert outside == []
    context.close()
    db.session.rollback()
    cancelled = db.session.get(Booking, second_id)
    assert cancelled is not None
    assert cancelled.status is BookingStatus.CANCELLED
    assert cancelled.cancel_reason is CancelReason.STAFF
    assert not db.session.scalar(
        select(func.count()).select_from(BookingSlot).where(BookingSlot.booking_id == second_id)
    )
    assert _assigned_vehicle(first_id) == new_vehicle
    audit = db.session.scalars(
        select(AuditEntry).where(AuditEntry.booking_id == second_id, AuditEntry.action == "cancel")
    ).one()
    assert audit.actor == "staff"
    assert audit.details["note"] == "The customer phoned: flight cancelled."
    assert audit.details["refund_cents"] is None  # nothing had been paid
    kept = db.session.get(Booking, first_id)
    assert kept is not None
    assert kept.status is BookingStatus.CONFIRMED
