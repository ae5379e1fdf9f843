"""Workers for the contention tests: each holds one booking in its own connection, after
all of them have reached a barrier. Importable so that spawned processes can run it."""

from __future__ import annotations

import threading
from typing import Any

from tests.support.app import make_app


def hold_after_barrier(database_url: str, booking_id: int, barrier: Any) -> str:
    """In a process of its own: build an app (its own engine), wait, hold."""
    from pes.extensions import db

    app = make_app(database_url)
    try:
        return _hold_in(app, booking_id, barrier)
    finally:
        with app.app_context():
            db.engine.dispose()


def _hold_in(app: Any, booking_id: int, barrier: Any) -> str:
    """One customer: its own app context, session and connection; the outcome as a word."""
    from pes.extensions import db
    from tests.services.inventory_helpers import try_hold

    with app.app_context():
        try:
            db.session.execute(db.select(1))  # connect before the race starts
            db.session.rollback()
            barrier.wait(timeout=120)
            return try_hold(booking_id)
        except Exception as exc:
            return f"error: {type(exc).__name__}: {exc}"
        finally:
            db.session.remove()


def run_threads(database_url: str, booking_ids: list[int]) -> list[str]:
    """One app — one engine, a pooled connection per thread — as in a threaded server."""
    from pes.extensions import db

    size = len(booking_ids)
    app = make_app(
        database_url,
        extra={"SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": size, "max_overflow": 0}},
    )
    barrier = threading.Barrier(size)
    outcomes: list[str] = [""] * size

    def work(index: int, booking_id: int) -> None:
        outcomes[index] = _hold_in(app, booking_id, barrier)

    threads = [
        threading.Thread(target=work, args=(index, booking_id))
        for index, booking_id in enumerate(booking_ids)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    with app.app_context():
        db.engine.dispose()
    return outcomes


def _process_main(database_url: str, booking_id: int, barrier: Any, results: Any) -> None:
    results.put((booking_id, hold_after_barrier(database_url, booking_id, barrier)))


def run_processes(database_url: str, booking_ids: list[int]) -> list[str]:
    """One spawned process per booking (its own interpreter, engine and connection)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(booking_ids))
    results = context.Queue()
    processes = [
        context.Process(target=_process_main, args=(database_url, booking_id, barrier, results))
        for booking_id in booking_ids
    ]
    for process in processes:
        process.start()
    outcomes = dict(results.get(timeout=180) for _ in processes)
    for process in processes:
        process.join(timeout=60)
    return [outcomes[booking_id] for booking_id in booking_ids]
