"""Email tests: a real SMTP server (aiosmtpd), the real Redis and RQ, the demo catalog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from redis import Redis
from sqlalchemy import select

from pes.config import EmailSettings
from pes.demo import load_demo
from pes.extensions import db
from pes.models import (
    Booking,
    BookingStatus,
    OutboxEmail,
)
from tests.factories import create_priced_transfer
from tests.support.app import clean_database, make_app
from tests.support.smtp import Mailbox, smtp_server

AppFactory = Callable[..., Flask]


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    with smtp_server() as box:
        yield box


def email_settings(mailbox: Mailbox, **values: Any) -> EmailSettings:
    fields: dict[str, Any] = {
        "smtp_host": mailbox.host,
        "smtp_port": mailbox.port,
        "smtp_security": "none",
        "max_attempts": 3,
        "retry_seconds": 0,  # due again at once: the tests move the relay's clock instead
        "lease_seconds": 300,
    }
    fields.update(values)
    return EmailSettings(**fields)


@pytest.fixture
def make_mail_app(database_url: str, mailbox: Mailbox) -> Iterator[AppFactory]:
    """Apps on the test database sending to `mailbox`; the first one empties the data and
    loads the demo catalog. Each app's context is pushed until the test ends."""
    contexts: list[Any] = []

    def factory(redis_url: str | None = None, backend: str = "smtp", **email: Any) -> Flask:
        app = make_app(
            database_url,
            redis_url=redis_url,
            email_backend=backend,
            email=email_settings(mailbox, **email),
            base_url="https://www.pariselite.example",
        )
        context = app.app_context()
        context.push()
        if not contexts:
            clean_database(db.engine)
            load_demo(db.session())
            db.session.commit()
        contexts.append(context)
        return app

    yield factory
    for context in reversed(contexts):
        db.session.remove()
        db.engine.dispose()
        context.pop()


@pytest.fixture
def redis_connection(redis_url: str) -> Redis:
    connection = Redis.from_url(redis_url)
    connection.flushdb()  # the test Redis database (15) holds nothing else
    return connection


PICKUP = datetime(2027, 7, 14, 8, 30, tzinfo=UTC)  # 10:30 in Paris (summer time)


def make_booking(
    status: BookingStatus = BookingStatus.CONFIRMED, locale: str = "en", **values: Any
) -> Booking:
    """A priced CDG → Paris transfer of Ana Souza's, committed."""
    fields: dict[str, Any] = {
        "reference": "PES-7K3M9Q",
        "status": status,
        "pickup_at": PICKUP,
        "travel_number": "AF1234",
        "customer_name": "Ana Souza",
        "customer_email": "ana.souza@example.com",
        "customer_phone": "+351912345678",
        "locale": locale,
        "hold_expires_at": datetime.now(UTC) + timedelta(minutes=30),
        "confirmed_at": datetime(2027, 6, 1, tzinfo=UTC),
    }
    fields.update(values)
    return create_priced_transfer(**fields)


def outbox_rows() -> list[OutboxEmail]:
    db.session.rollback()  # a fresh snapshot
    return list(db.session.scalars(select(OutboxEmail).order_by(OutboxEmail.id)))
