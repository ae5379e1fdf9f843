"""The per-process cache of the catalog and published content (pes/services/site_cache.py).

Two apps on one database stand for two gunicorn instances: each has its own cache, and only
the site version in the database tells one about the other's changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from flask import Flask
from sqlalchemy import event, select

from pes.extensions import db
from pes.models import Place, SiteVersion
from pes.services import catalog, site_cache
from pes.services.uow import transaction
from tests.factories import create_booking
from tests.support.app import make_app


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(site_cache.time, "monotonic", fake)
    return fake


@contextmanager
def counted_queries(app: Flask) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: object) -> None:
        statement = str(args[2])
        if not statement.startswith("BEGIN"):  # SQLite's explicit BEGIN (pes/extensions.py)
            statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def cdg_name(app: Flask) -> str:
    with app.app_context():
        try:
            return next(place.name for place in catalog.list_places("en") if place.code == "CDG")
        finally:
            db.session.remove()


def version() -> int:
    return int(db.session.scalar(select(SiteVersion.version)) or 0)


def test_other_instances_see_a_change_within_the_delay_the_writer_at_once(
    demo: Flask, database_url: str, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(demo.config, "PES_SITE_CACHE_SECONDS", 5)
    other = make_app(database_url)
    other.config["PES_SITE_CACHE_SECONDS"] = 5
    try:
        assert cdg_name(demo) == cdg_name(other) == "Paris Charles de Gaulle Airport (CDG)"

        with counted_queries(other) as statements:
            assert cdg_name(other) == "Paris Charles de Gaulle Airport (CDG)"
        assert statements == []  # within the delay: no query at all

        place = db.session.scalars(select(Place).where(Place.code == "CDG")).one()
        place.names = {**place.names, "en": "Roissy-Charles de Gaulle (CDG)"}
        db.session.commit()

        assert cdg_name(demo) == "Roissy-Charles de Gaulle (CDG)"  # the writer: at once
        assert cdg_name(other) == "Paris Charles de Gaulle Airport (CDG)"  # not yet
        clock.now += 5
        with counted_queries(other) as statements:
            assert cdg_name(other) == "Roissy-Charles de Gaulle (CDG)"
        assert len(statements) == 2  # the version, then the places
        assert "site_version" in statements[0]
    finally:
        with other.app_context():
            db.engine.dispose()


def test_version_goes_up_once_per_transaction_that_changes_the_catalog(demo: Flask) -> None:
    before = version()
    with transaction() as session:
        place = session.scalars(select(Place).where(Place.code == "ORY")).one()
        place.sort_order += 1
        session.flush()
        place.sort_order += 1
    assert version() == before + 1

    with transaction():
        create_booking()  # bookings are not shown by cached pages
    assert version() == before + 1

    def deactivate_then_fail() -> None:
        with transaction() as session:
            place.active = False
            session.flush()
            raise LookupError

    with pytest.raises(LookupError):
        deactivate_then_fail()  # a rolled back change leaves the version as it was …
    assert version() == before + 1
    with transaction():
        place.active = False  # … and the next transaction bumps it again
    assert version() == before + 2
    assert "ORY" not in {option.code for option in catalog.list_places("en")}


def test_zero_seconds_reads_the_version_at_every_lookup(
    demo: Flask, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = make_app(database_url)
    other.config["PES_SITE_CACHE_SECONDS"] = 0
    try:
        assert cdg_name(other) == "Paris Charles de Gaulle Airport (CDG)"
        with counted_queries(other) as statements:
            cdg_name(other)
        assert len(statements) == 1
        assert "site_version" in statements[0]

        place = db.session.scalars(select(Place).where(Place.code == "CDG")).one()
        place.names = {**place.names, "en": "CDG"}
        db.session.commit()
        assert cdg_name(other) == "CDG"
    finally:
        with other.app_context():
            db.engine.dispose()
