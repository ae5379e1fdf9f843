"""The outbox (DESIGN §7): an email is first a row, written in the transaction of the
state change that causes it; after the commit a job is enqueued with the row id only.

A row's life: `pending` → claimed by a job (attempts + 1, `next_attempt_at` pushed out by
the lease so nobody else takes it while the message is in flight) → `sent`, or back to
`pending` with a backoff after a failure, or `failed` after the last attempt (staff see it).
A worker that dies mid-send leaves the row `pending`; once the lease runs out the relay
hands it to a job again, which re-sends it with the **same** Message-ID: at least once,
never zero times, and never twice unless a worker died after the server took the message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import make_msgid, parseaddr

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...config import EmailSettings
from ...extensions import db
from ...models import Booking, OutboxEmail, OutboxStatus, utcnow
from .. import locking
from ..uow import after_commit, transaction
from . import dispatch

#: A row is re-enqueued by the relay only this long after it became due, so that the job
#: enqueued at commit (or the retry in flight) gets the first chance.
RELAY_GRACE = timedelta(seconds=30)


def email_settings() -> EmailSettings:
    settings: EmailSettings = current_app.config["PES_EMAIL"]
    return settings


def _message_id() -> str:
    """A Message-ID fixed when the row is written, so every (re-)send carries it."""
    domain = parseaddr(current_app.config["PES_EMAIL_FROM"])[1].rpartition("@")[2]
    return make_msgid(domain=domain or "localhost")


def queue_email(
    session: Session,
    kind: str,
    booking: Booking,
    *,
    dedupe_key: str | None = None,
    recipient: str | None = None,
    locale: str | None = None,
    payload: Mapping[str, str | int | None] | None = None,
) -> OutboxEmail:
    """Write an outbox row in the caller's transaction; its job is enqueued after commit
    (a rollback drops both). By default it goes to the customer, in the booking's locale."""
    from .messages import MESSAGES

    if kind not in MESSAGES:
        raise ValueError(f"unknown email kind {kind!r}")
    row = OutboxEmail(
        kind=kind,
        booking_id=booking.id,
        recipient=recipient or booking.customer_email,
        locale=locale or booking.locale,
        payload=dict(payload or {}),
        message_id=_message_id(),
        dedupe_key=dedupe_key,
    )
    session.add(row)
    session.flush()
    row_id = row.id
    after_commit(lambda: dispatch.enqueue_email(row_id))
    return row


@dataclass(frozen=True)
class Claim:
    row_id: int
    attempt: int


def claim(row_id: int, now: datetime) -> Claim | None:
    """Take a due, pending row for one send, or None (sent, failed, not due, or another
    worker has it). Committed before the message is sent: no lock is held during I/O."""
    with transaction(lock_inventory=True) as session:  # BEGIN IMMEDIATE on SQLite
        row = locking.claim_outbox_row(session, row_id)
        if row is None or row.status is not OutboxStatus.PENDING or row.next_attempt_at > now:
            return None
        row.attempts += 1
        row.next_attempt_at = now + timedelta(seconds=email_settings().lease_seconds)
        return Claim(row_id=row.id, attempt=row.attempts)


def record_sent(row_id: int, now: datetime) -> None:
    with transaction() as session:
        row = session.get(OutboxEmail, row_id)
        assert row is not None
        row.status = OutboxStatus.SENT
        row.sent_at = now
        row.last_error = ""


def retry_delay(attempt: int, settings: EmailSettings) -> timedelta:
    """60 s, 2 min, 4 min, … after attempts 1, 2, 3 (capped at six hours)."""
    return timedelta(seconds=min(settings.retry_seconds * 2 ** (attempt - 1), 6 * 3600))


def record_failure(row_id: int, error: str, now: datetime) -> OutboxStatus:
    """Back to `pending` with a backoff, or `failed` after the last attempt."""
    settings = email_settings()
    with transaction() as session:
        row = session.get(OutboxEmail, row_id)
        assert row is not None
        row.last_error = error[:2000]
        if row.attempts >= settings.max_attempts:
            row.status = OutboxStatus.FAILED
        else:
            row.next_attempt_at = now + retry_delay(row.attempts, settings)
        return row.status


def due_row_ids(session: Session, now: datetime, limit: int = 500) -> list[int]:
    """Pending rows whose job should have run by now (Redis was down at commit, the worker
    died, a retry is due)."""
    return list(
        session.scalars(
            select(OutboxEmail.id)
            .where(
                OutboxEmail.status == OutboxStatus.PENDING,
                OutboxEmail.next_attempt_at <= now - RELAY_GRACE,
            )
            .order_by(OutboxEmail.next_attempt_at, OutboxEmail.id)
            .limit(limit)
        )
    )


def relay(now: datetime | None = None) -> int:
    """Enqueue a job for every due row (the job's claim makes a duplicate harmless)."""
    row_ids = due_row_ids(db.session(), now or utcnow())
    db.session.rollback()  # no transaction open while talking to Redis or sending
    for row_id in row_ids:
        dispatch.enqueue_email(row_id)
    return len(row_ids)
