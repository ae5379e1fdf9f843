"""URL map of the public site."""

from __future__ import annotations

from flask import Blueprint

from ..i18n import localized_blueprint
from . import views

root_bp = Blueprint("root", __name__)
root_bp.add_url_rule("/", "index", views.negotiate_home)

bp = localized_blueprint("public", __name__, "")

bp.add_url_rule("/", "home", views.home)
