"""Flask extensions, created here unbound and bound to the app in `create_app`."""

from __future__ import annotations

from typing import Any

from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import event
from sqlalchemy.engine import Engine

from .models import Base

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
babel = Babel()
csrf = CSRFProtect()
login_manager = LoginManager()
#: Storage: Redis when `REDIS_URL` is set (shared by every instance), else memory.
limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=True)


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
