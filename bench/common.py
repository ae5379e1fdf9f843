"""Shared set-up for the benchmark scripts: a throw-away migrated PostgreSQL database."""

from __future__ import annotations

import os
import statistics
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import psycopg
from flask import Flask
from psycopg import sql

from pes import create_app
from pes.config import load_settings
from pes.services.windows import InventoryRules

ADMIN_URL = os.environ.get("PES_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
RULES = InventoryRules(
    slot_minutes=15,
    buffer_before=timedelta(minutes=15),
    buffer_after=timedelta(minutes=30),
    hold=timedelta(minutes=30),
)


@contextmanager
def bench_database() -> Iterator[str]:
    name = f"pes_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    base = ADMIN_URL.rpartition("/")[0]
    url = f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield url
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def make_bench_app(url: str, **engine_options: Any) -> Flask:
    settings = load_settings(
        env={},
        database_url=url,
        secret_key="bench",
        extra={"SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True, **engine_options}},
    )
    app = create_app(settings)
    from flask_migrate import upgrade

    with app.app_context():
        upgrade()
    return app


def percentiles(samples: Sequence[float]) -> dict[str, float]:
    """p50/p95/max in milliseconds of samples in seconds."""
    ordered = sorted(samples)
    cuts = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "p50_ms": round(cuts[49] * 1000, 2),
        "p95_ms": round(cuts[94] * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }
