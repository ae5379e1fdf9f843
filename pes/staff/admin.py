"""Admin screens (role `admin`): fleet, prices, tours, staff accounts and the cancellation
policy. Thin views; the rules and queries are in `pes.services.admin`.

Every POST answers 303 back to its page on success; invalid input comes back on the same
page with the error on its field and status 422; a change the rules refuse, 409 with the
reason. A page with one form per row gives each form a prefix (`fare-3-1-price`), so that
ids stay unique and a rejected form is shown again in its own row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, ClassVar, TypeVar

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from sqlalchemy.orm import Session
from werkzeug.wrappers import Response
from wtforms import EmailField, HiddenField, PasswordField, SelectField, StringField
from wtforms.validators import (
    AnyOf,
    DataRequired,
    Length,
    NumberRange,
    Optional,
    StopValidation,
)
from wtforms.widgets import NumberInput

from ..extensions import db
from ..i18n import current_locale
from ..models import (
    CancellationTier,
    StaffRole,
    StaffUser,
    Tour,
    TransferRoute,
    Vehicle,
    VehicleClass,
    utcnow,
)
from ..services import admin
from ..services.cancellation_policy import current_policy
from ..services.errors import DomainError
from ..services.uow import transaction
from ..services.windows import InventoryRules
from . import bp
from .auth import ADMIN, current_staff, staff_required

ROLE_LABELS = {
    StaffRole.ADMIN: _l("Administrator"),
    StaffRole.DISPATCHER: _l("Dispatcher"),
    StaffRole.EDITOR: _l("Editor"),
}
ROLE_CHOICES = [(role.value, label) for role, label in ROLE_LABELS.items()]
BUSY = _l("Someone else is changing the fleet at this moment. Please try again.")
NOT_UNDERSTOOD = _l("This request was not understood. Please try again from this page.")
_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,9}")
_T = TypeVar("_T")


# --- fields and forms ----------------------------------------------------------------------


class MoneyField(StringField):  # type: ignore[misc]
    """An amount typed in euros ("95", "95.00", "95,00"); `data` is integer cents."""

    def __init__(self, label: Any = None, validators: Any = None, **kwargs: Any) -> None:
        render_kw = {"inputmode": "decimal", "autocomplete": "off", "size": 8}
        render_kw.update(kwargs.pop("render_kw", None) or {})
        super().__init__(label, validators, render_kw=render_kw, **kwargs)

    def process_formdata(self, valuelist: list[str]) -> None:
        if not valuelist:
            return
        self.data = None
        if valuelist[0].strip():
            self.data = admin.parse_euros(valuelist[0])  # ValueError → the field's error

    def _value(self) -> str:
        if self.raw_data:
            return str(self.raw_data[0])
        return admin.euros(self.data) if isinstance(self.data, int) else ""


class WholeNumberField(StringField):  # type: ignore[misc]
    """A whole number, with our own message when it is not one."""

    widget = NumberInput()

    def process_formdata(self, valuelist: list[str]) -> None:
        if not valuelist:
            return
        self.data = None
        raw = valuelist[0].strip()
        if raw:
            if not _WHOLE_NUMBER.fullmatch(raw):
                raise ValueError(str(_l("Please enter a whole number.")))
            self.data = int(raw)

    def _value(self) -> str:
        if self.raw_data:
            return str(self.raw_data[0])
        return str(self.data) if isinstance(self.data, int) else ""


class Required:
    """A number or an amount must be there: blank → `message`; one that did not parse keeps
    only its own message (no second one from the validators after this)."""

    field_flags: ClassVar[dict[str, bool]] = {"required": True}

    def __init__(self, message: Any) -> None:
        self.message = message

    def __call__(self, form: FlaskForm, field: MoneyField | WholeNumberField) -> None:
        if field.data is None:
            raise StopValidation(None if field.process_errors else str(self.message))


def _range(low: int, high: int) -> list[Any]:
    return [
        Required(_l("Please enter a number.")),
        NumberRange(min=low, max=high, message=_l("Please enter between %(min)s and %(max)s.")),
    ]


class ButtonForm(FlaskForm):  # type: ignore[misc]
    """A form that is one button: nothing of it is shown again, so an invalid one (a stale
    or tampered request) is answered with `NOT_UNDERSTOOD` at the top of the page."""


class ActiveForm(ButtonForm):
    """One button: put something in (1) or out of (0) service."""

    active = HiddenField(validators=[AnyOf(["0", "1"])])


class ConfirmForm(ButtonForm):
    """One button, only its CSRF token (delete)."""


class AddVehicleForm(FlaskForm):  # type: ignore[misc]
    vehicle_class_id = SelectField(_l("Vehicle class"), coerce=int, validate_choice=True)
    plate = StringField(
        _l("Plate"),
        validators=[
            DataRequired(_l("Please enter the plate.")),
            Length(max=admin.PLATE_LENGTH, message=_l("A plate has at most 16 characters.")),
        ],
        render_kw={"autocapitalize": "characters", "autocomplete": "off"},
    )
    model_name = StringField(
        _l("Model (optional)"),
        validators=[
            Optional(),
            Length(max=admin.MODEL_NAME_LENGTH, message=_l("At most 80 characters.")),
        ],
    )


class PriceForm(FlaskForm):  # type: ignore[misc]
    """One price (a fare, a tour with a class); the label is set to the class's name."""

    price = MoneyField(_l("Price in euros"), validators=[Required(_l("Please enter a price."))])


class HourlyRateForm(FlaskForm):  # type: ignore[misc]
    price = MoneyField(
        _l("Price per hour in euros"), validators=[Required(_l("Please enter a price."))]
    )
    min_hours = WholeNumberField(_l("Minimum hours"), validators=_range(1, admin.MAX_HOURLY_HOURS))
    max_hours = WholeNumberField(_l("Maximum hours"), validators=_range(1, admin.MAX_HOURLY_HOURS))


class TourForm(FlaskForm):  # type: ignore[misc]
    duration_minutes = WholeNumberField(
        _l("Duration in minutes"), validators=_range(1, admin.MAX_TOUR_MINUTES)
    )
    max_passengers = WholeNumberField(
        _l("Maximum passengers"), validators=_range(1, admin.MAX_TOUR_PASSENGERS)
    )


class CreateStaffForm(FlaskForm):  # type: ignore[misc]
    email = EmailField(
        _l("Email"),
        validators=[DataRequired(_l("Please enter an email address.")), Length(max=254)],
        render_kw={"autocomplete": "off"},
    )
    role = SelectField(_l("Role"), choices=ROLE_CHOICES, default=StaffRole.DISPATCHER.value)
    password = PasswordField(
        _l("Initial password"),
        validators=[
            DataRequired(_l("Please enter a password.")),
            Length(
                min=12, max=200, message=_l("The password needs between 12 and 200 characters.")
            ),
        ],
        render_kw={"autocomplete": "new-password"},
    )


class RoleForm(FlaskForm):  # type: ignore[misc]
    role = SelectField(_l("Role"), choices=ROLE_CHOICES)


class TierForm(FlaskForm):  # type: ignore[misc]
    min_hours_before = WholeNumberField(
        _l("At least this many hours before pick-up"),
        validators=_range(0, admin.MAX_NOTICE_HOURS),
    )
    refund_percent = WholeNumberField(_l("Refund in percent"), validators=_range(0, 100))


# --- helpers -------------------------------------------------------------------------------


def _admin_id() -> int:
    user = current_staff()
    assert user is not None  # staff_required let the request in
    return user.id


def _get_or_404(model: type[Any], key: Any) -> Any:
    found = db.session.get(model, key)
    if found is None:
        abort(404)
    return found


def _field_error(form: FlaskForm, error: admin.AdminInputError) -> None:
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = [*field.errors, error.message]
    else:
        form.form_errors.append(error.message)


def first_error_id(forms: Mapping[str, FlaskForm]) -> str | None:
    """The id of the first field with an error, for the link at the top of a long page."""
    for form in forms.values():
        for field in form:
            if field.errors:
                return str(field.id)
    return None


def admin_page(template: str, section: str, status: int = 200, **context: Any) -> Response:
    html = render_template(template, section=section, **context)
    return Response(html, status=status)


def flash_and_redirect(message: Any, endpoint: str, anchor: str | None = None) -> Response:
    """Success: flash `message` and go back to the page (303)."""
    flash(str(message))
    return redirect(url_for(endpoint, _anchor=anchor), code=303)


def save_form(
    form: FlaskForm,
    page: Callable[..., Response],
    change: Callable[[Session, int], _T],
    done: Callable[[_T], Response],
    *,
    lock_inventory: bool = False,
    refused_field: str | None = None,
) -> Response:
    """Validate `form`, run `change(session, admin_id)` in one transaction and answer
    `done(what change returned)`.

    Otherwise `page(problem=..., status=...)` is shown again: 422 for invalid input (on its
    field of `form`), 409 for a change the rules refuse (also on `refused_field`, if given)
    or, with `lock_inventory`, for a busy fleet; 404 when a row is gone. `page` shows the
    form itself where it has fields to show (bind it with `functools.partial`).
    """
    one_button = isinstance(form, ButtonForm)
    if not form.validate():
        return page(problem=NOT_UNDERSTOOD if one_button else None, status=422)
    admin_id = _admin_id()
    try:
        with transaction(lock_inventory=lock_inventory) as session:
            result = change(session, admin_id)
    except LookupError:
        abort(404)
    except admin.AdminInputError as error:
        _field_error(form, error)
        return page(problem=error.message if one_button else None, status=422)
    except admin.AdminRefused as refused:
        if refused_field:
            getattr(form, refused_field).errors = [refused.message]
        return page(problem=refused.message, status=409)
    except DomainError:  # InventoryBusy is one
        if not lock_inventory:
            raise
        return page(problem=BUSY, status=409)
    return done(result)


def _number(field: MoneyField | WholeNumberField) -> int:
    """The value of a validated number field (its validators require one)."""
    value = field.data
    assert isinstance(value, int)
    return value


def _active_flag(form: ActiveForm) -> bool:
    return bool(form.active.data == "1")


# --- fleet ---------------------------------------------------------------------------------


def _fleet_page(
    add_form: AddVehicleForm | None = None, problem: Any = None, status: int = 200
) -> Response:
    overview = admin.fleet_overview(db.session())
    form = add_form or AddVehicleForm(formdata=None)
    form.vehicle_class_id.choices = [
        (row.vehicle_class.id, row.vehicle_class.name) for row in overview
    ]
    return admin_page(
        "staff/admin/fleet.html",
        "fleet",
        status,
        overview=overview,
        add_form=form,
        problem=problem,
        invalid_field=first_error_id({"add": form}),
    )


@bp.get("/admin/fleet")
@staff_required(ADMIN)
def fleet() -> Response:
    return _fleet_page()


@bp.post("/admin/fleet/vehicles")
@staff_required(ADMIN)
def admin_add_vehicle() -> Response:
    form = AddVehicleForm()
    form.vehicle_class_id.choices = [
        (vehicle_class.id, vehicle_class.name)
        for vehicle_class in admin.all_vehicle_classes(db.session())
    ]

    def change(session: Session, admin_id: int) -> str:
        vehicle = admin.add_vehicle(
            session,
            admin_id,
            form.vehicle_class_id.data,
            form.plate.data,
            utcnow(),
            InventoryRules.from_config(),
            model_name=form.model_name.data or "",
        )
        return vehicle.plate

    def done(plate: str) -> Response:
        return flash_and_redirect(_l("Vehicle %(plate)s added.", plate=plate), "staff.fleet")

    return save_form(form, partial(_fleet_page, form), change, done, lock_inventory=True)


@bp.post("/admin/fleet/vehicles/<int:vehicle_id>/active")
@staff_required(ADMIN)
def admin_vehicle_active(vehicle_id: int) -> Response:
    _get_or_404(Vehicle, vehicle_id)
    form = ActiveForm()

    def change(session: Session, admin_id: int) -> str:
        vehicle = admin.set_vehicle_active(
            session,
            admin_id,
            vehicle_id,
            _active_flag(form),
            utcnow(),
            InventoryRules.from_config(),
        )
        return vehicle.plate

    def done(plate: str) -> Response:
        if _active_flag(form):
            return flash_and_redirect(
                _l("%(plate)s is back in service.", plate=plate), "staff.fleet"
            )
        return flash_and_redirect(_l("%(plate)s is out of service.", plate=plate), "staff.fleet")

    return save_form(form, _fleet_page, change, done, lock_inventory=True)


# --- prices --------------------------------------------------------------------------------


def _prices_page(
    bound: Mapping[str, FlaskForm] | None = None, problem: Any = None, status: int = 200
) -> Response:
    session = db.session()
    bound = bound or {}
    classes = admin.all_vehicle_classes(session)
    fares = admin.fare_matrix(session)
    rates = admin.hourly_rates(session)
    fare_forms: dict[tuple[int, int], FlaskForm] = {}
    for row in fares:
        for vehicle_class in classes:
            prefix = f"fare-{row.route.id}-{vehicle_class.id}"
            form = bound.get(prefix) or PriceForm(
                formdata=None, prefix=prefix, price=row.prices.get(vehicle_class.id)
            )
            form.price.label.text = vehicle_class.name
            fare_forms[(row.route.id, vehicle_class.id)] = form
    hourly_forms: dict[int, FlaskForm] = {}
    for vehicle_class in classes:
        prefix = f"hourly-{vehicle_class.id}"
        rate = rates.get(vehicle_class.id)
        hourly_forms[vehicle_class.id] = bound.get(prefix) or HourlyRateForm(
            formdata=None,
            prefix=prefix,
            price=rate.price_per_hour_cents if rate else None,
            min_hours=rate.min_hours if rate else None,
            max_hours=rate.max_hours if rate else None,
        )
    return admin_page(
        "staff/admin/prices.html",
        "prices",
        status,
        classes=classes,
        fares=fares,
        fare_forms=fare_forms,
        rates=rates,
        hourly_forms=hourly_forms,
        locale=current_locale(),
        problem=problem,
        invalid_field=first_error_id(bound),
    )


@bp.get("/admin/prices")
@staff_required(ADMIN)
def admin_prices() -> Response:
    return _prices_page()


@bp.post("/admin/prices/fares/<int:route_id>/<int:vehicle_class_id>")
@staff_required(ADMIN)
def admin_set_fare(route_id: int, vehicle_class_id: int) -> Response:
    _get_or_404(TransferRoute, route_id)
    _get_or_404(VehicleClass, vehicle_class_id)
    prefix = f"fare-{route_id}-{vehicle_class_id}"
    form = PriceForm(prefix=prefix)
    return save_form(
        form,
        partial(_prices_page, {prefix: form}),
        lambda session, admin_id: admin.set_fare(
            session, admin_id, route_id, vehicle_class_id, _number(form.price)
        ),
        lambda _: flash_and_redirect(_l("Price saved."), "staff.admin_prices", f"route-{route_id}"),
    )


@bp.post("/admin/prices/hourly/<int:vehicle_class_id>")
@staff_required(ADMIN)
def admin_set_hourly_rate(vehicle_class_id: int) -> Response:
    _get_or_404(VehicleClass, vehicle_class_id)
    prefix = f"hourly-{vehicle_class_id}"
    form = HourlyRateForm(prefix=prefix)
    return save_form(
        form,
        partial(_prices_page, {prefix: form}),
        lambda session, admin_id: admin.set_hourly_rate(
            session,
            admin_id,
            vehicle_class_id,
            price_per_hour_cents=_number(form.price),
            min_hours=_number(form.min_hours),
            max_hours=_number(form.max_hours),
        ),
        lambda _: flash_and_redirect(_l("Hourly rate saved."), "staff.admin_prices", "hourly"),
    )


# --- tours ---------------------------------------------------------------------------------


def _tours_page(
    bound: Mapping[str, FlaskForm] | None = None, problem: Any = None, status: int = 200
) -> Response:
    session = db.session()
    bound = bound or {}
    classes = admin.all_vehicle_classes(session)
    rows = admin.tour_overview(session, current_locale())
    tour_forms: dict[int, FlaskForm] = {}
    price_forms: dict[tuple[int, int], FlaskForm] = {}
    for row in rows:
        tour = row.tour
        prefix = f"tour-{tour.id}"
        tour_forms[tour.id] = bound.get(prefix) or TourForm(
            formdata=None,
            prefix=prefix,
            duration_minutes=tour.duration_minutes,
            max_passengers=tour.max_passengers,
        )
        for vehicle_class in classes:
            prefix = f"tourprice-{tour.id}-{vehicle_class.id}"
            form = bound.get(prefix) or PriceForm(
                formdata=None, prefix=prefix, price=row.prices.get(vehicle_class.id)
            )
            form.price.label.text = vehicle_class.name
            price_forms[(tour.id, vehicle_class.id)] = form
    return admin_page(
        "staff/admin/tours.html",
        "tours",
        status,
        classes=classes,
        rows=rows,
        tour_forms=tour_forms,
        price_forms=price_forms,
        problem=problem,
        invalid_field=first_error_id(bound),
    )


@bp.get("/admin/tours")
@staff_required(ADMIN)
def admin_tours() -> Response:
    return _tours_page()


@bp.post("/admin/tours/<int:tour_id>/active")
@staff_required(ADMIN)
def admin_tour_active(tour_id: int) -> Response:
    _get_or_404(Tour, tour_id)
    form = ActiveForm()
    return save_form(
        form,
        _tours_page,
        lambda session, admin_id: admin.set_tour_active(
            session, admin_id, tour_id, _active_flag(form)
        ),
        lambda _: flash_and_redirect(_l("Tour saved."), "staff.admin_tours", f"tour-{tour_id}"),
    )


@bp.post("/admin/tours/<int:tour_id>")
@staff_required(ADMIN)
def admin_update_tour(tour_id: int) -> Response:
    _get_or_404(Tour, tour_id)
    prefix = f"tour-{tour_id}"
    form = TourForm(prefix=prefix)
    return save_form(
        form,
        partial(_tours_page, {prefix: form}),
        lambda session, admin_id: admin.update_tour(
            session,
            admin_id,
            tour_id,
            duration_minutes=_number(form.duration_minutes),
            max_passengers=_number(form.max_passengers),
        ),
        lambda _: flash_and_redirect(_l("Tour saved."), "staff.admin_tours", f"tour-{tour_id}"),
    )


@bp.post("/admin/tours/<int:tour_id>/prices/<int:vehicle_class_id>")
@staff_required(ADMIN)
def admin_set_tour_price(tour_id: int, vehicle_class_id: int) -> Response:
    _get_or_404(Tour, tour_id)
    _get_or_404(VehicleClass, vehicle_class_id)
    prefix = f"tourprice-{tour_id}-{vehicle_class_id}"
    form = PriceForm(prefix=prefix)
    return save_form(
        form,
        partial(_tours_page, {prefix: form}),
        lambda session, admin_id: admin.set_tour_price(
            session, admin_id, tour_id, vehicle_class_id, _number(form.price)
        ),
        lambda _: flash_and_redirect(_l("Price saved."), "staff.admin_tours", f"tour-{tour_id}"),
    )


# --- staff accounts ------------------------------------------------------------------------


def _staff_page(
    create_form: CreateStaffForm | None = None,
    bound: Mapping[str, FlaskForm] | None = None,
    problem: Any = None,
    status: int = 200,
) -> Response:
    bound = bound or {}
    accounts = admin.staff_accounts(db.session())
    role_forms = {
        user.id: bound.get(f"role-{user.id}")
        or RoleForm(formdata=None, prefix=f"role-{user.id}", role=user.role.value)
        for user in accounts
    }
    form = create_form or CreateStaffForm(formdata=None)
    return admin_page(
        "staff/admin/staff.html",
        "staff",
        status,
        accounts=accounts,
        role_forms=role_forms,
        roles=ROLE_LABELS,
        create_form=form,
        me=_admin_id(),
        problem=problem,
        invalid_field=first_error_id({**bound, "create": form}),
    )


@bp.get("/admin/staff")
@staff_required(ADMIN)
def admin_staff() -> Response:
    return _staff_page()


@bp.post("/admin/staff")
@staff_required(ADMIN)
def admin_create_staff() -> Response:
    form = CreateStaffForm()
    return save_form(
        form,
        partial(_staff_page, form),
        lambda session, admin_id: (
            admin.create_account(
                session,
                admin_id,
                email=form.email.data,
                role=StaffRole(form.role.data),
                password=form.password.data,
            ).email
        ),
        lambda email: flash_and_redirect(
            _l("Account %(email)s created.", email=email), "staff.admin_staff"
        ),
    )


@bp.post("/admin/staff/<int:user_id>/role")
@staff_required(ADMIN)
def admin_staff_role(user_id: int) -> Response:
    _get_or_404(StaffUser, user_id)
    prefix = f"role-{user_id}"
    form = RoleForm(prefix=prefix)
    return save_form(
        form,
        partial(_staff_page, bound={prefix: form}),
        lambda session, admin_id: (
            admin.change_role(session, admin_id, user_id, StaffRole(form.role.data)).email
        ),
        lambda email: flash_and_redirect(
            _l("The role of %(email)s is saved.", email=email), "staff.admin_staff"
        ),
        refused_field="role",
    )


@bp.post("/admin/staff/<int:user_id>/active")
@staff_required(ADMIN)
def admin_staff_active(user_id: int) -> Response:
    _get_or_404(StaffUser, user_id)
    form = ActiveForm()

    def done(email: str) -> Response:
        if _active_flag(form):
            return flash_and_redirect(
                _l("%(email)s can log in again.", email=email), "staff.admin_staff"
            )
        return flash_and_redirect(
            _l("%(email)s is deactivated and logged out.", email=email), "staff.admin_staff"
        )

    return save_form(
        form,
        _staff_page,
        lambda session, admin_id: (
            admin.set_account_active(session, admin_id, user_id, _active_flag(form)).email
        ),
        done,
    )


# --- cancellation policy -------------------------------------------------------------------


def _cancellation_page(
    add_form: TierForm | None = None, problem: Any = None, status: int = 200
) -> Response:
    session = db.session()
    form = add_form or TierForm(formdata=None)
    return admin_page(
        "staff/admin/cancellation.html",
        "cancellation",
        status,
        tiers=admin.cancellation_tiers(session),
        policy=current_policy(session),
        add_form=form,
        problem=problem,
        invalid_field=first_error_id({"add": form}),
    )


@bp.get("/admin/cancellation")
@staff_required(ADMIN)
def admin_cancellation() -> Response:
    return _cancellation_page()


@bp.post("/admin/cancellation")
@staff_required(ADMIN)
def admin_add_tier() -> Response:
    form = TierForm()
    return save_form(
        form,
        partial(_cancellation_page, form),
        lambda session, admin_id: admin.add_tier(
            session,
            admin_id,
            min_hours_before=_number(form.min_hours_before),
            refund_percent=_number(form.refund_percent),
        ),
        lambda _: flash_and_redirect(_l("Cancellation tier added."), "staff.admin_cancellation"),
    )


@bp.post("/admin/cancellation/<int:tier_id>/delete")
@staff_required(ADMIN)
def admin_delete_tier(tier_id: int) -> Response:
    _get_or_404(CancellationTier, tier_id)
    return save_form(
        ConfirmForm(),
        _cancellation_page,
        lambda session, admin_id: admin.delete_tier(session, admin_id, tier_id),
        lambda _: flash_and_redirect(_l("Cancellation tier deleted."), "staff.admin_cancellation"),
    )
