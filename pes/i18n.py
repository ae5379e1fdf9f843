"""Locales and time zones: the URL prefix decides, `/` negotiates (DESIGN §8).

Instants are stored in UTC and shown in Europe/Paris; money is integer cents formatted by
Babel for the active locale.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, abort, g, has_request_context, request
from flask_babel import format_currency, get_locale, refresh

from .config import DEFAULT_LOCALE, DISPLAY_TIMEZONE, LOCALES

PARIS = ZoneInfo(DISPLAY_TIMEZONE)
LANGUAGE_COOKIE = "pes_lang"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600


def localized_blueprint(name: str, import_name: str, prefix: str) -> Blueprint:
    """A blueprint under `/<lang_code>{prefix}`: the language comes from the URL (an
    unknown one is a 404) and `url_for` fills it in from the current request."""
    bp = Blueprint(name, import_name, url_prefix=f"/<lang_code>{prefix}")

    @bp.url_value_preprocessor
    def _pull_lang_code(endpoint: str | None, values: dict[str, Any] | None) -> None:
        lang = (values or {}).pop("lang_code", None)
        if lang not in LOCALES:
            abort(404)
        g.lang_code = lang

    @bp.url_defaults
    def _add_lang_code(endpoint: str, values: dict[str, Any]) -> None:
        if "lang_code" not in values and g.get("lang_code"):
            values["lang_code"] = g.lang_code

    @bp.after_request
    def _remember_language(response: Response) -> Response:
        """The language the visitor is reading becomes their choice for `/` (a preference
        cookie, listed on the cookies page)."""
        lang = g.get("lang_code")
        if lang and request.cookies.get(LANGUAGE_COOKIE) != lang:
            response.set_cookie(
                LANGUAGE_COOKIE, lang, max_age=LANGUAGE_COOKIE_AGE, samesite="Lax", httponly=True
            )
        return response

    return bp


def select_locale() -> str:
    """Flask-Babel's locale selector: the URL's language, else (staff area) the staff
    member's own choice, else what the visitor asked for."""
    if not has_request_context():
        return DEFAULT_LOCALE
    lang = g.get("lang_code")
    if lang in LOCALES:
        return str(lang)
    if request.blueprint == "staff":
        from .staff.auth import current_staff

        user = current_staff()
        if user is not None and user.locale in LOCALES:
            return user.locale
    return negotiate_locale()


def reset_request_state(endpoint: str | None, values: dict[str, Any] | None) -> None:
    """Forget what the previous request cached on `g` (its language, its CSRF token).

    Requests normally get a fresh app context, but one already pushed (a test, a CLI
    command) is shared by the requests made inside it; without this, the first request's
    locale, Flask-WTF's cached token and Flask-Login's user would leak into the next ones.
    Registered as the app's first URL value preprocessor (before the blueprints').
    """
    g.pop("lang_code", None)
    g.pop("csrf_token", None)
    g.pop("_login_user", None)  # Flask-Login's cache of the current user
    refresh()


def select_timezone() -> str:
    return DISPLAY_TIMEZONE


def negotiate_locale() -> str:
    """An explicit earlier choice (cookie) wins, then Accept-Language, then English."""
    chosen = request.cookies.get(LANGUAGE_COOKIE)
    if chosen in LOCALES:
        return str(chosen)
    best = request.accept_languages.best_match(LOCALES)
    return best or DEFAULT_LOCALE


def current_locale() -> str:
    return str(get_locale() or DEFAULT_LOCALE)


def to_paris(instant: datetime) -> datetime:
    """The Paris wall-clock time of a UTC instant."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime: instants must be timezone-aware")
    return instant.astimezone(PARIS)


def format_money(cents: int, currency: str = "EUR") -> str:
    """`12345` → `€123.45` in English, `123,45 €` in French."""
    return str(format_currency(cents / 100, currency))
