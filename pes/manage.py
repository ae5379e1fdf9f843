"""Customers' access to their booking, without accounts (DESIGN §8).

`/<lang>/manage` asks for reference + email and emails a fresh signed link (the same answer
whether or not the pair exists); `/<lang>/manage/<token>` shows the booking. A missing,
tampered or expired token is a 404, exactly like a booking that does not exist.
"""

from __future__ import annotations

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import BooleanField, EmailField, StringField
from wtforms.validators import DataRequired, Length

from .extensions import db, limiter
from .funnel.forms import check_email
from .i18n import current_locale, localized_blueprint
from .models import Booking, BookingStatus, utcnow
from .services import access, cancellation, payments
from .services.cancellation_policy import current_policy
from .services.drafts import stored_quote
from .services.email import queue_email
from .services.email.calendar import booking_calendar
from .services.email.messages import manage_url
from .services.errors import DomainError, InventoryBusy
from .services.uow import transaction

bp = localized_blueprint("manage", __name__, "/manage")


class LinkRequestForm(FlaskForm):  # type: ignore[misc]
    reference = StringField(
        _l("Booking reference"),
        validators=[DataRequired(_l("Please enter your booking reference.")), Length(max=16)],
        render_kw={"autocapitalize": "characters", "autocomplete": "off", "spellcheck": "false"},
    )
    email = EmailField(
        _l("Email"),
        validators=[DataRequired(_l("Please enter your email.")), check_email],
        render_kw={"autocomplete": "email"},
    )


class PayAgainForm(FlaskForm):  # type: ignore[misc]
    """The pay button: nothing but its CSRF token."""


class CancelForm(FlaskForm):  # type: ignore[misc]
    confirm = BooleanField(
        _l("Yes, cancel my booking"),
        validators=[DataRequired(_l("Please tick the box to confirm the cancellation."))],
    )


@bp.route("/", methods=["GET", "POST"])
@limiter.limit("5 per minute;30 per hour", methods=["POST"])
def request_link() -> Response | str:
    form = LinkRequestForm()
    if not form.validate_on_submit():
        status = 422 if request.method == "POST" else 200
        return make_response(render_template("manage/request.html", form=form), status)
    with transaction() as session:
        booking = access.booking_for_customer(session, form.reference.data, form.email.data)
        if booking is not None and booking.status is not BookingStatus.PENDING:
            queue_email(session, "manage_link", booking)
    # Same page whether or not the pair matched: no way to learn that a booking exists.
    return render_template("manage/sent.html", email=form.email.data)


def _booking(token: str) -> Booking:
    booking = access.booking_for_token(db.session(), token, utcnow())
    if booking is None or booking.status is BookingStatus.PENDING:
        abort(404)
    return booking


def _render_booking(
    token: str, found: Booking, cancel_form: CancelForm | None = None, status: int = 200
) -> Response:
    now = utcnow()
    session = db.session()
    can_cancel = cancellation.customer_can_cancel(found, now)
    html = render_template(
        "manage/booking.html",
        booking=found,
        legs=[(leg, stored_quote(leg)) for leg in found.legs],
        total_cents=sum(leg.total_cents for leg in found.legs),
        token=token,
        form=PayAgainForm(),
        cancel_form=cancel_form or CancelForm(),
        can_pay=found.status is BookingStatus.PENDING_PAYMENT
        and found.hold_expires_at is not None
        and found.hold_expires_at > now,
        can_cancel=can_cancel,
        refund_cents=cancellation.customer_refund_preview(session, found, now)
        if can_cancel
        else None,
        policy=current_policy(session),
    )
    return make_response(html, status)


@bp.get("/<token>")
@limiter.limit("60 per minute")
def booking(token: str) -> Response:
    return _render_booking(token, _booking(token))


@bp.post("/<token>/cancel")
@limiter.limit("10 per minute")
def cancel(token: str) -> Response:
    found = _booking(token)
    form = CancelForm()
    if not form.validate_on_submit():
        return _render_booking(token, found, form, status=422)
    try:
        cancellation.cancel(found.id, utcnow())
    except (DomainError, InventoryBusy):
        form.form_errors.append(str(_l("This booking can no longer be cancelled online.")))
        return _render_booking(token, _booking(token), form, status=409)
    flash(str(_l("Your booking is cancelled. We have sent you a confirmation by email.")))
    return redirect(url_for("manage.booking", token=token), code=303)


@bp.post("/<token>/pay")
def pay(token: str) -> Response:
    found = _booking(token)
    form = PayAgainForm()
    if not form.validate_on_submit():
        abort(400)
    urls = payments.ReturnUrls(
        success=url_for("manage.booking", token=token, _external=True),
        cancel=url_for("manage.booking", token=token, _external=True),
    )
    description = str(_l("Chauffeur booking %(reference)s", reference=found.reference))
    try:
        checkout_url = payments.start_payment(found.id, urls, description)
    except payments.PaymentError:
        return redirect(url_for("manage.booking", token=token), code=303)
    return redirect(checkout_url, code=303)


@bp.get("/<token>/calendar.ics")
def calendar(token: str) -> Response:
    found = _booking(token)
    if found.status is not BookingStatus.CONFIRMED:
        abort(404)
    now, locale = utcnow(), current_locale()
    data = booking_calendar(found.legs, locale, manage_url(found, locale, now), now)
    return Response(
        data,
        mimetype="text/calendar",
        headers={"Content-Disposition": f'attachment; filename="{found.reference}.ics"'},
    )
