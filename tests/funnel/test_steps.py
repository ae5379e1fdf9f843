"""Every funnel step, with and without htmx, in the four languages."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from pes.extensions import db
from pes.models import Booking, BookingSlot, BookingStatus
from tests.funnel.conftest import (
    CSRF,
    Funnel,
    field_errors,
    future_day,
    next_dst_change,
    place_id,
    tour_id,
)

LOCALES = ["en", "fr", "es", "pt"]


def _booking() -> Booking:
    db.session.rollback()
    return db.session.scalars(select(Booking)).one()


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("htmx", [False, True], ids=["plain", "htmx"])
def test_whole_funnel_to_the_hold(
    demo: Flask, client: FlaskClient, locale: str, htmx: bool
) -> None:
    funnel = Funnel(client, locale, htmx)
    steps = [
        ("route", funnel.route_transfer, "date"),
        ("date", funnel.date, "vehicle"),
        ("vehicle", funnel.vehicle, "details"),
        ("details", funnel.details, "pay"),
    ]
    for step, answer, following in steps:
        page = funnel.get(step)
        assert page.status_code == 200
        assert "HX-Request" in page.headers["Vary"]
        html = page.get_data(as_text=True)
        assert html.lstrip().startswith('<section id="step"') is htmx
        assert f'<html lang="{locale}">' in html or htmx
        response = answer()
        if htmx:
            assert response.status_code == 200, field_errors(response)
            assert response.headers["HX-Push-Url"] == f"/{locale}/book/{following}"
        else:
            assert response.status_code == 303, field_errors(response)
            assert response.headers["Location"] == f"/{locale}/book/{following}"
    booking = _booking()
    assert booking.status is BookingStatus.PENDING
    assert booking.locale == locale
    assert booking.customer_phone == "+351912345678"
    assert booking.total_cents > 0
    assert sum(line["amount_cents"] for line in booking.price_breakdown) == booking.total_cents
    pay = funnel.post("pay", {"accept_terms": "y"})
    provider_url = pay.headers["HX-Redirect"] if htmx else pay.headers["Location"]
    assert pay.status_code == (200 if htmx else 303)
    assert "/simulated-pay/cs_sim_" in provider_url
    booking = _booking()
    assert booking.status is BookingStatus.PENDING_PAYMENT
    assert db.session.scalar(select(func.count()).select_from(BookingSlot)) > 0
    # The simulated provider's page; paying there confirms through the webhook code.
    provider_path = provider_url.removeprefix("http://localhost")
    page = client.get(provider_path)
    assert page.status_code == 200
    token = CSRF.search(page.get_data(as_text=True))
    assert token
    paid = client.post(provider_path, data={"csrf_token": token.group(1), "action": "succeed"})
    assert paid.status_code == 303
    assert paid.headers["Location"].endswith(f"/{locale}/book/confirmation")
    booking = _booking()
    assert booking.status is BookingStatus.CONFIRMED
    from pes.models import OutboxEmail

    emails = db.session.scalars(select(OutboxEmail)).all()
    assert [(email.kind, email.recipient) for email in emails] == [
        ("booking_received", "ana.souza@example.com"),
        ("booking_confirmed", "ana.souza@example.com"),
    ]
    assert booking.reference in client.get(f"/{locale}/book/confirmation").get_data(as_text=True)


def test_jumping_ahead_goes_to_the_first_incomplete_step(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client)
    for step in ("date", "vehicle", "details", "pay"):
        response = funnel.get(step)
        assert response.status_code == 303
        assert response.headers["Location"] == "/en/book/route"
    funnel.route_transfer()
    assert funnel.get("details").headers["Location"] == "/en/book/date"
    assert client.get("/en/book/").headers["Location"] == "/en/book/date"


def test_errors_come_back_on_their_field_localized(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client, "fr", htmx=True)
    response = funnel.post(
        "route",
        {
            "kind": "transfer",
            "pickup_place_id": place_id("CDG"),
            "dropoff_place_id": place_id("CDG"),
            "passengers": 2,
            "luggage": 1,
        },
    )
    assert response.status_code == 422
    errors = field_errors(response)
    assert list(errors) == ["dropoff_place_id"]
    assert "différents" in errors["dropoff_place_id"]
    html = response.get_data(as_text=True)
    assert 'aria-describedby="dropoff_place_id-error"' in html
    assert 'aria-invalid="true"' in html
    assert "autofocus" in html
    assert _count_bookings() == 0


def _count_bookings() -> int:
    db.session.rollback()
    return int(db.session.scalar(select(func.count()).select_from(Booking)) or 0)


def test_too_many_passengers_for_any_vehicle(demo: Flask, client: FlaskClient) -> None:
    response = Funnel(client).route_transfer(passengers=9, luggage=1)
    assert response.status_code == 422
    assert "passengers" in field_errors(response)


def test_hourly_hire_respects_min_and_max_hours(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client)
    data = {"kind": "hourly", "pickup_place_id": place_id("PAR"), "passengers": 2, "luggage": 0}
    too_short = funnel.post("route", {**data, "hours": 1})
    assert too_short.status_code == 422
    assert "hours" in field_errors(too_short)
    ok = funnel.post("route", {**data, "hours": 4})
    assert ok.status_code == 303
    assert _booking().hours == 4


def test_tour_booking(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client)
    response = funnel.post(
        "route",
        {
            "kind": "tour",
            "pickup_place_id": place_id("PAR"),
            "tour_id": tour_id(),
            "passengers": 4,
            "luggage": 0,
        },
    )
    assert response.status_code == 303
    funnel.date()
    page = funnel.get("vehicle").get_data(as_text=True)
    # Four passengers do not fit the 3-seat classes: only the van is offered.
    assert page.count('name="vehicle_class_id"') == 1


def test_lead_time_and_horizon(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client)
    funnel.route_transfer()
    today = future_day(0).isoformat()
    too_soon = funnel.date(day=today, clock="00:00")
    assert too_soon.status_code == 422
    assert "pickup_date" in field_errors(too_soon)
    too_far = funnel.date(day=future_day(400).isoformat())
    assert too_far.status_code == 422
    assert "pickup_date" in field_errors(too_far)


def test_nonexistent_spring_time_is_refused(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client)
    funnel.route_transfer()
    response = funnel.date(day=next_dst_change(3).isoformat(), clock="02:30")
    assert response.status_code == 422
    assert "pickup_time" in field_errors(response)


def test_ambiguous_autumn_time_asks_which(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client)
    funnel.route_transfer()
    day = next_dst_change(10).isoformat()
    asked = funnel.date(day=day, clock="02:30")
    assert asked.status_code == 422
    assert 'name="fold"' in asked.get_data(as_text=True)
    first = funnel.date(day=day, clock="02:30", fold="0")
    assert first.status_code == 303
    first_instant = _booking().pickup_at
    funnel.date(day=day, clock="02:30", fold="1")
    second_instant = _booking().pickup_at
    assert first_instant is not None
    assert second_instant is not None
    assert (second_instant - first_instant).total_seconds() == 3600


def test_details_are_validated(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client, "es")
    funnel.route_transfer()
    funnel.date()
    funnel.vehicle()
    response = funnel.details(customer_email="not-an-email", customer_phone="12", child_seats=5)
    assert response.status_code == 422
    errors = field_errors(response)
    assert {"customer_email", "customer_phone", "child_seats"} <= set(errors)
    assert _booking().customer_email == ""


def test_missing_csrf_token_is_refused(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client)
    response = funnel.post(
        "route",
        {
            "kind": "transfer",
            "pickup_place_id": place_id("CDG"),
            "dropoff_place_id": place_id("PAR"),
            "passengers": 1,
            "luggage": 0,
        },
        csrf=False,
    )
    assert response.status_code == 400
    assert "submit the form again" in response.get_data(as_text=True)
    assert _count_bookings() == 0


def test_expired_token_is_explained_in_the_visitors_language(
    demo: Flask, client: FlaskClient
) -> None:
    response = client.post("/es/book/route", data={"csrf_token": "forged", "kind": "transfer"})
    assert response.status_code == 400
    assert "Vuelva a enviar el formulario" in response.get_data(as_text=True)
    assert '<html lang="es">' in response.get_data(as_text=True)
    htmx = client.post(
        "/es/book/route", data={"csrf_token": "forged"}, headers={"HX-Request": "true"}
    )
    assert htmx.status_code == 400
    assert htmx.headers["HX-Refresh"] == "true"


def test_wtforms_messages_are_translated(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client, "fr")
    response = funnel.route_transfer(passengers="beaucoup")
    assert response.status_code == 422
    message = field_errors(response)["passengers"]
    assert "Not a valid" not in message
    assert message


def test_terms_must_be_accepted(demo: Flask, client: FlaskClient) -> None:
    funnel = Funnel(client)
    funnel.route_transfer()
    funnel.date()
    funnel.vehicle()
    funnel.details()
    response = funnel.post("pay", {})
    assert response.status_code == 422
    assert "accept_terms" in field_errors(response)
    assert _booking().status is BookingStatus.PENDING


def test_home_hero_form_enters_the_funnel_prefilled(demo: Flask, client: FlaskClient) -> None:
    home = client.get("/pt/").get_data(as_text=True)
    assert 'action="/pt/book/route"' in home
    token = CSRF.search(home)
    assert token
    day = future_day(15)
    response = client.post(
        "/pt/book/route",
        data={
            "csrf_token": token.group(1),
            "kind": "transfer",
            "pickup_place_id": place_id("ORY"),
            "dropoff_place_id": place_id("PAR"),
            "pickup_date": day.isoformat(),
            "passengers": 3,
            "luggage": 0,
        },
    )
    assert response.status_code == 303
    assert response.headers["Location"] == "/pt/book/date"
    date_page = client.get("/pt/book/date").get_data(as_text=True)
    assert f'value="{day.isoformat()}"' in date_page
    booking = _booking()
    assert booking.passengers == 3
    assert booking.locale == "pt"


def _to_details(funnel: Funnel) -> None:
    assert funnel.route_transfer().status_code == 303
    assert funnel.date(clock="09:00").status_code == 303
    assert funnel.vehicle("first").status_code == 303


def test_return_transfer_is_a_linked_booking_held_with_the_outbound(
    demo: Flask, client: FlaskClient
) -> None:
    funnel = Funnel(client)
    _to_details(funnel)
    response = funnel.details(  # the outbound leaves at 09:00 that day (future_day(30))
        add_return="y", return_date=future_day(30).isoformat(), return_time="08:30"
    )
    assert response.status_code == 422  # 08:30 is before the outbound arrives
    assert "return_date" in field_errors(response)
    later = future_day(34).isoformat()
    response = funnel.details(
        add_return="y", return_date=later, return_time="18:00", return_travel_number="af 1681"
    )
    assert response.status_code == 303, field_errors(response)
    db.session.rollback()
    outbound = db.session.scalars(
        select(Booking).where(Booking.outbound_booking_id.is_(None))
    ).one()
    leg = db.session.scalars(
        select(Booking).where(Booking.outbound_booking_id == outbound.id)
    ).one()
    assert (leg.pickup_place_id, leg.dropoff_place_id) == (
        outbound.dropoff_place_id,
        outbound.pickup_place_id,
    )
    assert leg.travel_number == "AF1681"
    assert leg.vehicle_class_id == outbound.vehicle_class_id
    assert leg.customer_email == outbound.customer_email
    pay_page = funnel.get("pay").get_data(as_text=True)
    assert leg.reference in pay_page
    assert "Total for both journeys" in pay_page
    assert funnel.post("pay", {"accept_terms": "y"}).status_code == 303
    db.session.rollback()
    statuses = set(db.session.scalars(select(Booking.status)))
    assert statuses == {BookingStatus.PENDING_PAYMENT}


def test_both_legs_or_neither(demo: Flask, client: FlaskClient) -> None:
    """If the return leg's vehicle is gone, the outbound is not held either."""
    from pes.models import Vehicle, VehicleClass

    funnel = Funnel(client)
    _to_details(funnel)
    later = future_day(34)
    assert (
        funnel.details(
            add_return="y", return_date=later.isoformat(), return_time="18:00"
        ).status_code
        == 303
    )
    # Someone else takes every First-class car on the evening of the return.
    db.session.rollback()
    first = db.session.scalars(select(VehicleClass).where(VehicleClass.code == "first")).one()
    cars = db.session.scalars(select(Vehicle.id).where(Vehicle.vehicle_class_id == first.id)).all()
    for number, _ in enumerate(cars):
        rival = Funnel(demo.test_client())
        assert rival.route_transfer("PAR", "CDG").status_code == 303
        assert rival.date(day=later.isoformat(), clock="18:00").status_code == 303
        assert rival.vehicle("first").status_code == 303
        assert rival.details(customer_email=f"rival{number}@example.com").status_code == 303
        assert rival.post("pay", {"accept_terms": "y"}).status_code == 303
    response = funnel.post("pay", {"accept_terms": "y"})
    assert response.status_code == 409
    db.session.rollback()
    mine = db.session.scalars(
        select(Booking).where(Booking.customer_email == "ana.souza@example.com")
    ).all()
    assert len(mine) == 2
    assert {booking.status for booking in mine} == {BookingStatus.PENDING}
    assert (
        db.session.scalar(
            select(func.count())
            .select_from(BookingSlot)
            .where(BookingSlot.booking_id.in_([booking.id for booking in mine]))
        )
        == 0
    )
