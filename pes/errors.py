"""Error pages that leak nothing and speak the visitor's language."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from markupsafe import escape
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response


def _csrf_error(error: CSRFError) -> Response:
    """An expired or missing form token: ask to submit again, never a bare English 400."""
    if request.headers.get("HX-Request") == "true":
        # Reload the page: the new copy of the form carries a fresh token.
        return Response("", status=400, headers={"HX-Refresh": "true"})
    html = render_template("errors/csrf.html", back=request.path)
    return Response(html, status=400, mimetype="text/html")


MESSAGES = {
    403: (_l("Not allowed"), _l("Your account does not give access to this page.")),
    404: (_l("Page not found"), _l("This page does not exist, or the link has expired.")),
    429: (
        _l("Too many attempts"),
        _l("Please wait a few minutes before trying again."),
    ),
    500: (
        _l("Something went wrong"),
        _l("We could not complete your request. Please try again in a moment."),
    ),
}


def _http_error(error: HTTPException) -> Response:
    code = error.code or 500
    title, message = MESSAGES[code]
    if request.headers.get("HX-Request") == "true":
        return Response(f"<p role='alert'>{escape(message)}</p>", status=code)
    html = render_template("errors/status.html", title=title, message=message)
    return Response(html, status=code, mimetype="text/html")


def init_app(app: Flask) -> None:
    app.register_error_handler(CSRFError, _csrf_error)
    for code in MESSAGES:
        app.register_error_handler(code, _http_error)
