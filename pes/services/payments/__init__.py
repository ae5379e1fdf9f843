"""Payments (DESIGN §6): start a checkout for a held booking, and apply what the provider
says — from a webhook or a reconciliation — exactly once, whatever the order.

Providers are called outside transactions; every state change happens in one transaction
with the booking row locked, so the success page, redeliveries and concurrent webhooks can
never confirm twice.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...extensions import db
from ...models import (
    AttemptStatus,
    AuditEntry,
    Booking,
    BookingStatus,
    CancelReason,
    PaymentAttempt,
    Refund,
    RefundStatus,
    utcnow,
)
from .. import booking_status, inventory, locking
from ..email import queue_email
from ..errors import DomainError, Unavailable
from ..uow import after_commit, transaction
from ..windows import InventoryRules
from .provider import CheckoutRequest, PaymentProvider, SessionState
from .simulated import SimulatedProvider
from .stripe_provider import StripeProvider

# Stripe refuses a Checkout Session that expires in less than 30 minutes.
MIN_SESSION_LIFETIME = timedelta(minutes=30, seconds=30)


class PaymentError(DomainError):
    """The booking cannot be paid now (hold lapsed, already paid, cancelled)."""


def get_provider() -> PaymentProvider:
    config = current_app.config
    if config.get("STRIPE_SECRET_KEY"):
        return StripeProvider(config["STRIPE_SECRET_KEY"], config.get("STRIPE_API_BASE"))
    return SimulatedProvider()


def webhook_secret() -> str:
    """The configured secret, or (simulated provider) one derived from the app secret, the
    same in every worker and instance."""
    configured = current_app.config.get("STRIPE_WEBHOOK_SECRET")
    if configured:
        return str(configured)
    key = str(current_app.config["SECRET_KEY"]).encode()
    return "whsec_sim_" + hmac.new(key, b"pes.simulated-webhook", hashlib.sha256).hexdigest()


# --- starting a payment ------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnUrls:
    success: str
    cancel: str


def _open_attempt(session: Session, booking: Booking, now: datetime) -> PaymentAttempt:
    """Reuse the open attempt (a double click, a reload) or make the next one."""
    open_attempt = session.scalar(
        select(PaymentAttempt)
        .where(
            PaymentAttempt.booking_id == booking.id,
            PaymentAttempt.status == AttemptStatus.OPEN,
            PaymentAttempt.expires_at > now + timedelta(minutes=2),
        )
        .order_by(PaymentAttempt.id.desc())
    )
    if open_attempt is not None:
        return open_attempt
    number = 1 + int(
        session.scalar(
            select(func.count())
            .select_from(PaymentAttempt)
            .where(PaymentAttempt.booking_id == booking.id)
        )
        or 0
    )
    attempt = PaymentAttempt(
        booking_id=booking.id,
        provider=get_provider().name,
        idempotency_key=f"pes-{booking.reference}-attempt-{number}",
        amount_cents=sum(leg.total_cents for leg in booking.legs),
        currency=booking.currency,
        expires_at=now + MIN_SESSION_LIFETIME,
    )
    session.add(attempt)
    session.flush()
    return attempt


def start_payment(booking_id: int, urls: ReturnUrls, description: str) -> str:
    """The provider's checkout URL for a held booking (three short steps, no lock held
    while the provider is called)."""
    now = utcnow()
    with transaction() as session:
        booking = locking.lock_booking(session, booking_id)
        if booking is None:
            raise LookupError(booking_id)
        if booking.status is not BookingStatus.PENDING_PAYMENT:
            raise PaymentError(f"{booking.reference} is {booking.status.value}")
        if booking.hold_expires_at is None or booking.hold_expires_at <= now:
            raise PaymentError(f"{booking.reference}: the hold has lapsed")
        attempt = _open_attempt(session, booking, now)
        if attempt.checkout_url:
            return attempt.checkout_url
        request = CheckoutRequest(
            booking_id=booking.id,
            reference=booking.reference,
            amount_cents=attempt.amount_cents,
            currency=attempt.currency,
            description=description,
            customer_email=booking.customer_email,
            locale=booking.locale,
            expires_at=attempt.expires_at or now + MIN_SESSION_LIFETIME,
            success_url=urls.success,
            cancel_url=urls.cancel,
            idempotency_key=attempt.idempotency_key,
        )
        attempt_id = attempt.id
        leg_ids = [leg.id for leg in booking.legs]
    checkout = get_provider().create_checkout(request)  # same key → same session
    with transaction(lock_inventory=True) as session:
        stored = session.get(PaymentAttempt, attempt_id)
        assert stored is not None
        stored.provider_session_id = checkout.id
        stored.checkout_url = checkout.url
        stored.expires_at = checkout.expires_at
        # No open session outlives its hold (DESIGN §4).
        for leg_id in leg_ids:
            inventory.extend_hold(session, leg_id, checkout.expires_at)
    return checkout.url


# --- applying what the provider says -----------------------------------------------------


def _audit(session: Session, booking: Booking, action: str, **details: object) -> None:
    session.add(
        AuditEntry(booking_id=booking.id, actor="stripe", action=action, details=dict(details))
    )


def refund_later(
    session: Session, booking: Booking, attempt: PaymentAttempt, amount_cents: int, reason: str
) -> Refund:
    """Record a refund of `attempt` now; call the provider after the commit (never under a
    lock). The idempotency key is fixed here, so a retried call cannot refund twice."""
    assert attempt.provider_payment_intent_id is not None
    number = 1 + int(
        session.scalar(
            select(func.count()).select_from(Refund).where(Refund.payment_attempt_id == attempt.id)
        )
        or 0
    )
    refund = Refund(
        booking_id=booking.id,
        payment_attempt_id=attempt.id,
        idempotency_key=f"pes-{booking.reference}-refund-{attempt.id}-{number}",
        amount_cents=amount_cents,
        reason=reason,
    )
    session.add(refund)
    session.flush()
    refund_id = refund.id
    after_commit(lambda: issue_refund(refund_id))
    return refund


def issue_refund(refund_id: int) -> None:
    """Ask the provider for a recorded refund (idempotent key), then store its id."""
    refund = db.session.get(Refund, refund_id)
    if refund is None or refund.status is not RefundStatus.REQUESTED:
        return
    attempt = refund.payment_attempt
    assert attempt.provider_payment_intent_id is not None
    key, amount, intent = (
        refund.idempotency_key,
        refund.amount_cents,
        attempt.provider_payment_intent_id,
    )
    db.session.rollback()
    provider_id = get_provider().refund(intent, amount, key)
    with transaction() as session:
        row = session.get(Refund, refund_id)
        assert row is not None
        row.provider_refund_id = provider_id
        row.status = RefundStatus.SUCCEEDED


def apply_session_state(session: Session, state: SessionState) -> str:
    """Make our records agree with the provider's view of one checkout session."""
    attempt = session.scalar(
        select(PaymentAttempt).where(PaymentAttempt.provider_session_id == state.id)
    )
    if attempt is None:
        return "unknown-session"
    booking = locking.lock_booking(session, attempt.booking_id)
    assert booking is not None
    if state.payment_intent_id:
        attempt.provider_payment_intent_id = state.payment_intent_id
    if not state.paid:
        if state.status == "expired":
            attempt.status = AttemptStatus.EXPIRED
            return "expired"
        if state.failed:
            if attempt.status is not AttemptStatus.FAILED:
                attempt.status = AttemptStatus.FAILED
                if booking.status is BookingStatus.PENDING_PAYMENT:
                    queue_email(session, "payment_failed", booking)
            return "failed"
        if state.status == "complete":
            attempt.status = AttemptStatus.PROCESSING
            return "processing"
        return "open"
    if attempt.status is AttemptStatus.PAID:
        return "already-paid"
    if state.amount_cents != attempt.amount_cents or state.currency != attempt.currency.upper():
        booking.needs_review = True
        booking.review_note = (
            f"paid {state.amount_cents} {state.currency} for an attempt of "
            f"{attempt.amount_cents} {attempt.currency}: not confirmed"
        )
        _audit(session, booking, "payment-mismatch", checkout_session=state.id)
        current_app.logger.warning("payment mismatch on %s", booking.reference)
        return "mismatch"
    attempt.status = AttemptStatus.PAID
    attempt.completed_at = utcnow()
    rules = InventoryRules.from_config()
    try:
        with session.begin_nested():  # both legs or neither
            for leg in booking.legs:
                inventory.confirm_booking(session, leg.id, utcnow(), rules, actor="stripe")
    except Unavailable:
        # Paid after the hold lapsed and the capacity is gone: never keep the money.
        for leg in booking.legs:
            reason = CancelReason.REFUNDED_LATE_PAYMENT
            if leg.status is BookingStatus.CANCELLED:
                booking_status.transition(
                    session, leg, BookingStatus.CANCELLED, actor="stripe", reason=reason
                )
            else:
                inventory.cancel_booking(session, leg.id, reason, actor="stripe")
        refund_later(session, booking, attempt, attempt.amount_cents, "late_payment_no_capacity")
        queue_email(
            session,
            "booking_cancelled",
            booking,
            payload={
                "reason": CancelReason.REFUNDED_LATE_PAYMENT.value,
                "refund_cents": attempt.amount_cents,
            },
        )
        return "refunded"
    queue_email(session, "booking_confirmed", booking)  # one email for both legs
    return "confirmed"


# --- reconciliation ----------------------------------------------------------------------


def sessions_to_reconcile() -> list[str]:
    """Checkout sessions of bookings still waiting for their payment (or refunded late
    payments whose provider call never happened): what a missed webhook would have moved."""
    return list(
        db.session.scalars(
            select(PaymentAttempt.provider_session_id)
            .join(Booking, Booking.id == PaymentAttempt.booking_id)
            .where(
                Booking.status.in_([BookingStatus.PENDING_PAYMENT, BookingStatus.CANCELLED]),
                PaymentAttempt.status.in_([AttemptStatus.OPEN, AttemptStatus.PROCESSING]),
                PaymentAttempt.provider_session_id.is_not(None),
            )
            .order_by(PaymentAttempt.id)
        )
    )


def reconcile_payments() -> dict[str, int]:
    """Ask the provider about every open attempt and apply its answer through the same code
    as the webhook; then retry refunds that were recorded but never reached the provider."""
    outcomes: dict[str, int] = {}
    for session_id in sessions_to_reconcile():
        db.session.rollback()
        state = get_provider().retrieve_session(session_id)  # no transaction open
        with transaction(lock_inventory=True) as session:
            outcome = apply_session_state(session, state)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    pending_refunds = list(
        db.session.scalars(select(Refund.id).where(Refund.status == RefundStatus.REQUESTED))
    )
    db.session.rollback()
    for refund_id in pending_refunds:
        issue_refund(refund_id)
    outcomes["refunds-retried"] = len(pending_refunds)
    return outcomes
