"""Receiving provider events: verify, record once, apply (DESIGN §6).

The event is only a trigger: the current state of its checkout session is fetched from the
provider (outside any transaction) and applied, so arrival order does not matter. The event
id goes into `processed_stripe_events` in the same transaction as the effect: a redelivery —
even a concurrent one — finds it and does nothing; a failure rolls both back so that the
provider's retry works.
"""

from __future__ import annotations

from typing import Any

import stripe
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ...extensions import db
from ...models import PaymentAttempt, ProcessedStripeEvent
from ..uow import transaction
from . import apply_session_state, get_provider, webhook_secret
from .provider import SessionState


class WebhookRejected(Exception):
    """Bad, missing or stale signature, or not an event: answer 400, write nothing."""


def _session_id_for(event_type: str, obj: dict[str, Any]) -> str | None:
    if event_type.startswith("checkout.session."):
        return str(obj.get("id"))
    if event_type.startswith("payment_intent."):
        intent_id = obj.get("id")
        return db.session.scalar(
            select(PaymentAttempt.provider_session_id)
            .where(PaymentAttempt.provider_payment_intent_id == intent_id)
            .order_by(PaymentAttempt.id.desc())
        ) or _session_from_metadata(obj)
    return None


def _session_from_metadata(obj: dict[str, Any]) -> str | None:
    booking_id = (obj.get("metadata") or {}).get("booking_id")
    if not booking_id or not str(booking_id).isdigit():
        return None
    return db.session.scalar(
        select(PaymentAttempt.provider_session_id)
        .where(
            PaymentAttempt.booking_id == int(booking_id),
            PaymentAttempt.provider_session_id.is_not(None),
        )
        .order_by(PaymentAttempt.id.desc())
    )


def receive_event(payload: bytes, signature: str | None) -> str:
    """Verify and apply one delivery; the outcome word (for logs and tests)."""
    if not signature:
        raise WebhookRejected("missing Stripe-Signature")
    try:
        event = stripe.Webhook.construct_event(payload, signature, webhook_secret())
    except (ValueError, stripe.SignatureVerificationError) as exc:
        raise WebhookRejected(str(exc)) from exc
    data = event.to_dict()
    event_id, event_type = str(data["id"]), str(data["type"])
    obj: dict[str, Any] = dict(data["data"]["object"])
    if db.session.scalar(
        select(ProcessedStripeEvent.id).where(ProcessedStripeEvent.event_id == event_id)
    ):
        return "duplicate"
    session_id = _session_id_for(event_type, obj)
    db.session.rollback()
    state: SessionState | None = get_provider().retrieve_session(session_id) if session_id else None
    with transaction(lock_inventory=True) as session:
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        inserted = session.execute(
            insert(ProcessedStripeEvent)
            .values(event_id=event_id, event_type=event_type, livemode=bool(data.get("livemode")))
            .on_conflict_do_nothing(index_elements=["event_id"])
            .returning(ProcessedStripeEvent.id)
        ).scalar()
        if inserted is None:
            return "duplicate"  # a concurrent delivery of the same event got there first
        outcome = apply_session_state(session, state) if state is not None else "ignored"
        row = session.get(ProcessedStripeEvent, inserted)
        assert row is not None
        row.outcome = outcome
        attempt_booking = (
            session.scalar(
                select(PaymentAttempt.booking_id).where(
                    PaymentAttempt.provider_session_id == session_id
                )
            )
            if session_id
            else None
        )
        row.booking_id = attempt_booking
    return outcome
