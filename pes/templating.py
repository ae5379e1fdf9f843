"""Template globals and filters shared by every page."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, g, render_template, request, url_for
from flask_babel import format_date, format_datetime, format_time
from markupsafe import Markup

from .config import LOCALES
from .i18n import current_locale, format_money
from .services.catalog import class_name, place_name, tour_name

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


def language_fragment(template: str) -> Markup:
    """A part of the layout that depends on nothing but the language (the main menu, the
    footer): rendered once per process, language and mount point, then reused by every page.
    Templates change only with a deploy; in debug mode (`make run`) it is rendered every time.
    """
    key = (template, current_locale(), request.script_root)
    cache: dict[tuple[str, str, str], Markup] = current_app.extensions.setdefault(
        "pes_language_fragments", {}
    )
    html = cache.get(key)
    if html is None:
        html = Markup(render_template(template))  # noqa: S704 - a template of ours, autoescaped
        if not current_app.debug:
            cache[key] = html
    return html


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
            "language_fragment": language_fragment,
            "tour_name": tour_name,
            "place_name": place_name,
            "class_name": class_name,
        }
