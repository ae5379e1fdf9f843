"""`POST /webhooks/stripe`: signatures, exactly-once effects, any order, concurrency."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from pes.extensions import db
from pes.models import (
    AttemptStatus,
    Booking,
    BookingStatus,
    CancelReason,
    OutboxEmail,
    PaymentAttempt,
    ProcessedStripeEvent,
)
from tests.payments.conftest import (
    WEBHOOK_SECRET,
    book_until_pay,
    deliver,
    old_timestamp,
    pay,
    shuffled,
    the_booking,
)
from tests.support.fake_stripe import FakeStripe, sign_payload


def _confirmations() -> int:
    """Confirmation emails written (the hold's "booking received" one is not counted)."""
    db.session.rollback()
    query = select(func.count()).where(OutboxEmail.kind == "booking_confirmed")
    return int(db.session.scalar(query) or 0)


def _count(model: type) -> int:
    db.session.rollback()
    return int(db.session.scalar(select(func.count()).select_from(model)) or 0)


def test_pay_sends_the_customer_to_a_stripe_checkout_session(
    stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    funnel = book_until_pay(stripe_client)
    session_id = pay(funnel)
    booking = the_booking()
    session = fake_stripe.get(session_id)
    assert session["amount_total"] == booking.total_cents
    assert session["currency"] == "eur"
    assert session["metadata"] == {"booking_id": str(booking.id), "reference": booking.reference}
    assert session["client_reference_id"] == booking.reference
    assert session["customer_email"] == "ana.souza@example.com"
    assert session["success_url"].endswith("/en/book/confirmation")
    attempt = db.session.scalars(select(PaymentAttempt)).one()
    assert attempt.provider_session_id == session_id
    assert booking.hold_expires_at == attempt.expires_at  # the hold lasts as long as the session


def test_double_click_makes_one_session(
    stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    funnel = book_until_pay(stripe_client)
    first = pay(funnel)
    again = funnel.post("pay", {"accept_terms": "y"})
    assert again.headers["Location"].endswith(first)
    assert len(fake_stripe.sessions) == 1
    assert _count(PaymentAttempt) == 1


@pytest.mark.parametrize(
    "tamper",
    ["body", "secret", "missing", "stale", "garbage"],
)
def test_bad_signatures_are_refused_and_nothing_is_written(
    stripe_client: FlaskClient, fake_stripe: FakeStripe, tamper: str
) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id)
    event = fake_stripe.event("checkout.session.completed", session_id)
    import json

    payload = json.dumps(event).encode()
    header = sign_payload(payload, WEBHOOK_SECRET)
    if tamper == "body":
        payload = payload.replace(b'"livemode": false', b'"livemode": true ')
    elif tamper == "secret":
        header = sign_payload(payload, "whsec_someone_else")
    elif tamper == "missing":
        header = ""
    elif tamper == "stale":
        header = sign_payload(payload, WEBHOOK_SECRET, timestamp=old_timestamp())
    else:
        header = "t=1,v1=nothex"
    response = stripe_client.post(
        "/webhooks/stripe", data=payload, headers={"Stripe-Signature": header} if header else {}
    )
    assert response.status_code == 400
    assert _count(ProcessedStripeEvent) == 0
    assert the_booking().status is BookingStatus.PENDING_PAYMENT


def test_two_v1_signatures_one_valid_is_accepted(
    stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id)
    event = fake_stripe.event("checkout.session.completed", session_id)
    response = deliver(stripe_client, event, extra_v1=["0" * 64])
    assert response.status_code == 200
    assert the_booking().status is BookingStatus.CONFIRMED


def test_every_event_redelivered_in_any_order_has_one_effect(
    stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id)
    session = fake_stripe.get(session_id)
    intent = fake_stripe.get(session["payment_intent"])
    events = [
        fake_stripe.event("checkout.session.completed", session_id),
        fake_stripe.event("payment_intent.succeeded", intent["id"]),
        fake_stripe.event("charge.succeeded", {"id": "ch_1", "object": "charge"}),
    ]
    deliveries = shuffled([event for event in events for _ in range(3)], seed=7)
    statuses = Counter(deliver(stripe_client, event).status_code for event in deliveries)
    assert statuses == {200: 9}
    booking = the_booking()
    assert booking.status is BookingStatus.CONFIRMED
    assert _count(ProcessedStripeEvent) == 3  # every type recorded once, also charge.*
    assert _confirmations() == 1
    attempt = db.session.scalars(select(PaymentAttempt)).one()
    assert attempt.status is AttemptStatus.PAID


def test_concurrent_redeliveries_confirm_once(
    stripe_app: object, stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id)
    event = fake_stripe.event("checkout.session.completed", session_id)
    barrier = threading.Barrier(6)
    results: list[int] = []

    def send() -> None:
        client = stripe_app.test_client()  # type: ignore[attr-defined]
        barrier.wait(timeout=30)
        results.append(deliver(client, event).status_code)

    threads = [threading.Thread(target=send) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert results == [200] * 6
    assert the_booking().status is BookingStatus.CONFIRMED
    assert _count(ProcessedStripeEvent) == 1
    assert _confirmations() == 1


def test_unpaid_completion_then_async_failure_keeps_the_hold(
    stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id, async_pending=True)
    deliver(stripe_client, fake_stripe.event("checkout.session.completed", session_id))
    assert the_booking().status is BookingStatus.PENDING_PAYMENT
    fake_stripe.fail_async(session_id)
    deliver(stripe_client, fake_stripe.event("checkout.session.async_payment_failed", session_id))
    booking = the_booking()
    assert booking.status is BookingStatus.PENDING_PAYMENT
    assert db.session.scalars(select(PaymentAttempt.status)).one() is AttemptStatus.FAILED
    # One "payment failed" email (with the retry link), also when the event comes again.
    redelivered = fake_stripe.event("checkout.session.async_payment_failed", session_id)
    deliver(stripe_client, redelivered)
    kinds = list(db.session.scalars(select(OutboxEmail.kind).order_by(OutboxEmail.id)))
    assert kinds == ["booking_received", "payment_failed"]


def test_async_success_confirms(stripe_client: FlaskClient, fake_stripe: FakeStripe) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id, async_pending=True)
    deliver(stripe_client, fake_stripe.event("checkout.session.completed", session_id))
    assert the_booking().status is BookingStatus.PENDING_PAYMENT
    fake_stripe.succeed_async(session_id)
    deliver(
        stripe_client, fake_stripe.event("checkout.session.async_payment_succeeded", session_id)
    )
    assert the_booking().status is BookingStatus.CONFIRMED


def test_amount_mismatch_is_flagged_not_confirmed(
    stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id)
    db.session.rollback()
    attempt = db.session.scalars(select(PaymentAttempt)).one()
    attempt.amount_cents += 100  # as if the booking's price had changed after checkout
    db.session.commit()
    deliver(stripe_client, fake_stripe.event("checkout.session.completed", session_id))
    booking = the_booking()
    assert booking.status is BookingStatus.PENDING_PAYMENT
    assert booking.needs_review
    assert "not confirmed" in booking.review_note


def test_a_failing_handler_rolls_back_and_the_retry_works(
    stripe_client: FlaskClient, fake_stripe: FakeStripe, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pes.services import payments

    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id)
    event = fake_stripe.event("checkout.session.completed", session_id)
    original = payments.queue_email

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(payments, "queue_email", broken)
    with pytest.raises(RuntimeError):
        deliver(stripe_client, event)
    assert _count(ProcessedStripeEvent) == 0
    assert the_booking().status is BookingStatus.PENDING_PAYMENT
    monkeypatch.setattr(payments, "queue_email", original)
    assert deliver(stripe_client, event).status_code == 200
    assert the_booking().status is BookingStatus.CONFIRMED


def test_late_payment_with_capacity_free_confirms(
    stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    from pes.models import utcnow
    from pes.services import inventory
    from pes.services.uow import transaction
    from pes.services.windows import InventoryRules

    session_id = pay(book_until_pay(stripe_client))
    with transaction(lock_inventory=True) as session:  # the hold lapses first
        inventory.release_expired_holds(
            session,
            utcnow() + __import__("datetime").timedelta(hours=2),
            InventoryRules.from_config(),
        )
    assert the_booking().cancel_reason is CancelReason.HOLD_EXPIRED
    fake_stripe.complete_session(session_id)
    deliver(stripe_client, fake_stripe.event("checkout.session.completed", session_id))
    assert the_booking().status is BookingStatus.CONFIRMED
    assert fake_stripe.refunds == []


def test_late_payment_without_capacity_is_refunded_and_cancelled(
    stripe_app: object, stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    from datetime import timedelta

    from pes.models import utcnow
    from pes.services import inventory
    from pes.services.uow import transaction
    from pes.services.windows import InventoryRules
    from tests.payments.conftest import book_until_pay as book

    session_id = pay(book_until_pay(stripe_client))
    with transaction(lock_inventory=True) as session:
        inventory.release_expired_holds(
            session, utcnow() + timedelta(hours=2), InventoryRules.from_config()
        )
    mine = the_booking()
    # Every Business car is taken by others meanwhile.
    for number in range(6):
        rival = book(stripe_app.test_client(), customer_email=f"r{number}@example.com")  # type: ignore[attr-defined]
        assert rival.post("pay", {"accept_terms": "y"}).status_code == 303
    fake_stripe.complete_session(session_id)
    completed = fake_stripe.event("checkout.session.completed", session_id)
    intent_id = fake_stripe.get(session_id)["payment_intent"]
    succeeded = fake_stripe.event("payment_intent.succeeded", intent_id)
    for event in shuffled([completed, completed, succeeded, completed, succeeded], seed=3):
        assert deliver(stripe_client, event).status_code == 200
    db.session.rollback()
    booking = db.session.get(Booking, mine.id)
    assert booking is not None
    assert booking.status is BookingStatus.CANCELLED
    assert booking.cancel_reason is CancelReason.REFUNDED_LATE_PAYMENT
    assert len(fake_stripe.refunds) == 1
    assert fake_stripe.refunds[0]["amount"] == booking.total_cents
    kinds = Counter(db.session.scalars(select(OutboxEmail.kind)))
    assert kinds["booking_cancelled"] == 1
    assert kinds["booking_confirmed"] == 0


def test_reconcile_applies_what_a_missed_webhook_would_have(
    stripe_app: object, stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.complete_session(session_id)  # paid, but the webhook never arrives
    runner = stripe_app.test_cli_runner()  # type: ignore[attr-defined]
    result = runner.invoke(args=["pes", "reconcile-payments"])
    assert result.exit_code == 0, result.output
    assert "confirmed: 1" in result.output
    assert the_booking().status is BookingStatus.CONFIRMED
    again = runner.invoke(args=["pes", "reconcile-payments"])
    assert "confirmed" not in again.output  # nothing left to do: idempotent
    assert _confirmations() == 1
    # The late webhook then changes nothing either.
    deliver(stripe_client, fake_stripe.event("checkout.session.completed", session_id))
    assert _confirmations() == 1


def test_expired_session_closes_the_attempt(
    stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    session_id = pay(book_until_pay(stripe_client))
    fake_stripe.expire_session(session_id)
    deliver(stripe_client, fake_stripe.event("checkout.session.expired", session_id))
    assert db.session.scalars(select(PaymentAttempt.status)).one() is AttemptStatus.EXPIRED
    assert the_booking().status is BookingStatus.PENDING_PAYMENT  # released when the hold ends
