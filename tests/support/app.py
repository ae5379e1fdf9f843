"""Building test apps on a migrated database and cleaning it between tests."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import Engine, text

from pes import create_app
from pes.config import load_settings
from pes.models import Base

TEST_SECRET = "test-secret-key-not-used-anywhere-else"


def make_app(database_url: str, **overrides: Any) -> Flask:
    settings = load_settings(
        env={},
        **{"database_url": database_url, "secret_key": TEST_SECRET, "testing": True, **overrides},
    )
    return create_app(settings)


def upgrade_to_head(app: Flask) -> None:
    from flask_migrate import upgrade

    with app.app_context():
        upgrade()


def clean_database(engine: Engine) -> None:
    """Empty every table (keeping the schema and `alembic_version`)."""
    tables = [table.name for table in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{name}"' for name in tables)
            connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for name in tables:
                connection.execute(text(f'DELETE FROM "{name}"'))
