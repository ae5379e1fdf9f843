"""An in-memory HTTP fake of the part of the Stripe API that a Checkout integration uses.

The official `stripe` SDK talks to it over real HTTP on loopback (standard library only:
`ThreadingHTTPServer` in a daemon thread), so tests exercise the SDK's real encoding, headers,
idempotency keys and error mapping without any network access:

    with FakeStripe() as fake:
        client = stripe.StripeClient("sk_test_x", base_addresses={"api": fake.url})
        session = client.v1.checkout.sessions.create(params={...})
        fake.complete_session(session.id)

or, for code that uses the SDK's global configuration, `stripe.api_base = fake.url` (see
`FakeStripe.configure_global_sdk`).

Endpoints: POST /v1/checkout/sessions, GET /v1/checkout/sessions/{id}, POST
/v1/checkout/sessions/{id}/expire, GET /v1/payment_intents/{id}, POST /v1/refunds, GET
/v1/refunds/{id}, GET /v1/events/{id}; plus GET /pay/{id}, a placeholder hosted payment page.
Request bodies are Stripe's form encoding (`line_items[0][price_data][currency]=eur`),
responses Stripe-shaped JSON; errors are `{"error": {"type": ..., "message": ...}}` with the
statuses the SDK maps to its exception classes. Payments are driven by Python helpers
(`complete_session`, `succeed_async`, `fail_async`, `expire_session`), and webhooks are built
with `event` and signed with `sign_payload` exactly the way Stripe signs them.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import html
import json
import re
import secrets
import string
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

if TYPE_CHECKING:
    import stripe

JSON = dict[str, Any]

DEFAULT_API_KEY = "sk_test_fake_stripe_0000000000"
FALLBACK_API_VERSION = "2025-01-27.acacia"
SESSION_LIFETIME = 24 * 3600
MIN_SESSION_LIFETIME = 30 * 60
DOC_URL = "https://stripe.com/docs/error-codes"

# Top-level parameters the real API accepts on POST /v1/checkout/sessions (from the SDK's
# SessionCreateParams, plus `payment_method_types`, which older API versions use). Only the
# ones a payment-mode Checkout integration needs are modelled; the others are accepted and
# ignored, and anything else is rejected the way Stripe rejects it.
SESSION_CREATE_PARAMS = frozenset(
    {
        "adaptive_pricing",
        "after_expiration",
        "allow_promotion_codes",
        "allowed_payment_method_types",
        "automatic_tax",
        "billing_address_collection",
        "branding_settings",
        "cancel_url",
        "client_reference_id",
        "consent_collection",
        "currency",
        "custom_fields",
        "custom_text",
        "customer",
        "customer_account",
        "customer_creation",
        "customer_email",
        "customer_update",
        "discounts",
        "excluded_payment_method_types",
        "expand",
        "expires_at",
        "integration_identifier",
        "invoice_creation",
        "line_items",
        "locale",
        "managed_payments",
        "metadata",
        "mode",
        "name_collection",
        "optional_items",
        "origin_context",
        "payment_intent_data",
        "payment_method_collection",
        "payment_method_configuration",
        "payment_method_data",
        "payment_method_options",
        "payment_method_types",
        "permissions",
        "phone_number_collection",
        "redirect_on_completion",
        "return_url",
        "saved_payment_method_options",
        "setup_intent_data",
        "shipping_address_collection",
        "shipping_options",
        "submit_type",
        "subscription_data",
        "success_url",
        "tax_id_collection",
        "ui_mode",
        "wallet_options",
    }
)
REFUND_CREATE_PARAMS = frozenset(
    {
        "amount",
        "charge",
        "currency",
        "customer",
        "expand",
        "instructions_email",
        "metadata",
        "origin",
        "payment_intent",
        "reason",
        "refund_application_fee",
        "reverse_transfer",
    }
)
REFUND_REASONS = frozenset({"duplicate", "fraudulent", "requested_by_customer"})

_ALPHABET = string.ascii_letters + string.digits
_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
_CURRENCY = re.compile(r"^[a-z]{3}$")


def _token(length: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def new_id(prefix: str) -> str:
    """A Stripe-looking test-mode id: `cs_test_…`, `pi_test_…`, `re_test_…`, `evt_test_…`."""
    return f"{prefix}_test_{_token(24)}"


def sign_payload(
    payload: bytes | str,
    secret: str,
    timestamp: int | None = None,
    extra_v1: list[str] | None = None,
) -> str:
    """A `Stripe-Signature` header for `payload`, made the way Stripe makes it:
    `t={timestamp},v1={hex HMAC-SHA256(secret, f"{timestamp}.{payload}")}`.

    `extra_v1` signatures are listed before the right one (as during a secret rotation)."""
    if timestamp is None:
        timestamp = int(time.time())
    text = payload.decode("utf-8") if isinstance(payload, bytes) else payload
    signature = hmac.new(
        secret.encode("utf-8"), f"{timestamp}.{text}".encode(), hashlib.sha256
    ).hexdigest()
    parts = [f"t={timestamp}", *(f"v1={extra}" for extra in extra_v1 or []), f"v1={signature}"]
    return ",".join(parts)


def sdk_api_version() -> str:
    """The API version the installed SDK pins (what a webhook endpoint created for it sends)."""
    try:
        import stripe
    except ImportError:  # pragma: no cover - stripe is a project dependency
        return FALLBACK_API_VERSION
    return str(stripe.api_version)


class StripeApiError(Exception):
    """An error response: `{"error": {...}}` with an HTTP status."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param

    def body(self) -> JSON:
        error: JSON = {"type": self.type, "message": self.message}
        if self.code is not None:
            error["code"] = self.code
            error["doc_url"] = f"{DOC_URL}#{self.code.replace('_', '-')}"
        if self.param is not None:
            error["param"] = self.param
        return {"error": error}


def _missing(kind: str, object_id: str, param: str, status: int = 404) -> StripeApiError:
    return StripeApiError(
        status, f"No such {kind}: '{object_id}'", code="resource_missing", param=param
    )


def _invalid(message: str, param: str | None = None, code: str | None = None) -> StripeApiError:
    return StripeApiError(400, message, param=param, code=code)


def parse_stripe_form(body: str | bytes) -> JSON:
    """Stripe's form encoding into nested dicts and lists.

    `metadata[booking_id]=1` → `{"metadata": {"booking_id": "1"}}`; `line_items[0][quantity]=1`
    → `{"line_items": [{"quantity": "1"}]}`; `expand[]=a&expand[]=b` → `{"expand": ["a", "b"]}`.
    Values stay strings, as on the wire. Raises `StripeApiError` (400) on malformed keys."""
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    root: dict[str, Any] = {}
    for key, value in parse_qsl(text, keep_blank_values=True, strict_parsing=False):
        match = _KEY.match(key)
        if not match:
            raise _invalid(f"Invalid parameter name: {key}")
        segments = [match.group(1), *_SEGMENT.findall(match.group(2))]
        node = root
        for position, raw in enumerate(segments):
            segment = raw or str(len(node))
            if position == len(segments) - 1:
                if isinstance(node.get(segment), dict):
                    raise _invalid(f"Invalid parameter: {key} is both a value and a hash", key)
                node[segment] = value
            else:
                child = node.setdefault(segment, {})
                if not isinstance(child, dict):
                    raise _invalid(f"Invalid parameter: {key} is both a value and a hash", key)
                node = child
    result = _listify(root, "")
    assert isinstance(result, dict)
    return result


def _listify(node: Any, path: str) -> Any:
    if not isinstance(node, dict):
        return node
    items = {key: _listify(value, f"{path}[{key}]" if path else key) for key, value in node.items()}
    if path and items and all(key.isdigit() for key in items):
        indexes = sorted(items, key=int)
        if [int(index) for index in indexes] != list(range(len(indexes))):
            raise _invalid(f"Invalid array: the indexes of {path} must be 0, 1, 2, …", path)
        return [items[index] for index in indexes]
    return items


def _integer(value: Any, param: str, *, minimum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _invalid(f"Invalid integer: {value!r}", param)
    try:
        number = int(value)
    except ValueError:
        raise _invalid(f"Invalid integer: {value}", param) from None
    if minimum is not None and number < minimum:
        raise _invalid(f"This value must be greater than or equal to {minimum}.", param)
    return number


def _optional_string(params: Mapping[str, Any], name: str, max_length: int = 5000) -> str | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _invalid(f"Invalid string: {name} must be a string", name)
    if len(value) > max_length:
        raise _invalid(f"Invalid string: {name} must be at most {max_length} characters", name)
    return value


def _metadata(value: Any, param: str = "metadata") -> dict[str, str]:
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise _invalid(f"Invalid hash: {param} must be a hash", param)
    if len(value) > 50:
        raise _invalid("You can specify up to 50 keys in metadata.", param)
    for key, item in value.items():
        if len(key) > 40:
            raise _invalid(f"Metadata keys can be at most 40 characters: {key}", f"{param}[{key}]")
        if not isinstance(item, str):
            raise _invalid(f"Invalid string: {param}[{key}] must be a string", f"{param}[{key}]")
        if len(item) > 500:
            raise _invalid(
                f"Metadata values can be at most 500 characters: {key}", f"{param}[{key}]"
            )
    return {key: item for key, item in value.items() if item != ""}


def _expand_list(params: Mapping[str, Any]) -> list[str]:
    value = params.get("expand")
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(item, str) for item in values):
        raise _invalid("Invalid array: expand must be a list of strings", "expand")
    return values


def _url(params: Mapping[str, Any], name: str) -> str | None:
    value = _optional_string(params, name, 5000)
    if value is not None and not value.startswith(("http://", "https://")):
        raise _invalid("Not a valid URL", name, code="url_invalid")
    return value


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received (headers with lower-case names)."""

    method: str
    path: str
    params: JSON
    headers: dict[str, str]
    status: int


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class _StoredIdempotentResult:
    method: str
    path: str
    params: JSON
    response: Response


@dataclass
class _InjectedError:
    status: int
    error: StripeApiError
    times: int


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeStripe


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        response = self.server.fake.handle(method, self.path, headers, body)
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read `FakeStripe.requests` instead."""


_Route = tuple[str, re.Pattern[str], str]


class FakeStripe:
    """A Stripe API fake on `http://127.0.0.1:{port}`; a context manager (or start()/stop()).

    State is in memory behind one lock: every request is handled atomically, so concurrent
    requests with one idempotency key create one object. Read it through the snapshot
    properties (`sessions`, `payment_intents`, `charges`, `refunds`, `events`, `calls`,
    `requests`), which return copies."""

    ROUTES: tuple[_Route, ...] = (
        ("POST", re.compile(r"^/v1/checkout/sessions$"), "_http_create_session"),
        ("GET", re.compile(r"^/v1/checkout/sessions/(?P<id>[^/]+)$"), "_http_retrieve_session"),
        (
            "POST",
            re.compile(r"^/v1/checkout/sessions/(?P<id>[^/]+)/expire$"),
            "_http_expire_session",
        ),
        ("GET", re.compile(r"^/v1/payment_intents/(?P<id>[^/]+)$"), "_http_retrieve_intent"),
        ("POST", re.compile(r"^/v1/refunds$"), "_http_create_refund"),
        ("GET", re.compile(r"^/v1/refunds/(?P<id>[^/]+)$"), "_http_retrieve_refund"),
        ("GET", re.compile(r"^/v1/events/(?P<id>[^/]+)$"), "_http_retrieve_event"),
    )

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.host = host
        self.port = port
        self.clock = clock
        self._lock = threading.RLock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._url: str | None = None
        self.reset()

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeStripe:
        if self._server is not None:
            raise RuntimeError("FakeStripe is already running")
        server = _Server((self.host, self.port), _Handler)
        server.fake = self
        self._server = server
        self._url = f"http://{self.host}:{server.server_address[1]}"
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-stripe",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> FakeStripe:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """`http://127.0.0.1:{port}`, the SDK's API base (no trailing slash, no /v1)."""
        if self._url is None:
            raise RuntimeError("FakeStripe is not started")
        return self._url

    def reset(self) -> None:
        """Forget every object, idempotency key, recorded call and injected error."""
        with self._lock:
            self._objects: dict[str, JSON] = {}
            self._session_extras: dict[str, JSON] = {}
            self._idempotency: dict[tuple[str, str], _StoredIdempotentResult] = {}
            self._calls: Counter[str] = Counter()
            self._requests: list[RecordedRequest] = []
            self._injected: dict[str, list[_InjectedError]] = {}

    # -- SDK wiring ---------------------------------------------------------------------------

    def client(self, api_key: str = DEFAULT_API_KEY, **options: Any) -> stripe.StripeClient:
        """A `stripe.StripeClient` pointed at this fake (no retries unless asked for)."""
        import stripe

        options.setdefault("max_network_retries", 0)
        return stripe.StripeClient(api_key, base_addresses={"api": self.url}, **options)

    @contextmanager
    def configure_global_sdk(
        self, api_key: str = DEFAULT_API_KEY, *, max_network_retries: int = 0
    ) -> Iterator[None]:
        """Point the SDK's global configuration (`stripe.api_base`, `stripe.api_key`) at this
        fake for the duration of the block, restoring the previous values afterwards."""
        import stripe

        saved = (stripe.api_base, stripe.api_key, stripe.max_network_retries)
        stripe.api_base = self.url
        stripe.api_key = api_key
        stripe.max_network_retries = max_network_retries
        try:
            yield
        finally:
            stripe.api_base, stripe.api_key, stripe.max_network_retries = saved

    # -- snapshots ----------------------------------------------------------------------------

    def _of_type(self, object_name: str) -> list[JSON]:
        with self._lock:
            return [
                copy.deepcopy(obj) for obj in self._objects.values() if obj["object"] == object_name
            ]

    @property
    def sessions(self) -> list[JSON]:
        """The Checkout Sessions created, oldest first."""
        with self._lock:
            for session_id in self._session_extras:
                self._refresh(self._objects[session_id])
        return self._of_type("checkout.session")

    @property
    def payment_intents(self) -> list[JSON]:
        return self._of_type("payment_intent")

    @property
    def charges(self) -> list[JSON]:
        return self._of_type("charge")

    @property
    def refunds(self) -> list[JSON]:
        return self._of_type("refund")

    @property
    def events(self) -> list[JSON]:
        """Events built with `event()`, oldest first."""
        return self._of_type("event")

    @property
    def calls(self) -> Counter[str]:
        """Requests per `"{METHOD} {path}"`, e.g. `calls["POST /v1/checkout/sessions"]`."""
        with self._lock:
            return Counter(self._calls)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def get(self, object_id: str) -> JSON:
        """A copy of any stored object by id (KeyError when unknown)."""
        with self._lock:
            obj = self._objects[object_id]
            self._refresh(obj)
            return copy.deepcopy(obj)

    def success_redirect(self, session_id: str) -> str:
        """The session's success_url as Stripe redirects to it ({CHECKOUT_SESSION_ID} filled)."""
        session = self.get(session_id)
        if not session["success_url"]:
            raise ValueError(f"{session_id} has no success_url")
        return str(session["success_url"]).replace("{CHECKOUT_SESSION_ID}", session_id)

    # -- test helpers: payments -----------------------------------------------------------------

    def complete_session(
        self, session_id: str, *, paid: bool = True, async_pending: bool = False
    ) -> JSON:
        """The customer finishes Checkout: status "complete".

        - default: payment_status "paid", a PaymentIntent `pi_…` "succeeded" with a charge;
        - `async_pending=True` (e.g. SEPA debit): payment_status "unpaid", PaymentIntent
          "processing" until `succeed_async` or `fail_async`;
        - `paid=False` (and not async_pending): payment_status "no_payment_required" and no
          PaymentIntent, as for a session whose total was discounted to zero.

        The PaymentIntent copies amount, currency and the session's metadata, overlaid with
        `payment_intent_data[metadata]` (real Stripe copies only the latter). Returns a copy of
        the session."""
        with self._lock:
            session = self._session(session_id)
            if session["status"] != "open":
                raise ValueError(f"{session_id} is {session['status']}, not open")
            session["status"] = "complete"
            session["customer_details"] = {
                "email": session["customer_email"] or "customer@example.com",
                "name": None,
                "phone": None,
                "address": None,
                "tax_exempt": "none",
                "tax_ids": [],
            }
            if async_pending:
                session["payment_status"] = "unpaid"
                session["payment_intent"] = self._new_payment_intent(session, "processing")
            elif paid:
                session["payment_status"] = "paid"
                session["payment_intent"] = self._new_payment_intent(session, "succeeded")
            else:
                session["payment_status"] = "no_payment_required"
            return copy.deepcopy(session)

    def succeed_async(self, session_id: str) -> JSON:
        """A pending (async) payment clears: payment_status "paid", PaymentIntent "succeeded"."""
        with self._lock:
            session, intent, charge = self._pending(session_id)
            session["payment_status"] = "paid"
            intent["status"] = "succeeded"
            intent["amount_received"] = intent["amount"]
            charge.update(status="succeeded", paid=True, captured=True)
            charge["amount_captured"] = charge["amount"]
            return copy.deepcopy(session)

    def fail_async(self, session_id: str) -> JSON:
        """A pending (async) payment fails: payment_status stays "unpaid", PaymentIntent
        "requires_payment_method" with a last_payment_error."""
        with self._lock:
            session, intent, charge = self._pending(session_id)
            session["payment_status"] = "unpaid"
            intent["status"] = "requires_payment_method"
            intent["last_payment_error"] = {
                "type": "card_error",
                "code": "payment_method_provider_decline",
                "message": "The payment was declined.",
                "charge": charge["id"],
            }
            charge.update(status="failed", paid=False, failure_code="generic_decline")
            return copy.deepcopy(session)

    def expire_session(self, session_id: str) -> JSON:
        """The session expires (as at expires_at, or POST …/expire): status "expired"."""
        with self._lock:
            return copy.deepcopy(self._expire(self._session(session_id)))

    # -- test helpers: failures -------------------------------------------------------------------

    def fail_next(
        self,
        route: str,
        *,
        status: int = 500,
        type: str = "api_error",
        message: str = "An unknown error occurred (injected by FakeStripe).",
        code: str | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` requests to `route` (`"POST /v1/checkout/sessions"`, the
        exact path) with this error instead of handling them. Note that the SDK retries 409s
        and 5xx up to its max_network_retries."""
        with self._lock:
            error = StripeApiError(status, message, type=type, code=code)
            self._injected.setdefault(route, []).append(_InjectedError(status, error, times))

    # -- test helpers: webhooks -------------------------------------------------------------------

    def event(
        self,
        type: str,
        data_object: JSON | str,
        *,
        previous_attributes: JSON | None = None,
        api_version: str | None = None,
    ) -> JSON:
        """A full Stripe Event (`evt_…`, object "event") whose data.object is a snapshot of
        `data_object` (a dict, or the id of a stored object). Also retrievable at
        GET /v1/events/{id}."""
        with self._lock:
            if isinstance(data_object, str):
                obj = self.get(data_object)
            else:
                obj = copy.deepcopy(data_object)
            data: JSON = {"object": obj}
            if previous_attributes is not None:
                data["previous_attributes"] = copy.deepcopy(previous_attributes)
            event: JSON = {
                "id": new_id("evt"),
                "object": "event",
                "api_version": api_version or sdk_api_version(),
                "created": self._now(),
                "data": data,
                "livemode": False,
                "pending_webhooks": 1,
                "request": {"id": None, "idempotency_key": None},
                "type": type,
            }
            self._objects[event["id"]] = event
            return copy.deepcopy(event)

    def signed_event(
        self, type: str, data_object: JSON | str, secret: str, *, timestamp: int | None = None
    ) -> tuple[bytes, str]:
        """`event(...)` serialised as Stripe sends it, and its `Stripe-Signature` header."""
        payload = json.dumps(self.event(type, data_object), indent=2).encode()
        return payload, sign_payload(payload, secret, timestamp)

    # -- request handling --------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: Mapping[str, str], body: bytes) -> Response:
        """Answer one request (`headers` with lower-case names); the HTTP handler calls this."""
        method = method.upper()
        split = urlsplit(target)
        path = split.path
        request_id = f"req_{_token(14)}"
        params: JSON = {}
        with self._lock:
            try:
                if method == "GET" and path.startswith("/pay/"):
                    response = self._payment_page(path.removeprefix("/pay/"))
                else:
                    api_key = self._authenticate(headers)
                    params = parse_stripe_form(split.query)
                    if method == "POST":
                        params.update(parse_stripe_form(body))
                    response = self._route(method, path, params, headers, api_key)
            except StripeApiError as exc:
                response = self._json(exc.status, exc.body())
            except Exception as exc:
                response = self._json(
                    500,
                    StripeApiError(500, f"FakeStripe bug: {exc!r}", type="api_error").body(),
                )
                response.headers["Stripe-Should-Retry"] = "false"
            response.headers.setdefault("Request-Id", request_id)
            self._calls[f"{method} {path}"] += 1
            self._requests.append(
                RecordedRequest(method, path, copy.deepcopy(params), dict(headers), response.status)
            )
            return response

    def _authenticate(self, headers: Mapping[str, str]) -> str:
        authorization = headers.get("authorization", "")
        if not authorization:
            raise StripeApiError(
                401,
                "You did not provide an API key. You need to provide your API key in the "
                "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_"
                "SECRET_KEY').",
            )
        scheme, _, key = authorization.partition(" ")
        if scheme.lower() != "bearer" or not key.startswith(("sk_test_", "rk_test_")):
            shown = key[:8] + "*" * max(0, len(key) - 12) + key[-4:] if key else authorization
            raise StripeApiError(401, f"Invalid API Key provided: {shown}")
        return key

    def _route(
        self, method: str, path: str, params: JSON, headers: Mapping[str, str], api_key: str
    ) -> Response:
        found = [
            (name, match)
            for route_method, pattern, name in self.ROUTES
            if route_method == method and (match := pattern.match(path))
        ]
        if not found:
            raise StripeApiError(
                404,
                f"Unrecognized request URL ({method}: {path}). Please see https://stripe.com/docs "
                "or we can help at https://support.stripe.com/.",
            )
        handler_name, match = found[0]
        route = f"{method} {path}"
        injected = self._injected.get(route)
        if injected:
            failure = injected[0]
            failure.times -= 1
            if failure.times <= 0:
                injected.pop(0)
            raise failure.error

        key = headers.get("idempotency-key") if method == "POST" else None
        if key:
            stored = self._idempotency.get((api_key, key))
            if stored is not None:
                if (stored.method, stored.path) != (method, path):
                    raise StripeApiError(
                        400,
                        f"Keys for idempotent requests can only be used for the same endpoint "
                        f"they were first used for ({stored.method} {stored.path}). Try using a "
                        f"key other than '{key}' if you meant to execute a different request.",
                        type="idempotency_error",
                    )
                if stored.params != params:
                    raise StripeApiError(
                        400,
                        "Keys for idempotent requests can only be used with the same parameters "
                        f"they were first used with. Try using a key other than '{key}' if you "
                        "meant to execute a different request.",
                        type="idempotency_error",
                    )
                replay = copy.deepcopy(stored.response)
                replay.headers["Idempotent-Replayed"] = "true"
                return replay

        handler: Callable[..., JSON] = getattr(self, handler_name)
        result = handler(params, **match.groupdict())
        response = self._json(200, result)
        if key:
            response.headers["Idempotency-Key"] = key
            self._idempotency[(api_key, key)] = _StoredIdempotentResult(
                method, path, copy.deepcopy(params), copy.deepcopy(response)
            )
        return response

    @staticmethod
    def _json(status: int, payload: JSON) -> Response:
        body = json.dumps(payload, indent=2).encode()
        return Response(status, body, {"Content-Type": "application/json"})

    def _payment_page(self, session_id: str) -> Response:
        session = self._objects.get(session_id)
        if session is None or session["object"] != "checkout.session":
            return Response(404, b"Not found\n", {"Content-Type": "text/plain"})
        self._refresh(session)
        amount = session["amount_total"]
        text = (
            "<!doctype html><title>Fake Stripe Checkout</title>"
            f"<h1>Fake Stripe Checkout</h1><p id=session>{html.escape(session_id)}</p>"
            f"<p id=amount>{amount // 100}.{amount % 100:02d} "
            f"{html.escape(str(session['currency']).upper())}</p>"
            f"<p id=status>{html.escape(str(session['status']))}</p>"
        )
        return Response(200, text.encode(), {"Content-Type": "text/html; charset=utf-8"})

    # -- endpoints ------------------------------------------------------------------------------

    def _http_create_session(self, params: JSON) -> JSON:
        self._reject_unknown(params, SESSION_CREATE_PARAMS)
        mode = params.get("mode")
        if not mode:
            raise _invalid("Missing required param: mode.", "mode")
        if mode != "payment":
            raise _invalid(f"FakeStripe models only mode=payment, not {mode!r}.", "mode")
        line_items = params.get("line_items")
        if not isinstance(line_items, list) or not line_items:
            raise _invalid("`line_items` is required in `payment` mode.", "line_items")
        currency: str | None = None
        total = 0
        items: list[JSON] = []
        for index, item in enumerate(line_items):
            name = f"line_items[{index}]"
            line, line_currency = self._line_item(item, name)
            if currency is not None and line_currency != currency:
                raise _invalid(
                    "All line items must use the same currency.", f"{name}[price_data][currency]"
                )
            currency = line_currency
            total += line["amount_total"]
            items.append(line)
        now = self._now()
        expires_at = now + SESSION_LIFETIME
        if params.get("expires_at") not in (None, ""):
            expires_at = _integer(params["expires_at"], "expires_at")
            if not now + MIN_SESSION_LIFETIME - 5 <= expires_at <= now + SESSION_LIFETIME + 5:
                raise _invalid(
                    "The `expires_at` timestamp must be between 30 minutes and 24 hours from "
                    "Checkout Session creation.",
                    "expires_at",
                )
        intent_data = params.get("payment_intent_data") or {}
        if not isinstance(intent_data, dict):
            raise _invalid("Invalid hash: payment_intent_data", "payment_intent_data")
        session_id = new_id("cs")
        methods = params.get("payment_method_types") or ["card"]
        session: JSON = {
            "id": session_id,
            "object": "checkout.session",
            "amount_subtotal": total,
            "amount_total": total,
            "cancel_url": _url(params, "cancel_url"),
            "client_reference_id": _optional_string(params, "client_reference_id", 200),
            "created": now,
            "currency": currency,
            "customer": None,
            "customer_details": None,
            "customer_email": _optional_string(params, "customer_email", 800),
            "expires_at": expires_at,
            "livemode": False,
            "locale": _optional_string(params, "locale", 20),
            "metadata": _metadata(params.get("metadata")),
            "mode": "payment",
            "payment_intent": None,
            "payment_method_types": methods,
            "payment_status": "unpaid",
            "status": "open",
            "submit_type": _optional_string(params, "submit_type", 20),
            "success_url": _url(params, "success_url"),
            "ui_mode": _optional_string(params, "ui_mode", 20) or "hosted",
            "url": f"{self.url}/pay/{session_id}",
        }
        self._objects[session_id] = session
        self._session_extras[session_id] = {
            "line_items": items,
            "payment_intent_data": {
                "metadata": _metadata(intent_data.get("metadata"), "payment_intent_data[metadata]"),
                "description": _optional_string(intent_data, "description"),
            },
        }
        return self._render(session, _expand_list(params))

    def _line_item(self, item: Any, name: str) -> tuple[JSON, str]:
        if not isinstance(item, dict):
            raise _invalid(f"Invalid hash: {name}", name)
        if "price" in item:
            raise _invalid(
                "FakeStripe does not model Prices: pass price_data instead.", f"{name}[price]"
            )
        price_data = item.get("price_data")
        if not isinstance(price_data, dict):
            raise _invalid(f"Missing required param: {name}[price_data].", f"{name}[price_data]")
        currency = str(price_data.get("currency") or "").lower()
        if not _CURRENCY.match(currency):
            raise _invalid(
                f"Invalid currency: {price_data.get('currency')!r}",
                f"{name}[price_data][currency]",
            )
        if price_data.get("unit_amount") is None:
            raise _invalid(
                f"Missing required param: {name}[price_data][unit_amount].",
                f"{name}[price_data][unit_amount]",
            )
        unit_amount = _integer(
            price_data["unit_amount"], f"{name}[price_data][unit_amount]", minimum=0
        )
        product_data = price_data.get("product_data")
        if isinstance(product_data, dict) and product_data.get("name"):
            description = str(product_data["name"])
        elif isinstance(price_data.get("product"), str):
            description = str(price_data["product"])
        else:
            raise _invalid(
                f"Missing required param: {name}[price_data][product_data][name].",
                f"{name}[price_data][product_data][name]",
            )
        if item.get("quantity") is None:
            raise _invalid(f"Missing required param: {name}[quantity].", f"{name}[quantity]")
        quantity = _integer(item["quantity"], f"{name}[quantity]", minimum=1)
        line: JSON = {
            "id": new_id("li"),
            "object": "item",
            "amount_discount": 0,
            "amount_subtotal": unit_amount * quantity,
            "amount_tax": 0,
            "amount_total": unit_amount * quantity,
            "currency": currency,
            "description": description,
            "price": {
                "id": new_id("price"),
                "object": "price",
                "currency": currency,
                "unit_amount": unit_amount,
                "product": new_id("prod"),
                "type": "one_time",
            },
            "quantity": quantity,
        }
        return line, currency

    def _http_retrieve_session(self, params: JSON, id: str) -> JSON:
        self._reject_unknown(params, {"expand"})
        session = self._lookup(id, "checkout.session", "session")
        self._refresh(session)
        return self._render(session, _expand_list(params))

    def _http_expire_session(self, params: JSON, id: str) -> JSON:
        self._reject_unknown(params, {"expand"})
        session = self._lookup(id, "checkout.session", "session")
        try:
            self._expire(session)
        except ValueError:
            raise _invalid(
                'Only Checkout Sessions with a status in ["open"] can be expired.'
            ) from None
        return self._render(session, _expand_list(params))

    def _http_retrieve_intent(self, params: JSON, id: str) -> JSON:
        self._reject_unknown(params, {"expand", "client_secret"})
        return self._render(self._lookup(id, "payment_intent", "intent"), _expand_list(params))

    def _http_create_refund(self, params: JSON) -> JSON:
        self._reject_unknown(params, REFUND_CREATE_PARAMS)
        intent: JSON | None = None
        charge: JSON | None = None
        if params.get("payment_intent"):
            intent = self._lookup(
                str(params["payment_intent"]), "payment_intent", "payment_intent", status=400
            )
            if intent["latest_charge"]:
                charge = self._objects[intent["latest_charge"]]
        elif params.get("charge"):
            charge = self._lookup(str(params["charge"]), "charge", "charge", status=400)
            intent = self._objects.get(charge["payment_intent"] or "")
        else:
            raise _invalid("One of `charge` or `payment_intent` is required.")
        if charge is None or charge["status"] != "succeeded":
            subject = intent["id"] if intent else params.get("charge")
            raise _invalid(
                f"This PaymentIntent ({subject}) does not have a successful charge to refund.",
                code="charge_not_refundable",
            )
        remaining = charge["amount"] - charge["amount_refunded"]
        if remaining <= 0:
            raise _invalid(
                f"Charge {charge['id']} has already been refunded.",
                code="charge_already_refunded",
            )
        amount = remaining
        if params.get("amount") not in (None, ""):
            amount = _integer(params["amount"], "amount", minimum=1)
            if amount > remaining:
                raise _invalid(
                    f"Refund amount ({amount}) is greater than unrefunded amount on charge "
                    f"({remaining})",
                    "amount",
                )
        reason = _optional_string(params, "reason", 40)
        if reason is not None and reason not in REFUND_REASONS:
            raise _invalid(f"Invalid reason: must be one of {sorted(REFUND_REASONS)}", "reason")
        refund: JSON = {
            "id": new_id("re"),
            "object": "refund",
            "amount": amount,
            "balance_transaction": None,
            "charge": charge["id"],
            "created": self._now(),
            "currency": charge["currency"],
            "destination_details": None,
            "metadata": _metadata(params.get("metadata")),
            "payment_intent": charge["payment_intent"],
            "reason": reason,
            "receipt_number": None,
            "source_transfer_reversal": None,
            "status": "succeeded",
            "transfer_reversal": None,
        }
        self._objects[refund["id"]] = refund
        charge["amount_refunded"] += amount
        charge["refunded"] = charge["amount_refunded"] == charge["amount"]
        return self._render(refund, _expand_list(params))

    def _http_retrieve_refund(self, params: JSON, id: str) -> JSON:
        self._reject_unknown(params, {"expand"})
        return self._render(self._lookup(id, "refund", "refund"), _expand_list(params))

    def _http_retrieve_event(self, params: JSON, id: str) -> JSON:
        self._reject_unknown(params, {"expand"})
        return self._render(self._lookup(id, "event", "id"), _expand_list(params))

    # -- internals ------------------------------------------------------------------------------

    def _now(self) -> int:
        return int(self.clock())

    @staticmethod
    def _reject_unknown(params: JSON, allowed: frozenset[str] | set[str]) -> None:
        for name in params:
            if name not in allowed:
                raise _invalid(f"Received unknown parameter: {name}", name)

    def _lookup(self, object_id: str, object_name: str, param: str, status: int = 404) -> JSON:
        obj = self._objects.get(object_id)
        if obj is None or obj["object"] != object_name:
            raise _missing(object_name, object_id, param, status)
        return obj

    def _session(self, session_id: str) -> JSON:
        session = self._objects.get(session_id)
        if session is None or session["object"] != "checkout.session":
            raise KeyError(f"no checkout session {session_id!r}")
        self._refresh(session)
        return session

    def _refresh(self, obj: JSON) -> None:
        """Sessions past their expires_at expire (lazily, on the next look)."""
        if (
            obj["object"] == "checkout.session"
            and obj["status"] == "open"
            and self._now() >= obj["expires_at"]
        ):
            obj["status"] = "expired"

    def _expire(self, session: JSON) -> JSON:
        self._refresh(session)
        if session["status"] != "open":
            raise ValueError(f"{session['id']} is {session['status']}, not open")
        session["status"] = "expired"
        return session

    def _pending(self, session_id: str) -> tuple[JSON, JSON, JSON]:
        session = self._session(session_id)
        intent = self._objects.get(session["payment_intent"] or "")
        if session["status"] != "complete" or intent is None or intent["status"] != "processing":
            raise ValueError(
                f"{session_id} has no pending payment; use complete_session(async_pending=True)"
            )
        return session, intent, self._objects[intent["latest_charge"]]

    def _new_payment_intent(self, session: JSON, status: str) -> str:
        extras = self._session_extras[session["id"]]["payment_intent_data"]
        metadata = {**session["metadata"], **extras["metadata"]}
        intent_id, charge_id = new_id("pi"), new_id("ch")
        succeeded = status == "succeeded"
        now = self._now()
        self._objects[intent_id] = {
            "id": intent_id,
            "object": "payment_intent",
            "amount": session["amount_total"],
            "amount_capturable": 0,
            "amount_received": session["amount_total"] if succeeded else 0,
            "capture_method": "automatic",
            "client_secret": f"{intent_id}_secret_{_token(24)}",
            "created": now,
            "currency": session["currency"],
            "customer": None,
            "description": extras["description"],
            "last_payment_error": None,
            "latest_charge": charge_id,
            "livemode": False,
            "metadata": metadata,
            "payment_method": new_id("pm"),
            "payment_method_types": list(session["payment_method_types"]),
            "status": status,
        }
        self._objects[charge_id] = {
            "id": charge_id,
            "object": "charge",
            "amount": session["amount_total"],
            "amount_captured": session["amount_total"] if succeeded else 0,
            "amount_refunded": 0,
            "captured": succeeded,
            "created": now,
            "currency": session["currency"],
            "failure_code": None,
            "livemode": False,
            "metadata": dict(metadata),
            "paid": succeeded,
            "payment_intent": intent_id,
            "refunded": False,
            "status": "succeeded" if succeeded else "pending",
        }
        return intent_id

    def _render(self, obj: JSON, expand: list[str]) -> JSON:
        rendered = copy.deepcopy(obj)
        for path in expand:
            self._expand(rendered, path.split("."), path)
        return rendered

    def _expand(self, obj: JSON, segments: list[str], path: str) -> None:
        name, rest = segments[0], segments[1:]
        if obj.get("object") == "checkout.session" and name == "line_items":
            items = copy.deepcopy(self._session_extras[obj["id"]]["line_items"])
            obj["line_items"] = {
                "object": "list",
                "data": items,
                "has_more": False,
                "url": f"/v1/checkout/sessions/{obj['id']}/line_items",
            }
            if rest:
                raise _invalid(f"This property cannot be expanded ({path}).", "expand")
            return
        if name not in obj:
            raise _invalid(f"This property cannot be expanded ({path}).", "expand")
        value = obj[name]
        if value is None:
            return
        if isinstance(value, str):
            target = self._objects.get(value)
            if target is None:
                raise _invalid(f"This property cannot be expanded ({path}).", "expand")
            value = obj[name] = copy.deepcopy(target)
        if rest:
            if not isinstance(value, dict):
                raise _invalid(f"This property cannot be expanded ({path}).", "expand")
            self._expand(value, rest, path)
