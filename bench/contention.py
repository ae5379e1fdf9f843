"""200 concurrent holds on the last vehicle, and non-conflicting holds per second.

    .venv/bin/python -m bench.contention [--customers 200] [--fleet 1] [--free 400]

Needs the local PostgreSQL (a throw-away database is created and dropped).
"""

from __future__ import annotations

import argparse
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

from bench.common import RULES, bench_database, make_bench_app
from pes.extensions import db
from pes.models import Booking, BookingKind, Vehicle, VehicleClass
from pes.services import inventory
from pes.services.errors import InventoryBusy, Unavailable
from pes.services.inventory_check import verify_inventory
from pes.services.uow import transaction

NOW = datetime(2027, 1, 4, 6, 0, tzinfo=UTC)


def _setup(fleet: int, drafts: list[datetime]) -> list[int]:
    vehicle_class = VehicleClass(code="business", name="Business", max_passengers=3, max_luggage=3)
    db.session.add(vehicle_class)
    db.session.flush()
    for index in range(fleet):
        db.session.add(Vehicle(vehicle_class=vehicle_class, plate=f"BE-{index:03d}-NC"))
    bookings = [
        Booking(
            reference=f"PES-B{index:05d}",
            kind=BookingKind.TRANSFER,
            vehicle_class=vehicle_class,
            pickup_at=pickup,
            service_ends_at=pickup + timedelta(minutes=50),
        )
        for index, pickup in enumerate(drafts)
    ]
    db.session.add_all(bookings)
    db.session.commit()
    return [booking.id for booking in bookings]


def _hold(app: object, booking_id: int, barrier: threading.Barrier | None) -> str:
    with app.app_context():  # type: ignore[attr-defined]
        if barrier is not None:
            barrier.wait(timeout=120)
        try:
            with transaction(lock_inventory=True) as session:
                inventory.hold_booking(session, booking_id, NOW, RULES, actor="bench")
            return "held"
        except Unavailable:
            return "unavailable"
        except InventoryBusy:
            return "busy"
        finally:
            db.session.remove()


def race_for_last_vehicle(customers: int, fleet: int) -> dict[str, object]:
    with bench_database() as url:
        app = make_bench_app(url, pool_size=60, max_overflow=0, pool_timeout=120)
        with app.app_context():
            pickup = NOW + timedelta(days=1)
            pickups = [pickup + timedelta(minutes=index % 4) for index in range(customers)]
            ids = _setup(fleet, pickups)
        barrier = threading.Barrier(customers)
        outcomes: list[str] = [""] * customers

        def work(index: int) -> None:
            outcomes[index] = _hold(app, ids[index], barrier)

        threads = [threading.Thread(target=work, args=(index,)) for index in range(customers)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        with app.app_context():
            problems = verify_inventory(db.session())
            db.engine.dispose()
    return {
        "customers": customers,
        "fleet": fleet,
        "outcomes": dict(Counter(outcomes)),
        "wall_s": round(elapsed, 3),
        "verify_inventory": "clean" if not problems else [str(p) for p in problems],
    }


def non_conflicting_throughput(count: int, workers: int = 4) -> dict[str, object]:
    """Holds on distinct windows (no two share a slot) from `workers` threads."""
    with bench_database() as url:
        app = make_bench_app(url, pool_size=workers, max_overflow=0)
        with app.app_context():
            start = NOW + timedelta(days=1)
            ids = _setup(1, [start + timedelta(hours=2 * index) for index in range(count)])
        chunks = [ids[index::workers] for index in range(workers)]
        outcomes: list[str] = []
        lock = threading.Lock()

        def work(chunk: list[int]) -> None:
            for booking_id in chunk:
                result = _hold(app, booking_id, None)
                with lock:
                    outcomes.append(result)

        threads = [threading.Thread(target=work, args=(chunk,)) for chunk in chunks]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        with app.app_context():
            db.engine.dispose()
    return {
        "holds": count,
        "workers": workers,
        "outcomes": dict(Counter(outcomes)),
        "wall_s": round(elapsed, 3),
        "holds_per_s": round(count / elapsed, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--fleet", type=int, default=1)
    parser.add_argument("--free", type=int, default=400, help="non-conflicting holds")
    args = parser.parse_args()
    print("race:", race_for_last_vehicle(args.customers, args.fleet))
    print("throughput:", non_conflicting_throughput(args.free))


if __name__ == "__main__":
    main()
