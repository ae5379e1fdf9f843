"""Locale-prefixed routes; `/` negotiates (DESIGN §8)."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from pes.i18n import LANGUAGE_COOKIE


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9,en;q=0.8", "/fr/"),
        ("es-ES,es;q=0.9", "/es/"),
        ("pt-BR,pt;q=0.9,en;q=0.5", "/pt/"),
        ("de-DE,de;q=0.9,es;q=0.4", "/es/"),
        ("ja-JP", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(
    client: FlaskClient, accept_language: str, expected: str
) -> None:
    response = client.get("/", headers={"Accept-Language": accept_language})
    assert response.status_code == 302
    assert response.headers["Location"] == expected
    assert "Accept-Language" in response.headers["Vary"]


def test_language_cookie_beats_accept_language(client: FlaskClient) -> None:
    client.set_cookie(LANGUAGE_COOKIE, "pt")
    response = client.get("/", headers={"Accept-Language": "fr"})
    assert response.headers["Location"] == "/pt/"


def test_unknown_cookie_value_is_ignored(client: FlaskClient) -> None:
    client.set_cookie(LANGUAGE_COOKIE, "<script>")
    response = client.get("/", headers={"Accept-Language": "es"})
    assert response.headers["Location"] == "/es/"


@pytest.mark.parametrize(
    ("locale", "phrase"),
    [
        ("en", "Your private chauffeur in Paris"),
        ("fr", "Votre chauffeur privé à Paris"),
        ("es", "Su chófer privado en París"),
        ("pt", "O seu motorista privado em Paris"),
    ],
)
def test_home_renders_in_each_locale(client: FlaskClient, locale: str, phrase: str) -> None:
    response = client.get(f"/{locale}/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'<html lang="{locale}">' in html
    assert phrase in html
    for other in ("en", "fr", "es", "pt"):
        assert f'hreflang="{other}" href="http://localhost/{other}/"' in html
        assert f'href="/{other}/" hreflang="{other}"' in html  # the language switcher
    assert re.search(r'<script src="/assets/[0-9a-f]{12}/vendor/htmx.min.js" defer>', html)


@pytest.mark.parametrize("path", ["/de/", "/xx/", "/EN/", "/en-us/"])
def test_unknown_locale_is_404(client: FlaskClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_healthz_reports_database(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "checks": {"database": "ok"}}


def test_an_address_without_language_goes_to_the_visitors_language(client: FlaskClient) -> None:
    response = client.get("/airport-transfers/cdg?ref=ad", headers={"Accept-Language": "es"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/es/airport-transfers/cdg?ref=ad"
    assert "Accept-Language" in response.headers["Vary"]
    assert client.get("/no-such-page", follow_redirects=True).status_code == 404
    assert client.get("/staff/no-such-page").status_code == 404


def test_the_language_read_becomes_the_choice_for_the_root(client: FlaskClient) -> None:
    page = client.get("/pt/", headers={"Accept-Language": "fr"})
    assert "pes_lang=pt" in page.headers["Set-Cookie"]
    assert "SameSite=Lax" in page.headers["Set-Cookie"]
    root = client.get("/", headers={"Accept-Language": "fr"})
    assert root.headers["Location"] == "/pt/"
