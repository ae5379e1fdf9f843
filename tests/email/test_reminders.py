"""The day-before reminder: queued once per booking, only for bookings made ahead."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pes.models import BookingStatus
from pes.services.email import queue_reminders
from tests.email.conftest import AppFactory, make_booking, outbox_rows
from tests.support.smtp import Mailbox

NOW = datetime.now(UTC)


def test_one_reminder_per_booking_the_day_before(
    make_mail_app: AppFactory, mailbox: Mailbox
) -> None:
    app = make_mail_app()
    tomorrow = NOW + timedelta(hours=20)
    ahead = make_booking(
        pickup_at=tomorrow,
        service_ends_at=tomorrow + timedelta(hours=1),
        confirmed_at=NOW - timedelta(days=10),
    )
    make_booking(  # booked this morning for tomorrow: its confirmation is enough
        reference="PES-LASTMIN",
        pickup_at=tomorrow,
        service_ends_at=tomorrow + timedelta(hours=1),
        confirmed_at=NOW - timedelta(hours=2),
    )
    make_booking(  # next week: not yet
        reference="PES-NEXTWK",
        pickup_at=NOW + timedelta(days=7),
        service_ends_at=NOW + timedelta(days=7, hours=1),
        confirmed_at=NOW - timedelta(days=10),
    )
    make_booking(  # cancelled: never
        reference="PES-CANCEL",
        status=BookingStatus.CANCELLED,
        pickup_at=tomorrow,
        service_ends_at=tomorrow + timedelta(hours=1),
        confirmed_at=NOW - timedelta(days=10),
    )
    assert queue_reminders(NOW) == 1
    assert queue_reminders(NOW) == 0
    result = app.test_cli_runner().invoke(args=["pes", "send-reminders"])
    assert "queued 0 reminder(s)" in result.output
    (row,) = outbox_rows()
    assert (row.kind, row.booking_id, row.dedupe_key) == (
        "pickup_reminder",
        ahead.id,
        f"pickup_reminder:{ahead.id}",
    )
    (message,) = mailbox.messages
    assert str(message["Subject"]).startswith("Reminder: your chauffeur on")
