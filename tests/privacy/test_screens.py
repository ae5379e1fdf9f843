"""The admin screen /staff/admin/privacy: admins only; the export downloads a dated JSON
file; the erasure asks for a confirmation, shows a refusal on the page (409) and its result
after success; bad input is a 422 on its field."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.test import TestResponse

from pes.extensions import db
from pes.models import AuditEntry, Booking, BookingStatus, StaffRole, StaffUser, utcnow
from pes.services import cancellation
from tests.privacy import ANA, make_booking
from tests.staff.conftest import csrf_token, log_in, make_staff
from tests.test_template_lint import TEMPLATES, literal_text

PAGE = "/staff/admin/privacy"
ERASE = "/staff/admin/privacy/erase"


def _post(client: FlaskClient, path: str, prefix: str, **data: str) -> TestResponse:
    form = {f"{prefix}-{key}": value for key, value in data.items()}
    form[f"{prefix}-csrf_token"] = csrf_token(client, PAGE)
    return client.post(path, data=form)


def _field_error(response: TestResponse, field_id: str) -> str:
    html = response.get_data(as_text=True)
    match = re.search(rf'<p class="field-error" id="{re.escape(field_id)}-error">([^<]*)</p>', html)
    assert match, f"no error on {field_id}"
    control = re.search(rf'<input[^>]*\bid="{re.escape(field_id)}"[^>]*>', html)
    assert control, f"no control {field_id}"
    assert 'aria-invalid="true"' in control.group(0)
    return match.group(1)


@pytest.mark.parametrize("role", [StaffRole.DISPATCHER, StaffRole.EDITOR])
def test_only_admins_reach_the_screen(demo: Flask, role: StaffRole) -> None:
    make_booking(customer_email=ANA.email)
    anonymous = demo.test_client()
    assert anonymous.get(PAGE).status_code == 302
    client = demo.test_client()
    assert log_in(client, make_staff(role).email) == 303
    token = csrf_token(client, "/staff/content" if role is StaffRole.EDITOR else "/staff/bookings")
    assert client.get(PAGE).status_code == 403
    data = {"csrf_token": token, "export-email": ANA.email}
    assert client.post(PAGE, data=data).status_code == 403
    data = {"csrf_token": token, "erase-email": ANA.email, "erase-confirm": "y"}
    assert client.post(ERASE, data=data).status_code == 403
    db.session.rollback()
    assert db.session.scalars(select(Booking)).one().customer_email == ANA.email


def test_the_page_has_both_forms_and_a_link_in_the_admin_menu(admin_client: FlaskClient) -> None:
    page = admin_client.get(PAGE)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert f'<a href="{PAGE}" aria-current="page">' in html
    assert 'id="export-email"' in html
    assert 'id="erase-email"' in html
    assert 'id="erase-confirm"' in html
    assert f'<a href="{PAGE}">' in admin_client.get("/staff/admin/fleet").get_data(as_text=True)
    words = literal_text((TEMPLATES / "staff" / "admin" / "privacy.html").read_text())
    assert words == []


def test_the_export_downloads_a_dated_json_file(
    admin_client: FlaskClient, admin: StaffUser
) -> None:
    mine = make_booking(customer_email=ANA.email, customer_name=ANA.name)
    theirs = make_booking(customer_email="someone@example.org")

    response = _post(admin_client, PAGE, "export", email="ANA.souza@example.COM")

    assert response.status_code == 200
    assert response.mimetype == "application/json"
    disposition = response.headers["Content-Disposition"]
    assert re.fullmatch(
        r'attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.json"', disposition
    )
    assert date.fromisoformat(disposition[-16:-6])  # a date
    assert "souza" not in disposition.lower()
    assert response.headers["Cache-Control"] == "no-store"
    export = json.loads(response.get_data(as_text=True))
    assert [booking["reference"] for booking in export["bookings"]] == [mine.reference]
    assert theirs.reference not in response.get_data(as_text=True)
    db.session.rollback()
    (entry,) = db.session.scalars(
        select(AuditEntry).where(AuditEntry.action == "export-personal-data")
    )
    assert (entry.staff_user_id, entry.details) == (admin.id, {"bookings": 1})


def test_a_bad_email_is_an_error_on_its_field(admin_client: FlaskClient) -> None:
    response = _post(admin_client, PAGE, "export", email="not an email")
    assert response.status_code == 422
    assert _field_error(response, "export-email") == "Please enter a valid email address."
    response = _post(admin_client, ERASE, "erase", email="ana@", confirm="y")
    assert response.status_code == 422
    assert _field_error(response, "erase-email") == "Please enter a valid email address."
    response = _post(admin_client, ERASE, "erase", email="")
    assert response.status_code == 422
    assert _field_error(response, "erase-email") == "Please enter an email address."
    assert "Please tick the box to confirm the erasure." in response.get_data(as_text=True)


def test_erasure_is_refused_on_the_page_then_done_once_cancelled(
    admin_client: FlaskClient, admin: StaffUser
) -> None:
    coming = make_booking(customer_email=ANA.email, customer_name=ANA.name)

    unconfirmed = _post(admin_client, ERASE, "erase", email=ANA.email)
    assert unconfirmed.status_code == 422
    assert 'id="erase-confirm-error"' in unconfirmed.get_data(as_text=True)

    refused = _post(admin_client, ERASE, "erase", email=ANA.email, confirm="y")
    assert refused.status_code == 409
    html = refused.get_data(as_text=True)
    assert '<div class="form-errors" role="alert">' in html
    assert f"booking {coming.reference} is still to come" in html
    db.session.rollback()
    assert db.session.get(Booking, coming.id).customer_name == ANA.name  # type: ignore[union-attr]

    cancellation.cancel(coming.id, utcnow(), by_staff_id=admin.id, note="asked to cancel")
    done = _post(admin_client, ERASE, "erase", email=ANA.email, confirm="y")
    assert done.status_code == 303
    assert done.headers["Location"] == PAGE
    page = admin_client.get(PAGE).get_data(as_text=True)
    assert f"The personal data of booking {coming.reference} is erased." in page
    db.session.rollback()
    erased = db.session.get(Booking, coming.id)
    assert erased is not None
    assert erased.status is BookingStatus.CANCELLED
    assert erased.customer_email == f"erased-{coming.id}@invalid.invalid"
    again = _post(admin_client, ERASE, "erase", email=ANA.email, confirm="y")
    assert again.status_code == 303
    page = admin_client.get(PAGE).get_data(as_text=True)
    assert "No booking has this email address: nothing was erased." in page
