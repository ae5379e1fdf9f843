"""Flask extensions, created here unbound and bound to the app in `create_app`."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

from .models import Base

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
babel = Babel()
csrf = CSRFProtect()
login_manager = LoginManager()
#: Storage: Redis when `REDIS_URL` is set (shared by every instance), else memory.
limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)


def init_db(app: Flask) -> None:
    """Bind `db` to the app. On PostgreSQL, connections default to autocommit: a request
    that only reads sends its SELECTs alone, without a BEGIN and a ROLLBACK around them
    (two round trips fewer; read committed gives each statement its own snapshot either
    way). Every write goes through `uow.transaction()`, which opens a real transaction."""
    options = dict(app.config.get("SQLALCHEMY_ENGINE_OPTIONS", {}))
    if make_url(app.config["SQLALCHEMY_DATABASE_URI"]).get_backend_name() == "postgresql":
        options.setdefault("isolation_level", "AUTOCOMMIT")
    app.config["SQLALCHEMY_ENGINE_OPTIONS"] = options
    db.init_app(app)


@event.listens_for(Engine, "connect")
def _configure_sqlite(dbapi_connection: Any, connection_record: Any) -> None:
    """SQLite: enforce foreign keys, allow readers during writes, wait for the write lock.

    pysqlite's own transaction handling is switched off so that SQLAlchemy emits BEGIN
    itself (see `_begin_sqlite`): reservations need `BEGIN IMMEDIATE` (DESIGN §4).
    """
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


@event.listens_for(Engine, "begin")
def _begin_sqlite(connection: Any) -> None:
    if connection.dialect.name != "sqlite":
        return
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
