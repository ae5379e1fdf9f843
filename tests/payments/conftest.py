"""Payments against the real `stripe` SDK talking to a local fake of Stripe's API."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from pes.demo import load_demo
from pes.extensions import db
from pes.models import Booking
from tests.funnel.conftest import Funnel
from tests.support.app import clean_database, make_app
from tests.support.fake_stripe import DEFAULT_API_KEY, FakeStripe, sign_payload

WEBHOOK_SECRET = "whsec_test_secret_for_the_fake"


@pytest.fixture
def fake_stripe() -> Iterator[FakeStripe]:
    with FakeStripe() as fake:
        yield fake


@pytest.fixture
def stripe_app(database_url: str, fake_stripe: FakeStripe) -> Iterator[Flask]:
    app = make_app(
        database_url,
        stripe_secret_key=DEFAULT_API_KEY,
        stripe_api_base=fake_stripe.url,
        stripe_webhook_secret=WEBHOOK_SECRET,
    )
    with app.app_context():
        clean_database(db.engine)
        load_demo(db.session())
        db.session.commit()
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def stripe_client(stripe_app: Flask) -> FlaskClient:
    return stripe_app.test_client()


def book_until_pay(client: FlaskClient, **details: Any) -> Funnel:
    funnel = Funnel(client)
    assert funnel.route_transfer().status_code == 303
    assert funnel.date().status_code == 303
    assert funnel.vehicle().status_code == 303
    assert funnel.details(**details).status_code == 303
    return funnel


def pay(funnel: Funnel) -> str:
    """Click pay: the checkout session id the customer was sent to."""
    response = funnel.post("pay", {"accept_terms": "y"})
    assert response.status_code == 303, response.get_data(as_text=True)[-500:]
    return str(response.headers["Location"]).rsplit("/", 1)[-1]


def deliver(
    client: FlaskClient, event: dict[str, Any], secret: str = WEBHOOK_SECRET, **kw: Any
) -> Any:
    payload = json.dumps(event).encode()
    header = kw.pop("header", None) or sign_payload(payload, secret, **kw)
    return client.post(
        "/webhooks/stripe",
        data=payload,
        headers={"Stripe-Signature": header, "Content-Type": "application/json"},
    )


def the_booking() -> Booking:
    db.session.rollback()
    return db.session.scalars(select(Booking).order_by(Booking.id)).first()  # type: ignore[return-value]


def shuffled(items: list[Any], seed: int) -> list[Any]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


def old_timestamp() -> int:
    return int(time.time()) - 3600
