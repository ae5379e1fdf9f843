"""Personal data (role `admin`): export everything held about a customer's email as JSON,
and erase it. Thin views; the inventory and the rules are in `pes.services.personal_data`.

Same conventions as the other admin screens (`admin.save_form`): invalid input comes back on
the page with the error on its field (422), a refused erasure with its reason (409).
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response
from wtforms import BooleanField, EmailField
from wtforms.validators import DataRequired, Length

from ..funnel.forms import check_email
from ..i18n import to_paris
from ..models import utcnow
from ..services import personal_data
from . import bp
from .admin import admin_page, first_error_id, flash_and_redirect, save_form
from .auth import ADMIN, staff_required


def _email_field() -> EmailField:
    return EmailField(
        _l("Customer's email address"),
        validators=[
            DataRequired(_l("Please enter an email address.")),
            Length(max=254),
            check_email,
        ],
        render_kw={"autocomplete": "off", "spellcheck": "false"},
    )


class ExportForm(FlaskForm):  # type: ignore[misc]
    email = _email_field()


class EraseForm(FlaskForm):  # type: ignore[misc]
    email = _email_field()
    confirm = BooleanField(
        _l("I have checked who is asking, and I understand that this cannot be undone."),
        validators=[DataRequired(_l("Please tick the box to confirm the erasure."))],
    )


def _privacy_page(
    export_form: ExportForm | None = None,
    erase_form: EraseForm | None = None,
    problem: Any = None,
    status: int = 200,
) -> Response:
    export_form = export_form or ExportForm(formdata=None, prefix="export")
    erase_form = erase_form or EraseForm(formdata=None, prefix="erase")
    config = current_app.config
    return admin_page(
        "staff/admin/privacy.html",
        "privacy",
        status,
        export_form=export_form,
        erase_form=erase_form,
        retention_months=config["PES_RETENTION_MONTHS"],
        abandoned_days=config["PES_ABANDONED_RETENTION_DAYS"],
        outbox_days=config["PES_OUTBOX_RETENTION_DAYS"],
        problem=problem,
        invalid_field=first_error_id({"export": export_form, "erase": erase_form}),
    )


def _download(export: dict[str, Any]) -> Response:
    day = to_paris(utcnow()).date().isoformat()
    return Response(
        json.dumps(export, ensure_ascii=False, indent=2),
        mimetype="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="personal-data-{day}.json"',
            "Cache-Control": "no-store",
        },
    )


@bp.route("/admin/privacy", methods=["GET", "POST"])
@staff_required(ADMIN)
def admin_privacy() -> Response:
    """The page; its POST is the export form, answered with the JSON file."""
    form = ExportForm(prefix="export")
    if not form.is_submitted():
        return _privacy_page()

    def export(session: Session, admin_id: int) -> dict[str, Any]:
        data = personal_data.export_customer(session, form.email.data)
        personal_data.record_export(session, admin_id, data)
        return data

    return save_form(form, partial(_privacy_page, form), export, _download)


@bp.post("/admin/privacy/erase")
@staff_required(ADMIN)
def admin_erase_personal_data() -> Response:
    form = EraseForm(prefix="erase")

    def erase(session: Session, admin_id: int) -> personal_data.Erasure:
        return personal_data.erase_customer(session, form.email.data, utcnow(), admin_id)

    def done(erasure: personal_data.Erasure) -> Response:
        references = ", ".join(erasure.references)
        if erasure.bookings == 0:
            message = _l("No booking has this email address: nothing was erased.")
        elif erasure.bookings == 1:
            message = _l(
                "The personal data of booking %(references)s is erased.", references=references
            )
        else:
            message = _l(
                "The personal data of %(count)s bookings is erased: %(references)s.",
                count=erasure.bookings,
                references=references,
            )
        return flash_and_redirect(message, "staff.admin_privacy")

    return save_form(
        form, partial(_privacy_page, erase_form=form), erase, done, lock_inventory=True
    )
