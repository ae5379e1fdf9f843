"""Template globals and filters shared by every page."""

from __future__ import annotations

from typing import Any

from flask import Flask, g, request, url_for
from flask_babel import format_date, format_datetime, format_time

from .config import LOCALES
from .i18n import current_locale, format_money
from .services.catalog import tour_name

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português"}
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "pt": "pt_PT"}


def url_for_locale(locale: str, external: bool = False) -> str:
    """The current page in another language (falls back to that language's home).

    The URL preprocessor has already taken `lang_code` out of `request.view_args`.
    """
    if request.endpoint and g.get("lang_code"):
        view_args = dict(request.view_args or {}, lang_code=locale)
        return url_for(request.endpoint, _external=external, **view_args)
    return url_for("public.home", lang_code=locale, _external=external)


def init_app(app: Flask) -> None:
    app.jinja_env.filters["money"] = format_money
    app.jinja_env.filters["datetime"] = format_datetime
    app.jinja_env.filters["date"] = format_date
    app.jinja_env.filters["time"] = format_time
    app.jinja_env.add_extension("jinja2.ext.do")

    @app.context_processor
    def inject_globals() -> dict[str, Any]:
        return {
            "locales": LOCALES,
            "language_names": LANGUAGE_NAMES,
            "og_locales": OG_LOCALES,
            "current_locale": current_locale,
            "url_for_locale": url_for_locale,
            "tour_name": tour_name,
        }
