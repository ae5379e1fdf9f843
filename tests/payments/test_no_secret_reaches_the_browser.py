"""No secret reaches the browser: every GET route, the funnel pages of a held booking, the
error pages and every static file are scanned for the configured secrets and key shapes."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient

from tests.payments.conftest import WEBHOOK_SECRET, book_until_pay, pay
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
    _assert_clean("400", stripe_client.post("/en/book/route", data={"csrf_token": "x"}).data)
    files = [path for path in STATIC.rglob("*") if path.is_file()]
    assert any(path.name == "htmx.min.js" for path in files)
    for path in files:
        _assert_clean(str(path), path.read_bytes())
