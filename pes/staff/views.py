"""Staff login, logout, language and home."""

from __future__ import annotations

from flask import make_response, redirect, render_template, request, url_for
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import EmailField, PasswordField, SelectField
from wtforms.validators import DataRequired, Length

from ..config import LOCALES
from ..extensions import limiter
from ..models import StaffRole, utcnow
from ..services import staff as staff_service
from ..services.uow import transaction
from ..templating import LANGUAGE_NAMES
from . import bp
from .auth import (
    CONTENT,
    DISPATCH,
    current_staff,
    end_session,
    redirect_to,
    staff_required,
    start_session,
)


class LoginForm(FlaskForm):  # type: ignore[misc]
    email = EmailField(
        _l("Email"), validators=[DataRequired(_l("Please enter your email.")), Length(max=254)]
    )
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(_l("Please enter your password.")), Length(max=200)],
    )


class LanguageForm(FlaskForm):  # type: ignore[misc]
    locale = SelectField(_l("Language"), choices=[(code, LANGUAGE_NAMES[code]) for code in LOCALES])


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10 per minute;50 per hour", methods=["POST"])
def login() -> Response | str:
    if current_staff() is not None and request.method == "GET":
        return redirect_to(request.args.get("next"))
    form = LoginForm()
    if not form.validate_on_submit():
        status = 422 if request.method == "POST" else 200
        return make_response(render_template("staff/login.html", form=form), status)
    with transaction():
        user = staff_service.authenticate(form.email.data, form.password.data, utcnow())
        if user is not None:
            start_session(user)
    if user is None:
        # One message for a wrong password, an unknown email and a locked account.
        form.form_errors.append(str(_l("Wrong email or password.")))
        return make_response(render_template("staff/login.html", form=form), 422)
    return redirect_to(request.args.get("next"))


@bp.post("/logout")
def logout() -> Response:
    user = current_staff()
    if user is not None:
        with transaction() as session:
            stored = session.merge(user)
            staff_service.end_sessions(stored)
    end_session()
    return redirect(url_for("staff.login"), code=303)


@bp.post("/language")
@staff_required(DISPATCH + CONTENT)
def language() -> Response:
    form = LanguageForm()
    user = current_staff()
    if form.validate_on_submit() and user is not None:
        with transaction() as session:
            session.merge(user).locale = form.locale.data
    return redirect_to(request.form.get("next"))


@bp.get("/")
@staff_required(DISPATCH + CONTENT)
def home() -> Response:
    user = current_staff()
    assert user is not None
    if user.role is StaffRole.EDITOR:
        return redirect(url_for("staff.content"))
    return redirect(url_for("staff.bookings"))
