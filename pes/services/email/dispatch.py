"""Hand an outbox row to a job: RQ's `emails` queue when `REDIS_URL` is set, otherwise the
same job function right here (the embedded default, DESIGN §7).

Enqueueing never fails the caller: the row is already committed, and if Redis is down the
relay enqueues it later.
"""

from __future__ import annotations

from flask import current_app
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue

from ...logs import request_id

EMAIL_QUEUE = "emails"
MAINTENANCE_QUEUE = "maintenance"
SEND_EMAIL_JOB = "pes.jobs.send_email"


def redis_connection() -> Redis | None:
    """The app's Redis client (one connection pool per app), or None without `REDIS_URL`."""
    url = current_app.config.get("PES_REDIS_URL")
    if not url:
        return None
    client: Redis | None = current_app.extensions.get("pes_redis")
    if client is None:
        client = Redis.from_url(url, socket_timeout=5, socket_connect_timeout=2)
        current_app.extensions["pes_redis"] = client
    return client


def queue(name: str, connection: Redis) -> Queue:
    return Queue(name, connection=connection)


def enqueue_email(row_id: int) -> None:
    connection = redis_connection()
    if connection is None:
        from .sender import deliver

        try:
            deliver(row_id)
        except Exception:  # the row stays pending; the relay tries again
            current_app.logger.exception("in-process email job failed for outbox row %s", row_id)
        return
    try:
        queue(EMAIL_QUEUE, connection).enqueue(
            SEND_EMAIL_JOB,
            row_id,
            job_timeout=120,
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
            description=f"send outbox email {row_id}",
            meta={"request_id": request_id()},
        )
    except RedisError as exc:
        current_app.logger.warning(
            "could not enqueue outbox row %s (%s); the relay will", row_id, exc
        )
