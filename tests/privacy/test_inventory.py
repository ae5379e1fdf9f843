"""The inventory of personal data is complete: every text or JSON column of the tables about
bookings is anonymised, kept (with why) or declared not personal — a new column fails here
until someone decides — and a column added to it is exported, erased and purged."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import JSON, ForeignKey, String, Text, inspect

from pes.demo import load_demo
from pes.extensions import db
from pes.models import Base, Booking, BookingStatus, OutboxEmail, StaffRole, utcnow
from pes.services import personal_data
from pes.services.personal_data import (
    RECORDS,
    WITHOUT_PERSONAL_DATA,
    How,
    Personal,
    Record,
    erase_customer,
    export_customer,
    purge_personal_data,
)
from pes.services.uow import transaction
from tests.privacy import make_booking
from tests.staff.conftest import make_staff


def _record(model: type) -> Record:
    (record,) = [record for record in RECORDS if record.model is model]
    return record


def _attributes(model: type, text_only: bool) -> set[str]:
    """The mapped column attributes of `model` (only String, Text and JSON ones)."""
    found = set()
    for prop in inspect(model).column_attrs:
        column_type = prop.columns[0].type
        if not text_only or isinstance(column_type, String | Text | JSON):
            found.add(prop.key)
    return found


def _classified(record: Record) -> dict[str, list[str]]:
    lists = {
        "personal": [column.attribute for column in record.personal],
        "kept": list(record.kept),
        "not_personal": list(record.not_personal),
    }
    where: dict[str, list[str]] = {}
    for name, attributes in lists.items():
        for attribute in attributes:
            where.setdefault(attribute, []).append(name)
    return where


@pytest.mark.parametrize("model", [Booking, OutboxEmail, *(record.model for record in RECORDS)])
def test_every_text_column_is_in_the_inventory_or_declared_not_personal(model: type) -> None:
    classified = _classified(_record(model))
    missing = _attributes(model, text_only=True) - set(classified)
    assert not missing, (
        f"{model.__name__}: {sorted(missing)} — add them to `personal` (how to anonymise) "
        "or to `kept`/`not_personal` (why) in pes/services/personal_data.py"
    )


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: record.model.__name__)
def test_every_column_is_classified_once_and_exists(record: Record) -> None:
    classified = _classified(record)
    assert set(classified) <= _attributes(record.model, text_only=False), "unknown columns"
    twice = {attribute: lists for attribute, lists in classified.items() if len(lists) > 1}
    assert not twice
    assert set(classified) == _attributes(record.model, text_only=False)


def test_every_table_about_bookings_is_in_the_inventory() -> None:
    covered = {record.model.__table__.name for record in RECORDS}
    about_bookings = {
        table.name
        for table in Base.metadata.sorted_tables
        if any(
            isinstance(key, ForeignKey) and key.column.table.name == "bookings"
            for column in table.columns
            for key in column.foreign_keys
        )
    }
    assert about_bookings - {"bookings"} <= covered | set(WITHOUT_PERSONAL_DATA)
    assert set(WITHOUT_PERSONAL_DATA) <= about_bookings
    assert not covered & set(WITHOUT_PERSONAL_DATA)


def test_the_inventory_names_the_customer_fields_and_what_accounting_keeps() -> None:
    bookings = {column.attribute for column in _record(Booking).personal}
    assert bookings == {
        "customer_name",
        "customer_email",
        "customer_phone",
        "travel_number",
        "sign_text",
        "notes",
        "pickup_address",
        "dropoff_address",
    }
    assert {column.attribute for column in _record(OutboxEmail).personal} == {
        "recipient",
        "payload",
        "last_error",
    }
    accounting = {
        "reference",
        "kind",
        "status",
        "pickup_at",
        "pickup_place_id",
        "dropoff_place_id",
        "vehicle_class_id",
        "passengers",
        "luggage",
        "price_breakdown",
        "total_cents",
        "currency",
        "confirmed_at",
        "cancelled_at",
    }
    assert accounting <= set(_record(Booking).kept)
    for record in RECORDS:
        for column in record.personal:
            assert column.holds, column


@pytest.fixture
def demo(app: Flask) -> Flask:
    load_demo(db.session())
    db.session.commit()
    return app


def test_a_column_added_to_the_inventory_is_exported_erased_and_purged(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    bookings = personal_data.BOOKINGS
    extended = dataclasses.replace(
        bookings,
        personal=(*bookings.personal, Personal("review_note", How.BLANK, "a test")),
        not_personal={},
    )
    monkeypatch.setattr(personal_data, "BOOKINGS", extended)
    monkeypatch.setattr(personal_data, "RECORDS", (extended, *RECORDS[1:]))
    admin = make_staff(StaffRole.ADMIN)
    asked = make_booking(
        pickup_at=utcnow() - timedelta(days=2),
        customer_email="ana@example.com",
        review_note="Ana's own words",
    )
    # Anonymised before the column was added: the purge finds it again for the new column.
    old = make_booking(
        pickup_at=utcnow() - timedelta(days=4 * 365),
        status=BookingStatus.CONFIRMED,
        customer_name="—",
        customer_phone="",
        travel_number="",
        dropoff_address="",
        review_note="left over",
    )
    old.customer_email = f"erased-{old.id}@invalid.invalid"
    db.session.commit()

    export = export_customer(db.session(), "ana@example.com")
    assert export["bookings"][0]["review_note"] == "Ana's own words"
    with transaction(lock_inventory=True) as session:
        erase_customer(session, "ana@example.com", utcnow(), admin.id)
    assert purge_personal_data(utcnow()).past_retention == 1
    db.session.rollback()
    for booking in (asked, old):
        stored = db.session.get(Booking, booking.id)
        assert stored is not None
        assert stored.review_note == ""
