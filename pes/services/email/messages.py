"""The messages (DESIGN §7): subject, HTML and plain text from `pes/templates/emails/`,
rendered in the booking's locale, times in Paris time, prices per locale."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import current_app, has_request_context, render_template, request, url_for
from flask_babel import force_locale, format_date, format_time, gettext

from ...config import DEFAULT_LOCALE, LOCALES
from ...extensions import db
from ...i18n import format_money, to_paris
from ...models import Booking, CancelReason, OutboxEmail
from .. import access
from ..cancellation_policy import current_policy
from ..catalog import tour_name
from ..drafts import stored_quote
from .backends import Attachment, OutgoingEmail
from .calendar import booking_calendar

Payload = Mapping[str, Any]


@dataclass(frozen=True)
class MessageKind:
    subject: Callable[[Booking, Payload], str]  # called in the message's locale
    calendar: bool = False  # attach the `.ics`
    context: Callable[[Booking, Payload], dict[str, Any]] | None = None


def _cancellation(booking: Booking, payload: Payload) -> dict[str, Any]:
    """Why the booking was cancelled and what happens to the money (payload: `reason`, and
    `refund_cents` when the booking had been paid — 0 meaning no refund is due)."""
    names = {"name": booking.customer_name, "reference": booking.reference}
    reason = payload.get("reason")
    if reason == CancelReason.CUSTOMER:
        lines = [
            gettext(
                "Dear %(name)s, as you asked, we have cancelled your booking %(reference)s.",
                **names,
            )
        ]
    elif reason == CancelReason.STAFF:
        lines = [
            gettext(
                "Dear %(name)s, we are sorry: we have had to cancel your booking %(reference)s.",
                **names,
            )
        ]
    elif reason == CancelReason.REFUNDED_LATE_PAYMENT:
        lines = [
            gettext(
                "Dear %(name)s, we are very sorry: your payment for booking %(reference)s "
                "arrived after your reservation had lapsed, and the vehicle is no longer "
                "available at that time. We have therefore cancelled the booking.",
                **names,
            )
        ]
    else:
        lines = [
            gettext(
                "Dear %(name)s, your booking %(reference)s is cancelled: the reservation "
                "lapsed before the payment was complete. Nothing has been charged.",
                **names,
            )
        ]
    refund = payload.get("refund_cents")
    if isinstance(refund, int) and refund > 0:
        lines.append(
            gettext(
                "We have refunded %(amount)s to your card. The refund usually appears on "
                "your statement within 5 to 10 days.",
                amount=format_money(refund, booking.currency),
            )
        )
    elif refund == 0 and reason == CancelReason.CUSTOMER:
        lines.append(
            gettext("Under our cancellation policy, no refund is due for this cancellation.")
        )
    return {"cancellation_lines": lines}


def _pickup_date(booking: Booking) -> str:
    return format_date(to_paris(booking.pickup_at), "medium") if booking.pickup_at else ""


MESSAGES: dict[str, MessageKind] = {
    "booking_received": MessageKind(
        lambda b, p: gettext(
            "Booking %(reference)s received — awaiting payment", reference=b.reference
        )
    ),
    "booking_confirmed": MessageKind(
        lambda b, p: gettext("Your chauffeur is booked — %(reference)s", reference=b.reference),
        calendar=True,
    ),
    "payment_failed": MessageKind(
        lambda b, p: gettext(
            "Your payment for %(reference)s did not go through", reference=b.reference
        )
    ),
    "booking_cancelled": MessageKind(
        lambda b, p: gettext("Booking %(reference)s cancelled", reference=b.reference),
        context=_cancellation,
    ),
    "staff_booking_cancelled": MessageKind(
        lambda b, p: gettext(
            "Cancelled by %(who)s: %(reference)s",
            who=gettext("the customer")
            if p.get("reason") == CancelReason.CUSTOMER
            else gettext("staff"),
            reference=b.reference,
        ),
        context=lambda b, p: {
            "refund_cents": p.get("refund_cents"),
            "staff_url": url_for("staff.booking", reference=b.reference, _external=True),
        },
    ),
    "manage_link": MessageKind(
        lambda b, p: gettext("Your link to booking %(reference)s", reference=b.reference)
    ),
    "pickup_reminder": MessageKind(
        lambda b, p: gettext(
            "Reminder: your chauffeur on %(date)s — %(reference)s",
            date=_pickup_date(b),
            reference=b.reference,
        )
    ),
}


@dataclass(frozen=True)
class Journey:
    """One leg as label/value rows (the same rows in the HTML and the plain-text part)."""

    rows: list[tuple[str, str]]
    price_rows: list[tuple[str, str]]


def journeys(booking: Booking, locale: str) -> list[Journey]:
    result = []
    for leg in booking.legs:
        assert leg.pickup_at is not None
        paris = to_paris(leg.pickup_at)
        rows = [
            (gettext("Reference"), leg.reference),
            (gettext("Pick-up"), f"{format_date(paris, 'full')}, {format_time(paris, 'short')}"),
        ]
        for label, place, address in (
            (gettext("From"), leg.pickup_place, leg.pickup_address),
            (gettext("To"), leg.dropoff_place, leg.dropoff_address),
        ):
            if place is not None:
                rows.append((label, ", ".join(filter(None, [place.name(locale), address]))))
        if leg.tour_id is not None:
            rows.append((gettext("Tour"), tour_name(leg.tour_id, locale)))
        if leg.hours:
            rows.append((gettext("Duration"), gettext("%(hours)s hours", hours=leg.hours)))
        if leg.vehicle_class is not None:
            rows.append((gettext("Vehicle"), leg.vehicle_class.name))
        rows.append((gettext("Passengers"), str(leg.passengers)))
        if leg.travel_number:
            rows.append((gettext("Flight or train number"), leg.travel_number))
        quote = stored_quote(leg)
        price_rows = [(line.label, format_money(line.amount_cents)) for line in quote.lines]
        price_rows.append((gettext("Total"), format_money(quote.total_cents)))
        result.append(Journey(rows=[(str(k), v) for k, v in rows], price_rows=price_rows))
    return result


def _tidy(text: str) -> str:
    """Plain text without the template's stray blanks: no trailing spaces, no run of more
    than one empty line."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def public_base_url() -> str:
    """Where links in emails point: `PES_BASE_URL`, else the current request's host."""
    configured = current_app.config.get("PES_BASE_URL")
    if configured:
        return str(configured).rstrip("/") + "/"
    if has_request_context():
        return request.host_url
    return "http://localhost:5000/"


@contextmanager
def rendering(locale: str) -> Iterator[None]:
    """A request context on the public base URL, in `locale` (workers have no request)."""
    locale = locale if locale in LOCALES else DEFAULT_LOCALE
    with current_app.test_request_context("/", base_url=public_base_url()), force_locale(locale):
        yield


def manage_url(booking: Booking, locale: str, now: datetime) -> str:
    token = access.make_token(booking, now)
    return url_for("manage.booking", lang_code=locale, token=token, _external=True)


def render(
    kind: str, booking: Booking, locale: str, payload: Payload, now: datetime
) -> tuple[str, str, str, list[Attachment]]:
    """Subject, plain text, HTML and attachments of one message."""
    message = MESSAGES[kind]
    with rendering(locale):
        link = manage_url(booking, locale, now)
        context: dict[str, Any] = {
            "booking": booking,
            "journeys": journeys(booking, locale),
            "total_cents": sum(leg.total_cents for leg in booking.legs),
            "payload": payload,
            "manage_url": link,
            "locale": locale,
            "now": now,
            "hold_alive": bool(booking.hold_expires_at and booking.hold_expires_at > now),
            "free_cancellation_hours": current_policy(db.session()).free_until_hours,
            "home_url": url_for("public.home", lang_code=locale, _external=True),
        }
        if message.context is not None:
            context.update(message.context(booking, payload))
        subject = message.subject(booking, payload)
        context["subject"] = subject
        text = _tidy(render_template(f"emails/{kind}.txt", **context))
        html = render_template(f"emails/{kind}.html", **context)
        attachments = []
        if message.calendar:
            data = booking_calendar(booking.legs, locale, link, now)
            attachments.append(
                Attachment(
                    filename=f"{booking.reference}.ics",
                    mimetype="text/calendar",
                    data=data,
                    params={"method": "PUBLISH"},
                )
            )
    return subject, text, html, attachments


def build(row_id: int, now: datetime) -> OutgoingEmail:
    row = db.session.get(OutboxEmail, row_id)
    if row is None or row.booking is None:
        raise LookupError(f"outbox row {row_id} or its booking is gone")
    subject, text, html, attachments = render(row.kind, row.booking, row.locale, row.payload, now)
    return OutgoingEmail(
        message_id=row.message_id,
        idempotency_key=f"pes-outbox-{row.id}",
        sender=current_app.config["PES_EMAIL_FROM"],
        recipient=row.recipient,
        subject=subject,
        text=text,
        html=html,
        language=row.locale,
        attachments=attachments,
    )
