"""Every message, in every locale, through a real SMTP server: headers, both parts, the
`.ics`, Paris times, prices per locale, no English left in French, Spanish or Portuguese."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import icalendar
import pytest

from pes.config import LOCALES
from pes.extensions import db
from pes.models import BookingStatus, CancelReason, OutboxStatus
from pes.services.email import queue_email
from pes.services.email.messages import MESSAGES, render
from pes.services.uow import transaction
from tests.email.conftest import PICKUP, AppFactory, make_booking, outbox_rows
from tests.support.smtp import Mailbox

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime.now(UTC)

PAYLOADS = {
    "booking_cancelled": {"reason": CancelReason.STAFF.value, "refund_cents": 9500},
}
#: Lines allowed to be the same in English and another language: names, codes, numbers.
SAME_IN_EVERY_LANGUAGE = re.compile(
    r"^(PARIS ELITE SERVICES|Paris Elite Services.*|--|.*PES-7K3M9Q.*|AF1234|Business|"
    r"[^A-Za-z]*|[A-Z][a-z]+ Souza|.*https?://\S+)$"
)


def _render_all(locale: str) -> dict[str, tuple[str, str, str]]:
    from pes.models import Booking

    booking = db.session.scalars(db.select(Booking)).one()
    rendered = {}
    for kind in MESSAGES:
        subject, text, html, _ = render(kind, booking, locale, PAYLOADS.get(kind, {}), NOW)
        rendered[kind] = (subject, text, html)
    return rendered


def test_every_message_renders_in_every_locale_with_nothing_left_in_english(
    make_mail_app: AppFactory,
) -> None:
    make_mail_app()
    make_booking(status=BookingStatus.PENDING_PAYMENT)
    english = _render_all("en")
    for locale in LOCALES:
        rendered = _render_all(locale)
        for kind, (subject, text, html) in rendered.items():
            assert "PES-7K3M9Q" in subject, (kind, locale)
            assert "PES-7K3M9Q" in text
            assert "PES-7K3M9Q" in html
            assert f'<html lang="{locale}">' in html
            for part in (subject, text, html):
                assert "%(" not in part, (kind, locale)  # every placeholder filled
            link = (
                "https://www.pariselite.example/staff/bookings/PES-7K3M9Q"
                if kind.startswith("staff_")
                else f"https://www.pariselite.example/{locale}/manage/"
            )
            assert link in text
            if locale == "en":
                continue
            en_subject, en_text, _ = english[kind]
            assert subject != en_subject, (kind, locale)
            same = [
                line
                for line in set(text.splitlines()) & set(en_text.splitlines())
                if line.strip() and not SAME_IN_EVERY_LANGUAGE.match(line.strip())
            ]
            assert not same, f"{kind} in {locale} still has English: {same}"


def test_prices_and_times_follow_the_locale(make_mail_app: AppFactory) -> None:
    make_mail_app()
    booking = make_booking()
    _, english, _, _ = render("booking_confirmed", booking, "en", {}, NOW)
    _, french, _, _ = render("booking_confirmed", booking, "fr", {}, NOW)
    euros = booking.total_cents // 100
    assert f"€{euros}.00" in english
    assert f"{euros},00\u00a0€" in french
    # 08:30 UTC on 14 July 2027 is 10:30 in Paris (summer time), whatever the locale.
    assert "10:30\u202fAM" in english
    assert "Wednesday, July 14, 2027" in english
    assert "10:30" in french
    assert "mercredi 14 juillet 2027" in french


def _only(mailbox: Mailbox) -> EmailMessage:
    assert len(mailbox.messages) == 1, mailbox.message_ids()
    return mailbox.messages[0]


@pytest.mark.parametrize("locale", ["en", "pt"])
def test_the_confirmation_reaches_the_smtp_server_with_both_parts_and_a_calendar(
    make_mail_app: AppFactory, mailbox: Mailbox, locale: str
) -> None:
    make_mail_app()
    booking = make_booking(locale=locale)
    with transaction() as session:
        row = queue_email(session, "booking_confirmed", session.merge(booking))
    (stored,) = outbox_rows()  # the in-process job ran after commit
    assert stored.id == row.id
    assert stored.status is OutboxStatus.SENT
    assert stored.attempts == 1
    assert stored.sent_at is not None

    message = _only(mailbox)
    assert message["Message-ID"] == stored.message_id
    assert message["To"] == "ana.souza@example.com"
    assert message["X-Envelope-To"] == "ana.souza@example.com"
    assert "bookings@pariselite.example" in message["From"]
    assert message["Content-Language"] == locale
    assert "PES-7K3M9Q" in message["Subject"]
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None
    assert html is not None
    assert "PES-7K3M9Q" in text.get_content()
    assert "<table" in html.get_content()
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_param("method") == "PUBLISH"
    assert attachment.get_filename() == "PES-7K3M9Q.ics"

    calendar = icalendar.Calendar.from_ical(attachment.get_content())
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Paris"
    (event,) = calendar.events
    start = event.decoded("DTSTART")
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert (start.hour, start.minute) == (10, 30)  # Paris wall-clock time
    assert start.astimezone(UTC) == PICKUP  # the same instant as stored
    assert event.decoded("DTEND").astimezone(UTC) == booking.service_ends_at
    assert "PES-7K3M9Q" in str(event["SUMMARY"])
    assert str(event["UID"]) == "PES-7K3M9Q@pariselite.example"
    assert "Charles de Gaulle" in str(event["LOCATION"])
    assert "/manage/" in str(event["URL"])


def test_a_return_transfer_gets_one_email_with_both_journeys(
    make_mail_app: AppFactory, mailbox: Mailbox
) -> None:
    make_mail_app()
    outbound = make_booking()
    back = make_booking(
        reference="PES-RETURN",
        pickup_at=datetime(2027, 7, 20, 16, 0, tzinfo=UTC),
        service_ends_at=datetime(2027, 7, 20, 17, 0, tzinfo=UTC),
        pickup_place=outbound.dropoff_place,
        dropoff_place=outbound.pickup_place,
        pickup_address="10 place de la Concorde",
        dropoff_address="",
        outbound_booking_id=outbound.id,
    )
    with transaction() as session:
        queue_email(session, "booking_confirmed", session.merge(outbound))
    message = _only(mailbox)
    text = message.get_body(("plain",))
    assert text is not None
    assert "PES-RETURN" in text.get_content()
    assert "Total for both journeys" in text.get_content()
    (attachment,) = list(message.iter_attachments())
    events = icalendar.Calendar.from_ical(attachment.get_content()).events
    starts = sorted(event.decoded("DTSTART").astimezone(UTC) for event in events)
    assert starts == [PICKUP, back.pickup_at]


def test_the_cancellation_says_why_and_what_happens_to_the_money(make_mail_app: AppFactory) -> None:
    make_mail_app()
    booking = make_booking(
        status=BookingStatus.CANCELLED, cancel_reason=CancelReason.REFUNDED_LATE_PAYMENT
    )
    _, text, _, attachments = render(
        "booking_cancelled",
        booking,
        "en",
        {"reason": "refunded_late_payment", "refund_cents": 9500},
        NOW,
    )
    assert "arrived after your reservation had lapsed" in text
    assert "We have refunded €95.00 to your card" in text
    assert attachments == []
    _, text, _, _ = render(
        "booking_cancelled", booking, "fr", {"reason": "customer", "refund_cents": 0}, NOW
    )
    assert "comme vous l" in text.lower()
    assert "aucun remboursement" in text.lower()
