"""Generated and hostile values posted to every step: never a 5xx, always a field error
(or a clean refusal), and nothing written beyond the draft."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from pes.extensions import db, limiter
from pes.models import AuditEntry, Booking, BookingSlot, BookingStatus, Slot
from tests.funnel.conftest import Funnel

HOSTILE_TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            " ",
            "0",
            "-1",
            "-999999999999",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            '"; DROP TABLE bookings; --',
            "2027-02-30",
            "2027-13-01",
            "24:61",
            "９",
            "٣",
            "\x00",
            "𝟘",
            "Ωmega",
            "../../etc",
            "None",
            "null",
            "[]",
            "{}",
            "1; 2",
            "+33 6",
            "a@b",
            "@@",
            "x" * 5000,
        ]
    ),
)
FIELDS = {
    "route": [
        "kind",
        "pickup_place_id",
        "dropoff_place_id",
        "hours",
        "tour_id",
        "passengers",
        "luggage",
        "pickup_date",
    ],
    "date": ["pickup_date", "pickup_time", "fold"],
    "vehicle": ["vehicle_class_id"],
    "details": [
        "customer_name",
        "customer_email",
        "customer_phone",
        "travel_number",
        "child_seats",
        "meet_and_greet",
        "sign_text",
        "notes",
    ],
    "pay": ["accept_terms"],
}
SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _ready_for(funnel: Funnel, step: str) -> None:
    """Complete the steps before `step` with valid answers."""
    order = ["route", "date", "vehicle", "details", "pay"]
    answers = {
        "route": funnel.route_transfer,
        "date": funnel.date,
        "vehicle": funnel.vehicle,
        "details": funnel.details,
    }
    for earlier in order[: order.index(step)]:
        assert answers[earlier]().status_code == 303


def _snapshot() -> tuple[int, int, int, int]:
    db.session.rollback()
    count = lambda model: int(db.session.scalar(select(func.count()).select_from(model)) or 0)  # noqa: E731
    taken = int(db.session.scalar(select(func.coalesce(func.sum(Slot.taken), 0))) or 0)
    return count(Booking), count(BookingSlot), count(AuditEntry), taken


def _check_step(
    demo: Flask, client: FlaskClient, step: str, data: dict[str, Any], htmx: bool
) -> None:
    funnel = Funnel(client, htmx=htmx)
    before = _snapshot()
    response = funnel.post(step, data)
    assert response.status_code < 500, response.get_data(as_text=True)[-2000:]
    assert response.status_code in (200, 303, 400, 409, 422)
    after = _snapshot()
    if response.status_code not in (200, 303):
        # Refused: nothing changed at all.
        assert after == before
    elif step == "pay":
        held = db.session.scalars(select(Booking.status)).all()
        assert all(
            status in (BookingStatus.PENDING, BookingStatus.PENDING_PAYMENT) for status in held
        )
    else:
        # Accepted: at most the draft itself was created; no inventory touched.
        assert after[0] - before[0] <= 1
        assert after[1:] == before[1:]
    html = response.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html


def _values(step: str) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional={name: HOSTILE_TEXT for name in FIELDS[step]})


@SETTINGS
@given(data=_values("route"), htmx=st.booleans())
def test_route_step(demo: Flask, client: FlaskClient, data: dict[str, Any], htmx: bool) -> None:
    client = demo.test_client()  # a new visitor for each example
    _check_step(demo, client, "route", data, htmx)


@SETTINGS
@given(data=_values("date"), htmx=st.booleans())
def test_date_step(demo: Flask, client: FlaskClient, data: dict[str, Any], htmx: bool) -> None:
    client = demo.test_client()  # a new visitor for each example
    _ready_for(Funnel(client), "date")
    _check_step(demo, client, "date", data, htmx)


@SETTINGS
@given(data=_values("vehicle"), htmx=st.booleans())
def test_vehicle_step(demo: Flask, client: FlaskClient, data: dict[str, Any], htmx: bool) -> None:
    client = demo.test_client()  # a new visitor for each example
    _ready_for(Funnel(client), "vehicle")
    _check_step(demo, client, "vehicle", data, htmx)


@SETTINGS
@given(data=_values("details"), htmx=st.booleans())
def test_details_step(demo: Flask, client: FlaskClient, data: dict[str, Any], htmx: bool) -> None:
    client = demo.test_client()  # a new visitor for each example
    _ready_for(Funnel(client), "details")
    _check_step(demo, client, "details", data, htmx)


@SETTINGS
@given(data=_values("pay"), htmx=st.booleans())
def test_pay_step(demo: Flask, client: FlaskClient, data: dict[str, Any], htmx: bool) -> None:
    limiter.reset()  # many examples in one test: this is not about the rate limit
    client = demo.test_client()  # a new visitor for each example
    _ready_for(Funnel(client), "pay")
    _check_step(demo, client, "pay", data, htmx)


@SETTINGS
@given(step=st.sampled_from(list(FIELDS)), token=HOSTILE_TEXT)
def test_wrong_csrf_token_is_refused(
    demo: Flask, client: FlaskClient, step: str, token: str
) -> None:
    limiter.reset()
    client = demo.test_client()  # a new visitor for each example
    funnel = Funnel(client)
    if step != "route":
        _ready_for(funnel, step)
    before = _snapshot()
    response = funnel.post(step, {"csrf_token": token, "accept_terms": "y"}, csrf=False)
    assert response.status_code in (400, 422)
    assert _snapshot() == before
