"""One Alembic chain creates the whole schema on SQLite and PostgreSQL, and undoes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect
from sqlalchemy.exc import ProgrammingError

from pes.extensions import db
from pes.models import Base
from tests.support.app import make_app
from tests.support.services import postgres_reachable, temporary_postgres_database, unavailable


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    if request.param == "sqlite":
        yield make_app(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
        return
    reason = postgres_reachable()
    if reason:
        unavailable("PostgreSQL", reason)
    with temporary_postgres_database("pes_migrations") as url:
        app = make_app(url)
        yield app
        with app.app_context():
            db.engine.dispose()


def _tables(app: Flask) -> set[str]:
    with app.app_context():
        return set(inspect(db.engine).get_table_names())


def test_upgrade_creates_every_table_and_downgrade_removes_them(fresh_app: Flask) -> None:
    with fresh_app.app_context():
        upgrade()
    assert _tables(fresh_app) >= set(Base.metadata.tables)
    with fresh_app.app_context():
        downgrade(revision="base")
    assert _tables(fresh_app) <= {"alembic_version"}
    with fresh_app.app_context():
        upgrade()
    assert _tables(fresh_app) >= set(Base.metadata.tables)


def test_models_match_migrated_schema(fresh_app: Flask) -> None:
    with fresh_app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_exclusion_constraint_exists_only_on_postgresql(fresh_app: Flask) -> None:
    with fresh_app.app_context():
        upgrade()
        if db.engine.dialect.name != "postgresql":
            return
        with db.engine.connect() as connection:
            definition = connection.exec_driver_sql(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conname = 'ex_vehicle_assignments_no_overlap'"
            ).scalar_one()
    assert "EXCLUDE USING gist" in definition
    assert "tstzrange(starts_at, ends_at" in definition


@pytest.mark.postgres
def test_a_failed_upgrade_leaves_postgresql_as_it_was() -> None:
    """The app's connections are in autocommit (pes/extensions.py); migrations still run in
    one transaction: a migration that fails undoes every earlier one of the same upgrade."""
    reason = postgres_reachable()
    if reason:
        unavailable("PostgreSQL", reason)
    with temporary_postgres_database("pes_migrations") as url:
        app = make_app(url)
        with app.app_context():
            with db.engine.begin() as connection:  # the last migration creates this table
                connection.exec_driver_sql("CREATE TABLE site_version (id integer)")
            with pytest.raises(ProgrammingError, match="site_version"):
                upgrade()
            tables = set(inspect(db.engine).get_table_names())
            db.engine.dispose()
    assert tables == {"site_version"}
