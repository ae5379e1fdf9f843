"""Reaching the real PostgreSQL and Redis of the machine.

Locally a missing service skips the tests that need it; in CI (`CI` set) it is a failure,
so the PostgreSQL-only tests (concurrency, exclusion constraints) can never silently skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from psycopg import sql

POSTGRES_ADMIN_URL = os.environ.get(
    "PES_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("PES_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def unavailable(what: str, why: object) -> None:
    message = f"{what} is unreachable ({why})"
    if in_ci():
        pytest.fail(f"{message}: in CI this is a failure, not a skip", pytrace=False)
    pytest.skip(message)


def postgres_reachable() -> str | None:
    """None when reachable, else the reason."""
    try:
        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return str(exc).strip() or type(exc).__name__


def sqlalchemy_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


@contextmanager
def temporary_postgres_database(prefix: str = "pes_test") -> Iterator[str]:
    """A brand-new empty database, dropped afterwards; yields its SQLAlchemy URL."""
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    base, _, _ = POSTGRES_ADMIN_URL.rpartition("/")
    try:
        yield sqlalchemy_url(f"{base}/{name}")
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def redis_reachable() -> str | None:
    from redis import Redis
    from redis.exceptions import RedisError

    try:
        Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
        return None
    except RedisError as exc:
        return str(exc)
