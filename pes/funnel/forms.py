"""Funnel forms (Flask-WTF: CSRF on every POST). Messages are lazy gettext strings."""

from __future__ import annotations

from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TelField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from ..models import BookingKind

KIND_CHOICES = [
    (BookingKind.TRANSFER.value, _l("Transfer")),
    (BookingKind.HOURLY.value, _l("Chauffeur by the hour")),
    (BookingKind.TOUR.value, _l("Private tour")),
]


MAX_ID = 2**31 - 1  # database integer keys: a larger "id" names nothing


def _int_or_none(value: Any) -> int | None:
    """Coerce a posted id; anything that cannot be a row id becomes None (a field error)."""
    if value in (None, "", "None"):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number <= MAX_ID else None


class RouteForm(FlaskForm):  # type: ignore[misc]
    kind = RadioField(_l("Service"), choices=KIND_CHOICES, validators=[InputRequired()])
    pickup_place_id = SelectField(_l("Pick-up"), coerce=_int_or_none, validate_choice=False)
    dropoff_place_id = SelectField(_l("Destination"), coerce=_int_or_none, validate_choice=False)
    pickup_address = StringField(_l("Pick-up address or hotel"), validators=[Length(max=300)])
    dropoff_address = StringField(_l("Destination address or hotel"), validators=[Length(max=300)])
    hours = IntegerField(_l("Hours"), validators=[Optional(), NumberRange(min=1, max=24)])
    tour_id = SelectField(_l("Tour"), coerce=_int_or_none, validate_choice=False)
    passengers = IntegerField(
        _l("Passengers"),
        default=1,
        validators=[InputRequired(_l("How many passengers?")), NumberRange(min=1, max=50)],
    )
    luggage = IntegerField(
        _l("Bags"),
        default=0,
        validators=[InputRequired(_l("How many bags?")), NumberRange(min=0, max=50)],
    )


class DateForm(FlaskForm):  # type: ignore[misc]
    pickup_date = DateField(
        _l("Date"), validators=[InputRequired(_l("Please enter a valid date."))]
    )
    pickup_time = TimeField(
        _l("Pick-up time (Paris)"), validators=[InputRequired(_l("Please enter a valid time."))]
    )
    fold = RadioField(
        _l("Which 2 a.m.?"),
        choices=[
            ("0", _l("The first one (summer time)")),
            ("1", _l("The second one (winter time)")),
        ],
        validators=[Optional()],
    )


class VehicleForm(FlaskForm):  # type: ignore[misc]
    vehicle_class_id = RadioField(
        _l("Vehicle"),
        coerce=_int_or_none,
        validate_choice=False,
        validators=[InputRequired(_l("Please choose a vehicle."))],
    )


def check_email(form: FlaskForm, field: EmailField) -> None:
    try:
        field.data = validate_email(
            (field.data or "").strip(), check_deliverability=False
        ).normalized
    except EmailNotValidError as exc:
        raise ValidationError(_l("Please enter a valid email address.")) from exc


def _check_phone(form: FlaskForm, field: TelField) -> None:
    try:
        number = phonenumbers.parse((field.data or "").strip(), "FR")
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(
            _l("Please enter a valid phone number with its country code.")
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(_l("Please enter a valid phone number with its country code."))
    field.data = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _travel_number_field(label: Any) -> StringField:
    """A flight or train number: "af 1234" is stored as "AF1234"."""
    return StringField(
        label,
        filters=[lambda value: (value or "").strip().upper().replace(" ", "")],
        validators=[
            Optional(),
            Regexp(r"^[A-Z0-9]{2,10}$", message=_l("Use letters and digits, e.g. AF1234.")),
        ],
    )


class DetailsForm(FlaskForm):  # type: ignore[misc]
    customer_name = StringField(
        _l("Full name"),
        validators=[DataRequired(_l("Please enter your name.")), Length(min=2, max=120)],
    )
    customer_email = EmailField(
        _l("Email"), validators=[DataRequired(_l("Please enter your email.")), check_email]
    )
    customer_phone = TelField(
        _l("Mobile phone"),
        validators=[DataRequired(_l("Please enter your phone number.")), _check_phone],
    )
    travel_number = _travel_number_field(_l("Flight or train number"))
    child_seats = IntegerField(
        _l("Child seats"), default=0, validators=[Optional(), NumberRange(min=0, max=4)]
    )
    meet_and_greet = BooleanField(_l("Meet & greet with a name sign"))
    sign_text = StringField(_l("Name on the sign"), validators=[Length(max=60)])
    notes = TextAreaField(_l("Notes for your chauffeur"), validators=[Length(max=1000)])
    add_return = BooleanField(_l("Book the return journey too"))
    return_date = DateField(_l("Return date"), validators=[Optional()])
    return_time = TimeField(_l("Return pick-up time (Paris)"), validators=[Optional()])
    return_travel_number = _travel_number_field(_l("Return flight or train number"))


class PayForm(FlaskForm):  # type: ignore[misc]
    accept_terms = BooleanField(
        _l("I accept the terms and the cancellation policy"),
        validators=[DataRequired(_l("Please accept the terms to continue."))],
    )
