"""Faults against real services: Redis stops in the middle of a booking, PostgreSQL drops
every connection, migrations lag behind the code, a client goes over a rate limit."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
from flask import Flask
from redis import Redis
from rq import Queue, SimpleWorker
from sqlalchemy import select, text

from pes.demo import load_demo
from pes.extensions import db, limiter
from pes.models import Booking, BookingStatus, OutboxEmail, OutboxStatus, utcnow
from pes.services.email import relay
from tests.funnel.conftest import CSRF, Funnel
from tests.support.app import clean_database, make_app, upgrade_to_head
from tests.support.http import free_port
from tests.support.services import unavailable


class PrivateRedis:
    """A redis-server of this test only (stopping it disturbs nobody else)."""

    def __init__(self, directory: Path) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            unavailable("redis-server", "not installed")
        self.binary = str(binary)
        self.port = free_port()
        self.directory = directory
        self.process: subprocess.Popen[bytes] | None = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if Redis.from_url(self.url).ping():
                    return
            except Exception:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    server = PrivateRedis(tmp_path)
    server.start()
    yield server
    server.stop()


def _pay(funnel: Funnel) -> None:
    assert funnel.route_transfer().status_code == 303
    assert funnel.date().status_code == 303
    assert funnel.vehicle().status_code == 303
    assert funnel.details().status_code == 303
    provider = funnel.post("pay", {"accept_terms": "y"}).headers["Location"]
    page = funnel.client.get(provider)
    token = CSRF.search(page.get_data(as_text=True))
    assert token
    paid = funnel.client.post(provider, data={"csrf_token": token.group(1), "action": "succeed"})
    assert paid.status_code == 303


def test_redis_stopping_mid_booking_loses_no_email(
    database_url: str, private_redis: PrivateRedis, tmp_path: Path
) -> None:
    app = make_app(
        database_url,
        redis_url=private_redis.url,
        email_backend="file",
        extra={"PES_EMAIL_DIR": None},
    )
    app.config["PES_EMAIL"] = app.config["PES_EMAIL"].__class__(file_dir=str(tmp_path / "mail"))
    with app.app_context():
        clean_database(db.engine)
        load_demo(db.session())
        db.session.commit()
        client = app.test_client()
        funnel = Funnel(client)
        assert funnel.route_transfer().status_code == 303
        private_redis.stop()  # Redis goes away in the middle of the booking
        assert client.get("/healthz").status_code == 503
        assert funnel.date().status_code == 303
        assert funnel.vehicle().status_code == 303
        assert funnel.details().status_code == 303
        provider = funnel.post("pay", {"accept_terms": "y"}).headers["Location"]
        token = CSRF.search(client.get(provider).get_data(as_text=True))
        assert token
        paid = client.post(provider, data={"csrf_token": token.group(1), "action": "succeed"})
        assert paid.status_code == 303  # the customer saw no error
        db.session.rollback()
        booking = db.session.scalars(select(Booking)).one()
        assert booking.status is BookingStatus.CONFIRMED
        rows = db.session.scalars(select(OutboxEmail)).all()
        assert {row.kind for row in rows} == {"booking_received", "booking_confirmed"}
        assert all(row.status is OutboxStatus.PENDING for row in rows)

        private_redis.start()  # back
        assert client.get("/healthz").status_code == 200
        assert relay(utcnow() + timedelta(minutes=5)) == 2
        connection = Redis.from_url(private_redis.url)
        SimpleWorker([Queue("emails", connection=connection)], connection=connection).work(
            burst=True
        )
        db.session.rollback()
        assert {row.status for row in db.session.scalars(select(OutboxEmail))} == {
            OutboxStatus.SENT
        }
        assert len(os.listdir(tmp_path / "mail")) == 2
        db.session.remove()
        db.engine.dispose()
    make_app(database_url)  # the rate limiter (one object) back on memory storage


def test_the_pool_recovers_when_postgresql_drops_every_connection(
    pg_app: Flask,
) -> None:
    load_demo(db.session())
    db.session.commit()
    client = pg_app.test_client()
    assert client.get("/en/").status_code == 200
    db.session.remove()  # between requests: the connection waits in the pool
    name = db.engine.url.database
    with psycopg.connect(str(db.engine.url.set(drivername="postgresql")), autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        ).fetchone()
    assert killed is not None
    assert killed[0] >= 1  # the app's pooled connection was among them
    response = client.get("/en/")  # what a PostgreSQL restart looks like to the pool
    assert response.status_code == 200
    assert client.get("/healthz").status_code == 200


def test_health_fails_while_the_database_lags_behind_the_code(tmp_path: Path) -> None:
    app = make_app(f"sqlite:///{tmp_path / 'lag.sqlite3'}")
    upgrade_to_head(app)
    with app.app_context():
        client = app.test_client()
        assert client.get("/healthz").status_code == 200
        db.session.execute(text("UPDATE alembic_version SET version_num = 'e786db4fed29'"))
        db.session.commit()
        response = client.get("/healthz")
        assert response.status_code == 503
        assert "migrations at" in response.get_json()["checks"]["database"]
        db.session.remove()
        db.engine.dispose()


def test_over_the_limit_a_localized_429_page_and_partial(demo: Flask) -> None:
    limiter.reset()
    client = demo.test_client()
    funnel = Funnel(client, locale="fr")
    assert funnel.route_transfer().status_code == 303
    assert funnel.date().status_code == 303
    assert funnel.vehicle().status_code == 303
    assert funnel.details().status_code == 303
    token = CSRF.search(client.get("/fr/book/pay").get_data(as_text=True))
    assert token
    statuses = [
        client.post("/fr/book/pay", data={"csrf_token": token.group(1)}).status_code
        for _ in range(10)
    ]
    assert 429 not in statuses
    page = client.post("/fr/book/pay", data={"csrf_token": token.group(1)})
    assert page.status_code == 429
    assert '<html lang="fr">' in page.get_data(as_text=True)
    assert "Retry-After" in page.headers
    partial = client.post(
        "/fr/book/pay", data={"csrf_token": token.group(1)}, headers={"HX-Request": "true"}
    )
    assert partial.status_code == 429
    assert partial.get_data(as_text=True).startswith("<p role='alert'>")
