"""Public views: thin — read, call a service, render."""

from __future__ import annotations

from flask import redirect, render_template, url_for
from werkzeug.wrappers import Response

from ..i18n import current_locale, negotiate_locale
from ..models import PlaceKind
from ..services import catalog, content


def negotiate_home() -> Response:
    """`/` sends the visitor to their language; caches must key on what decided it."""
    response = redirect(url_for("public.home", lang_code=negotiate_locale()), code=302)
    response.vary.update(("Accept-Language", "Cookie"))
    return response


def home() -> str:
    locale = current_locale()
    places = catalog.list_places()
    return render_template(
        "public/home.html",
        page=content.get_page("home", locale),
        tours=catalog.list_tours(locale),
        places=[(place.id, place.name(locale)) for place in places],
        default_dropoff=next((p.id for p in places if p.kind is PlaceKind.CITY), None),
        vehicle_classes=catalog.list_vehicle_classes(),
    )
