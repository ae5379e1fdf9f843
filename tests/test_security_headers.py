"""Every response — full page, htmx partial, redirect, error — carries the security headers;
production cookies are Secure `__Host-`; compression and fingerprinted assets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from pes.extensions import db
from pes.models import BookingStatus, Tour, utcnow
from pes.services import access
from tests.factories import create_booking
from tests.support.app import make_app

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def _paths(app: Flask, reference: str, token: str, tour: str) -> list[str]:
    values = {"lang_code": "en", "reference": reference, "token": token, "slug": tour}
    paths = []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.endpoint == "static":
            continue
        path = rule.rule
        for name, value in values.items():
            path = re.sub(rf"<(?:\w+:)?{name}>", value, path)
        path = re.sub(r"<int:\w+>", "1", path)
        path = re.sub(r"<(?:\w+:)?\w+>", "x", path)
        paths.append(path)
    return paths


def check_headers(response: object, where: str) -> None:
    headers = response.headers  # type: ignore[attr-defined]
    for name, value in HEADERS.items():
        assert headers.get(name) == value, f"{where}: {name}"
    csp = headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in csp, where
    assert "frame-ancestors 'none'" in csp, where
    assert "unsafe-inline" not in csp, where
    assert "unsafe-eval" not in csp, where
    assert "script-src 'self'" in csp, where


def test_every_route_full_and_partial_carries_the_headers(demo: Flask, client: FlaskClient) -> None:
    booking = create_booking(
        status=BookingStatus.CONFIRMED,
        pickup_at=utcnow() + timedelta(days=3),
        service_ends_at=utcnow() + timedelta(days=3, hours=1),
    )
    db.session.commit()
    with demo.test_request_context():
        token = access.make_token(booking, utcnow())
    tour = db.session.scalars(select(Tour.slug)).first() or "x"
    paths = _paths(demo, booking.reference, token, tour)
    assert len(paths) > 30
    for path in [*paths, "/en/no-such-page", "/no/such/thing"]:
        for htmx in (False, True):
            headers = {"HX-Request": "true"} if htmx else {}
            response = client.get(path, headers=headers)
            assert response.status_code < 500, path
            check_headers(response, f"{path} (htmx={htmx})")


@pytest.fixture
def production(database_url: str) -> Iterator[Flask]:
    app = make_app(database_url, https=True, proxies=1, trusted_hosts=("www.pariselite.example",))
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def test_production_forces_https_with_hsts_and_host_only_secure_cookies(
    production: Flask,
) -> None:
    client = production.test_client()
    host = {"Host": "www.pariselite.example"}
    plain = client.get("/staff/login", headers=host)
    assert plain.status_code == 301
    assert plain.headers["Location"].startswith("https://www.pariselite.example/")
    secure = client.get("/staff/login", headers={**host, "X-Forwarded-Proto": "https"})
    assert secure.status_code == 200
    check_headers(secure, "https login page")
    assert "max-age=31536000" in secure.headers["Strict-Transport-Security"]
    cookie = secure.headers["Set-Cookie"]
    assert cookie.startswith("__Host-session=")
    for flag in ("Secure", "HttpOnly", "SameSite=Lax", "Path=/"):
        assert flag in cookie
    assert "Domain=" not in cookie
    probe = client.get("/healthz", headers=host)  # the load balancer, over plain HTTP
    assert probe.status_code == 200
    evil = client.get(
        "/staff/login", headers={"Host": "evil.example", "X-Forwarded-Proto": "https"}
    )
    assert evil.status_code == 400  # not a trusted host


def test_errors_are_localized_and_leak_nothing(database_url: str) -> None:
    app = make_app(database_url, testing=False)

    @app.get("/_boom")
    def boom() -> str:
        raise RuntimeError("secret internals: password=hunter2")

    with app.app_context():
        response = app.test_client().get("/_boom", headers={"Accept-Language": "fr"})
        db.session.remove()
        db.engine.dispose()
    assert response.status_code == 500
    body = response.get_data(as_text=True)
    assert '<html lang="fr">' in body
    assert "hunter2" not in body
    assert "Traceback" not in body
    assert "RuntimeError" not in body
    check_headers(response, "500 page")


def test_pages_are_compressed_and_vary_on_encoding(demo: Flask, client: FlaskClient) -> None:
    response = client.get("/en/", headers={"Accept-Encoding": "br, gzip"})
    assert response.headers["Content-Encoding"] == "br"
    assert "Accept-Encoding" in response.headers["Vary"]
    gzip = client.get("/en/", headers={"Accept-Encoding": "gzip"})
    assert gzip.headers["Content-Encoding"] == "gzip"


def test_assets_have_content_hashed_names_and_are_cached_for_a_year(
    demo: Flask, client: FlaskClient
) -> None:
    html = client.get("/en/").get_data(as_text=True)
    css = re.search(r'href="(/assets/([0-9a-f]{12})/css/site\.css)"', html)
    assert css
    response = client.get(css.group(1))
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert "immutable" in response.headers["Cache-Control"]
    assert client.get("/assets/000000000000/css/site.css").status_code == 404
    assert client.get(f"/assets/{css.group(2)}/../../pes/__init__.py").status_code == 404
    assert client.get("/assets/0/..%2F..%2Fpyproject.toml").status_code == 404
