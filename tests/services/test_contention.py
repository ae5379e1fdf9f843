"""Many customers want the last vehicles at once: exactly the fleet size get it.

Real concurrent connections released together by a barrier — threads and separate
processes on PostgreSQL (row locks), threads on SQLite (BEGIN IMMEDIATE).
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from pes.extensions import db
from pes.models import Slot
from pes.services.inventory_check import verify_inventory
from tests.factories import create_draft, create_fleet
from tests.services.inventory_helpers import NOW
from tests.support.contention import run_processes, run_threads

FLEET = 3
CUSTOMERS = 24
PROCESSES = 8  # each is a whole interpreter: keep it within 2 cores and 24 GiB


def _overlapping_drafts(count: int) -> list[int]:
    fleet = create_fleet(size=FLEET)
    pickup = NOW + timedelta(days=3)
    # Staggered pickups, all overlapping the 10:00–11:00 core of the first one.
    drafts = [
        create_draft(fleet, pickup + timedelta(minutes=5 * (index % 6)), timedelta(hours=1))
        for index in range(count)
    ]
    db.session.commit()
    return [draft.id for draft in drafts]


def _assert_exactly_fleet_size_won(outcomes: list[str]) -> None:
    counts = Counter(outcomes)
    assert counts == {"held": FLEET, "unavailable": CUSTOMERS - FLEET}, counts
    db.session.rollback()  # see what the workers committed, not an older snapshot
    assert verify_inventory(db.session()) == []
    assert max(db.session.scalars(select(Slot.taken))) == FLEET


@pytest.mark.postgres
def test_threads_on_postgresql(pg_app: Flask, postgres_url: str) -> None:
    ids = _overlapping_drafts(CUSTOMERS)
    _assert_exactly_fleet_size_won(run_threads(postgres_url, ids))


@pytest.mark.postgres
@pytest.mark.slow
def test_processes_on_postgresql(pg_app: Flask, postgres_url: str) -> None:
    ids = _overlapping_drafts(PROCESSES)
    outcomes = run_processes(postgres_url, ids)
    counts = Counter(outcomes)
    assert counts == {"held": FLEET, "unavailable": PROCESSES - FLEET}, counts
    db.session.rollback()
    assert verify_inventory(db.session()) == []
    assert max(db.session.scalars(select(Slot.taken))) == FLEET


def test_threads_on_sqlite(sqlite_app: Flask, sqlite_url: str) -> None:
    ids = _overlapping_drafts(CUSTOMERS)
    _assert_exactly_fleet_size_won(run_threads(sqlite_url, ids))


@pytest.mark.postgres
def test_a_held_lock_times_out_into_a_busy_error(pg_app: Flask, postgres_url: str) -> None:
    """A transaction stuck on the slot rows (say a long report) makes the hold give up
    after the lock timeout with the domain error, not hang or fail with a 500."""
    import psycopg

    from tests.services.inventory_helpers import try_hold

    ids = _overlapping_drafts(2)
    assert try_hold(ids[0]) == "held"
    plain_url = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain_url) as blocker:
        blocker.execute("SELECT id FROM slots FOR UPDATE")
        assert try_hold(ids[1]) == "busy"
        blocker.rollback()
    assert try_hold(ids[1]) == "held"
    db.session.rollback()
    assert verify_inventory(db.session()) == []
