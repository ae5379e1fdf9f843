"""Locales and time zones: the URL prefix decides, `/` negotiates (DESIGN §8).

Instants are stored in UTC and shown in Europe/Paris; money is integer cents formatted by
Babel for the active locale.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flask import current_app, g, has_request_context, request
from flask_babel import format_currency, get_locale

from .config import DEFAULT_LOCALE, DISPLAY_TIMEZONE, LOCALES

PARIS = ZoneInfo(DISPLAY_TIMEZONE)
LANGUAGE_COOKIE = "pes_lang"


def select_locale() -> str:
    """Flask-Babel's locale selector: the URL's language, else what the visitor asked for."""
    lang = g.get("lang_code") if has_request_context() else None
    if lang in LOCALES:
        return str(lang)
    if has_request_context():
        return negotiate_locale()
    return DEFAULT_LOCALE


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


def supported_locales() -> tuple[str, ...]:
    return tuple(current_app.config["PES_LOCALES"])
