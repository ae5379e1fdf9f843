"""The payment-provider interface (DESIGN §6) and the state it reports.

Providers are called only outside database locks and transactions: a slow provider never
holds a row lock, and a rolled-back transaction never leaves a half-made payment behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class CheckoutRequest:
    booking_id: int
    reference: str
    amount_cents: int
    currency: str
    description: str
    customer_email: str
    locale: str
    expires_at: datetime
    success_url: str
    cancel_url: str
    idempotency_key: str


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    url: str
    expires_at: datetime


@dataclass(frozen=True)
class SessionState:
    """What the provider says now about one checkout session (events are only triggers)."""

    id: str
    status: str  # open | complete | expired
    payment_status: str  # paid | unpaid | no_payment_required
    amount_cents: int
    currency: str
    payment_intent_id: str | None
    payment_intent_status: str | None = None  # succeeded | processing | requires_payment_method
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def paid(self) -> bool:
        return self.payment_status == "paid" or self.payment_intent_status == "succeeded"

    @property
    def failed(self) -> bool:
        return self.payment_intent_status in {"requires_payment_method", "canceled"}


class PaymentProvider(Protocol):
    name: str

    def create_checkout(self, request: CheckoutRequest) -> CheckoutSession: ...

    def retrieve_session(self, session_id: str) -> SessionState: ...

    def refund(self, payment_intent_id: str, amount_cents: int, idempotency_key: str) -> str: ...
