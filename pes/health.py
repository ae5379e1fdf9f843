"""`/healthz` for load balancers: the database answers and is at the latest migration, and
Redis answers when it is configured. 200 when all is well, 503 with the failing check."""

from __future__ import annotations

import os
from functools import cache

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from werkzeug.wrappers import Response

from .extensions import db
from .security import talisman

bp = Blueprint("health", __name__)
MIGRATIONS = os.path.join(os.path.dirname(os.path.dirname(__file__)), "migrations")


@cache
def migration_heads() -> frozenset[str]:
    return frozenset(ScriptDirectory(MIGRATIONS).get_heads())


def _database() -> str:
    connection = db.session.connection()
    connection.execute(text("SELECT 1"))
    current = frozenset(MigrationContext.configure(connection).get_current_heads())
    if current != migration_heads():
        return f"error: migrations at {sorted(current)}, code expects {sorted(migration_heads())}"
    return "ok"


@bp.get("/healthz")
# Load balancers probe the instances over plain HTTP: no redirect to HTTPS here.
@talisman(force_https=False)  # type: ignore[untyped-decorator]
def healthz() -> tuple[Response, int]:
    checks: dict[str, str] = {}
    try:
        checks["database"] = _database()
    except Exception as exc:
        checks["database"] = f"error: {type(exc).__name__}"
    finally:
        db.session.rollback()
    redis_url = current_app.config.get("PES_REDIS_URL")
    if redis_url:
        from redis import Redis

        try:
            Redis.from_url(redis_url, socket_timeout=1, socket_connect_timeout=1).ping()
            checks["redis"] = "ok"
        except Exception as exc:
            checks["redis"] = f"error: {type(exc).__name__}"
    healthy = all(value == "ok" for value in checks.values())
    return jsonify(status="ok" if healthy else "error", checks=checks), 200 if healthy else 503
