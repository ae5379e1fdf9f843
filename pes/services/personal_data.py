"""Personal data (GDPR): the one inventory of where a customer's data lives, and the three
things done with it — export (right of access), erasure (on request) and retention (the
daily purge). All three read `RECORDS`: a column listed there is exported, erased and
purged, and `tests/privacy/test_inventory.py` fails when a text column of a table about
bookings is in none of its lists.

Customers have no account: "a customer" is an email address, matched case-insensitively
on `Booking.customer_email`. Anonymising keeps each booking — its reference, dates, kind,
places, vehicle class, counts, price lines, totals, currency, status and the payment and
refund ids and amounts are accounting records (French law: ten years) — and replaces
whatever names or reaches the person (`Record.personal`). Outside this database: Stripe
keeps its own copy of the email given at checkout, and the email provider its logs (see
docs/RUNBOOK.md, "Personal data").

Nothing here commits, except `purge_personal_data`, which runs its batches in their own
transactions like the other periodic jobs.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import ColumnElement, Select, Text, and_, cast, func, inspect, or_, select
from sqlalchemy.orm import Session

from ..models import (
    AuditEntry,
    Booking,
    BookingStatus,
    CancelReason,
    OutboxEmail,
    OutboxStatus,
    PaymentAttempt,
    Refund,
    SimulatedCheckoutSession,
)
from . import locking
from .admin import AdminRefused
from .errors import InventoryBusy
from .staff import audit_staff_action
from .uow import transaction

#: RFC 2606 reserves `.invalid`: an erased address can never reach anybody, and every
#: address in this domain is one we wrote (the email forms refuse it).
ERASED_DOMAIN = "invalid.invalid"
ERASED_NAME = "—"
#: Keys of `AuditEntry.details` that hold free text typed by staff (a cancellation's reason).
FREE_TEXT_KEYS = ("note",)
#: What an unsent email of an erased booking says instead of going out to nobody.
NOT_SENT = "not sent: the customer's personal data was erased"


def erased_address(booking_id: int | None) -> str:
    return f"erased-{booking_id if booking_id is not None else 'email'}@{ERASED_DOMAIN}"


class How(enum.Enum):
    """How a personal column is anonymised."""

    BLANK = "emptied"
    NAME = f"replaced by {ERASED_NAME}"
    ADDRESS = f"replaced by erased-<booking id>@{ERASED_DOMAIN}"
    EMPTY_JSON = "replaced by {}"
    FREE_TEXT = "its free-text keys removed"

    def anonymised(self, value: Any, booking_id: int | None) -> Any:
        """The value once anonymised (the same value when it already is)."""
        if self is How.BLANK:
            return ""
        if self is How.NAME:
            return ERASED_NAME
        if self is How.ADDRESS:
            if isinstance(value, str) and value.endswith("@" + ERASED_DOMAIN):
                return value
            return erased_address(booking_id)
        if self is How.EMPTY_JSON:
            return {}
        return {key: item for key, item in (value or {}).items() if key not in FREE_TEXT_KEYS}

    def still_personal(self, column: Any) -> ColumnElement[bool]:
        """SQL: this column is not anonymised yet (exact, except for FREE_TEXT, which may
        also match a value that happens to be one of the keys)."""
        if self is How.BLANK:
            return column != ""  # type: ignore[no-any-return]
        if self is How.NAME:
            return column != ERASED_NAME  # type: ignore[no-any-return]
        if self is How.ADDRESS:
            return ~column.like(f"%@{ERASED_DOMAIN}")  # type: ignore[no-any-return]
        text = cast(column, Text)
        if self is How.EMPTY_JSON:
            return text != "{}"
        return or_(*(text.like(f'%"{key}"%') for key in FREE_TEXT_KEYS))


@dataclass(frozen=True)
class Personal:
    """A column that holds personal data: what it holds and how it is anonymised."""

    attribute: str
    how: How
    holds: str


RowsOf = Callable[[Sequence[int]], Select[int, Any]]


def _by_booking(model: Any) -> RowsOf:
    def rows(booking_ids: Sequence[int]) -> Select[int, Any]:
        return (
            select(model.booking_id, model)
            .where(model.booking_id.in_(booking_ids))
            .order_by(model.id)
        )

    return rows


def _bookings(booking_ids: Sequence[int]) -> Select[int, Any]:
    return select(Booking.id, Booking).where(Booking.id.in_(booking_ids)).order_by(Booking.id)


def _simulated_sessions(booking_ids: Sequence[int]) -> Select[int, Any]:
    return (
        select(PaymentAttempt.booking_id, SimulatedCheckoutSession)
        .join(PaymentAttempt, PaymentAttempt.provider_session_id == SimulatedCheckoutSession.id)
        .where(PaymentAttempt.booking_id.in_(booking_ids))
        .order_by(SimulatedCheckoutSession.created_at)
    )


@dataclass(frozen=True)
class Record:
    """A table that holds data about bookings: `rows` selects (booking id, row) pairs.

    Every text or JSON column is in exactly one list: `personal` (anonymised), `kept`
    (accounting and the booking's history, with why) or `not_personal` (why not).
    """

    model: type[Any]
    key: str  # its section in an export
    rows: RowsOf
    personal: tuple[Personal, ...] = ()
    kept: Mapping[str, str] = field(default_factory=dict)
    not_personal: Mapping[str, str] = field(default_factory=dict)


_ACCOUNTING = "accounting"

BOOKINGS = Record(
    Booking,
    "bookings",
    _bookings,
    personal=(
        Personal("customer_name", How.NAME, "the customer's name"),
        Personal("customer_email", How.ADDRESS, "the customer's email address"),
        Personal("customer_phone", How.BLANK, "the customer's phone number"),
        Personal("travel_number", How.BLANK, "flight or train number: with the date, a person"),
        Personal("sign_text", How.BLANK, "the name on the chauffeur's sign"),
        Personal("notes", How.BLANK, "free text from the customer"),
        Personal("pickup_address", How.BLANK, "a street address (home, hotel, office)"),
        Personal("dropoff_address", How.BLANK, "a street address (home, hotel, office)"),
    ),
    kept={
        "id": "the row",
        "reference": f"{_ACCOUNTING}: the invoice's reference",
        "kind": f"{_ACCOUNTING}: what was sold",
        "status": f"{_ACCOUNTING}: paid, cancelled…",
        "cancel_reason": f"{_ACCOUNTING}: why it was cancelled (refunds)",
        "pickup_at": f"{_ACCOUNTING}: the date of the service",
        "service_ends_at": f"{_ACCOUNTING}: the length of the service",
        "pickup_place_id": f"{_ACCOUNTING}: the catalog place (airport, station, zone)",
        "dropoff_place_id": f"{_ACCOUNTING}: the catalog place (airport, station, zone)",
        "tour_id": f"{_ACCOUNTING}: the tour sold",
        "hours": f"{_ACCOUNTING}: hours sold",
        "vehicle_class_id": f"{_ACCOUNTING}: the vehicle class sold",
        "passengers": f"{_ACCOUNTING}: a count",
        "luggage": f"{_ACCOUNTING}: a count",
        "child_seats": f"{_ACCOUNTING}: priced extras",
        "extra_stops": f"{_ACCOUNTING}: priced extras",
        "meet_and_greet": f"{_ACCOUNTING}: a priced extra",
        "currency": f"{_ACCOUNTING}: the currency",
        "price_breakdown": f"{_ACCOUNTING}: the price lines (codes and cents, VAT)",
        "total_cents": f"{_ACCOUNTING}: the total",
        "hold_expires_at": "history of the booking",
        "confirmed_at": f"{_ACCOUNTING}: when it was paid",
        "cancelled_at": f"{_ACCOUNTING}: when it was cancelled",
        "needs_review": "history of the booking",
        "outbound_booking_id": f"{_ACCOUNTING}: a return leg is paid with its outbound leg",
        "created_at": "history of the booking",
        "updated_at": "history of the booking",
    },
    not_personal={
        "locale": "the language of the emails (en, fr, es, pt)",
        "review_note": "written by the system (an amount that did not match), not about a person",
    },
)

PAYMENT_ATTEMPTS = Record(
    PaymentAttempt,
    "payment_attempts",
    _by_booking(PaymentAttempt),
    personal=(
        Personal(
            "checkout_url",
            How.BLANK,
            "the provider's checkout page, which shows the email given at checkout",
        ),
    ),
    kept={
        "id": "the row",
        "booking_id": "its booking",
        "provider": f"{_ACCOUNTING}: who took the payment",
        "idempotency_key": f"{_ACCOUNTING}: pes-<reference>-attempt-<n>",
        "provider_session_id": f"{_ACCOUNTING}: the provider's id",
        "provider_payment_intent_id": f"{_ACCOUNTING}: the provider's payment id",
        "amount_cents": f"{_ACCOUNTING}: the amount",
        "currency": f"{_ACCOUNTING}: the currency",
        "status": f"{_ACCOUNTING}: paid or not",
        "expires_at": "history of the payment",
        "completed_at": f"{_ACCOUNTING}: when it was paid",
        "created_at": "history of the payment",
        "updated_at": "history of the payment",
    },
    not_personal={"failure_message": "the provider's reason (a decline code), not a person"},
)

REFUNDS = Record(
    Refund,
    "refunds",
    _by_booking(Refund),
    kept={
        "id": "the row",
        "booking_id": "its booking",
        "payment_attempt_id": f"{_ACCOUNTING}: the payment refunded",
        "idempotency_key": f"{_ACCOUNTING}: pes-<reference>-refund-…",
        "provider_refund_id": f"{_ACCOUNTING}: the provider's refund id",
        "amount_cents": f"{_ACCOUNTING}: the amount",
        "reason": f"{_ACCOUNTING}: a code (staff_cancellation, …)",
        "status": f"{_ACCOUNTING}: done or not",
        "created_at": "history of the refund",
        "updated_at": "history of the refund",
    },
    not_personal={"failure_message": "the provider's reason, not a person"},
)

EMAILS = Record(
    OutboxEmail,
    "emails",
    _by_booking(OutboxEmail),
    personal=(
        Personal("recipient", How.ADDRESS, "the customer's email address"),
        Personal("payload", How.EMPTY_JSON, "what the message said beyond the booking"),
        Personal("last_error", How.BLANK, "the mail server's answer, which quotes the address"),
    ),
    kept={
        "id": "the row",
        "booking_id": "its booking",
        "kind": "history: which email",
        "status": "history: sent or not",
        "attempts": "history",
        "next_attempt_at": "history",
        "sent_at": "history: when",
        "created_at": "history",
        "updated_at": "history",
    },
    not_personal={
        "locale": "the language of the message",
        "message_id": "a random id at our own domain",
        "dedupe_key": "reminder-<booking id>",
    },
)

AUDIT = Record(
    AuditEntry,
    "audit",
    _by_booking(AuditEntry),
    personal=(
        Personal(
            "details", How.FREE_TEXT, "staff notes (a cancellation's reason) about the customer"
        ),
    ),
    kept={
        "id": "the row",
        "booking_id": "its booking",
        "staff_user_id": "who did it",
        "created_at": "when",
        "actor": "history: customer, system, stripe or staff",
        "action": "history: what was done",
        "from_status": "history",
        "to_status": "history",
    },
)

SIMULATED_SESSIONS = Record(
    SimulatedCheckoutSession,
    "simulated_checkout_sessions",
    _simulated_sessions,
    personal=(
        # Our own pages; from the manage page they carry the customer's signed link.
        Personal("success_url", How.BLANK, "a return link (the customer's signed link)"),
        Personal("cancel_url", How.BLANK, "a return link (the customer's signed link)"),
    ),
    kept={
        "id": f"{_ACCOUNTING}: the (simulated) provider's session id",
        "amount_cents": f"{_ACCOUNTING}: the amount",
        "currency": f"{_ACCOUNTING}: the currency",
        "status": f"{_ACCOUNTING}: the provider's state",
        "payment_status": f"{_ACCOUNTING}: the provider's state",
        "payment_intent_id": f"{_ACCOUNTING}: the provider's payment id",
        "payment_intent_status": f"{_ACCOUNTING}: the provider's state",
        "idempotency_key": f"{_ACCOUNTING}: pes-<reference>-attempt-<n>",
        "expires_at": "history",
        "created_at": "history",
    },
    not_personal={"metadata_": "the booking's id and reference only (no email is stored)"},
)

#: The inventory; the other tables' rows are found through the customer's bookings.
RECORDS: tuple[Record, ...] = (
    BOOKINGS,
    PAYMENT_ATTEMPTS,
    REFUNDS,
    EMAILS,
    AUDIT,
    SIMULATED_SESSIONS,
)

#: Tables that refer to bookings but hold nothing about the person (checked by the tests).
WITHOUT_PERSONAL_DATA: Mapping[str, str] = {
    "booking_slots": "which inventory slots a booking takes",
    "vehicle_assignments": "which vehicle does the job",
    "processed_stripe_events": "event ids, types and outcomes",
}


# --- finding a customer --------------------------------------------------------------------


def normalised_address(email: str) -> str:
    return email.strip().lower()


def _customer_booking_ids(session: Session, email: str) -> list[int]:
    address = normalised_address(email)
    if not address:
        return []
    return list(
        session.scalars(
            select(Booking.id)
            .where(func.lower(Booking.customer_email) == address)
            .order_by(Booking.id)
        )
    )


def _related(session: Session, record: Record, booking_ids: Sequence[int]) -> list[Any]:
    """(booking id, row) pairs of `record` about these bookings."""
    if not booking_ids:
        return []
    return [tuple(pair) for pair in session.execute(record.rows(booking_ids))]


# --- export ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A column value as JSON: instants in ISO 8601 UTC, enums as their value."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _columns(row: Any) -> dict[str, Any]:
    """Every column of `row`, by column name."""
    return {
        prop.columns[0].name: _plain(getattr(row, prop.key))
        for prop in inspect(type(row)).column_attrs
    }


def _booking_export(booking: Booking) -> dict[str, Any]:
    data = _columns(booking)
    locale = booking.locale or "en"
    data["pickup_place"] = booking.pickup_place.name(locale) if booking.pickup_place else None
    data["dropoff_place"] = booking.dropoff_place.name(locale) if booking.dropoff_place else None
    data["vehicle_class"] = booking.vehicle_class.name if booking.vehicle_class else None
    data["tour"] = booking.tour.slug if booking.tour else None
    return data


def export_customer(session: Session, email: str) -> dict[str, Any]:
    """Everything held about the customer with this email (case-insensitive): each booking
    with all its columns and, under it, its rows of every other table of the inventory."""
    booking_ids = _customer_booking_ids(session, email)
    sections: dict[str, dict[int, list[dict[str, Any]]]] = {}
    for record in RECORDS:
        if record.model is Booking:
            continue
        grouped = sections.setdefault(record.key, {})
        for booking_id, row in _related(session, record, booking_ids):
            grouped.setdefault(booking_id, []).append(_columns(row))
    bookings = []
    for _, booking in _related(session, BOOKINGS, booking_ids):
        data = _booking_export(booking)
        for key, grouped in sections.items():
            data[key] = grouped.get(booking.id, [])
        bookings.append(data)
    return {
        "format": "pes-personal-data/1",
        "email": normalised_address(email),
        "exported_at": _plain(datetime.now(UTC)),
        "bookings": bookings,
    }


def record_export(session: Session, staff_id: int, export: Mapping[str, Any]) -> None:
    """Who exported a customer's data, and how much (never the address)."""
    audit_staff_action(session, staff_id, "export-personal-data", bookings=len(export["bookings"]))


# --- anonymising -----------------------------------------------------------------------------


def _anonymise_row(record: Record, row: Any, booking_id: int | None) -> bool:
    """Apply `record.personal` to `row`; True when something changed."""
    changed = False
    for column in record.personal:
        before = getattr(row, column.attribute)
        after = column.how.anonymised(before, booking_id)
        if after != before:
            setattr(row, column.attribute, after)
            changed = True
    return changed


def _anonymise_bookings(session: Session, booking_ids: Sequence[int]) -> None:
    """Anonymise these bookings and every row of the inventory about them. An email not
    sent yet is given up (it would go to nobody)."""
    for record in RECORDS:
        for booking_id, row in _related(session, record, booking_ids):
            _anonymise_row(record, row, booking_id)
            if isinstance(row, OutboxEmail) and row.status is OutboxStatus.PENDING:
                row.status = OutboxStatus.FAILED
                row.last_error = NOT_SENT
    session.flush()


def _still_personal(record: Record) -> ColumnElement[bool]:
    return or_(
        *(
            column.how.still_personal(getattr(record.model, column.attribute))
            for column in record.personal
        )
    )


# --- erasure ---------------------------------------------------------------------------------


class ErasureRefused(AdminRefused):
    """Nothing was erased: a booking of this customer is still to come (or busy)."""


@dataclass(frozen=True)
class Erasure:
    bookings: int
    references: tuple[str, ...]


def _upcoming(booking: Booking, now: datetime) -> bool:
    return (
        booking.status in (BookingStatus.PENDING_PAYMENT, BookingStatus.CONFIRMED)
        and booking.pickup_at is not None
        and booking.pickup_at > now
    )


def _refusal(references: Sequence[str]) -> str:
    listed = ", ".join(references)
    if len(references) == 1:
        return str(
            _l(
                "Nothing was erased: booking %(references)s is still to come. Cancel it "
                "first, or erase the data after the pick-up.",
                references=listed,
            )
        )
    return str(
        _l(
            "Nothing was erased: bookings %(references)s are still to come. Cancel them "
            "first, or erase the data after the pick-ups.",
            references=listed,
        )
    )


def _lock_all(session: Session, booking_ids: Iterable[int]) -> list[Booking]:
    """Lock the bookings (in id order, the global lock order) so that none is held, paid
    or confirmed while it is erased."""
    try:
        locked = [locking.lock_booking(session, booking_id) for booking_id in sorted(booking_ids)]
    except InventoryBusy as exc:
        raise ErasureRefused(
            str(_l("One of these bookings is being changed right now. Please try again."))
        ) from exc
    return [booking for booking in locked if booking is not None]


def erase_customer(session: Session, email: str, now: datetime, by_staff_id: int) -> Erasure:
    """Anonymise every booking of this email (case-insensitive) and all the inventory holds
    about them, keeping the accounting records; refused (`ErasureRefused`, nothing changed)
    while one of them is still to come and not cancelled. Needs a transaction started with
    `lock_inventory=True`."""
    address = normalised_address(email)
    bookings = [
        booking
        for booking in _lock_all(session, _customer_booking_ids(session, email))
        if booking.customer_email.lower() == address
    ]
    upcoming = [booking.reference for booking in bookings if _upcoming(booking, now)]
    if upcoming:
        raise ErasureRefused(_refusal(upcoming))
    _anonymise_bookings(session, [booking.id for booking in bookings])
    audit_staff_action(session, by_staff_id, "erase-personal-data", bookings=len(bookings))
    return Erasure(
        bookings=len(bookings), references=tuple(booking.reference for booking in bookings)
    )


# --- retention -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionRules:
    months: int = 36  # bookings, after the pick-up
    abandoned_days: int = 30  # never-paid bookings, after they were started
    outbox_days: int = 90  # sent emails' contents, after sending

    @classmethod
    def from_config(cls) -> RetentionRules:
        config = current_app.config
        return cls(
            months=int(config["PES_RETENTION_MONTHS"]),
            abandoned_days=int(config["PES_ABANDONED_RETENTION_DAYS"]),
            outbox_days=int(config["PES_OUTBOX_RETENTION_DAYS"]),
        )


@dataclass(frozen=True)
class PurgeCounts:
    past_retention: int = 0  # bookings whose pick-up is older than `months`
    abandoned: int = 0  # never-paid bookings started more than `abandoned_days` ago
    emails: int = 0  # emails sent more than `outbox_days` ago

    def __add__(self, other: PurgeCounts) -> PurgeCounts:
        return PurgeCounts(
            self.past_retention + other.past_retention,
            self.abandoned + other.abandoned,
            self.emails + other.emails,
        )

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (the 31st → the month's last)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


NEVER_PAID = or_(
    Booking.status == BookingStatus.PENDING,
    and_(
        Booking.status == BookingStatus.CANCELLED,
        Booking.cancel_reason.in_([CancelReason.HOLD_EXPIRED, CancelReason.PAYMENT_FAILED]),
    ),
)


def _purge_bookings(session: Session, condition: ColumnElement[bool], limit: int) -> int:
    """Anonymise up to `limit` bookings meeting `condition` that are not anonymised yet;
    bookings someone is working on right now are left for the next run."""
    query = select(Booking).where(condition, _still_personal(BOOKINGS)).limit(limit)
    bookings = locking.lock_bookings_skip_locked(session, query)
    _anonymise_bookings(session, [booking.id for booking in bookings])
    return len(bookings)


def _purge_emails(session: Session, before: datetime, limit: int) -> int:
    rows = session.scalars(
        select(OutboxEmail)
        .where(
            OutboxEmail.status == OutboxStatus.SENT,
            OutboxEmail.sent_at < before,
            _still_personal(EMAILS),
        )
        .order_by(OutboxEmail.id)
        .limit(limit)
    )
    changed = sum(_anonymise_row(EMAILS, row, row.booking_id) for row in rows)
    session.flush()
    return changed


def purge_batch(
    session: Session, now: datetime, rules: RetentionRules, limit: int = 200
) -> PurgeCounts:
    """One batch of the retention purge (at most `limit` rows of each kind)."""
    counts = PurgeCounts(
        past_retention=_purge_bookings(
            session, Booking.pickup_at < months_before(now, rules.months), limit
        ),
        abandoned=_purge_bookings(
            session,
            and_(NEVER_PAID, Booking.created_at < now - timedelta(days=rules.abandoned_days)),
            limit,
        ),
        emails=_purge_emails(session, now - timedelta(days=rules.outbox_days), limit),
    )
    return counts


def purge_personal_data(
    now: datetime, rules: RetentionRules | None = None, batch_size: int = 200
) -> PurgeCounts:
    """Anonymise, through the inventory, bookings past `PES_RETENTION_MONTHS`, never-paid
    bookings past `PES_ABANDONED_RETENTION_DAYS`, and the contents of emails sent more than
    `PES_OUTBOX_RETENTION_DAYS` ago. Idempotent: a second run finds nothing to do (and
    writes no audit row)."""
    rules = rules or RetentionRules.from_config()
    total = PurgeCounts()
    while True:  # batches, each its own short transaction
        with transaction(lock_inventory=True) as session:
            counts = purge_batch(session, now, rules, batch_size)
        total += counts
        if max(counts.past_retention, counts.abandoned, counts.emails) < batch_size:
            break
    if total != PurgeCounts():
        with transaction() as session:
            session.add(
                AuditEntry(actor="system", action="purge-personal-data", details=total.as_dict())
            )
    return total
