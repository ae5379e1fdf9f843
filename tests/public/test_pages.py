"""The public pages of DESIGN §8 in every language: titles, descriptions, Open Graph,
canonical and alternates; the sitemap; robots.txt; the page cache."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from pes.config import LOCALES
from pes.extensions import db
from pes.models import ContentPage, ContentPublication, ContentRevision, Tour
from pes.public.pages import PAGES
from pes.services import content

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def public_paths() -> list[str]:
    """Every public page and every tour, in English (the tests swap the prefix)."""
    paths = [re.sub(r"^/en", "", f"/en{page.rule}") for page in PAGES]
    slugs = db.session.scalars(select(Tour.slug).where(Tour.active).order_by(Tour.id))
    return paths + [f"/tours/{slug}" for slug in slugs]


def _meta(html: str, attribute: str, name: str) -> str:
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    assert match, f"no {name}"
    return match.group(1)


def test_every_page_answers_in_every_language_with_its_metadata(
    demo: Flask, client: FlaskClient
) -> None:
    paths = public_paths()
    assert len(paths) >= 17 + 9
    for path in paths:
        for locale in LOCALES:
            url = f"/{locale}{path}"
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.get_data(as_text=True)
            assert f'<html lang="{locale}">' in html
            title = re.search(r"<title>([^<]+)</title>", html)
            assert title
            assert title.group(1).strip(), url
            assert _meta(html, "name", "description").strip(), url
            assert _meta(html, "property", "og:title") == title.group(1).strip()
            assert _meta(html, "property", "og:url") == f"http://localhost{url}"
            assert f'<link rel="canonical" href="http://localhost{url}">' in html
            for other in LOCALES:
                assert f'hreflang="{other}" href="http://localhost/{other}{path}"' in html


def test_unknown_pages_and_inactive_tours_are_404(demo: Flask, client: FlaskClient) -> None:
    tour = db.session.scalars(select(Tour)).first()
    assert tour is not None
    tour.active = False
    db.session.commit()
    assert client.get(f"/en/tours/{tour.slug}").status_code == 404
    assert client.get("/en/tours/no-such-tour").status_code == 404
    assert client.get("/en/no-such-page").status_code == 404


def test_a_missing_translation_falls_back_to_english_marked_as_such(
    demo: Flask, client: FlaskClient
) -> None:
    page = db.session.scalars(select(ContentPage).where(ContentPage.slug == "about")).one()
    db.session.execute(
        ContentPublication.__table__.delete().where(
            ContentPublication.page_id == page.id, ContentPublication.locale == "pt"
        )
    )
    db.session.commit()
    html = client.get("/pt/about").get_data(as_text=True)
    english = content.get_page("about", "en")
    assert english is not None
    assert f'<h1 lang="en">{english.title}</h1>' in html  # read aloud in English
    assert '<html lang="pt">' in html  # the page around it stays Portuguese


def test_the_sitemap_lists_every_page_in_every_language_with_alternates(
    demo: Flask, client: FlaskClient
) -> None:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    root = ET.fromstring(response.data)
    assert root.tag == f"{SITEMAP}urlset"
    urls = root.findall(f"{SITEMAP}url")
    paths = public_paths()
    assert len(urls) == len(paths) * len(LOCALES)
    locs = [url.findtext(f"{SITEMAP}loc") for url in urls]
    assert len(set(locs)) == len(locs)
    expected = {f"http://localhost/{locale}{path}" for path in paths for locale in LOCALES}
    assert set(locs) == expected
    for url in urls:
        loc = url.findtext(f"{SITEMAP}loc") or ""
        assert urlsplit(loc).scheme in ("http", "https")  # absolute
        assert len(loc) <= 2048
        links = {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        assert set(links) == {*LOCALES, "x-default"}
        assert loc in links.values()  # it lists itself among its alternates
        assert all(urlsplit(href or "").netloc for href in links.values())


def test_robots_points_to_the_sitemap_and_keeps_private_areas_out(client: FlaskClient) -> None:
    text = client.get("/robots.txt").get_data(as_text=True)
    assert "Sitemap: http://localhost/sitemap.xml" in text
    for private in ("/staff/", "/*/manage/", "/*/book/pay", "/*/book/details"):
        assert f"Disallow: {private}" in text
    assert "Disallow: /*/book/route" not in text  # the booking form itself may be found


def test_rendered_pages_are_cached_until_something_is_published(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    renders: list[str] = []
    real = content.render_markdown

    def counting(text: str) -> object:
        renders.append(text)
        return real(text)

    monkeypatch.setattr(content, "render_markdown", counting)
    first = content.get_page("faq", "es")
    again = content.get_page("faq", "es")
    assert first is again
    assert len(renders) == 1
    page = db.session.scalars(select(ContentPage).where(ContentPage.slug == "faq")).one()
    revision = ContentRevision(
        page=page, locale="es", title="Preguntas", meta_description="", body_markdown="Nuevo"
    )
    db.session.add(revision)
    db.session.flush()
    publication = db.session.get(ContentPublication, (page.id, "es"))
    assert publication is not None
    publication.revision_id = revision.id
    db.session.commit()
    fresh = content.get_page("faq", "es")
    assert fresh is not None
    assert fresh.title == "Preguntas"
    assert len(renders) == 2
