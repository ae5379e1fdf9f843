"""What every response carries (DESIGN §9, issue 9): security headers by flask-talisman,
compression by flask-compress, fingerprinted static files with long cache lifetimes.

The CSP allows no inline script or style and no eval: htmx reads its configuration from a
`<meta>` tag (allowEval false) and the CSRF token travels in the forms themselves.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache

from flask import Flask, abort, current_app, send_from_directory
from flask_compress import Compress
from flask_talisman import Talisman
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.security import safe_join
from werkzeug.wrappers import Response

CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": ["'self'", "data:"],
    "font-src": "'self'",
    "connect-src": "'self'",
    # The pay button's form is answered by a redirect to Stripe's hosted checkout.
    "form-action": ["'self'", "https://checkout.stripe.com"],
    "frame-ancestors": "'none'",
    "base-uri": "'none'",
    "object-src": "'none'",
}
PERMISSIONS = {"camera": "()", "microphone": "()", "geolocation": "()", "payment": "()"}
ASSET_MAX_AGE = 365 * 24 * 3600

talisman = Talisman()
compress = Compress()


def init_app(app: Flask) -> None:
    https = bool(app.config.get("PES_HTTPS"))
    proxies = int(app.config.get("PES_PROXIES", 0))
    if proxies:  # behind N load balancers: trust their X-Forwarded-For/-Proto/-Host
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies
        )
    if https:
        app.config["SESSION_COOKIE_NAME"] = "__Host-session"
    talisman.init_app(
        app,
        force_https=https,
        force_https_permanent=True,
        strict_transport_security=https,
        strict_transport_security_max_age=ASSET_MAX_AGE,
        strict_transport_security_include_subdomains=False,
        session_cookie_secure=https,
        session_cookie_http_only=True,
        session_cookie_samesite="Lax",
        frame_options="DENY",
        content_security_policy=CSP,
        content_security_policy_nonce_in=[],
        referrer_policy="strict-origin-when-cross-origin",
        permissions_policy=PERMISSIONS,
        x_content_type_options=True,
    )
    app.config.setdefault("COMPRESS_ALGORITHM", ["br", "gzip"])
    app.config.setdefault("COMPRESS_MIN_SIZE", 500)
    app.config.setdefault(
        "COMPRESS_MIMETYPES",
        [
            "text/html",
            "text/css",
            "text/plain",
            "text/calendar",
            "text/csv",
            "application/javascript",
            "text/javascript",
            "application/json",
            "application/xml",
        ],
    )
    compress.init_app(app)
    app.add_url_rule("/assets/<fingerprint>/<path:filename>", "asset", serve_asset)
    app.add_template_global(asset_url)


@cache
def _fingerprint(static_folder: str, filename: str) -> str:
    """The content hash of a file of the static folder (ValueError: not one of them)."""
    path = safe_join(static_folder, filename)
    if path is None or not os.path.isfile(path):
        raise ValueError(filename)
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()[:12]


def asset_url(filename: str) -> str:
    """`/assets/<content hash>/css/site.css`: a new name whenever the file changes, so it
    can be cached for a year."""
    from flask import url_for

    folder = current_app.static_folder
    assert folder is not None
    return url_for("asset", fingerprint=_fingerprint(folder, filename), filename=filename)


def serve_asset(fingerprint: str, filename: str) -> Response:
    folder = current_app.static_folder
    assert folder is not None
    try:
        current = _fingerprint(folder, filename)
    except ValueError:
        abort(404)
    if fingerprint != current:
        abort(404)  # an old name: the page that asked for it is stale
    response = send_from_directory(folder, filename, max_age=ASSET_MAX_AGE)
    response.cache_control.immutable = True
    response.cache_control.public = True
    return response
