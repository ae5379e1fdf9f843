"""Who may do what, proven from the URL map: every staff route refuses anonymous users and
the wrong roles; every state-changing route refuses a request without its CSRF token;
customers' links never open another booking."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.routing import Rule

from pes.extensions import db
from pes.models import Booking, BookingStatus, StaffRole, utcnow
from pes.services import access
from tests.factories import create_booking
from tests.staff.conftest import LoggedIn, csrf_token

PUBLIC_STAFF_ENDPOINTS = {"staff.login", "staff.logout"}
CSRF_EXEMPT = {"webhooks.stripe_webhook"}  # authenticated by Stripe's signature instead


def _staff_rules(app: Flask) -> list[Rule]:
    return [
        rule
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/staff/") and rule.endpoint not in PUBLIC_STAFF_ENDPOINTS
    ]


def _path(rule: Rule, reference: str) -> str:
    path = re.sub(r"<(?:\w+:)?reference>", reference, rule.rule)
    return re.sub(r"<int:\w+>", "1", path)


def _call(client: FlaskClient, rule: Rule, path: str, token: str) -> int:
    if "GET" in (rule.methods or ()):
        return client.get(path).status_code
    return client.post(path, data={"csrf_token": token}).status_code


def test_every_staff_route_declares_its_roles(app: Flask) -> None:
    rules = _staff_rules(app)
    assert len(rules) >= 8
    for rule in rules:
        view = app.view_functions[rule.endpoint]
        assert getattr(view, "staff_roles", None), f"{rule.endpoint} has no role guard"


def test_anonymous_users_are_sent_to_the_login_page(app: Flask, client: FlaskClient) -> None:
    booking = create_booking(status=BookingStatus.CONFIRMED)
    db.session.commit()
    token = csrf_token(client, "/staff/login")
    for rule in _staff_rules(app):
        path = _path(rule, booking.reference)
        status = _call(client, rule, path, token)
        assert status == 302, f"{rule.rule} answered {status} to an anonymous user"


@pytest.mark.parametrize("role", list(StaffRole))
def test_each_role_is_refused_everything_it_is_not_granted(
    app: Flask, logged_in: LoggedIn, role: StaffRole
) -> None:
    booking = create_booking(status=BookingStatus.CONFIRMED)
    db.session.commit()
    client = logged_in(role)
    home = "/staff/content" if role is StaffRole.EDITOR else "/staff/bookings"
    token = csrf_token(client, home)
    checked = 0
    for rule in _staff_rules(app):
        roles = app.view_functions[rule.endpoint].staff_roles  # type: ignore[attr-defined]
        if role in roles:
            continue
        status = _call(client, rule, _path(rule, booking.reference), token)
        assert status == 403, f"{role.value} got {status} on {rule.rule}"
        checked += 1
    assert checked > 0 or role is StaffRole.ADMIN


def test_every_state_changing_route_needs_its_csrf_token(app: Flask, logged_in: LoggedIn) -> None:
    booking = create_booking(status=BookingStatus.CONFIRMED)
    db.session.commit()
    client = logged_in(StaffRole.ADMIN)
    posts = [
        rule
        for rule in app.url_map.iter_rules()
        if "POST" in (rule.methods or ()) and rule.endpoint not in CSRF_EXEMPT
    ]
    assert len(posts) >= 10
    for rule in posts:
        path = _path(rule, booking.reference)
        path = re.sub(r"<(?:\w+:)?lang_code>", "en", path)
        path = re.sub(r"<(?:\w+:)?\w+>", "x", path)  # any other argument
        response = client.post(path, data={})
        assert response.status_code == 400, f"{rule.rule} accepted a POST without CSRF token"
    db.session.rollback()
    assert db.session.get(Booking, booking.id).status is BookingStatus.CONFIRMED  # type: ignore[union-attr]


def test_a_link_opens_its_own_booking_only_and_changes_nothing_else(
    app: Flask, client: FlaskClient
) -> None:
    start = utcnow() + timedelta(days=10)
    mine = create_booking(
        status=BookingStatus.CONFIRMED, pickup_at=start, service_ends_at=start + timedelta(hours=1)
    )
    other = create_booking(
        status=BookingStatus.CONFIRMED, pickup_at=start, service_ends_at=start + timedelta(hours=1)
    )
    db.session.commit()
    with app.test_request_context():
        my_token = access.make_token(mine, utcnow())
    page = client.get(f"/en/manage/{my_token}")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert mine.reference in body
    assert other.reference not in body
    token = csrf_token(client, f"/en/manage/{my_token}")
    payload, signature = my_token.rsplit(".", 1)
    for bad in [
        f"{payload}x.{signature}",
        f"{payload}.{signature[::-1]}",
        "PES-" + other.reference,
    ]:
        for method, suffix in (("get", ""), ("post", "/cancel"), ("post", "/pay")):
            response = getattr(client, method)(
                f"/en/manage/{bad}{suffix}", data={"csrf_token": token, "confirm": "y"}
            )
            assert response.status_code == 404, (bad, suffix)
    db.session.rollback()
    for booking in (db.session.get(Booking, mine.id), db.session.get(Booking, other.id)):
        assert booking is not None
        assert booking.status is BookingStatus.CONFIRMED
