"""The simulated payment provider's page (only when no Stripe key is configured)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request
from werkzeug.wrappers import Response

from .extensions import db
from .models import SimulatedCheckoutSession, utcnow
from .services.payments import webhook_secret
from .services.payments.simulated import event_payload, sign
from .services.payments.webhooks import receive_event
from .services.uow import transaction

bp = Blueprint("simulated", __name__, url_prefix="/simulated-pay")

# What each button does to the session, and the event the provider then sends.
ACTIONS = {
    "succeed": ("complete", "paid", "succeeded", "checkout.session.completed"),
    "fail": ("open", "unpaid", "requires_payment_method", "payment_intent.payment_failed"),
    "abandon": ("expired", "unpaid", None, "checkout.session.expired"),
}


@bp.before_request
def _only_without_stripe() -> None:
    if current_app.config.get("STRIPE_SECRET_KEY"):
        abort(404)


@bp.get("/<session_id>")
def checkout(session_id: str) -> str:
    row = db.session.get(SimulatedCheckoutSession, session_id)
    if row is None:
        abort(404)
    return render_template("simulated/checkout.html", checkout=row)


@bp.post("/<session_id>")
def act(session_id: str) -> Response:
    action = request.form.get("action", "")
    if action not in ACTIONS:
        abort(400)
    status, payment_status, intent_status, event_type = ACTIONS[action]
    with transaction() as session:
        row = session.get(SimulatedCheckoutSession, session_id, with_for_update=True)
        if row is None:
            abort(404)
        if row.status != "open" or row.expires_at <= utcnow():
            abort(409)
        row.status, row.payment_status = status, payment_status
        if intent_status:
            row.payment_intent_id = row.payment_intent_id or "pi_sim_" + row.id[7:31]
            row.payment_intent_status = intent_status
        payload = event_payload(event_type, row)
        target = row.success_url if action == "succeed" else row.cancel_url
    # The same code path as a delivery to POST /webhooks/stripe.
    receive_event(payload, sign(payload, webhook_secret()))
    return redirect(target, code=303)
