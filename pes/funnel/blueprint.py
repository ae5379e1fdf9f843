"""URL map of the funnel: `/<lang>/book/…`."""

from __future__ import annotations

from ..i18n import localized_blueprint
from . import views

bp = localized_blueprint("funnel", __name__, "/book")
bp.add_url_rule("/", "start", views.start)
bp.add_url_rule("/confirmation", "confirmation", views.confirmation)
for _step in ("route", "date", "vehicle", "details", "pay"):
    bp.add_url_rule(f"/{_step}", _step, getattr(views, _step), methods=["GET", "POST"])
