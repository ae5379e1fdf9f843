"""`POST /webhooks/stripe` — CSRF-exempt (the signature is the authentication)."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request
from werkzeug.wrappers import Response

from .extensions import csrf
from .services.payments.webhooks import WebhookRejected, receive_event

bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")


@bp.post("/stripe")
def stripe_webhook() -> tuple[Response, int]:
    try:
        outcome = receive_event(request.get_data(), request.headers.get("Stripe-Signature"))
    except WebhookRejected as exc:
        current_app.logger.warning("webhook rejected: %s", exc)
        return jsonify(error="invalid signature"), 400
    return jsonify(received=True, outcome=outcome), 200


csrf.exempt(stripe_webhook)
