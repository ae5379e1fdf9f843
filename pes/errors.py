"""Error pages that leak nothing and speak the visitor's language."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.wrappers import Response


def _csrf_error(error: CSRFError) -> Response:
    """An expired or missing form token: ask to submit again, never a bare English 400."""
    if request.headers.get("HX-Request") == "true":
        # Reload the page: the new copy of the form carries a fresh token.
        return Response("", status=400, headers={"HX-Refresh": "true"})
    html = render_template("errors/csrf.html", back=request.path)
    return Response(html, status=400, mimetype="text/html")


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, _csrf_error)
