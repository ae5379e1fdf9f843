"""URL map of the public site."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, g

from ..config import LOCALES
from . import views

root_bp = Blueprint("root", __name__)
root_bp.add_url_rule("/", "index", views.negotiate_home)

bp = Blueprint("public", __name__, url_prefix="/<lang_code>")


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


bp.add_url_rule("/", "home", views.home)
