"""The simulated provider (no Stripe key: the embedded default). It keeps its own record of
each checkout session, shows a local page clearly labelled as a test payment, and delivers
events of Stripe's shape, signed the way Stripe signs them, to the same webhook code."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from typing import Any

from flask import url_for
from sqlalchemy import select

from ...extensions import db
from ...models import SimulatedCheckoutSession
from ..uow import transaction
from .provider import CheckoutRequest, CheckoutSession, SessionState


def sign(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """A `Stripe-Signature` header: `t=…,v1=HMAC-SHA256(secret, "t.payload")`."""
    stamp = int(time.time()) if timestamp is None else timestamp
    signed = f"{stamp}.".encode() + payload
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={stamp},v1={digest}"


def session_object(row: SimulatedCheckoutSession) -> dict[str, Any]:
    """The row as Stripe would show a Checkout Session in an event."""
    return {
        "id": row.id,
        "object": "checkout.session",
        "status": row.status,
        "payment_status": row.payment_status,
        "amount_total": row.amount_cents,
        "currency": row.currency.lower(),
        "payment_intent": row.payment_intent_id,
        "metadata": dict(row.metadata_),
        "expires_at": int(row.expires_at.timestamp()),
        "livemode": False,
    }


def intent_object(row: SimulatedCheckoutSession) -> dict[str, Any]:
    return {
        "id": row.payment_intent_id,
        "object": "payment_intent",
        "status": row.payment_intent_status,
        "amount": row.amount_cents,
        "currency": row.currency.lower(),
        "metadata": dict(row.metadata_),
        "livemode": False,
    }


def event_payload(event_type: str, row: SimulatedCheckoutSession) -> bytes:
    event = {
        "id": "evt_sim_" + secrets.token_hex(12),
        "object": "event",
        "api_version": "2025-01-27.acacia",
        "created": int(time.time()),
        "livemode": False,
        "type": event_type,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "data": {
            "object": intent_object(row)
            if event_type.startswith("payment_intent.")
            else session_object(row)
        },
    }
    return json.dumps(event).encode()


class SimulatedProvider:
    name = "simulated"

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        with transaction() as session:
            row = session.scalar(
                select(SimulatedCheckoutSession).where(
                    SimulatedCheckoutSession.idempotency_key == request.idempotency_key
                )
            )
            if row is None:
                row = SimulatedCheckoutSession(
                    id="cs_sim_" + secrets.token_urlsafe(18),
                    amount_cents=request.amount_cents,
                    currency=request.currency,
                    idempotency_key=request.idempotency_key,
                    metadata_={
                        "booking_id": str(request.booking_id),
                        "reference": request.reference,
                    },
                    success_url=request.success_url,
                    cancel_url=request.cancel_url,
                    expires_at=request.expires_at,
                )
                session.add(row)
            created = CheckoutSession(
                id=row.id,
                url=url_for("simulated.checkout", session_id=row.id, _external=True),
                expires_at=row.expires_at,
            )
        return created

    def retrieve_session(self, session_id: str) -> SessionState:
        row = db.session.get(SimulatedCheckoutSession, session_id)
        if row is None:
            raise LookupError(session_id)
        return SessionState(
            id=row.id,
            status=row.status,
            payment_status=row.payment_status,
            amount_cents=row.amount_cents,
            currency=row.currency.upper(),
            payment_intent_id=row.payment_intent_id,
            payment_intent_status=row.payment_intent_status,
            metadata=dict(row.metadata_),
        )

    def refund(self, payment_intent_id: str, amount_cents: int, idempotency_key: str) -> str:
        return "re_sim_" + hashlib.sha256(idempotency_key.encode()).hexdigest()[:24]
