"""URL map of the public site (the pages themselves are listed in `pages.py`)."""

from __future__ import annotations

from flask import Blueprint

from ..i18n import localized_blueprint
from . import views
from .pages import PAGES

root_bp = Blueprint("root", __name__)
root_bp.add_url_rule("/", "index", views.negotiate_home)
root_bp.add_url_rule("/sitemap.xml", "sitemap", views.sitemap)
root_bp.add_url_rule("/robots.txt", "robots", views.robots)
# Lowest priority (a converter rule): only what no other rule matched. Every method, so
# that an unknown address is a 404 (not a 405) whatever the method.
root_bp.add_url_rule(
    "/<path:path>",
    "negotiate",
    views.negotiate_path,
    methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
)

bp = localized_blueprint("public", __name__, "")

for page in PAGES:
    bp.add_url_rule(page.rule, page.endpoint, views.content_page)
bp.add_url_rule("/tours/<slug>", "tour", views.tour)
