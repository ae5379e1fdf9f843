"""Two gunicorn instances on one PostgreSQL, hammered through the real pay (hold) endpoint:
exactly the fleet size of customers get the vehicle, the others a clear 409, no 5xx."""

from __future__ import annotations

import threading
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from pes.demo import load_demo
from pes.extensions import db
from pes.models import Booking, BookingStatus, Place, Vehicle, VehicleClass
from pes.services.inventory_check import verify_inventory
from tests.funnel.conftest import future_day
from tests.support.http import ROOT, Browser, free_port, running_server

CUSTOMERS = 12


@pytest.mark.postgres
@pytest.mark.slow
def test_two_gunicorn_instances_never_double_book(
    pg_app: Flask, postgres_url: str, tmp_path: Path
) -> None:
    load_demo(db.session())
    db.session.commit()
    first = db.session.scalars(select(VehicleClass).where(VehicleClass.code == "first")).one()
    fleet = db.session.scalar(
        select(func.count()).select_from(Vehicle).where(Vehicle.vehicle_class_id == first.id)
    )
    places = {p.code: p.id for p in db.session.scalars(select(Place))}
    db.session.rollback()

    env = {"DATABASE_URL": postgres_url, "PES_SECRET_KEY": "shared-by-every-instance"}
    ports = [free_port(), free_port()]
    with ExitStack() as stack:
        for index, port in enumerate(ports):
            stack.enter_context(
                running_server(
                    [
                        str(ROOT / ".venv/bin/gunicorn"),
                        "-w",
                        "2",
                        "-b",
                        f"127.0.0.1:{port}",
                        "wsgi:app",
                    ],
                    env,
                    f"http://127.0.0.1:{port}/healthz",
                    tmp_path / f"gunicorn-{index}.log",
                )
            )
        bases = [f"http://127.0.0.1:{port}/en/book" for port in ports]
        browsers = [Browser() for _ in range(CUSTOMERS)]
        day = future_day(20).isoformat()
        for number, browser in enumerate(browsers):
            # Each customer's requests alternate between the two instances.
            answers = [
                (
                    "route",
                    {
                        "kind": "transfer",
                        "pickup_place_id": places["CDG"],
                        "dropoff_place_id": places["PAR"],
                        "passengers": 2,
                        "luggage": 1,
                    },
                ),
                ("date", {"pickup_date": day, "pickup_time": f"10:{number % 4 * 5:02d}"}),
                ("vehicle", {"vehicle_class_id": first.id}),
                (
                    "details",
                    {
                        "customer_name": f"Customer {number}",
                        "customer_email": f"c{number}@example.com",
                        "customer_phone": "+33 6 12 34 56 78",
                    },
                ),
            ]
            for step_index, (step, data) in enumerate(answers):
                base = bases[(number + step_index) % 2]
                status, body, _ = browser.submit(f"{base}/{step}", data)
                assert status == 303, (step, status, body[-500:])

        barrier = threading.Barrier(CUSTOMERS)
        statuses: list[int] = [0] * CUSTOMERS

        def pay(number: int) -> None:
            base = bases[number % 2]
            _, page, _ = browsers[number].request(f"{base}/pay")
            from tests.support.http import CSRF

            token = CSRF.search(page).group(1)  # type: ignore[union-attr]
            barrier.wait(timeout=60)
            statuses[number], _, _ = browsers[number].request(
                f"{base}/pay", {"accept_terms": "y", "csrf_token": token}
            )

        threads = [threading.Thread(target=pay, args=(n,)) for n in range(CUSTOMERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)

    assert Counter(statuses) == {303: fleet, 409: CUSTOMERS - fleet}, statuses
    db.session.rollback()
    held = db.session.scalar(
        select(func.count())
        .select_from(Booking)
        .where(Booking.status == BookingStatus.PENDING_PAYMENT)
    )
    assert held == fleet
    assert verify_inventory(db.session()) == []
