"""Stripe Checkout through the official SDK, server-side only (the secret key never leaves
the server). `STRIPE_API_BASE` points the SDK at another address (the tests' fake)."""

from __future__ import annotations

from datetime import UTC, datetime

import stripe
from stripe._base_address import BaseAddresses

from .provider import CheckoutRequest, CheckoutSession, SessionState

# Checkout's own locales for ours (Stripe spells Portuguese "pt" and "pt-BR").
CHECKOUT_LOCALES = {"en": "en", "fr": "fr", "es": "es", "pt": "pt"}


class StripeProvider:
    name = "stripe"

    def __init__(self, secret_key: str, api_base: str | None = None) -> None:
        addresses: BaseAddresses = {"api": api_base} if api_base else {}
        self.client = stripe.StripeClient(secret_key, base_addresses=addresses)

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession:
        metadata = {"booking_id": str(request.booking_id), "reference": request.reference}
        session = self.client.v1.checkout.sessions.create(
            params={
                "mode": "payment",
                "line_items": [
                    {
                        "quantity": 1,
                        "price_data": {
                            "currency": request.currency.lower(),
                            "unit_amount": request.amount_cents,
                            "product_data": {"name": request.description},
                        },
                    }
                ],
                "metadata": metadata,
                "payment_intent_data": {"metadata": metadata},
                "client_reference_id": request.reference,
                "customer_email": request.customer_email,
                "locale": CHECKOUT_LOCALES.get(request.locale, "auto"),
                "expires_at": int(request.expires_at.timestamp()),
                "success_url": request.success_url,
                "cancel_url": request.cancel_url,
            },
            options={"idempotency_key": request.idempotency_key},
        )
        return CheckoutSession(
            id=session.id,
            url=str(session.url),
            expires_at=datetime.fromtimestamp(session.expires_at, UTC),
        )

    def retrieve_session(self, session_id: str) -> SessionState:
        session = self.client.v1.checkout.sessions.retrieve(
            session_id, params={"expand": ["payment_intent"]}
        ).to_dict()
        intent = session.get("payment_intent")
        return SessionState(
            id=str(session["id"]),
            status=str(session.get("status") or ""),
            payment_status=str(session.get("payment_status") or ""),
            amount_cents=int(session.get("amount_total") or 0),
            currency=str(session.get("currency") or "").upper(),
            payment_intent_id=intent.get("id") if isinstance(intent, dict) else intent,
            payment_intent_status=intent.get("status") if isinstance(intent, dict) else None,
            metadata={str(k): str(v) for k, v in (session.get("metadata") or {}).items()},
        )

    def refund(self, payment_intent_id: str, amount_cents: int, idempotency_key: str) -> str:
        refund = self.client.v1.refunds.create(
            params={"payment_intent": payment_intent_id, "amount": amount_cents},
            options={"idempotency_key": idempotency_key},
        )
        return str(refund.id)
