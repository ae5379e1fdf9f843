"""Background jobs: what RQ workers run (`emails` and `maintenance` queues), what `rq cron
pes.cron` schedules, and what the `flask pes …` commands call.

A job runs in the app context it finds (the `flask pes worker` command, a test, the
in-process mode) or in one built from the environment (a plain `rq worker`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from flask import Flask, has_app_context

from .logs import current_request_id

P = ParamSpec("P")
R = TypeVar("R")


@functools.cache
def _app_from_environment() -> Flask:
    from . import create_app

    return create_app()


def _job_request_id() -> str | None:
    """The id of the request that enqueued this job (its logs carry it on)."""
    from rq import get_current_job

    job = get_current_job()
    meta = job.meta if job is not None else {}
    return str(meta["request_id"]) if meta.get("request_id") else None


def in_app_context(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        token = current_request_id.set(_job_request_id())
        try:
            if has_app_context():
                return func(*args, **kwargs)
            with _app_from_environment().app_context():
                return func(*args, **kwargs)
        finally:
            current_request_id.reset(token)

    return wrapper


@in_app_context
def send_email(row_id: int) -> str:
    from .services.email import deliver

    return deliver(row_id)


@in_app_context
def relay_outbox() -> int:
    """Re-enqueue outbox rows that are due and not sent (every minute)."""
    from .services.email import relay

    return relay()


@in_app_context
def queue_reminders() -> int:
    """Queue the day-before reminders (every 10 minutes)."""
    from .services.email import queue_reminders as queue

    return queue()


@in_app_context
def release_expired_holds() -> int:
    """Cancel lapsed payment holds and free their capacity (every minute)."""
    from .models import utcnow
    from .services import inventory
    from .services.uow import transaction
    from .services.windows import InventoryRules

    rules = InventoryRules.from_config()
    total = 0
    while True:  # batches, each its own short transaction
        with transaction(lock_inventory=True) as session:
            released = inventory.release_expired_holds(session, utcnow(), rules)
        total += released
        if released == 0:
            return total


@in_app_context
def reconcile_payments() -> dict[str, int]:
    """Ask the provider about bookings whose webhook never arrived (every 10 minutes)."""
    from .services import payments

    return payments.reconcile_payments()


@in_app_context
def purge_personal_data() -> dict[str, int]:
    """Anonymise personal data past its retention period (daily)."""
    from .models import utcnow
    from .services.personal_data import purge_personal_data as purge

    return purge(utcnow()).as_dict()
