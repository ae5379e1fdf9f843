"""Public views: thin — read, call a service, render."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import Response, abort, current_app, redirect, render_template, request, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response as BaseResponse

from ..config import LOCALES
from ..i18n import current_locale, negotiate_locale
from ..models import PlaceKind
from ..services import catalog, content
from .pages import BY_ENDPOINT, PAGES, TOUR_SLUG_PREFIX, page_url


def negotiate_home() -> BaseResponse:
    """`/` sends the visitor to their language; caches must key on what decided it."""
    response = redirect(url_for("public.home", lang_code=negotiate_locale()), code=302)
    response.vary.update(("Accept-Language", "Cookie"))
    return response


def negotiate_path(path: str) -> BaseResponse:
    """An address without a language (`/airport-transfers/cdg`, an old or typed link): the
    same page in the visitor's language, if there is one."""
    lang = negotiate_locale()
    target = f"/{lang}/{path}"
    if request.method != "GET" or path.split("/", 1)[0] in LOCALES:
        abort(404)
    try:
        endpoint, _ = current_app.url_map.bind("localhost").match(target, method="GET")
    except HTTPException:
        abort(404)
    if endpoint == request.endpoint:  # only this catch-all matched: no such page
        abort(404)
    query = request.query_string.decode()
    response = redirect(target + (f"?{query}" if query else ""), code=302)
    response.vary.update(("Accept-Language", "Cookie"))
    return response


def _booking_form(locale: str, pickup_codes: Sequence[str] = ()) -> dict[str, Any]:
    """What the compact booking form needs; `pickup_codes` preselects the pick-up."""
    places = catalog.list_places(locale)
    pickup = next((p.id for p in places if p.code in pickup_codes), None)
    return {
        "places": [(place.id, place.name) for place in places],
        "tours": catalog.list_tours(locale),
        "default_pickup": pickup,
        "default_dropoff": next((p.id for p in places if p.kind is PlaceKind.CITY), None),
    }


def _fares(locale: str, codes: Sequence[str]) -> dict[str, Any]:
    return {
        "fares": catalog.fares_from(codes, locale),
        "vehicle_classes": catalog.list_vehicle_classes(locale),
        **_booking_form(locale, codes),
    }


#: Per page, the data shown next to its text (place codes of the demo catalog's fares).
EXTRAS: dict[str, Any] = {
    "home": lambda locale: {
        **_booking_form(locale),
        "vehicle_classes": catalog.list_vehicle_classes(locale),
    },
    "airport_transfers": lambda locale: _fares(locale, catalog.place_codes(PlaceKind.AIRPORT)),
    "airport_cdg": lambda locale: _fares(locale, ["CDG"]),
    "airport_orly": lambda locale: _fares(locale, ["ORY"]),
    "airport_beauvais": lambda locale: _fares(locale, ["BVA"]),
    "station_transfers": lambda locale: _fares(locale, catalog.place_codes(PlaceKind.STATION)),
    "disneyland": lambda locale: _fares(locale, ["DLP"]),
    "hourly_hire": lambda locale: {"rates": catalog.hourly_rates(), **_booking_form(locale)},
    "tours": lambda locale: {"tours": catalog.list_tours(locale)},
    "fleet": lambda locale: {"vehicle_classes": catalog.list_vehicle_classes(locale)},
}


def content_page() -> str:
    """One of the registered pages: its published text in the locale, and its data."""
    definition = BY_ENDPOINT[str(request.endpoint).rpartition(".")[2]]
    locale = current_locale()
    page = content.get_page(definition.slug, locale)
    if page is None and definition.endpoint != "home":  # the home page works without text
        abort(404)
    extras = EXTRAS.get(definition.endpoint, lambda _: {})(locale)
    return render_template(definition.template, page=page, **extras)


def tour(slug: str) -> str:
    locale = current_locale()
    found = catalog.tour_by_slug(slug)
    page = content.get_page(TOUR_SLUG_PREFIX + slug, locale) if found else None
    if found is None or page is None:
        abort(404)
    return render_template(
        "public/tour.html",
        page=page,
        tour=found,
        prices=found.prices,
        vehicle_classes=catalog.list_vehicle_classes(locale),
        **_booking_form(locale),
    )


def sitemap() -> Response:
    """Every public page in every language, each with its alternates (sitemaps.org +
    Google's xhtml:link)."""
    slugs = [page.slug for page in PAGES] + [
        TOUR_SLUG_PREFIX + card.slug for card in catalog.list_tours("en")
    ]
    entries = [
        {locale: page_url(slug, locale, external=True) for locale in LOCALES} for slug in slugs
    ]
    xml = render_template("public/sitemap.xml", entries=entries, locales=LOCALES)
    return Response(xml, mimetype="application/xml")


def robots() -> Response:
    text = render_template("public/robots.txt")
    return Response(text, mimetype="text/plain")
