"""The editors' screens: pages and tour texts in four languages, with revisions."""

from __future__ import annotations

from flask import render_template

from ..services import content as content_service
from . import bp
from .auth import CONTENT, staff_required


@bp.get("/content")
@staff_required(CONTENT)
def content() -> str:
    """The editors' home: every page and the languages it is published in."""
    return render_template("staff/content.html", pages=content_service.pages_overview())
