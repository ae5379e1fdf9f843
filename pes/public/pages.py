"""The public pages of DESIGN §8: one registry for the URL map, the sitemap and the editors'
"view the page" links. Each content page is a route under the locale prefix."""

from __future__ import annotations

from dataclasses import dataclass

from flask import url_for


@dataclass(frozen=True)
class PublicPage:
    endpoint: str  # under the `public` blueprint
    rule: str  # after `/<lang_code>`
    slug: str  # the content page shown there
    template: str = "public/page.html"


PAGES: tuple[PublicPage, ...] = (
    PublicPage("home", "/", "home", "public/home.html"),
    PublicPage(
        "airport_transfers", "/airport-transfers/", "airport-transfers", "public/airports.html"
    ),
    PublicPage("airport_cdg", "/airport-transfers/cdg", "airport-cdg", "public/airport.html"),
    PublicPage("airport_orly", "/airport-transfers/orly", "airport-orly", "public/airport.html"),
    PublicPage(
        "airport_beauvais", "/airport-transfers/beauvais", "airport-beauvais", "public/airport.html"
    ),
    PublicPage(
        "station_transfers", "/station-transfers", "station-transfers", "public/airport.html"
    ),
    PublicPage("disneyland", "/disneyland", "disneyland", "public/airport.html"),
    PublicPage("hourly_hire", "/hourly-hire", "hourly-hire", "public/hourly.html"),
    PublicPage("tours", "/tours/", "tours", "public/tours.html"),
    PublicPage("fleet", "/fleet", "fleet", "public/fleet.html"),
    PublicPage("about", "/about", "about"),
    PublicPage("faq", "/faq", "faq"),
    PublicPage("contact", "/contact", "contact"),
    PublicPage("terms", "/terms", "terms"),
    PublicPage("privacy", "/privacy", "privacy"),
    PublicPage("cookies", "/cookies", "cookies"),
    PublicPage("legal_notice", "/legal-notice", "legal-notice"),
)
BY_ENDPOINT = {page.endpoint: page for page in PAGES}
BY_SLUG = {page.slug: page for page in PAGES}
TOUR_SLUG_PREFIX = "tour-"  # a tour's texts are the content page `tour-<tour slug>`


def page_url(slug: str, locale: str, *, external: bool = False) -> str | None:
    """Where the content page `slug` is shown in `locale` (None: nowhere public)."""
    page = BY_SLUG.get(slug)
    if page is not None:
        return url_for(f"public.{page.endpoint}", lang_code=locale, _external=external)
    if slug.startswith(TOUR_SLUG_PREFIX):
        return url_for(
            "public.tour",
            lang_code=locale,
            slug=slug.removeprefix(TOUR_SLUG_PREFIX),
            _external=external,
        )
    return None
