"""The Stripe fake, driven by the real `stripe` SDK over HTTP on loopback."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import stripe

from tests.support.fake_stripe import (
    DEFAULT_API_KEY,
    FakeStripe,
    parse_stripe_form,
    sign_payload,
)

WEBHOOK_SECRET = "whsec_test_fake_stripe_secret"
SESSIONS = "POST /v1/checkout/sessions"


def session_params(**overrides: Any) -> dict[str, Any]:
    params: dict[str, Any] = {
        "mode": "payment",
        "line_items": [
            {
                "price_data": {
                    "currency": "eur",
                    "unit_amount": 9500,
                    "product_data": {"name": "CDG → Paris, Mercedes E-Class"},
                },
                "quantity": 1,
            },
            {
                "price_data": {
                    "currency": "eur",
                    "unit_amount": 1250,
                    "product_data": {"name": "Child seat"},
                },
                "quantity": 2,
            },
        ],
        "metadata": {"booking_id": "1", "reference": "PES-0001"},
        "client_reference_id": "1",
        "customer_email": "client@example.com",
        "locale": "fr",
        "success_url": "https://pes.example/pay/done?session_id={CHECKOUT_SESSION_ID}",
        "cancel_url": "https://pes.example/pay/cancelled",
    }
    params.update(overrides)
    return params


@pytest.fixture
def fake() -> Iterator[FakeStripe]:
    with FakeStripe() as server:
        yield server


@pytest.fixture
def sdk(fake: FakeStripe) -> stripe.StripeClient:
    """The incantation the project uses: a StripeClient with the fake as its API base."""
    return stripe.StripeClient(
        DEFAULT_API_KEY, base_addresses={"api": fake.url}, max_network_retries=0
    )


def create_session(sdk: stripe.StripeClient, key: str | None = None, **overrides: Any) -> Any:
    options: dict[str, Any] = {"idempotency_key": key} if key else {}
    return sdk.v1.checkout.sessions.create(params=session_params(**overrides), options=options)


def raw_request(
    url: str, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


# -- Checkout Sessions ----------------------------------------------------------------------


def test_create_session_has_stripe_fields_and_amount(
    fake: FakeStripe, sdk: stripe.StripeClient
) -> None:
    before = int(time.time())
    session = create_session(sdk)

    assert isinstance(session, stripe.checkout.Session)
    assert session.id.startswith("cs_test_")
    assert session.object == "checkout.session"
    assert session.status == "open"
    assert session.payment_status == "unpaid"
    assert session.mode == "payment"
    assert session.amount_total == 9500 + 2 * 1250
    assert session.currency == "eur"
    assert session.metadata.to_dict() == {"booking_id": "1", "reference": "PES-0001"}
    assert session.client_reference_id == "1"
    assert session.customer_email == "client@example.com"
    assert session.locale == "fr"
    assert session.success_url == "https://pes.example/pay/done?session_id={CHECKOUT_SESSION_ID}"
    assert session.cancel_url == "https://pes.example/pay/cancelled"
    assert session.url == f"{fake.url}/pay/{session.id}"
    assert session.payment_intent is None
    assert before + 24 * 3600 <= session.expires_at <= int(time.time()) + 24 * 3600
    assert fake.calls[SESSIONS] == 1
    assert [stored["id"] for stored in fake.sessions] == [session.id]
    assert fake.success_redirect(session.id).endswith(f"?session_id={session.id}")


def test_the_sdk_form_encoding_reaches_the_fake_as_nested_params(
    fake: FakeStripe, sdk: stripe.StripeClient
) -> None:
    create_session(sdk)

    request = fake.requests[-1]
    assert request.headers["authorization"] == f"Bearer {DEFAULT_API_KEY}"
    assert request.headers["idempotency-key"]  # the SDK sends one on every POST
    assert request.params["line_items"][0] == {
        "price_data": {
            "currency": "eur",
            "unit_amount": "9500",
            "product_data": {"name": "CDG → Paris, Mercedes E-Class"},
        },
        "quantity": "1",
    }
    assert request.params["metadata"] == {"booking_id": "1", "reference": "PES-0001"}


def test_parse_stripe_form_nests_dicts_and_lists() -> None:
    body = (
        "metadata[booking_id]=1&line_items[0][price_data][currency]=eur"
        "&line_items[0][price_data][unit_amount]=9500"
        "&line_items[0][price_data][product_data][name]=Ride%20%26%20wait"
        "&line_items[0][quantity]=1&line_items[1][quantity]=2&expand[]=a&expand[]=b&mode=payment"
    )
    assert parse_stripe_form(body) == {
        "metadata": {"booking_id": "1"},
        "line_items": [
            {
                "price_data": {
                    "currency": "eur",
                    "unit_amount": "9500",
                    "product_data": {"name": "Ride & wait"},
                },
                "quantity": "1",
            },
            {"quantity": "2"},
        ],
        "expand": ["a", "b"],
        "mode": "payment",
    }


def test_retrieve_session(sdk: stripe.StripeClient) -> None:
    created = create_session(sdk)

    session = sdk.v1.checkout.sessions.retrieve(created.id)

    assert session.id == created.id
    assert session.amount_total == created.amount_total
    assert session.status == "open"


def test_same_idempotency_key_and_body_returns_the_same_session(
    fake: FakeStripe, sdk: stripe.StripeClient
) -> None:
    first = create_session(sdk, key="booking-1-attempt-1")
    second = create_session(sdk, key="booking-1-attempt-1")

    assert second.id == first.id
    assert second.last_response.headers["Idempotent-Replayed"] == "true"
    assert len(fake.sessions) == 1
    assert fake.calls[SESSIONS] == 2


def test_same_idempotency_key_with_another_body_is_an_idempotency_error(
    fake: FakeStripe, sdk: stripe.StripeClient
) -> None:
    create_session(sdk, key="booking-1-attempt-1")

    with pytest.raises(stripe.IdempotencyError) as caught:
        create_session(sdk, key="booking-1-attempt-1", metadata={"booking_id": "2"})

    assert caught.value.http_status == 400
    assert caught.value.json_body["error"]["type"] == "idempotency_error"
    assert len(fake.sessions) == 1


def test_without_a_shared_key_each_create_is_a_new_session(
    fake: FakeStripe, sdk: stripe.StripeClient
) -> None:
    assert create_session(sdk).id != create_session(sdk).id
    assert len(fake.sessions) == 2


def test_concurrent_creates_with_one_key_make_one_session(
    fake: FakeStripe, sdk: stripe.StripeClient
) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        ids = set(pool.map(lambda _: create_session(sdk, key="same").id, range(16)))

    assert len(ids) == 1
    assert len(fake.sessions) == 1


def test_invalid_session_params_are_invalid_request_errors(sdk: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as unknown:
        sdk.v1.checkout.sessions.create(params=session_params(colour="blue"))
    assert unknown.value.param == "colour"

    with pytest.raises(stripe.InvalidRequestError) as no_items:
        create_session(sdk, line_items=[])
    assert no_items.value.param == "line_items"

    mixed = session_params()["line_items"]
    mixed[1]["price_data"]["currency"] = "usd"
    with pytest.raises(stripe.InvalidRequestError):
        create_session(sdk, line_items=mixed)

    with pytest.raises(stripe.InvalidRequestError) as too_soon:
        create_session(sdk, expires_at=int(time.time()) + 60)
    assert too_soon.value.param == "expires_at"


def test_expire_over_http_and_with_the_helper(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    first = create_session(sdk)
    expired = sdk.v1.checkout.sessions.expire(first.id)
    assert expired.status == "expired"
    with pytest.raises(stripe.InvalidRequestError):
        sdk.v1.checkout.sessions.expire(first.id)

    second = create_session(sdk)
    assert fake.expire_session(second.id)["status"] == "expired"
    assert sdk.v1.checkout.sessions.retrieve(second.id).status == "expired"
    with pytest.raises(ValueError, match="not open"):
        fake.complete_session(second.id)


def test_sessions_expire_at_expires_at() -> None:
    now = [1_800_000_000.0]
    with FakeStripe(clock=lambda: now[0]) as fake:
        session = create_session(fake.client(), expires_at=int(now[0]) + 3600)
        now[0] += 3600
        assert fake.client().v1.checkout.sessions.retrieve(session.id).status == "expired"


# -- payments ---------------------------------------------------------------------------------


def test_complete_then_retrieve_with_expanded_payment_intent(
    fake: FakeStripe, sdk: stripe.StripeClient
) -> None:
    created = create_session(sdk, payment_intent_data={"metadata": {"kind": "ride"}})

    completed = fake.complete_session(created.id)

    assert completed["status"] == "complete"
    assert completed["payment_status"] == "paid"
    assert completed["payment_intent"].startswith("pi_test_")
    session = sdk.v1.checkout.sessions.retrieve(created.id, params={"expand": ["payment_intent"]})
    intent = session.payment_intent
    assert isinstance(intent, stripe.PaymentIntent)
    assert intent.id == completed["payment_intent"]
    assert intent.object == "payment_intent"
    assert intent.status == "succeeded"
    assert intent.amount == intent.amount_received == created.amount_total
    assert intent.currency == "eur"
    assert intent.metadata["booking_id"] == "1"
    assert intent.metadata["kind"] == "ride"
    assert isinstance(intent.latest_charge, str)
    assert intent.latest_charge.startswith("ch_test_")
    assert session.customer_details.email == "client@example.com"

    unexpanded = sdk.v1.checkout.sessions.retrieve(created.id)
    assert unexpanded.payment_intent == intent.id
    assert sdk.v1.payment_intents.retrieve(intent.id).status == "succeeded"


def test_global_api_base_configuration_works_too(fake: FakeStripe) -> None:
    before = (stripe.api_base, stripe.api_key)
    with fake.configure_global_sdk():
        assert stripe.api_base == fake.url
        created = stripe.checkout.Session.create(**session_params())
        fake.complete_session(created.id)
        session = stripe.checkout.Session.retrieve(created.id, expand=["payment_intent"])
        assert session.payment_intent.status == "succeeded"
    assert (stripe.api_base, stripe.api_key) == before


def test_async_payment_pending_then_succeeds(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    created = create_session(sdk)

    pending = fake.complete_session(created.id, async_pending=True)
    assert (pending["status"], pending["payment_status"]) == ("complete", "unpaid")
    intent_id = pending["payment_intent"]
    assert sdk.v1.payment_intents.retrieve(intent_id).status == "processing"

    assert fake.succeed_async(created.id)["payment_status"] == "paid"
    assert sdk.v1.payment_intents.retrieve(intent_id).status == "succeeded"
    with pytest.raises(ValueError, match="no pending payment"):
        fake.fail_async(created.id)


def test_async_payment_pending_then_fails(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    created = create_session(sdk)
    intent_id = fake.complete_session(created.id, async_pending=True)["payment_intent"]

    assert fake.fail_async(created.id)["payment_status"] == "unpaid"

    intent = sdk.v1.payment_intents.retrieve(intent_id)
    assert intent.status == "requires_payment_method"
    assert intent.last_payment_error is not None
    with pytest.raises(stripe.InvalidRequestError):
        sdk.v1.refunds.create(params={"payment_intent": intent_id})


def test_completing_without_payment(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    created = create_session(sdk)
    session = fake.complete_session(created.id, paid=False)
    assert session["payment_status"] == "no_payment_required"
    assert session["payment_intent"] is None


# -- refunds ----------------------------------------------------------------------------------


def test_refunds(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    created = create_session(sdk)
    intent_id = fake.complete_session(created.id)["payment_intent"]

    partial = sdk.v1.refunds.create(
        params={"payment_intent": intent_id, "amount": 2500, "metadata": {"booking_id": "1"}},
        options={"idempotency_key": "refund-1"},
    )
    again = sdk.v1.refunds.create(
        params={"payment_intent": intent_id, "amount": 2500, "metadata": {"booking_id": "1"}},
        options={"idempotency_key": "refund-1"},
    )

    assert isinstance(partial, stripe.Refund)
    assert partial.id.startswith("re_test_")
    assert again.id == partial.id
    assert (partial.object, partial.status, partial.amount) == ("refund", "succeeded", 2500)
    assert partial.payment_intent == intent_id
    assert partial.currency == "eur"
    assert partial.metadata["booking_id"] == "1"

    rest = sdk.v1.refunds.create(params={"payment_intent": intent_id})
    assert rest.amount == created.amount_total - 2500
    assert [refund["amount"] for refund in fake.refunds] == [2500, created.amount_total - 2500]
    assert sdk.v1.refunds.retrieve(rest.id).amount == rest.amount

    with pytest.raises(stripe.InvalidRequestError) as refunded:
        sdk.v1.refunds.create(params={"payment_intent": intent_id, "amount": 1})
    assert refunded.value.code == "charge_already_refunded"


def test_refund_larger_than_the_payment_is_refused(
    fake: FakeStripe, sdk: stripe.StripeClient
) -> None:
    created = create_session(sdk)
    intent_id = fake.complete_session(created.id)["payment_intent"]

    with pytest.raises(stripe.InvalidRequestError) as caught:
        sdk.v1.refunds.create(
            params={"payment_intent": intent_id, "amount": created.amount_total + 1}
        )

    assert caught.value.param == "amount"
    assert fake.refunds == []


# -- errors -----------------------------------------------------------------------------------


def test_unknown_ids_are_404_invalid_request_errors(sdk: stripe.StripeClient) -> None:
    with pytest.raises(stripe.InvalidRequestError) as session:
        sdk.v1.checkout.sessions.retrieve("cs_test_nope")
    assert session.value.http_status == 404
    assert session.value.code == "resource_missing"
    assert session.value.json_body["error"]["type"] == "invalid_request_error"

    with pytest.raises(stripe.InvalidRequestError) as intent:
        sdk.v1.payment_intents.retrieve("pi_test_nope")
    assert intent.value.http_status == 404

    with pytest.raises(stripe.InvalidRequestError) as refund:
        sdk.v1.refunds.create(params={"payment_intent": "pi_test_nope"})
    assert refund.value.code == "resource_missing"


def test_api_key_is_required(fake: FakeStripe) -> None:
    status, body = raw_request(f"{fake.url}/v1/checkout/sessions/cs_test_x")
    assert status == 401
    assert body["error"]["type"] == "invalid_request_error"

    with pytest.raises(stripe.AuthenticationError):
        fake.client("not-the-configured-key").v1.checkout.sessions.create(params=session_params())
    assert fake.sessions == []


def test_unknown_route_is_404(fake: FakeStripe) -> None:
    status, body = raw_request(
        f"{fake.url}/v1/customers", headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"}
    )
    assert status == 404
    assert "Unrecognized request URL" in body["error"]["message"]


def test_injected_errors(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    fake.fail_next(SESSIONS, status=500)
    with pytest.raises(stripe.APIError):
        create_session(sdk)
    assert create_session(sdk).status == "open"

    fake.fail_next(SESSIONS, status=500)
    retrying = fake.client(max_network_retries=1)
    assert create_session(retrying).status == "open"  # the SDK retried with the same key
    assert len(fake.sessions) == 2


def test_payment_page_placeholder(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    session = create_session(sdk)
    with urllib.request.urlopen(session.url, timeout=10) as response:
        page = response.read().decode()
    assert session.id in page
    assert "120.00 EUR" in page


# -- webhooks ---------------------------------------------------------------------------------


def test_event_shape(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    session = create_session(sdk)
    event = fake.event("checkout.session.completed", fake.complete_session(session.id))

    assert event["id"].startswith("evt_test_")
    assert event["object"] == "event"
    assert event["api_version"] == stripe.api_version
    assert event["livemode"] is False
    assert event["type"] == "checkout.session.completed"
    assert event["data"]["object"]["id"] == session.id
    assert event["data"]["object"]["payment_status"] == "paid"
    assert isinstance(event["created"], int)
    assert event["pending_webhooks"] == 1
    assert event["request"] == {"id": None, "idempotency_key": None}
    assert sdk.v1.events.retrieve(event["id"]).type == "checkout.session.completed"


def test_signed_event_is_accepted(fake: FakeStripe, sdk: stripe.StripeClient) -> None:
    session = create_session(sdk)
    payload = json.dumps(fake.event("checkout.session.expired", session.id)).encode()

    event = stripe.Webhook.construct_event(
        payload, sign_payload(payload, WEBHOOK_SECRET), WEBHOOK_SECRET
    )

    assert event.type == "checkout.session.expired"
    assert event.data.object["id"] == session.id
    body, header = fake.signed_event("checkout.session.completed", session.id, WEBHOOK_SECRET)
    assert sdk.construct_event(body, header, WEBHOOK_SECRET).data.object["id"] == session.id


def test_signature_is_made_exactly_like_stripes() -> None:
    payload = '{"id": "evt_test_1", "object": "event"}'
    expected = stripe.WebhookSignature.generate_signature_header(
        payload, WEBHOOK_SECRET, timestamp=1_700_000_000
    )
    assert sign_payload(payload.encode(), WEBHOOK_SECRET, timestamp=1_700_000_000) == expected


def test_tampered_payload_is_rejected(fake: FakeStripe) -> None:
    payload = json.dumps(fake.event("checkout.session.completed", {"id": "cs_test_1"})).encode()
    header = sign_payload(payload, WEBHOOK_SECRET)

    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(
            payload.replace(b"cs_test_1", b"cs_test_2"), header, WEBHOOK_SECRET
        )
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(payload, header, "whsec_someone_else")


def test_stale_timestamp_is_rejected(fake: FakeStripe) -> None:
    payload = json.dumps(fake.event("checkout.session.completed", {"id": "cs_test_1"})).encode()
    stale = int(time.time()) - stripe.Webhook.DEFAULT_TOLERANCE - 60

    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(
            payload, sign_payload(payload, WEBHOOK_SECRET, timestamp=stale), WEBHOOK_SECRET
        )


def test_one_valid_signature_among_several_is_accepted(fake: FakeStripe) -> None:
    payload = json.dumps(fake.event("checkout.session.completed", {"id": "cs_test_1"})).encode()
    header = sign_payload(payload, WEBHOOK_SECRET, extra_v1=["0" * 64])

    assert header.count("v1=") == 2
    assert header.split(",")[1] == "v1=" + "0" * 64
    event = stripe.Webhook.construct_event(payload, header, WEBHOOK_SECRET)
    assert event.data.object["id"] == "cs_test_1"
