"""Fixtures: a migrated database per engine and session, emptied before each test.

`PES_TEST_ENGINE=sqlite` runs the engine-agnostic tests on SQLite; the default is the real
PostgreSQL when reachable (SQLite otherwise, locally). Tests marked `postgres` always use
PostgreSQL and fail in CI when it is unreachable.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner

from pes.extensions import db
from pes.services import site_cache
from tests.support.app import clean_database, make_app, upgrade_to_head
from tests.support.services import (
    postgres_reachable,
    redis_reachable,
    temporary_postgres_database,
    unavailable,
)


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> None:
    """Each test starts with empty rate-limit counters (the limiter is one object)."""
    from pes.extensions import limiter

    if limiter.initialized:
        limiter.reset()
        # After a Redis outage the limiter counts in its in-memory fallback for a while.
        fallback = getattr(limiter, "_fallback_storage", None)
        if fallback is not None:
            fallback.reset()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A migrated PostgreSQL database for this test session."""
    reason = postgres_reachable()
    if reason:
        unavailable("PostgreSQL", reason)
    with temporary_postgres_database() as url:
        upgrade_to_head(make_app(url))
        yield url


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("sqlite") / "pes.sqlite3"
    url = f"sqlite:///{path}"
    upgrade_to_head(make_app(url))
    return url


@pytest.fixture(scope="session")
def redis_url() -> str:
    from tests.support.services import REDIS_URL

    reason = redis_reachable()
    if reason:
        unavailable("Redis", reason)
    return REDIS_URL


def _engine_choice() -> str:
    choice = os.environ.get("PES_TEST_ENGINE", "")
    if choice:
        return choice
    return "postgresql" if postgres_reachable() is None else "sqlite"


@pytest.fixture(scope="session")
def database_url(request: pytest.FixtureRequest) -> str:
    """The engine the general tests run on."""
    fixture = "postgres_url" if _engine_choice() == "postgresql" else "sqlite_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture(scope="session")
def _session_app(database_url: str) -> Flask:
    return make_app(database_url)


@pytest.fixture
def app(_session_app: Flask) -> Iterator[Flask]:
    with _session_app.app_context():
        clean_database(db.engine)
        site_cache.clear()  # the shared app's cache holds the last test's catalog
        yield _session_app
        db.session.remove()


@pytest.fixture
def demo(app: Flask) -> Flask:
    """The app with the demo catalog, fleet, tours and pages loaded."""
    from pes.demo import load_demo

    load_demo(db.session())
    db.session.commit()
    return app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def pg_app(postgres_url: str) -> Iterator[Flask]:
    """An app on PostgreSQL whatever the general engine is (tests marked `postgres`)."""
    app = make_app(postgres_url)
    with app.app_context():
        clean_database(db.engine)
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def sqlite_app(sqlite_url: str) -> Iterator[Flask]:
    """An app on SQLite (the embedded default) whatever the general engine is."""
    app = make_app(sqlite_url)
    with app.app_context():
        clean_database(db.engine)
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(params=["postgresql", "sqlite"])
def any_engine_app(request: pytest.FixtureRequest) -> Flask:
    """Runs the test once on PostgreSQL and once on SQLite (DESIGN §4: same invariants)."""
    app: Flask = request.getfixturevalue(
        "pg_app" if request.param == "postgresql" else "sqlite_app"
    )
    return app
