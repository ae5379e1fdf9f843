"""The dispatch board: bookings by Paris day and status, search, detail, vehicle, cancel,
CSV. Thin views; the rules are in `pes.services` (dispatch, assignment, cancellation)."""

from __future__ import annotations

from datetime import date, timedelta

from flask import abort, flash, make_response, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import RadioField, SelectField, TextAreaField
from wtforms.validators import DataRequired, Length

from ..extensions import db
from ..i18n import current_locale, to_paris
from ..models import BookingStatus, CancelReason, Vehicle, utcnow
from ..services import assignment, cancellation, dispatch
from ..services.drafts import stored_quote
from ..services.errors import DomainError, InventoryBusy, VehicleBusy
from ..services.staff import audit_staff_action
from ..services.uow import transaction
from . import bp
from .auth import DISPATCH, current_staff, staff_required

STATUS_LABELS = {
    BookingStatus.PENDING_PAYMENT: _l("Awaiting payment"),
    BookingStatus.CONFIRMED: _l("Confirmed"),
    BookingStatus.CANCELLED: _l("Cancelled"),
}


CANCEL_REASONS = {
    CancelReason.HOLD_EXPIRED: _l("reservation lapsed before payment"),
    CancelReason.PAYMENT_FAILED: _l("payment failed"),
    CancelReason.CUSTOMER: _l("by the customer"),
    CancelReason.STAFF: _l("by staff"),
    CancelReason.REFUNDED_LATE_PAYMENT: _l("paid too late, refunded"),
}


class VehicleForm(FlaskForm):  # type: ignore[misc]
    vehicle_id = SelectField(_l("Vehicle"), coerce=int, validate_choice=True)


class CancelForm(FlaskForm):  # type: ignore[misc]
    refund = RadioField(
        _l("Refund"),
        choices=[("full", _l("Refund in full")), ("none", _l("No refund"))],
        default="full",
        validators=[DataRequired()],
    )
    note = TextAreaField(
        _l("Reason (kept in the audit log)"),
        validators=[DataRequired(_l("Please say why.")), Length(max=500)],
    )


def _day() -> tuple[date, str | None]:
    raw = request.args.get("day", "")
    today = to_paris(utcnow()).date()
    if not raw:
        return today, None
    try:
        return date.fromisoformat(raw), None
    except ValueError:
        return today, str(_l("That is not a date; showing today."))


def _status() -> BookingStatus | None:
    try:
        status = BookingStatus(request.args.get("status", ""))
    except ValueError:
        return None
    return status if status in STATUS_LABELS else None


@bp.get("/bookings")
@staff_required(DISPATCH)
def bookings() -> str:
    day, error = _day()
    status = _status()
    query = request.args.get("q", "").strip()[:100]
    session = db.session()
    found = (
        dispatch.search(session, query) if query else dispatch.bookings_of_day(session, day, status)
    )
    return render_template(
        "staff/bookings.html",
        day=day,
        previous_day=day - timedelta(days=1),
        next_day=day + timedelta(days=1),
        status=status,
        statuses=STATUS_LABELS,
        query=query,
        bookings=found,
        vehicles=dispatch.assignments_of(session, found),
        error=error,
    )


@bp.get("/bookings.csv")
@staff_required(DISPATCH)
def bookings_csv() -> Response:
    day, _ = _day()
    session = db.session()
    text = dispatch.day_csv(
        session, dispatch.bookings_of_day(session, day, _status()), current_locale()
    )
    return Response(
        "\ufeff" + text,  # a BOM so that spreadsheet programs read UTF-8
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="bookings-{day.isoformat()}.csv"'},
    )


def _file_or_404(reference: str) -> dispatch.BookingFile:
    found = dispatch.booking_file(db.session(), reference)
    if found is None:
        abort(404)
    return found


def _render_booking(
    found: dispatch.BookingFile,
    vehicle_form: VehicleForm | None = None,
    cancel_form: CancelForm | None = None,
    status: int = 200,
) -> Response:
    vehicle_form = vehicle_form or VehicleForm(
        vehicle_id=found.vehicle.id if found.vehicle else None
    )
    vehicle_form.vehicle_id.choices = [
        (v.id, f"{v.plate} {v.model_name}".strip()) for v in found.vehicles
    ]
    html = render_template(
        "staff/booking.html",
        file=found,
        booking=found.booking,
        quote=stored_quote(found.booking),
        statuses=STATUS_LABELS,
        cancel_reasons=CANCEL_REASONS,
        vehicle_form=vehicle_form,
        cancel_form=cancel_form or CancelForm(),
        can_cancel=found.booking.status in (BookingStatus.CONFIRMED, BookingStatus.PENDING_PAYMENT),
    )
    return make_response(html, status)


@bp.get("/bookings/<reference>")
@staff_required(DISPATCH)
def booking(reference: str) -> Response:
    return _render_booking(_file_or_404(reference))


@bp.post("/bookings/<reference>/vehicle")
@staff_required(DISPATCH)
def change_vehicle(reference: str) -> Response:
    found = _file_or_404(reference)
    form = VehicleForm()
    form.vehicle_id.choices = [(v.id, v.plate) for v in found.vehicles]
    if not form.validate():
        return _render_booking(found, vehicle_form=form, status=422)
    user = current_staff()
    assert user is not None
    try:
        with transaction(lock_inventory=True) as session:
            job = assignment.reassign(session, found.booking.id, form.vehicle_id.data)
            before = found.vehicle.plate if found.vehicle else None
            after = session.get(Vehicle, job.vehicle_id)
            audit_staff_action(
                session,
                user.id,
                "change-vehicle",
                booking=found.booking,
                before=before,
                after=after.plate if after else None,
            )
    except (DomainError, InventoryBusy) as refused:  # rolled back: `found` reloads itself
        message = (
            _l("This vehicle already has a job at that time.")
            if isinstance(refused, VehicleBusy)
            else _l("This vehicle cannot be given to this booking now.")
        )
        form.vehicle_id.errors = [str(message)]
        return _render_booking(found, vehicle_form=form, status=409)
    flash(str(_l("Vehicle changed.")))
    return redirect(url_for("staff.booking", reference=reference), code=303)


@bp.post("/bookings/<reference>/cancel")
@staff_required(DISPATCH)
def cancel(reference: str) -> Response:
    found = _file_or_404(reference)
    form = CancelForm()
    if not form.validate():
        return _render_booking(found, cancel_form=form, status=422)
    user = current_staff()
    assert user is not None
    try:
        cancellation.cancel(
            found.booking.id,
            utcnow(),
            by_staff_id=user.id,
            refund_percent=100 if form.refund.data == "full" else 0,
            note=form.note.data,
        )
    except (DomainError, InventoryBusy):
        form.form_errors.append(str(_l("This booking cannot be cancelled now.")))
        return _render_booking(found, cancel_form=form, status=409)
    flash(str(_l("Booking cancelled.")))
    return redirect(url_for("staff.booking", reference=reference), code=303)
