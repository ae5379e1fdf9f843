"""No secret reaches the browser: every GET route, the funnel pages of a held booking, the
error pages and every static file are scanned for the configured secrets and key shapes."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from pes.models import StaffRole, utcnow
from pes.services import access
from tests.payments.conftest import WEBHOOK_SECRET, book_until_pay, pay, the_booking
from tests.staff.conftest import log_in, make_staff
from tests.support.app import TEST_SECRET
from tests.support.fake_stripe import DEFAULT_API_KEY, FakeStripe

KEY_SHAPES = re.compile(rb"\b(?:sk|rk)_(?:test|live)_[0-9A-Za-z]+|\bwhsec_[0-9A-Za-z_]+")
STATIC = Path(__file__).resolve().parents[2] / "pes" / "static"


def _assert_clean(where: str, body: bytes) -> None:
    for secret in (DEFAULT_API_KEY, WEBHOOK_SECRET, TEST_SECRET):
        assert secret.encode() not in body, f"{secret[:6]}… in {where}"
    assert not KEY_SHAPES.search(body), f"key-shaped string in {where}"


def _get_urls(app: Flask) -> list[str]:
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or set()) or rule.endpoint == "static":
            continue
        arguments = set(rule.arguments) - {"lang_code"}
        if arguments:
            continue  # pages of one object: covered through the funnel below
        for locale in ("en", "fr", "es", "pt"):
            urls.append(rule.rule.replace("<lang_code>", locale))
    return sorted(set(urls))


def test_no_secret_in_any_page_or_static_file(
    stripe_app: Flask, stripe_client: FlaskClient, fake_stripe: FakeStripe
) -> None:
    urls = _get_urls(stripe_app)
    assert "/en/book/route" in urls
    assert len(urls) > 10
    for url in urls:
        _assert_clean(url, stripe_client.get(url).data)
    funnel = book_until_pay(stripe_client)
    for step in ("route", "date", "vehicle", "details", "pay"):
        _assert_clean(step, funnel.get(step).data)
    pay(funnel)
    _assert_clean("pay (held)", funnel.get("pay").data)
    _assert_clean("404", stripe_client.get("/en/no-such-page").data)
    booking = the_booking()
    with stripe_app.test_request_context():
        token = access.make_token(booking, utcnow())
    _assert_clean("manage", stripe_client.get(f"/en/manage/{token}").data)
    admin = make_staff(StaffRole.ADMIN)
    staff = stripe_app.test_client()
    assert log_in(staff, admin.email) == 303
    staff_urls = [
        rule.rule.replace("<reference>", booking.reference)
        for rule in stripe_app.url_map.iter_rules()
        if rule.rule.startswith("/staff/")
        and "GET" in (rule.methods or set())
        and set(rule.arguments) <= {"reference"}
    ]
    assert len(staff_urls) >= 8
    for url in staff_urls:
        _assert_clean(url, staff.get(url).data)
    _assert_clean("400", stripe_client.post("/en/book/route", data={"csrf_token": "x"}).data)
    files = [path for path in STATIC.rglob("*") if path.is_file()]
    assert any(path.name == "htmx.min.js" for path in files)
    for path in files:
        _assert_clean(str(path), path.read_bytes())
