"""Availability-check and hold latency with 1 k, 100 k and 1 M bookings in the database.

    .venv/bin/python -m bench.scale [--sizes 1000 100000 1000000] [--samples 300]

Bookings are generated in SQL over one year (90 % confirmed with their slot claims, 10 %
cancelled), then the funnel's two inventory operations are timed on random windows:
- availability: the lazy release of overlapping expired holds + the per-class free count;
- hold: take a fresh draft's slots under `SELECT … FOR UPDATE` and commit (then cancel it,
  so every sample sees the same load).
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from bench.common import RULES, bench_database, make_bench_app, percentiles
from pes.extensions import db
from pes.models import Booking, BookingKind, CancelReason
from pes.services import inventory
from pes.services.uow import transaction
from pes.services.windows import Window

START = datetime(2027, 1, 1, tzinfo=UTC)
FLEET = 150  # per class: a year of 1 M bookings peaks well below it

GENERATE = """
INSERT INTO vehicle_classes (code, name, model_examples, descriptions, max_passengers,
                             max_luggage, sort_order, active)
VALUES ('business', 'Business', '', '{}', 3, 3, 1, true),
       ('van', 'Van', '', '{}', 7, 7, 2, true),
       ('first', 'First', '', '{}', 3, 2, 3, true);
INSERT INTO vehicles (vehicle_class_id, plate, model_name, active)
SELECT c.id, 'V' || c.id || '-' || n, '', true
FROM vehicle_classes c CROSS JOIN generate_series(1, :fleet) n;
INSERT INTO slots (vehicle_class_id, starts_at, capacity, taken)
SELECT c.id, ts, :fleet, 0
FROM vehicle_classes c
CROSS JOIN generate_series(:start, :start + interval '367 days', interval '15 minutes') ts;
INSERT INTO bookings (reference, kind, status, cancel_reason, pickup_at, service_ends_at,
    vehicle_class_id, pickup_address, dropoff_address, passengers, luggage, travel_number,
    child_seats, extra_stops, meet_and_greet, sign_text, notes, customer_name, customer_email,
    customer_phone, locale, currency, price_breakdown, total_cents, needs_review, review_note)
SELECT 'PES-' || lpad(to_hex(i), 8, '0'), 'transfer',
       CASE WHEN i % 10 = 0 THEN 'cancelled' ELSE 'confirmed' END,
       CASE WHEN i % 10 = 0 THEN 'customer' END,
       p, p + interval '50 minutes', 1 + i % 3, '', '', 2, 2, '', 0, 0, false, '', '',
       'Customer ' || i, 'customer' || i || '@example.com', '', 'en', 'EUR', '[]', 9500,
       false, ''
FROM generate_series(1, :n) i,
     LATERAL (SELECT date_bin(interval '5 minutes',
                              :start + (i::float8 / :n) * interval '365 days', :start) AS p) t;
ANALYZE slots;
ANALYZE bookings;
INSERT INTO booking_slots (booking_id, slot_id)
SELECT b.id, s.id
FROM bookings b
JOIN slots s ON s.vehicle_class_id = b.vehicle_class_id
  AND s.starts_at >= date_bin(interval '15 minutes', b.pickup_at - interval '15 minutes', :start)
  AND s.starts_at < b.service_ends_at + interval '30 minutes'
WHERE b.status = 'confirmed';
ANALYZE booking_slots;
UPDATE slots SET taken = c.claims
FROM (SELECT slot_id, count(*) AS claims FROM booking_slots GROUP BY slot_id) c
WHERE slots.id = c.slot_id;
"""


def _populate(size: int) -> float:
    started = time.perf_counter()
    params = {"n": size, "start": START, "fleet": FLEET}
    with db.engine.begin() as connection:
        for statement in GENERATE.split(";"):
            if statement.strip():
                step = time.perf_counter()
                connection.execute(text(statement), params)
                label = " ".join(statement.split()[:3])
                print(f"  {label:<28} {time.perf_counter() - step:7.1f} s", flush=True)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    return time.perf_counter() - started


def _measure(samples: int, seed: int) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    availability_times: list[float] = []
    hold_times: list[float] = []
    now = START - timedelta(days=1)
    for index in range(samples):
        pickup = START + timedelta(minutes=5 * rng.randrange(0, 365 * 24 * 12 - 100))
        window = inventory.booking_window(
            Booking(pickup_at=pickup, service_ends_at=pickup + timedelta(minutes=50)), RULES
        )
        started = time.perf_counter()
        with transaction(lock_inventory=True) as session:
            inventory.release_expired_holds(session, now, RULES, window=window)
        options = inventory.availability(
            db.session(), Window(window.start, window.end), RULES, passengers=2
        ).classes
        db.session.rollback()
        availability_times.append(time.perf_counter() - started)
        assert options

        with transaction() as session:
            draft = Booking(
                reference=f"PES-B{seed % 1000:03d}{index:05d}",
                kind=BookingKind.TRANSFER,
                vehicle_class_id=1 + index % 3,
                pickup_at=pickup,
                service_ends_at=pickup + timedelta(minutes=50),
            )
            session.add(draft)
        draft_id = draft.id
        started = time.perf_counter()
        with transaction(lock_inventory=True) as session:
            inventory.hold_booking(session, draft_id, now, RULES, actor="bench")
        hold_times.append(time.perf_counter() - started)
        with transaction(lock_inventory=True) as session:
            inventory.cancel_booking(session, draft_id, CancelReason.CUSTOMER, actor="bench")
    return {"availability": percentiles(availability_times), "hold": percentiles(hold_times)}


def run(size: int, samples: int) -> dict[str, object]:
    with bench_database() as url:
        app = make_bench_app(url)
        with app.app_context():
            populate_s = _populate(size)
            _measure(30, seed=size + 1)  # warm caches and the connection pool
            result = _measure(samples, seed=size)
            db.engine.dispose()
    return {"bookings": size, "populate_s": round(populate_s, 1), **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000, 1_000_000])
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    for size in args.sizes:
        print(run(size, args.samples), flush=True)


if __name__ == "__main__":
    main()
