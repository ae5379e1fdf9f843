"""The admin screens: only admins; the fleet goes through the inventory (capacity, refusals);
prices are typed in euros and kept in cents; tours; staff accounts; the cancellation tiers;
every change leaves an audit row, and bad input is a 422 on its field, never a 500."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any, TypeVar

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from werkzeug.test import TestResponse

from pes.demo import load_demo
from pes.extensions import db
from pes.models import (
    AuditEntry,
    CancellationTier,
    HourlyRate,
    Place,
    PlaceKind,
    Slot,
    StaffRole,
    StaffUser,
    Tour,
    TourPrice,
    TransferFare,
    TransferRoute,
    Vehicle,
    VehicleClass,
    utcnow,
)
from pes.services import inventory
from pes.services.admin import parse_euros
from pes.services.uow import transaction
from pes.services.windows import InventoryRules
from tests.factories import create_draft, create_fleet
from tests.staff.conftest import PASSWORD, LoggedIn, csrf_token, log_in

PAGES = {
    "fleet": "/staff/admin/fleet",
    "prices": "/staff/admin/prices",
    "tours": "/staff/admin/tours",
    "staff": "/staff/admin/staff",
    "cancellation": "/staff/admin/cancellation",
    "privacy": "/staff/admin/privacy",
}


# --- helpers -------------------------------------------------------------------------------

_Row = TypeVar("_Row")


def _post(client: FlaskClient, path: str, data: dict[str, Any], prefix: str = "") -> TestResponse:
    """POST `data` to `path` as the form with `prefix` on its admin page would (its fields and
    CSRF token prefixed; the token comes from that page, the first three parts of `path`)."""
    token = csrf_token(client, "/".join(path.split("/")[:4]))
    name = (lambda key: f"{prefix}-{key}") if prefix else (lambda key: key)
    form = {name(key): value for key, value in data.items()}
    form[name("csrf_token")] = token
    return client.post(path, data=form)


def _text(response: TestResponse) -> str:
    return response.get_data(as_text=True)


def _field_error(response: TestResponse, field_id: str) -> str:
    """The error shown on the field `field_id` (its input is marked invalid too)."""
    html = _text(response)
    match = re.search(rf'<p class="field-error" id="{re.escape(field_id)}-error">([^<]*)</p>', html)
    assert match, f"no error on {field_id}"
    control = re.search(rf'<(?:input|select)[^>]*\bid="{re.escape(field_id)}"[^>]*>', html)
    assert control, f"no control {field_id}"
    assert 'aria-invalid="true"' in control.group(0)
    return match.group(1)


def _rejected(response: TestResponse, **errors: str) -> None:
    """`response` is the page again with status 422 and these errors on these fields."""
    assert response.status_code == 422
    for field_id, message in errors.items():
        assert _field_error(response, field_id) == message


def _audit(action: str) -> list[AuditEntry]:
    db.session.rollback()
    return list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _stored(model: type[_Row], key: Any) -> _Row:
    """The row as it is in the database now (what the test's session held is dropped)."""
    db.session.rollback()
    row = db.session.get(model, key)
    assert row is not None
    return row


def _staff(email: str) -> StaffUser:
    db.session.rollback()
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == email))
    assert user is not None
    return user


def _held_booking(vehicle_class: VehicleClass) -> None:
    """A booking of `vehicle_class` two days ahead holding its capacity."""
    draft = create_draft(vehicle_class, utcnow() + timedelta(days=2))
    db.session.commit()
    with transaction(lock_inventory=True) as session:
        inventory.hold_booking(
            session, draft.id, utcnow(), InventoryRules.from_config(), actor="test"
        )


def _capacities(class_id: int) -> set[int]:
    db.session.rollback()
    return set(db.session.scalars(select(Slot.capacity).where(Slot.vehicle_class_id == class_id)))


@pytest.fixture
def admin_client(logged_in: LoggedIn) -> FlaskClient:
    return logged_in(StaffRole.ADMIN)


# --- access --------------------------------------------------------------------------------


def _admin_rules(app: Flask) -> list[tuple[str, str]]:
    """(method, path) of every admin route, its URL variables filled with 1."""
    found = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/staff/admin/"):
            continue
        path = re.sub(r"<[^>]+>", "1", rule.rule)
        for method in ("GET", "POST"):
            if method in (rule.methods or ()):
                found.append((method, path))
    return found


@pytest.mark.parametrize("role", [StaffRole.DISPATCHER, StaffRole.EDITOR])
def test_only_admins_reach_the_admin_screens(
    app: Flask, logged_in: LoggedIn, role: StaffRole
) -> None:
    routes = _admin_rules(app)
    assert {path for method, path in routes if method == "GET"} == set(PAGES.values())
    assert sum(1 for method, _ in routes if method == "POST") >= 12
    for endpoint, view in app.view_functions.items():
        if endpoint.startswith("staff.admin_") or endpoint == "staff.fleet":
            assert view.staff_roles == (StaffRole.ADMIN,), endpoint  # type: ignore[attr-defined]
    client = logged_in(role)
    token = csrf_token(client, "/staff/content" if role is StaffRole.EDITOR else "/staff/bookings")
    for method, path in routes:
        if method == "GET":
            status = client.get(path).status_code
        else:
            status = client.post(path, data={"csrf_token": token, "active": "0"}).status_code
        assert status == 403, f"{role.value} got {status} on {method} {path}"


def test_every_admin_page_renders_and_links_to_the_others(
    app: Flask, admin_client: FlaskClient
) -> None:
    load_demo(db.session())
    db.session.commit()
    for page in PAGES.values():
        response = admin_client.get(page)
        assert response.status_code == 200, page
        html = _text(response)
        for other in PAGES.values():
            assert f'href="{other}"' in html, f"{page} does not link to {other}"
        assert f'href="{page}" aria-current="page"' in html
    prices = _text(admin_client.get(PAGES["prices"]))
    cdg = db.session.scalar(select(Place).where(Place.code == "CDG"))
    assert cdg is not None
    assert cdg.name("en") in prices
    tours = _text(admin_client.get(PAGES["tours"]))
    tour = db.session.scalars(select(Tour).order_by(Tour.id)).first()
    assert tour is not None
    assert f'id="tour-{tour.id}"' in tours
    assert tour.slug not in re.findall(r"<h2>([^<]*)", tours)[0]  # its published name


def test_anonymous_visitors_are_sent_to_the_login_page(client: FlaskClient) -> None:
    for page in PAGES.values():
        response = client.get(page)
        assert response.status_code == 302
        assert "/staff/login" in response.headers["Location"]


# --- fleet ---------------------------------------------------------------------------------


def _add_vehicle(client: FlaskClient, class_id: int, plate: str, **more: str) -> TestResponse:
    data = {"vehicle_class_id": class_id, "plate": plate, **more}
    return _post(client, "/staff/admin/fleet/vehicles", data)


def _vehicle_active(client: FlaskClient, vehicle_id: int | str, active: str) -> TestResponse:
    return _post(client, f"/staff/admin/fleet/vehicles/{vehicle_id}/active", {"active": active})


def test_adding_a_vehicle_raises_the_capacity_and_is_audited(
    app: Flask, admin_client: FlaskClient
) -> None:
    fleet = create_fleet(size=1)
    _held_booking(fleet)
    assert _capacities(fleet.id) == {1}
    response = _add_vehicle(admin_client, fleet.id, " ab-123  cd ", model_name="Mercedes E")
    assert response.status_code == 303
    assert response.headers["Location"] == "/staff/admin/fleet"
    vehicle = db.session.scalar(select(Vehicle).where(Vehicle.plate == "AB-123 CD"))
    assert vehicle is not None
    assert vehicle.active
    assert vehicle.vehicle_class_id == fleet.id
    assert vehicle.model_name == "Mercedes E"
    assert _capacities(fleet.id) == {2}
    (entry,) = _audit("add-vehicle")
    admin = _staff("admin@pariselite.example")
    assert (entry.booking_id, entry.staff_user_id, entry.actor) == (None, admin.id, "staff")
    assert entry.details["after"]["plate"] == "AB-123 CD"
    page = _text(admin_client.get(PAGES["fleet"]))
    assert "AB-123 CD" in page


def test_a_duplicate_plate_is_a_field_error(app: Flask, admin_client: FlaskClient) -> None:
    fleet = create_fleet(size=0)
    db.session.add(Vehicle(vehicle_class=fleet, plate="AB-123-CD"))
    db.session.commit()
    response = _add_vehicle(admin_client, fleet.id, "ab-123-cd")
    _rejected(response, plate="A vehicle with this plate already exists.")
    assert 'value="ab-123-cd"' in _text(response)  # what was typed is kept
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(Vehicle)) == 1
    assert _audit("add-vehicle") == []
    _rejected(_add_vehicle(admin_client, fleet.id, "   "), plate="Please enter the plate.")


def test_a_vehicle_the_bookings_need_cannot_leave_service(
    app: Flask, admin_client: FlaskClient
) -> None:
    fleet = create_fleet(size=1)
    (vehicle,) = fleet.vehicles
    vehicle_id = vehicle.id
    _held_booking(fleet)
    response = _vehicle_active(admin_client, vehicle_id, "0")
    assert response.status_code == 409
    html = _text(response)
    assert "cannot be taken out of service" in html
    assert 'class="form-errors" role="alert"' in html
    assert _stored(Vehicle, vehicle_id).active
    assert _capacities(fleet.id) == {1}
    assert _audit("deactivate-vehicle") == []


def test_a_spare_vehicle_leaves_and_comes_back(app: Flask, admin_client: FlaskClient) -> None:
    fleet = create_fleet(size=2)
    vehicle_id = fleet.vehicles[0].id
    _held_booking(fleet)
    assert _vehicle_active(admin_client, vehicle_id, "0").status_code == 303
    assert _capacities(fleet.id) == {1}
    stored = _stored(Vehicle, vehicle_id)
    assert not stored.active
    assert _vehicle_active(admin_client, vehicle_id, "1").status_code == 303
    assert _capacities(fleet.id) == {2}
    assert len(_audit("deactivate-vehicle")) == 1
    (back,) = _audit("activate-vehicle")
    assert back.details == {
        "vehicle_id": vehicle_id,
        "plate": stored.plate,
        "before": {"active": False},
        "after": {"active": True},
    }
    assert _vehicle_active(admin_client, vehicle_id, "maybe").status_code == 422
    assert _vehicle_active(admin_client, 999999, "0").status_code == 404
    assert _vehicle_active(admin_client, "abc", "0").status_code == 404


# --- prices --------------------------------------------------------------------------------


def _fare() -> tuple[int, int]:
    vehicle_class = create_fleet(size=1, name="Business")
    origin = Place(code="CDG", kind=PlaceKind.AIRPORT, names={"en": "Charles de Gaulle Airport"})
    destination = Place(code="PAR", kind=PlaceKind.CITY, names={"en": "Paris"})
    route = TransferRoute(origin=origin, destination=destination, drive_minutes=50)
    db.session.add(route)
    db.session.flush()
    db.session.add(
        TransferFare(route_id=route.id, vehicle_class_id=vehicle_class.id, price_cents=9500)
    )
    db.session.commit()
    return route.id, vehicle_class.id


def _set_fare(client: FlaskClient, route_id: int, class_id: int, price: str) -> TestResponse:
    path = f"/staff/admin/prices/fares/{route_id}/{class_id}"
    return _post(client, path, {"price": price}, f"fare-{route_id}-{class_id}")


def _fare_cents(route_id: int, class_id: int) -> int | None:
    db.session.rollback()
    fare = db.session.get(TransferFare, (route_id, class_id))
    return fare.price_cents if fare else None


def test_a_fare_typed_with_a_comma_is_stored_in_cents(
    app: Flask, admin_client: FlaskClient
) -> None:
    route_id, class_id = _fare()
    response = _set_fare(admin_client, route_id, class_id, "95,50")
    assert response.status_code == 303
    assert response.headers["Location"] == f"/staff/admin/prices#route-{route_id}"
    assert _fare_cents(route_id, class_id) == 9550
    (entry,) = _audit("change-fare")
    assert entry.details["before"] == {"price_cents": 9500}
    assert entry.details["after"] == {"price_cents": 9550}
    assert entry.booking_id is None
    page = _text(admin_client.get(PAGES["prices"]))
    assert f'id="fare-{route_id}-{class_id}-price"' in page
    assert 'value="95.50"' in page
    assert "Charles de Gaulle Airport → Paris" in page


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "Please enter an amount in euros, for example 95 or 95,50."),
        ("95.505", "Please enter an amount in euros, for example 95 or 95,50."),
        ("1.234,50", "Please enter an amount in euros, for example 95 or 95,50."),
        ("-5", "A price cannot be negative."),
        ("", "Please enter a price."),
        ("   ", "Please enter a price."),
        ("99999999", "This amount is too large."),
    ],
)
def test_a_malformed_price_is_a_field_error_and_changes_nothing(
    app: Flask, admin_client: FlaskClient, typed: str, message: str
) -> None:
    route_id, class_id = _fare()
    field_id = f"fare-{route_id}-{class_id}-price"
    response = _set_fare(admin_client, route_id, class_id, typed)
    _rejected(response, **{field_id: message})
    assert f'href="#{field_id}"' in _text(response)  # the link at the top of the page
    assert _fare_cents(route_id, class_id) == 9500
    assert _audit("change-fare") == []


def test_a_missing_fare_can_be_set_and_unknown_ones_are_404(
    app: Flask, admin_client: FlaskClient
) -> None:
    route_id, class_id = _fare()
    other = create_fleet(size=1)
    db.session.commit()
    assert _set_fare(admin_client, route_id, other.id, "120").status_code == 303
    assert _fare_cents(route_id, other.id) == 12000
    assert _set_fare(admin_client, 999999, class_id, "1").status_code == 404


def test_hourly_rates_keep_their_hours_in_order(app: Flask, admin_client: FlaskClient) -> None:
    vehicle_class = create_fleet(size=1)
    db.session.add(
        HourlyRate(
            vehicle_class_id=vehicle_class.id, price_per_hour_cents=7000, min_hours=2, max_hours=10
        )
    )
    db.session.commit()
    prefix = f"hourly-{vehicle_class.id}"

    def set_rate(price: str, min_hours: str, max_hours: str) -> TestResponse:
        data = {"price": price, "min_hours": min_hours, "max_hours": max_hours}
        return _post(admin_client, f"/staff/admin/prices/hourly/{vehicle_class.id}", data, prefix)

    _rejected(
        set_rate("80", "5", "3"),
        **{f"{prefix}-max_hours": "The maximum cannot be less than the minimum."},
    )
    _rejected(
        set_rate("80", "two", "30"),
        **{
            f"{prefix}-min_hours": "Please enter a whole number.",
            f"{prefix}-max_hours": "Please enter between 1 and 24.",
        },
    )
    rate = _stored(HourlyRate, vehicle_class.id)
    assert (rate.price_per_hour_cents, rate.min_hours) == (7000, 2)
    assert set_rate("80.00", "3", "12").status_code == 303
    rate = _stored(HourlyRate, vehicle_class.id)
    assert (rate.price_per_hour_cents, rate.min_hours, rate.max_hours) == (8000, 3, 12)
    (entry,) = _audit("change-hourly-rate")
    assert entry.details["before"]["min_hours"] == 2
    assert entry.details["after"]["max_hours"] == 12


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("95", 9500), ("95.00", 9500), ("95,00", 9500), ("95,5", 9550), ("0", 0), ("1 200 €", 120000)],
)
def test_amounts_in_euros_become_cents(typed: str, cents: int) -> None:
    assert parse_euros(typed) == cents


# --- tours ---------------------------------------------------------------------------------


def _demo_tour() -> tuple[int, int]:
    load_demo(db.session())
    db.session.commit()
    tour = db.session.scalars(select(Tour).where(Tour.active).order_by(Tour.id)).first()
    vehicle_class = db.session.scalars(select(VehicleClass).order_by(VehicleClass.id)).first()
    assert tour is not None
    assert vehicle_class is not None
    return tour.id, vehicle_class.id


def test_a_tour_is_taken_off_sale_and_its_price_changed(
    app: Flask, admin_client: FlaskClient
) -> None:
    tour_id, class_id = _demo_tour()
    off = _post(admin_client, f"/staff/admin/tours/{tour_id}/active", {"active": "0"})
    assert off.status_code == 303
    assert off.headers["Location"] == f"/staff/admin/tours#tour-{tour_id}"
    assert not _stored(Tour, tour_id).active
    assert len(_audit("deactivate-tour")) == 1

    prefix = f"tourprice-{tour_id}-{class_id}"
    path = f"/staff/admin/tours/{tour_id}/prices/{class_id}"
    bad = _post(admin_client, path, {"price": "12x"}, prefix)
    assert bad.status_code == 422
    assert _field_error(bad, f"{prefix}-price").startswith("Please enter an amount in euros")
    assert _post(admin_client, path, {"price": "450,00"}, prefix).status_code == 303
    assert _stored(TourPrice, (tour_id, class_id)).price_cents == 45000
    (entry,) = _audit("change-tour-price")
    assert entry.details["after"] == {"price_cents": 45000}


def test_a_tours_duration_and_party_size_are_checked(app: Flask, admin_client: FlaskClient) -> None:
    tour_id, _ = _demo_tour()
    prefix = f"tour-{tour_id}"
    path = f"/staff/admin/tours/{tour_id}"
    _rejected(
        _post(admin_client, path, {"duration_minutes": "0", "max_passengers": "0"}, prefix),
        **{
            f"{prefix}-duration_minutes": "Please enter between 1 and 1440.",
            f"{prefix}-max_passengers": "Please enter between 1 and 50.",
        },
    )
    ok = _post(admin_client, path, {"duration_minutes": "240", "max_passengers": "4"}, prefix)
    assert ok.status_code == 303
    tour = _stored(Tour, tour_id)
    assert (tour.duration_minutes, tour.max_passengers) == (240, 4)
    (entry,) = _audit("change-tour")
    assert entry.details["after"] == {"duration_minutes": 240, "max_passengers": 4}


# --- staff accounts ------------------------------------------------------------------------


def _create_account(client: FlaskClient, email: str, role: str, password: str) -> TestResponse:
    data = {"email": email, "role": role, "password": password}
    return _post(client, "/staff/admin/staff", data)


@pytest.mark.parametrize(
    ("email", "role", "password", "errors"),
    [
        (
            "new@pariselite.example",
            "editor",
            "short",
            {"password": "The password needs between 12 and 200 characters."},
        ),
        ("not an email", "editor", PASSWORD, {"email": "Please enter a valid email address."}),
        (
            "Admin@PariSelite.example",
            "editor",
            PASSWORD,
            {"email": "This email already has an account."},
        ),
        ("new@pariselite.example", "owner", PASSWORD, {}),
    ],
)
def test_an_account_with_a_bad_field_is_not_created(
    app: Flask,
    admin_client: FlaskClient,
    email: str,
    role: str,
    password: str,
    errors: dict[str, str],
) -> None:
    response = _create_account(admin_client, email, role, password)
    _rejected(response, **errors)
    assert PASSWORD not in _text(response)  # a password is never sent back
    assert _audit("create-staff") == []


def test_an_account_is_created_and_can_log_in(app: Flask, admin_client: FlaskClient) -> None:
    created = _create_account(admin_client, "New@PariSelite.example", "editor", PASSWORD)
    assert created.status_code == 303
    user = _staff("new@pariselite.example")
    assert user.role is StaffRole.EDITOR
    assert user.active
    (entry,) = _audit("create-staff")
    assert entry.details["after"] == {"role": "editor", "active": True}
    assert PASSWORD not in str(entry.details)
    assert log_in(app.test_client(), "new@pariselite.example") == 303


@pytest.fixture
def dispatcher(admin_client: FlaskClient, logged_in: LoggedIn) -> tuple[FlaskClient, StaffUser]:
    """A dispatcher logged in after the admin, with the board open to them, and their account."""
    member = logged_in(StaffRole.DISPATCHER)
    assert member.get("/staff/bookings").status_code == 200
    return member, _staff("dispatcher@pariselite.example")


def test_a_role_change_applies_at_the_next_request(
    app: Flask, admin_client: FlaskClient, dispatcher: tuple[FlaskClient, StaffUser]
) -> None:
    member, user = dispatcher
    path = f"/staff/admin/staff/{user.id}/role"
    assert _post(admin_client, path, {"role": "editor"}, f"role-{user.id}").status_code == 303
    assert _staff(user.email).role is StaffRole.EDITOR
    assert member.get("/staff/bookings").status_code == 403
    (entry,) = _audit("change-staff-role")
    assert entry.details["before"] == {"role": "dispatcher"}
    assert entry.details["after"] == {"role": "editor"}


def test_a_deactivated_member_is_logged_out_at_once(
    app: Flask, admin_client: FlaskClient, dispatcher: tuple[FlaskClient, StaffUser]
) -> None:
    member, user = dispatcher
    version = user.session_version
    path = f"/staff/admin/staff/{user.id}/active"
    assert _post(admin_client, path, {"active": "0"}).status_code == 303
    stored = _staff(user.email)
    assert not stored.active
    assert stored.session_version == version + 1
    response = member.get("/staff/bookings")
    assert response.status_code == 302
    assert "/staff/login" in response.headers["Location"]
    assert log_in(app.test_client(), user.email) == 422

    # Back in service: the old session stays dead, a new login works.
    assert _post(admin_client, path, {"active": "1"}).status_code == 303
    assert member.get("/staff/bookings").status_code == 302
    assert log_in(app.test_client(), user.email) == 303
    assert [entry.details["after"] for entry in _audit("deactivate-staff")] == [{"active": False}]
    assert len(_audit("activate-staff")) == 1


def test_an_admin_cannot_deactivate_or_demote_their_own_account(
    app: Flask, admin_client: FlaskClient
) -> None:
    me = _staff("admin@pariselite.example")
    version = me.session_version
    deactivate = _post(admin_client, f"/staff/admin/staff/{me.id}/active", {"active": "0"})
    assert deactivate.status_code == 409
    assert "You cannot deactivate your own account." in _text(deactivate)
    demote = _post(
        admin_client, f"/staff/admin/staff/{me.id}/role", {"role": "dispatcher"}, f"role-{me.id}"
    )
    assert demote.status_code == 409
    assert "You cannot take the admin role away from your own account." in _text(demote)
    stored = _staff(me.email)
    assert stored.active
    assert stored.role is StaffRole.ADMIN
    assert stored.session_version == version
    assert admin_client.get(PAGES["staff"]).status_code == 200
    assert _audit("deactivate-staff") == []
    assert _audit("change-staff-role") == []


# --- cancellation policy -------------------------------------------------------------------


def _add_tier(client: FlaskClient, hours: str, percent: str) -> TestResponse:
    data = {"min_hours_before": hours, "refund_percent": percent}
    return _post(client, "/staff/admin/cancellation", data)


def _tiers() -> list[tuple[int, int]]:
    db.session.rollback()
    rows = db.session.execute(
        select(CancellationTier.min_hours_before, CancellationTier.refund_percent).order_by(
            CancellationTier.min_hours_before
        )
    )
    return [(hours, percent) for hours, percent in rows]


def test_cancellation_tiers_are_added_and_deleted(app: Flask, admin_client: FlaskClient) -> None:
    assert "No tier is set" in _text(admin_client.get(PAGES["cancellation"]))
    assert _add_tier(admin_client, "48", "100").status_code == 303
    assert _add_tier(admin_client, "0", "50").status_code == 303
    assert _tiers() == [(0, 50), (48, 100)]

    tier_id = db.session.scalar(
        select(CancellationTier.id).where(CancellationTier.min_hours_before == 0)
    )
    delete = f"/staff/admin/cancellation/{tier_id}/delete"
    assert _post(admin_client, delete, {}).status_code == 303
    assert _tiers() == [(48, 100)]
    assert _post(admin_client, delete, {}).status_code == 404
    assert len(_audit("add-cancellation-tier")) == 2
    (entry,) = _audit("delete-cancellation-tier")
    assert entry.details["before"] == {"min_hours_before": 0, "refund_percent": 50}
    assert entry.staff_user_id == _staff("admin@pariselite.example").id


@pytest.mark.parametrize(
    ("hours", "percent", "errors"),
    [
        ("48", "20", {"min_hours_before": "There is already a tier for this notice."}),
        ("24", "101", {"refund_percent": "Please enter between 0 and 100."}),
        ("-1", "10", {"min_hours_before": "Please enter between 0 and 8760."}),
        (
            "a day",
            "",
            {
                "min_hours_before": "Please enter a whole number.",
                "refund_percent": "Please enter a number.",
            },
        ),
    ],
)
def test_a_bad_cancellation_tier_is_a_field_error(
    app: Flask, admin_client: FlaskClient, hours: str, percent: str, errors: dict[str, str]
) -> None:
    assert _add_tier(admin_client, "48", "100").status_code == 303
    _rejected(_add_tier(admin_client, hours, percent), **errors)
    assert _tiers() == [(48, 100)]
    assert len(_audit("add-cancellation-tier")) == 1
