"""Demo data: catalog, price matrix, tours and the localized content of the public site.

The data lives in plain literals next to this module (`catalog`, `fares`, `tours`, `pages`);
`load_demo` only turns it into rows. It is deterministic: no randomness and nothing derived
from the current date (row timestamps are the ORM's defaults).
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from pes.config import LOCALES
from pes.demo.catalog import HOURLY_RATES, PLACES, SURCHARGES, VEHICLE_CLASSES
from pes.demo.fares import ROUTE_PAIRS
from pes.demo.pages import PAGES
from pes.demo.text import Translations
from pes.demo.tours import TOURS
from pes.models import (
    ContentPage,
    ContentPublication,
    ContentRevision,
    HourlyRate,
    PageKind,
    Place,
    Surcharge,
    Tour,
    TourPrice,
    TransferFare,
    TransferRoute,
    Vehicle,
    VehicleClass,
)

__all__ = ["load_demo"]

#: Tours start from the customer's hotel or address in Paris.
TOUR_START_PLACE = "PAR"
TOUR_MAX_PASSENGERS = 7


def load_demo(session: Session) -> bool:
    """Add the demo rows to `session` (flushed, not committed; the caller commits).

    Returns False, adding nothing, when the catalog already has a vehicle class.
    """
    if session.scalar(select(VehicleClass.id).limit(1)) is not None:
        return False
    classes = _add_vehicle_classes(session)
    places = _add_places(session)
    _add_transfer_fares(session, classes, places)
    _add_hourly_rates(session, classes)
    _add_surcharges(session)
    for slug, texts in PAGES.items():
        _add_content_page(session, slug, PageKind.PAGE, texts)
    _add_tours(session, classes, places)
    session.flush()
    return True


def _add_vehicle_classes(session: Session) -> dict[str, VehicleClass]:
    classes: dict[str, VehicleClass] = {}
    for order, spec in enumerate(VEHICLE_CLASSES, start=1):
        _check_locales(f"vehicle class {spec.code}", spec.descriptions)
        vehicle_class = VehicleClass(
            code=spec.code,
            name=spec.name,
            model_examples=spec.model_examples,
            descriptions=dict(spec.descriptions),
            max_passengers=spec.max_passengers,
            max_luggage=spec.max_luggage,
            sort_order=order * 10,
            active=True,
        )
        session.add(vehicle_class)
        for plate in spec.plates:
            session.add(
                Vehicle(
                    vehicle_class=vehicle_class,
                    plate=plate,
                    model_name=spec.vehicle_model,
                    active=True,
                )
            )
        classes[spec.code] = vehicle_class
    session.flush()
    return classes


def _add_places(session: Session) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for order, spec in enumerate(PLACES, start=1):
        _check_locales(f"place {spec.code}", spec.names)
        place = Place(
            code=spec.code,
            kind=spec.kind,
            names=dict(spec.names),
            sort_order=order * 10,
            active=True,
        )
        session.add(place)
        places[spec.code] = place
    session.flush()
    return places


def _add_transfer_fares(
    session: Session, classes: dict[str, VehicleClass], places: dict[str, Place]
) -> None:
    for pair in ROUTE_PAIRS:
        prices = pair.prices()
        if prices.keys() != classes.keys():
            raise ValueError(f"route {pair.a}-{pair.b}: prices for {sorted(prices)}")
        for origin, destination in ((pair.a, pair.b), (pair.b, pair.a)):
            route = TransferRoute(
                origin=places[origin],
                destination=places[destination],
                drive_minutes=pair.drive_minutes,
            )
            route.fares = [
                TransferFare(vehicle_class=classes[code], price_cents=cents)
                for code, cents in prices.items()
            ]
            session.add(route)
    session.flush()


def _add_hourly_rates(session: Session, classes: dict[str, VehicleClass]) -> None:
    for spec in HOURLY_RATES:
        session.add(
            HourlyRate(
                vehicle_class=classes[spec.vehicle_class],
                price_per_hour_cents=spec.price_per_hour_cents,
                min_hours=spec.min_hours,
                max_hours=spec.max_hours,
            )
        )


def _add_surcharges(session: Session) -> None:
    for spec in SURCHARGES:
        session.add(
            Surcharge(
                code=spec.code,
                pricing=spec.pricing,
                amount=spec.amount,
                window_start=spec.window_start,
                window_end=spec.window_end,
                active=True,
            )
        )


def _add_content_page(
    session: Session, slug: str, kind: PageKind, texts: Translations
) -> ContentPage:
    """A page with one revision per locale, each published."""
    _check_locales(f"page {slug}", texts)
    page = ContentPage(slug=slug, kind=kind)
    session.add(page)
    for locale in LOCALES:
        text = texts[locale]
        revision = ContentRevision(
            page=page,
            locale=locale,
            title=text.title,
            meta_description=text.meta_description,
            body_markdown=text.body,
        )
        session.add(revision)
        session.add(ContentPublication(page=page, locale=locale, revision=revision))
    return page


def _add_tours(
    session: Session, classes: dict[str, VehicleClass], places: dict[str, Place]
) -> None:
    for order, spec in enumerate(TOURS, start=1):
        if spec.prices.keys() != classes.keys():
            raise ValueError(f"tour {spec.slug}: prices for {sorted(spec.prices)}")
        page = _add_content_page(session, f"tour-{spec.slug}", PageKind.TOUR, spec.texts)
        # Tour has no relationship to its page, only the column: the page needs its id.
        session.flush()
        tour = Tour(
            slug=spec.slug,
            duration_minutes=spec.duration_minutes,
            max_passengers=TOUR_MAX_PASSENGERS,
            start_place=places[TOUR_START_PLACE],
            content_page_id=page.id,
            image="",
            sort_order=order * 10,
            active=True,
        )
        tour.prices = [
            TourPrice(vehicle_class=classes[code], price_cents=cents)
            for code, cents in spec.prices.items()
        ]
        session.add(tour)


def _check_locales(what: str, texts: Mapping[str, object]) -> None:
    if set(texts) != set(LOCALES):
        raise ValueError(f"{what}: locales {sorted(texts)}, expected {sorted(LOCALES)}")
