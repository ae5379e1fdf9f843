"""Funnel fixtures: the demo catalog, and a client that fills each step like a browser."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from pes.extensions import db
from pes.i18n import PARIS
from pes.models import Place, Tour, VehicleClass

CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


class Funnel:
    """Walks the funnel through HTTP like a browser: GET the step, POST its form."""

    def __init__(self, client: FlaskClient, locale: str = "en", htmx: bool = False) -> None:
        self.client = client
        self.locale = locale
        self.htmx = htmx

    def url(self, step: str) -> str:
        return f"/{self.locale}/book/{step}"

    def headers(self) -> dict[str, str]:
        return {"HX-Request": "true"} if self.htmx else {}

    def get(self, step: str) -> TestResponse:
        return self.client.get(self.url(step), headers=self.headers())

    def post(self, step: str, data: dict[str, Any], csrf: bool = True) -> TestResponse:
        form = dict(data)
        if csrf:
            page = self.client.get(self.url(step))
            match = CSRF.search(page.get_data(as_text=True))
            assert match, f"no CSRF token on {step}: {page.status_code}"
            form["csrf_token"] = match.group(1)
        return self.client.post(self.url(step), data=form, headers=self.headers())

    # Typical answers, reused by many tests.
    def route_transfer(
        self, origin: str = "CDG", destination: str = "PAR", **extra: Any
    ) -> TestResponse:
        data = {
            "kind": "transfer",
            "pickup_place_id": place_id(origin),
            "dropoff_place_id": place_id(destination),
            "passengers": 2,
            "luggage": 2,
            **extra,
        }
        return self.post("route", data)

    def date(self, day: str | None = None, clock: str = "09:30", **extra: Any) -> TestResponse:
        day = day or future_day(30).isoformat()
        return self.post("date", {"pickup_date": day, "pickup_time": clock, **extra})

    def vehicle(self, code: str = "business") -> TestResponse:
        return self.post("vehicle", {"vehicle_class_id": class_id(code)})

    def details(self, **extra: Any) -> TestResponse:
        data = {
            "customer_name": "Ana Souza",
            "customer_email": "ana.souza@example.com",
            "customer_phone": "+351 912 345 678",
            **extra,
        }
        return self.post("details", data)


def future_day(days: int) -> date:
    return datetime.now(PARIS).date() + timedelta(days=days)


def next_dst_change(month: int) -> date:
    """The next last Sunday of `month` (3: clocks go forward, 10: back) at least a day away."""
    today = datetime.now(PARIS).date() + timedelta(days=1)
    for year in (today.year, today.year + 1):
        last = date(year, month, 31)
        change = last - timedelta(days=(last.weekday() + 1) % 7)
        if change >= today:
            return change
    raise AssertionError("unreachable")


def place_id(code: str) -> int:
    return db.session.scalars(select(Place.id).where(Place.code == code)).one()


def class_id(code: str) -> int:
    return db.session.scalars(select(VehicleClass.id).where(VehicleClass.code == code)).one()


def tour_id(slug: str | None = None) -> int:
    query = select(Tour.id).order_by(Tour.sort_order)
    if slug:
        query = query.where(Tour.slug == slug)
    return db.session.scalars(query).first()  # type: ignore[return-value]


def field_errors(response: TestResponse) -> dict[str, str]:
    html = response.get_data(as_text=True)
    return dict(re.findall(r'<p class="field-error" id="([\w-]+)-error">([^<]+)</p>', html))
