"""Funnel views: parse the form, call one service, then render or redirect.

Every step is one view: GET renders it (the whole page, or only the `step` block for an
htmx request — `Vary: HX-Request`); POST validates, saves, and answers with a 303 to the
next step (no JavaScript) or the next step's block with `HX-Push-Url` (htmx). Invalid input
comes back in the same block with status 422, the errors tied to their fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from flask import current_app, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from jinja2_fragments.flask import render_block
from sqlalchemy.orm import Session, joinedload
from werkzeug.wrappers import Response

from ..extensions import db, limiter
from ..i18n import current_locale
from ..models import Booking, BookingKind, BookingStatus, utcnow
from ..services import access, catalog, drafts, inventory, payments, pricing
from ..services.email import queue_email
from ..services.errors import InventoryBusy, Unavailable
from ..services.paris_time import (
    AmbiguousTime,
    NonexistentTime,
    paris_to_utc,
    utc_to_paris_fields,
)
from ..services.uow import transaction
from ..services.windows import InventoryRules, Window
from . import forms, state
from .steps import BY_ID, STEPS, first_incomplete, may_show, next_step

Renderer = Callable[..., Response]


def _is_htmx() -> bool:
    return request.headers.get("HX-Request") == "true"


def _page(step_id: str, status: int = 200, **context: Any) -> Response:
    template = f"funnel/{step_id}.html"
    context.update(steps=STEPS, current_step=BY_ID.get(step_id, STEPS[-1]))
    if _is_htmx():
        html = render_block(template, "step", **context)
    else:
        html = render_template(template, **context)
    response = Response(html, status=status, mimetype="text/html")
    response.vary.add("HX-Request")
    return response


def _advance(from_step: str, booking: Booking | None) -> Response:
    """After a successful POST: 303 to the next step, or its block with the URL pushed."""
    step_id = next_step(from_step).identifier
    url = url_for(f"funnel.{step_id}")
    if not _is_htmx():
        return redirect(url, code=303)
    response = RENDERERS[step_id](booking)
    # Staying on the same step (pay → held) replaces the history entry instead of adding one.
    response.headers["HX-Replace-Url" if step_id == from_step else "HX-Push-Url"] = url
    return response


#: Steps whose page shows the return leg: it is joined into the draft's query (the names of
#: places, classes and tours come from `catalog`'s cache, not from relationships).
_SHOW_RETURN_LEG = frozenset({"details", "pay"})


def _guard(step_id: str) -> tuple[Booking | None, Response | None]:
    """The draft, or a redirect to the first step the customer has not completed."""
    loads = (joinedload(Booking.return_booking),) if step_id in _SHOW_RETURN_LEG else ()
    booking = state.current_draft(*loads)
    if booking is not None and booking.status is not BookingStatus.PENDING and step_id != "pay":
        state.forget_draft()
        booking = None
    if not may_show(booking, step_id):
        return booking, redirect(url_for(first_incomplete(booking).endpoint), code=303)
    return booking, None


def _field_error(form: Any, error: drafts.DraftError) -> None:
    field = getattr(form, error.field, None)
    if field is not None:
        field.errors = [*field.errors, error.message]
    else:
        form.form_errors.append(error.message)


# --- entry -------------------------------------------------------------------------------


def start() -> Response:
    booking = state.current_draft()
    return redirect(url_for(first_incomplete(booking).endpoint), code=303)


# --- route -------------------------------------------------------------------------------


def _route_choices(form: forms.RouteForm) -> None:
    locale = current_locale()
    places = [(place.id, place.name) for place in catalog.list_places(locale)]
    form.pickup_place_id.choices = [(None, _l("Choose…")), *places]
    form.dropoff_place_id.choices = [(None, _l("Choose…")), *places]
    form.tour_id.choices = [(None, _l("Choose…"))] + [
        (tour.id, tour.name) for tour in catalog.list_tours(locale)
    ]


def render_route(
    booking: Booking | None, form: forms.RouteForm | None = None, status: int = 200
) -> Response:
    if form is None:
        form = forms.RouteForm(obj=booking, kind=(booking.kind.value if booking else "transfer"))
    _route_choices(form)
    low, high = catalog.hours_bounds()
    return _page("route", status, form=form, booking=booking, hours_low=low, hours_high=high)


def route() -> Response:
    booking, redirect_to = _guard("route")
    if redirect_to is not None:
        return redirect_to
    if request.method == "GET":
        return render_route(booking)
    form = forms.RouteForm()
    _route_choices(form)
    if not form.validate():
        return render_route(booking, form, 422)
    choice = drafts.RouteChoice(
        kind=BookingKind(form.kind.data),
        pickup_place_id=form.pickup_place_id.data,
        dropoff_place_id=form.dropoff_place_id.data,
        hours=form.hours.data,
        tour_id=form.tour_id.data,
        passengers=form.passengers.data,
        luggage=form.luggage.data,
        pickup_address=form.pickup_address.data or "",
        dropoff_address=form.dropoff_address.data or "",
    )
    try:
        with transaction() as session:
            draft = booking or drafts.start_draft(session, current_locale())
            drafts.set_route(session, draft, choice)
    except drafts.DraftError as error:
        _field_error(form, error)
        return render_route(booking, form, 422)
    state.remember_draft(draft)
    state.remember_wanted_day(request.form.get("pickup_date", ""))
    return _advance("route", draft)


# --- date --------------------------------------------------------------------------------


def _time_rules() -> drafts.TimeRules:
    config = current_app.config
    return drafts.TimeRules(
        lead_time=timedelta(minutes=int(config["PES_LEAD_TIME_MINUTES"])),
        horizon=timedelta(days=int(config["PES_HORIZON_DAYS"])),
    )


def render_date(
    booking: Booking | None,
    form: forms.DateForm | None = None,
    status: int = 200,
    ambiguous: bool = False,
) -> Response:
    if form is None:
        form = forms.DateForm(pickup_date=state.wanted_day())
        if booking is not None and booking.pickup_at is not None:
            form.pickup_date.data, form.pickup_time.data = utc_to_paris_fields(booking.pickup_at)
    return _page("date", status, form=form, booking=booking, ambiguous=ambiguous)


def date() -> Response:
    booking, redirect_to = _guard("date")
    if redirect_to is not None:
        return redirect_to
    assert booking is not None
    if request.method == "GET":
        return render_date(booking)
    form = forms.DateForm()
    if not form.validate():
        return render_date(booking, form, 422)
    fold = int(form.fold.data) if form.fold.data in ("0", "1") else None
    try:
        pickup_at = paris_to_utc(form.pickup_date.data, form.pickup_time.data, fold)
    except NonexistentTime:
        form.pickup_time.errors = [
            *form.pickup_time.errors,
            str(_l("This time does not exist in Paris: the clocks go forward an hour that night.")),
        ]
        return render_date(booking, form, 422)
    except AmbiguousTime:
        form.fold.errors = [*form.fold.errors, str(_l("This time happens twice that night."))]
        return render_date(booking, form, 422, ambiguous=True)
    try:
        with transaction() as session:
            draft = booking
            drafts.set_pickup_time(session, draft, pickup_at, utcnow(), _time_rules())
    except drafts.DraftError as error:
        _field_error(form, error)
        return render_date(booking, form, 422)
    return _advance("date", draft)


# --- vehicle -----------------------------------------------------------------------------


def _release_lapsed_holds(rules: InventoryRules, window: Window) -> None:
    """The lazy release: free lapsed holds overlapping `window` before counting or taking a
    hold. The check is a plain read, so the write transaction is only opened when there is
    work."""
    now = utcnow()
    if inventory.expired_holds_exist(db.session(), now, rules, window=window):
        with transaction(lock_inventory=True) as session:
            inventory.release_expired_holds(session, now, rules, window=window)


def _vehicle_options(booking: Booking) -> list[dict[str, Any]]:
    rules = InventoryRules.from_config()
    window = inventory.booking_window(booking, rules)

    def count() -> inventory.Availability:
        return inventory.availability(
            db.session(),
            window,
            rules,
            passengers=booking.passengers,
            luggage=booking.luggage,
            now=utcnow(),
        )

    # The count also says whether lapsed holds overlap the window; only then are they
    # released and the classes counted again, so none is shown full because of them.
    available = count()
    if available.lapsed_holds:
        _release_lapsed_holds(rules, window)
        available = count()
    classes = available.classes
    quotes = pricing.quote_classes(db.session(), booking, [o.vehicle_class.id for o in classes])
    return [
        {"vehicle_class": o.vehicle_class, "free": o.free, "quote": quotes[o.vehicle_class.id]}
        for o in classes
        if o.vehicle_class.id in quotes  # a class without a price for this journey
    ]


def render_vehicle(
    booking: Booking | None, form: forms.VehicleForm | None = None, status: int = 200
) -> Response:
    assert booking is not None
    options = _vehicle_options(booking)
    if form is None:
        form = forms.VehicleForm(vehicle_class_id=booking.vehicle_class_id)
    form.vehicle_class_id.choices = [
        (option["vehicle_class"].id, option["vehicle_class"].name) for option in options
    ]
    return _page("vehicle", status, form=form, booking=booking, options=options)


def vehicle() -> Response:
    booking, redirect_to = _guard("vehicle")
    if redirect_to is not None:
        return redirect_to
    assert booking is not None
    if request.method == "GET":
        return render_vehicle(booking)
    form = forms.VehicleForm()
    if not form.validate():
        return render_vehicle(booking, form, 422)
    try:
        with transaction() as session:
            draft = booking
            drafts.choose_vehicle(session, draft, form.vehicle_class_id.data)
    except drafts.DraftError as error:
        _field_error(form, error)
        return render_vehicle(booking, form, 422)
    return _advance("vehicle", draft)


# --- details -----------------------------------------------------------------------------


def render_details(
    booking: Booking | None, form: forms.DetailsForm | None = None, status: int = 200
) -> Response:
    if form is None:
        form = forms.DetailsForm(obj=booking)
        leg = booking.return_booking if booking is not None else None
        if leg is not None and leg.pickup_at is not None:
            form.add_return.data = True
            form.return_date.data, form.return_time.data = utc_to_paris_fields(leg.pickup_at)
            form.return_travel_number.data = leg.travel_number
    return _page("details", status, form=form, booking=booking)


def _return_instant(form: forms.DetailsForm) -> tuple[bool, datetime | None]:
    """(valid, instant) of the requested return pick-up; errors go on the form."""
    if not form.add_return.data:
        return True, None
    if form.return_date.data is None:
        form.return_date.errors = [str(_l("Please enter a valid date."))]
        return False, None
    if form.return_time.data is None:
        form.return_time.errors = [str(_l("Please enter a valid time."))]
        return False, None
    try:
        return True, paris_to_utc(form.return_date.data, form.return_time.data)
    except NonexistentTime:
        message = _l("This time does not exist in Paris: the clocks go forward an hour that night.")
    except AmbiguousTime:
        message = _l("This time happens twice that night. Please choose another time.")
    form.return_time.errors = [str(message)]
    return False, None


def details() -> Response:
    booking, redirect_to = _guard("details")
    if redirect_to is not None:
        return redirect_to
    assert booking is not None
    if request.method == "GET":
        return render_details(booking)
    form = forms.DetailsForm()
    valid = form.validate()
    if valid and (form.child_seats.data or 0) > booking.passengers:
        form.child_seats.errors = [str(_l("More child seats than passengers."))]
        valid = False
    if valid:
        valid, return_at = _return_instant(form)
    if not valid:
        return render_details(booking, form, 422)
    try:
        with transaction() as session:
            draft = booking
            _save_details(session, draft, form, return_at)
    except drafts.DraftError as error:
        _field_error(form, error)
        return render_details(booking, form, 422)
    return _advance("details", draft)


def _save_details(
    session: Session, draft: Booking, form: forms.DetailsForm, return_at: datetime | None
) -> None:
    drafts.set_details(
        session,
        draft,
        drafts.Details(
            customer_name=form.customer_name.data.strip(),
            customer_email=form.customer_email.data,
            customer_phone=form.customer_phone.data,
            travel_number=form.travel_number.data or "",
            child_seats=form.child_seats.data or 0,
            meet_and_greet=bool(form.meet_and_greet.data),
            sign_text=(form.sign_text.data or "").strip(),
            notes=(form.notes.data or "").strip(),
        ),
    )
    drafts.set_return(session, draft, return_at, form.return_travel_number.data or "")


# --- pay ---------------------------------------------------------------------------------


def render_pay(
    booking: Booking | None, form: forms.PayForm | None = None, status: int = 200
) -> Response:
    assert booking is not None
    quote = drafts.stored_quote(booking)
    leg = booking.return_booking
    return_quote = drafts.stored_quote(leg) if leg is not None else None
    total = quote.total_cents + (return_quote.total_cents if return_quote else 0)
    return _page(
        "pay",
        status,
        form=form or forms.PayForm(),
        booking=booking,
        quote=quote,
        leg=leg,
        return_quote=return_quote,
        total_cents=total,
    )


@limiter.limit("10 per minute;60 per hour", methods=["POST"])  # each POST may take a hold
def pay() -> Response:
    booking, redirect_to = _guard("pay")
    if redirect_to is not None:
        return redirect_to
    assert booking is not None
    if booking.status is BookingStatus.CONFIRMED:
        return redirect(url_for("funnel.confirmation"), code=303)
    if request.method == "GET" or booking.status is BookingStatus.CANCELLED:
        return render_pay(booking)
    if booking.status is BookingStatus.PENDING_PAYMENT:
        return _to_provider(booking, forms.PayForm(accept_terms=True))  # retry or reload
    form = forms.PayForm()
    if not form.validate():
        return render_pay(booking, form, 422)
    rules = InventoryRules.from_config()
    booking_id = booking.id
    return_id = booking.return_booking.id if booking.return_booking else None
    try:
        _release_lapsed_holds(rules, inventory.booking_window(booking, rules))
        with transaction(lock_inventory=True) as session:
            # Both legs of a return transfer are held together, or neither.
            held = inventory.hold_booking(session, booking_id, utcnow(), rules, actor="customer")
            if return_id is not None:
                inventory.hold_booking(session, return_id, utcnow(), rules, actor="customer")
            queue_email(session, "booking_received", held)
    except Unavailable:
        form.form_errors.append(
            str(_l("Sorry, this vehicle has just been booked. Please choose another one."))
        )
        return render_pay(db.session.get(Booking, booking_id), form, 409)
    except InventoryBusy:
        form.form_errors.append(str(_l("We are very busy right now. Please try again.")))
        return render_pay(db.session.get(Booking, booking_id), form, 503)
    return _to_provider(held, form)


def _to_provider(booking: Booking, form: forms.PayForm) -> Response:
    """Hand the held booking over to the payment provider's checkout page."""
    booking_id = booking.id
    urls = payments.ReturnUrls(
        success=url_for("funnel.confirmation", _external=True),
        cancel=url_for("funnel.pay", _external=True),
    )
    description = str(_l("Chauffeur booking %(reference)s", reference=booking.reference))
    try:
        checkout_url = payments.start_payment(booking_id, urls, description)
    except payments.PaymentError:
        form.form_errors.append(
            str(_l("Your reservation has lapsed. Please choose your vehicle again."))
        )
        return render_pay(db.session.get(Booking, booking_id), form, 409)
    if _is_htmx():
        return Response("", status=200, headers={"HX-Redirect": checkout_url})
    return redirect(checkout_url, code=303)


def render_confirmation(booking: Booking | None) -> Response:
    assert booking is not None
    link = url_for("manage.booking", token=access.make_token(booking, utcnow()))
    return _page("confirmation", 200, booking=booking, manage_url=link)


def confirmation() -> Response:
    """Where the provider sends the customer back. It never confirms by itself: it shows
    what the webhook has done, and polls (htmx) until the booking is confirmed."""
    booking = state.current_draft()
    if booking is None or booking.status is BookingStatus.PENDING:
        return redirect(url_for("funnel.start"), code=303)
    return render_confirmation(booking)


RENDERERS: dict[str, Renderer] = {
    "route": render_route,
    "date": render_date,
    "vehicle": render_vehicle,
    "details": render_details,
    "pay": render_pay,
}
