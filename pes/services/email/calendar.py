"""The `.ics` of a confirmed booking (RFC 5545, made with `icalendar`): one event per leg,
local times in Europe/Paris with their VTIMEZONE, so every calendar shows the right hour
whatever the phone's own time zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import parseaddr

from flask import current_app
from flask_babel import gettext
from icalendar import Calendar, Event

from ...i18n import to_paris
from ...models import Booking
from ..catalog import tour_name


def event_summary(booking: Booking, locale: str) -> str:
    if booking.tour_id is not None:
        return str(gettext("Private tour: %(name)s", name=tour_name(booking.tour_id, locale)))
    if booking.hours:
        return str(gettext("Chauffeur at your disposal (%(hours)s h)", hours=booking.hours))
    if booking.pickup_place and booking.dropoff_place:
        return str(
            gettext(
                "Chauffeur: %(origin)s → %(destination)s",
                origin=booking.pickup_place.name(locale),
                destination=booking.dropoff_place.name(locale),
            )
        )
    return str(gettext("Chauffeur booking"))


def pickup_location(booking: Booking, locale: str) -> str:
    parts = [booking.pickup_place.name(locale) if booking.pickup_place else ""]
    parts.append(booking.pickup_address)
    return ", ".join(part for part in parts if part)


def booking_calendar(bookings: list[Booking], locale: str, manage_url: str, now: datetime) -> bytes:
    domain = parseaddr(current_app.config["PES_EMAIL_FROM"])[1].rpartition("@")[2] or "localhost"
    calendar = Calendar()
    calendar.add("prodid", "-//Paris Elite Services//Booking//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    starts: list[datetime] = []
    for booking in bookings:
        assert booking.pickup_at is not None
        assert booking.service_ends_at is not None
        event = Event()
        event.add("uid", f"{booking.reference}@{domain}")
        event.add("dtstamp", now)
        event.add("dtstart", to_paris(booking.pickup_at))
        event.add("dtend", to_paris(booking.service_ends_at))
        event.add("summary", f"{event_summary(booking, locale)} — {booking.reference}")
        event.add("location", pickup_location(booking, locale))
        lines = [gettext("Reference: %(reference)s", reference=booking.reference)]
        if booking.travel_number:
            lines.append(gettext("Flight or train: %(number)s", number=booking.travel_number))
        lines.append(gettext("Manage your booking: %(url)s", url=manage_url))
        event.add("description", "\n".join(lines))
        event.add("url", manage_url)
        event.add("status", "CONFIRMED")
        calendar.add_component(event)
        starts.append(booking.pickup_at)
    calendar.add_missing_timezones(
        first_date=(min(starts) - timedelta(days=366)).date(),
        last_date=(max(starts) + timedelta(days=366)).date(),
    )
    return bytes(calendar.to_ical())
