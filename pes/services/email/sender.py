"""The email job's body: claim the row, render, send, record — idempotent, whatever RQ
redelivers (a sent row is never sent again; see `outbox` for the one at-least-once edge)."""

from __future__ import annotations

from datetime import datetime

from flask import current_app

from ...extensions import db
from ...models import OutboxStatus, utcnow
from . import outbox
from .backends import get_backend
from .messages import build


def deliver(row_id: int, now: datetime | None = None) -> str:
    """Send one outbox row: "sent", "retry" (failed, will be tried again), "failed" (last
    attempt failed) or "skipped" (already sent, failed, not due, or another worker has it)."""
    now = now or utcnow()
    claimed = outbox.claim(row_id, now)
    if claimed is None:
        return "skipped"
    try:
        message = build(row_id, now)
        db.session.rollback()  # no transaction open while talking to the mail server
        get_backend().send(message)
    except Exception as exc:
        db.session.rollback()
        status = outbox.record_failure(row_id, f"{type(exc).__name__}: {exc}", utcnow())
        current_app.logger.warning(
            "email %s attempt %s failed (%s): %s", row_id, claimed.attempt, status.value, exc
        )
        return "failed" if status is OutboxStatus.FAILED else "retry"
    outbox.record_sent(row_id, utcnow())
    current_app.logger.info("email %s sent (attempt %s)", row_id, claimed.attempt)
    return "sent"
