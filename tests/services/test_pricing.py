"""Prices from the catalog: base fares, surcharges, the Paris night window, rounding."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from pes.extensions import db
from pes.i18n import PARIS
from pes.models import (
    Booking,
    BookingKind,
    ContentPage,
    HourlyRate,
    Place,
    PlaceKind,
    Surcharge,
    SurchargePricing,
    Tour,
    TourPrice,
    TransferFare,
    TransferRoute,
    VehicleClass,
)
from pes.services.pricing import (
    Extras,
    PriceLine,
    PricingError,
    Quote,
    percent_of,
    quote_booking,
    quote_hourly,
    quote_tour,
    quote_transfer,
)
from tests.factories import create_booking, create_vehicle_class

NO_EXTRAS = Extras()
#: A Tuesday in winter (UTC+1), at 10:00 in Paris: no night surcharge.
DAYTIME = datetime(2027, 1, 12, 10, 0, tzinfo=PARIS)
WINTER = date(2027, 1, 15)  # UTC+1
SUMMER = date(2027, 7, 15)  # UTC+2


# --- catalog rows -------------------------------------------------------------------------


def _session() -> Session:
    return db.session()


def _add(row: Any) -> Any:
    db.session.add(row)
    db.session.flush()
    return row


def _place(code: str) -> Place:
    place: Place = _add(Place(code=code, kind=PlaceKind.AIRPORT, names={"en": code}))
    return place


def _route(origin: Place, destination: Place, fares: dict[VehicleClass, int]) -> TransferRoute:
    route: TransferRoute = _add(
        TransferRoute(origin_id=origin.id, destination_id=destination.id, drive_minutes=45)
    )
    for vehicle_class, cents in fares.items():
        _add(TransferFare(route_id=route.id, vehicle_class_id=vehicle_class.id, price_cents=cents))
    return route


def _hourly_rate(
    vehicle_class: VehicleClass, cents: int, min_hours: int = 2, max_hours: int = 10
) -> HourlyRate:
    rate: HourlyRate = _add(
        HourlyRate(
            vehicle_class_id=vehicle_class.id,
            price_per_hour_cents=cents,
            min_hours=min_hours,
            max_hours=max_hours,
        )
    )
    return rate


def _tour(
    prices: dict[VehicleClass, int], *, active: bool = True, slug: str = "versailles"
) -> Tour:
    page: ContentPage = _add(ContentPage(slug=f"tours/{slug}"))
    tour: Tour = _add(
        Tour(
            slug=slug,
            duration_minutes=240,
            max_passengers=3,
            content_page_id=page.id,
            active=active,
        )
    )
    for vehicle_class, cents in prices.items():
        _add(TourPrice(tour_id=tour.id, vehicle_class_id=vehicle_class.id, price_cents=cents))
    return tour


def _surcharge(
    code: str,
    pricing: SurchargePricing,
    amount: int,
    window: tuple[time, time] | None = None,
    *,
    active: bool = True,
) -> Surcharge:
    surcharge: Surcharge = _add(
        Surcharge(
            code=code,
            pricing=pricing,
            amount=amount,
            window_start=window[0] if window else None,
            window_end=window[1] if window else None,
            active=active,
        )
    )
    return surcharge


def _night(basis_points: int = 2000, *, active: bool = True) -> Surcharge:
    return _surcharge(
        "night", SurchargePricing.PERCENT, basis_points, (time(22, 0), time(6, 0)), active=active
    )


def _standard_surcharges() -> None:
    _night(2000)
    _surcharge("extra_stop", SurchargePricing.PER_UNIT, 2500)
    _surcharge("child_seat", SurchargePricing.PER_UNIT, 1500)
    _surcharge("meet_greet", SurchargePricing.FIXED, 2000)


def _transfer_quote(fare_cents: int, pickup_at: datetime, extras: Extras = NO_EXTRAS) -> Quote:
    """A CDG → PAR transfer priced `fare_cents` for a fresh class."""
    business = create_vehicle_class()
    cdg, paris = _place("CDG"), _place("PAR")
    _route(cdg, paris, {business: fare_cents})
    return quote_transfer(
        _session(),
        origin_id=cdg.id,
        destination_id=paris.id,
        vehicle_class_id=business.id,
        pickup_at=pickup_at,
        extras=extras,
    )


def _codes(quote: Quote) -> list[str]:
    return [line.code for line in quote.lines]


# --- base prices --------------------------------------------------------------------------


def test_transfer_is_priced_from_the_matrix_for_the_class(app: Flask) -> None:
    business, van = create_vehicle_class(), create_vehicle_class()
    cdg, paris = _place("CDG"), _place("PAR")
    _route(cdg, paris, {business: 8500, van: 11000})
    _route(paris, cdg, {business: 7900})

    quote = quote_transfer(
        _session(),
        origin_id=cdg.id,
        destination_id=paris.id,
        vehicle_class_id=van.id,
        pickup_at=DAYTIME,
        extras=NO_EXTRAS,
    )
    back = quote_transfer(
        _session(),
        origin_id=paris.id,
        destination_id=cdg.id,
        vehicle_class_id=business.id,
        pickup_at=DAYTIME,
        extras=NO_EXTRAS,
    )

    assert quote == Quote((PriceLine("transfer", 1, 11000, 11000),), "EUR")
    assert quote.total_cents == 11000
    assert back.lines == (PriceLine("transfer", 1, 7900, 7900),)
    assert back.total_cents == 7900


def test_hourly_hire_is_rate_times_hours_within_the_range(app: Flask) -> None:
    business = create_vehicle_class()
    _hourly_rate(business, 6500, min_hours=2, max_hours=10)

    totals = [
        quote_hourly(
            _session(),
            vehicle_class_id=business.id,
            hours=hours,
            pickup_at=DAYTIME,
            extras=NO_EXTRAS,
        )
        for hours in (2, 3, 10)
    ]

    assert totals[1].lines == (PriceLine("hourly", 3, 6500, 19500),)
    assert [quote.total_cents for quote in totals] == [13000, 19500, 65000]


def test_tour_is_priced_per_class(app: Flask) -> None:
    business, van = create_vehicle_class(), create_vehicle_class()
    tour = _tour({business: 45000, van: 52000})

    quote = quote_tour(
        _session(),
        tour_id=tour.id,
        vehicle_class_id=van.id,
        pickup_at=DAYTIME,
        extras=NO_EXTRAS,
    )

    assert quote.lines == (PriceLine("tour", 1, 52000, 52000),)
    assert quote.total_cents == 52000


# --- surcharges ---------------------------------------------------------------------------


def test_every_surcharge_in_a_fixed_order(app: Flask) -> None:
    _standard_surcharges()
    night_pickup = datetime(2027, 1, 15, 23, 0, tzinfo=PARIS)

    quote = _transfer_quote(
        8500, night_pickup, Extras(child_seats=3, extra_stops=2, meet_and_greet=True)
    )

    assert quote.lines == (
        PriceLine("transfer", 1, 8500, 8500),
        PriceLine("night", 1, 1700, 1700),
        PriceLine("extra_stop", 2, 2500, 5000),
        PriceLine("child_seat", 3, 1500, 4500),
        PriceLine("meet_greet", 1, 2000, 2000),
    )
    assert quote.total_cents == 8500 + 1700 + 5000 + 4500 + 2000


def test_no_surcharge_line_without_the_extra(app: Flask) -> None:
    _standard_surcharges()

    quote = _transfer_quote(8500, DAYTIME, Extras(child_seats=0, extra_stops=0))

    assert _codes(quote) == ["transfer"]
    assert quote.total_cents == 8500


@pytest.mark.parametrize(
    ("extras", "codes", "total"),
    [
        (Extras(extra_stops=1), ["transfer", "extra_stop"], 8500 + 2500),
        (Extras(child_seats=2), ["transfer", "child_seat"], 8500 + 3000),
        (Extras(meet_and_greet=True), ["transfer", "meet_greet"], 8500 + 2000),
    ],
)
def test_each_extra_alone(app: Flask, extras: Extras, codes: list[str], total: int) -> None:
    _standard_surcharges()

    quote = _transfer_quote(8500, DAYTIME, extras)

    assert _codes(quote) == codes
    assert quote.total_cents == total


def test_fixed_surcharge_is_charged_once_whatever_the_quantity(app: Flask) -> None:
    _surcharge("child_seat", SurchargePricing.FIXED, 1000)

    quote = _transfer_quote(8500, DAYTIME, Extras(child_seats=3))

    assert quote.lines[1:] == (PriceLine("child_seat", 1, 1000, 1000),)


def test_night_is_a_percentage_of_the_hourly_and_tour_base(app: Flask) -> None:
    _night(2000)
    business = create_vehicle_class()
    _hourly_rate(business, 6500)
    tour = _tour({business: 45000})
    late = datetime(2027, 1, 15, 23, 30, tzinfo=PARIS)

    hourly = quote_hourly(
        _session(), vehicle_class_id=business.id, hours=3, pickup_at=late, extras=NO_EXTRAS
    )
    tour_quote = quote_tour(
        _session(), tour_id=tour.id, vehicle_class_id=business.id, pickup_at=late, extras=NO_EXTRAS
    )

    assert hourly.lines == (
        PriceLine("hourly", 3, 6500, 19500),
        PriceLine("night", 1, 3900, 3900),
    )
    assert tour_quote.lines == (
        PriceLine("tour", 1, 45000, 45000),
        PriceLine("night", 1, 9000, 9000),
    )


def test_night_is_on_the_base_fare_only_not_on_extras(app: Flask) -> None:
    _standard_surcharges()
    late = datetime(2027, 1, 15, 23, 0, tzinfo=PARIS)

    quote = _transfer_quote(10000, late, Extras(extra_stops=4, meet_and_greet=True))

    assert quote.lines[1] == PriceLine("night", 1, 2000, 2000)
    assert quote.total_cents == 10000 + 2000 + 10000 + 2000


def test_an_inactive_surcharge_adds_nothing(app: Flask) -> None:
    _night(2000, active=False)
    _surcharge("extra_stop", SurchargePricing.PER_UNIT, 2500, active=False)
    _surcharge("child_seat", SurchargePricing.PER_UNIT, 1500, active=False)
    _surcharge("meet_greet", SurchargePricing.FIXED, 2000, active=False)
    late = datetime(2027, 1, 15, 23, 0, tzinfo=PARIS)

    quote = _transfer_quote(8500, late, Extras(child_seats=1, extra_stops=1, meet_and_greet=True))

    assert quote.lines == (PriceLine("transfer", 1, 8500, 8500),)
    assert quote.total_cents == 8500


def test_a_missing_surcharge_adds_nothing(app: Flask) -> None:
    _surcharge("child_seat", SurchargePricing.PER_UNIT, 1500)  # the only row
    late = datetime(2027, 1, 15, 23, 0, tzinfo=PARIS)

    quote = _transfer_quote(8500, late, Extras(child_seats=1, extra_stops=1, meet_and_greet=True))

    assert _codes(quote) == ["transfer", "child_seat"]
    assert quote.total_cents == 10000


def test_a_night_row_without_a_window_never_applies(app: Flask) -> None:
    _surcharge("night", SurchargePricing.PERCENT, 2000)

    quote = _transfer_quote(8500, datetime(2027, 1, 15, 23, 0, tzinfo=PARIS))

    assert quote.total_cents == 8500


# --- the night window, in Paris time ------------------------------------------------------


@pytest.mark.parametrize("day", [WINTER, SUMMER], ids=["winter", "summer"])
@pytest.mark.parametrize(
    ("clock", "night"),
    [
        (time(21, 59), False),
        (time(22, 0), True),
        (time(0, 0), True),
        (time(5, 59), True),
        (time(6, 0), False),
        (time(12, 0), False),
    ],
)
def test_night_window_boundaries_in_paris_time(
    app: Flask, day: date, clock: time, night: bool
) -> None:
    _night(2000)
    pickup = datetime.combine(day, clock, tzinfo=PARIS)

    quote = _transfer_quote(10000, pickup)

    assert quote.total_cents == (12000 if night else 10000)
    assert _codes(quote) == (["transfer", "night"] if night else ["transfer"])


@pytest.mark.parametrize(
    ("pickup", "night"),
    [
        (datetime(2027, 1, 15, 21, 30, tzinfo=UTC), True),  # 22:30 Paris
        (datetime(2027, 7, 15, 21, 30, tzinfo=UTC), True),  # 23:30 Paris
        (datetime(2027, 7, 15, 20, 30, tzinfo=UTC), True),  # 22:30 Paris
        (datetime(2027, 1, 15, 20, 30, tzinfo=UTC), False),  # 21:30 Paris
        (datetime(2027, 1, 15, 4, 30, tzinfo=UTC), True),  # 05:30 Paris
        (datetime(2027, 7, 15, 4, 30, tzinfo=UTC), False),  # 06:30 Paris
        (datetime(2027, 7, 15, 16, 30, tzinfo=timezone(timedelta(hours=-4))), True),  # 22:30
        (datetime(2027, 7, 15, 15, 30, tzinfo=timezone(timedelta(hours=-4))), False),  # 21:30
    ],
    ids=[
        "winter-21:30Z",
        "summer-21:30Z",
        "summer-20:30Z",
        "winter-20:30Z",
        "winter-04:30Z",
        "summer-04:30Z",
        "summer-new-york-16:30",
        "summer-new-york-15:30",
    ],
)
def test_night_is_decided_on_the_paris_wall_clock(
    app: Flask, pickup: datetime, night: bool
) -> None:
    _night(2000)

    quote = _transfer_quote(10000, pickup)

    assert quote.total_cents == (12000 if night else 10000)


@pytest.mark.parametrize(
    ("clock", "night"),
    [(time(23, 59), False), (time(0, 0), True), (time(4, 59), True), (time(5, 0), False)],
)
def test_a_window_that_does_not_wrap_midnight(app: Flask, clock: time, night: bool) -> None:
    _surcharge("night", SurchargePricing.PERCENT, 1000, (time(0, 0), time(5, 0)))

    quote = _transfer_quote(10000, datetime.combine(WINTER, clock, tzinfo=PARIS))

    assert quote.total_cents == (11000 if night else 10000)


# --- rounding -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "basis_points", "expected"),
    [
        (9999, 2000, 2000),  # 1999.8
        (3333, 1500, 500),  # 499.95
        (100, 1250, 13),  # 12.5 → up
        (99, 1250, 12),  # 12.375
        (1, 5000, 1),  # 0.5 → up
        (3, 5000, 2),  # 1.5 → up
        (4999, 1, 0),  # 0.4999
        (5000, 1, 1),  # 0.5 → up
        (8500, 0, 0),
        (0, 2000, 0),
        (123456, 10000, 123456),
    ],
)
def test_percent_rounds_half_up_to_the_cent(base: int, basis_points: int, expected: int) -> None:
    assert percent_of(base, basis_points) == expected


@pytest.mark.parametrize(
    ("fare", "basis_points", "night_cents"),
    [(9999, 2000, 2000), (3333, 1500, 500), (100, 1250, 13), (99, 1250, 12)],
)
def test_night_line_is_rounded_half_up(
    app: Flask, fare: int, basis_points: int, night_cents: int
) -> None:
    _night(basis_points)

    quote = _transfer_quote(fare, datetime(2027, 1, 15, 23, 0, tzinfo=PARIS))

    assert quote.lines[1] == PriceLine("night", 1, night_cents, night_cents)
    assert quote.total_cents == fare + night_cents


# --- the stored breakdown ----------------------------------------------------------------


FULL_QUOTE = Quote(
    (
        PriceLine("transfer", 1, 8500, 8500),
        PriceLine("night", 1, 1700, 1700),
        PriceLine("extra_stop", 2, 2500, 5000),
        PriceLine("child_seat", 3, 1500, 4500),
        PriceLine("meet_greet", 1, 2000, 2000),
    )
)


def test_breakdown_json_round_trip_through_the_database(app: Flask) -> None:
    booking = create_booking(price_breakdown=FULL_QUOTE.as_json(), total_cents=21700)
    db.session.commit()
    db.session.expire_all()

    stored = db.session.get(Booking, booking.id)
    assert stored is not None
    assert stored.price_breakdown[2] == {
        "code": "extra_stop",
        "quantity": 2,
        "unit_cents": 2500,
        "amount_cents": 5000,
    }
    assert Quote.from_json(stored.price_breakdown) == FULL_QUOTE
    assert Quote.from_json(stored.price_breakdown).total_cents == stored.total_cents == 21700
    assert Quote.from_json([]) == Quote(())
    assert Quote.from_json([], currency="CHF").currency == "CHF"


@pytest.mark.parametrize(
    ("item", "error"),
    [
        ({"code": "transfer", "quantity": 1, "unit_cents": 8500}, "malformed"),
        (
            {"code": "bogus", "quantity": 1, "unit_cents": 8500, "amount_cents": 8500},
            "unknown price line code",
        ),
        (
            {"code": "transfer", "quantity": 1, "unit_cents": 8500, "amount_cents": 8501},
            "not quantity × unit",
        ),
        (
            {"code": "transfer", "quantity": 1, "unit_cents": "8500", "amount_cents": 8500},
            "unit_cents must be a non-negative int",
        ),
        (
            {"code": "transfer", "quantity": -1, "unit_cents": -8500, "amount_cents": 8500},
            "quantity must be a non-negative int",
        ),
        (
            {"code": "transfer", "quantity": True, "unit_cents": 8500, "amount_cents": 8500},
            "quantity must be a non-negative int",
        ),
    ],
)
def test_a_malformed_breakdown_is_refused(item: dict[str, Any], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        Quote.from_json([item])


def test_labels_are_localized_strings_with_the_quantity(app: Flask) -> None:
    assert [line.label for line in FULL_QUOTE.lines] == [
        "Transfer",
        "Night surcharge",
        "Extra stop",
        "Child seat",
        "Meet & greet",
    ]
    assert PriceLine("hourly", 4, 6500, 26000).label == "Hourly hire (4 h)"
    assert PriceLine("tour", 1, 100, 100).label == "Private tour"


# --- refusals -----------------------------------------------------------------------------


def test_no_fare_for_the_class_or_the_direction(app: Flask) -> None:
    business, van = create_vehicle_class(), create_vehicle_class()
    cdg, paris, orly = _place("CDG"), _place("PAR"), _place("ORY")
    _route(cdg, paris, {business: 8500})

    def quote(origin: Place, destination: Place, vehicle_class: VehicleClass) -> Quote:
        return quote_transfer(
            _session(),
            origin_id=origin.id,
            destination_id=destination.id,
            vehicle_class_id=vehicle_class.id,
            pickup_at=DAYTIME,
            extras=NO_EXTRAS,
        )

    assert quote(cdg, paris, business).total_cents == 8500
    for origin, destination, vehicle_class in (
        (cdg, paris, van),  # route exists, not for this class
        (paris, cdg, business),  # the matrix is directed
        (cdg, orly, business),  # no route at all
    ):
        with pytest.raises(PricingError) as refused:
            quote(origin, destination, vehicle_class)
        assert str(refused.value) == "We have no price for this route with this vehicle."


def test_no_hourly_rate_for_the_class(app: Flask) -> None:
    business, van = create_vehicle_class(), create_vehicle_class()
    _hourly_rate(business, 6500)

    with pytest.raises(PricingError, match="not available for hourly hire"):
        quote_hourly(
            _session(), vehicle_class_id=van.id, hours=3, pickup_at=DAYTIME, extras=NO_EXTRAS
        )


@pytest.mark.parametrize("hours", [-1, 0, 1, 11, 24])
def test_hours_outside_the_range_are_refused(app: Flask, hours: int) -> None:
    business = create_vehicle_class()
    _hourly_rate(business, 6500, min_hours=2, max_hours=10)

    with pytest.raises(PricingError) as refused:
        quote_hourly(
            _session(),
            vehicle_class_id=business.id,
            hours=hours,
            pickup_at=DAYTIME,
            extras=NO_EXTRAS,
        )
    assert str(refused.value) == "Hourly hire is from 2 to 10 hours with this vehicle."


def test_an_inactive_tour_or_a_class_without_a_tour_price_is_refused(app: Flask) -> None:
    business, van = create_vehicle_class(), create_vehicle_class()
    open_tour = _tour({business: 45000}, slug="versailles")
    closed_tour = _tour({business: 45000}, active=False, slug="giverny")

    def quote(tour_id: int, vehicle_class: VehicleClass) -> Quote:
        return quote_tour(
            _session(),
            tour_id=tour_id,
            vehicle_class_id=vehicle_class.id,
            pickup_at=DAYTIME,
            extras=NO_EXTRAS,
        )

    assert quote(open_tour.id, business).total_cents == 45000
    for tour_id, vehicle_class in (
        (closed_tour.id, business),
        (open_tour.id, van),
        (closed_tour.id + 100, business),  # no such tour
    ):
        with pytest.raises(PricingError) as refused:
            quote(tour_id, vehicle_class)
        assert str(refused.value) == "This tour cannot be booked with this vehicle."


@pytest.mark.parametrize(
    "values", [{"child_seats": -1}, {"extra_stops": -1}, {"child_seats": 2, "extra_stops": -3}]
)
def test_negative_quantities_are_refused(app: Flask, values: dict[str, Any]) -> None:
    with pytest.raises(PricingError, match="cannot be negative"):
        Extras(**values)


@pytest.mark.parametrize(
    "naive",
    [datetime(2027, 1, 15, 23, 0), datetime(2027, 7, 15, 10, 0)],  # noqa: DTZ001
)
def test_a_naive_pickup_time_is_refused(app: Flask, naive: datetime) -> None:
    _standard_surcharges()
    business = create_vehicle_class()
    cdg, paris = _place("CDG"), _place("PAR")
    _route(cdg, paris, {business: 8500})
    _hourly_rate(business, 6500)
    tour = _tour({business: 45000})
    session = _session()

    with pytest.raises(ValueError, match="timezone-aware"):
        quote_transfer(
            session,
            origin_id=cdg.id,
            destination_id=paris.id,
            vehicle_class_id=business.id,
            pickup_at=naive,
            extras=NO_EXTRAS,
        )
    with pytest.raises(ValueError, match="timezone-aware"):
        quote_hourly(
            session, vehicle_class_id=business.id, hours=3, pickup_at=naive, extras=NO_EXTRAS
        )
    with pytest.raises(ValueError, match="timezone-aware"):
        quote_tour(
            session,
            tour_id=tour.id,
            vehicle_class_id=business.id,
            pickup_at=naive,
            extras=NO_EXTRAS,
        )


# --- quoting a booking --------------------------------------------------------------------


def test_quote_booking_uses_the_bookings_own_fields(app: Flask) -> None:
    _standard_surcharges()
    business = create_vehicle_class()
    cdg, paris = _place("CDG"), _place("PAR")
    _route(cdg, paris, {business: 8500})
    _hourly_rate(business, 6500)
    tour = _tour({business: 45000})
    night = datetime(2027, 1, 15, 22, 30, tzinfo=UTC)  # 23:30 Paris
    transfer = create_booking(
        kind=BookingKind.TRANSFER,
        pickup_place_id=cdg.id,
        dropoff_place_id=paris.id,
        vehicle_class_id=business.id,
        pickup_at=night,
        child_seats=1,
        extra_stops=2,
        meet_and_greet=True,
    )
    hourly = create_booking(
        kind=BookingKind.HOURLY,
        pickup_place_id=paris.id,
        hours=4,
        vehicle_class_id=business.id,
        pickup_at=DAYTIME,
        child_seats=2,
    )
    tour_booking = create_booking(
        kind=BookingKind.TOUR,
        pickup_place_id=paris.id,
        tour_id=tour.id,
        vehicle_class_id=business.id,
        pickup_at=DAYTIME,
        meet_and_greet=True,
    )

    assert quote_booking(_session(), transfer).lines == (
        PriceLine("transfer", 1, 8500, 8500),
        PriceLine("night", 1, 1700, 1700),
        PriceLine("extra_stop", 2, 2500, 5000),
        PriceLine("child_seat", 1, 1500, 1500),
        PriceLine("meet_greet", 1, 2000, 2000),
    )
    assert quote_booking(_session(), hourly).lines == (
        PriceLine("hourly", 4, 6500, 26000),
        PriceLine("child_seat", 2, 1500, 3000),
    )
    assert quote_booking(_session(), tour_booking).total_cents == 45000 + 2000


@pytest.mark.parametrize(
    ("kind", "missing"),
    [
        (BookingKind.TRANSFER, "vehicle_class_id"),
        (BookingKind.TRANSFER, "pickup_at"),
        (BookingKind.TRANSFER, "dropoff_place_id"),
        (BookingKind.HOURLY, "hours"),
        (BookingKind.TOUR, "tour_id"),
    ],
)
def test_quote_booking_refuses_an_incomplete_booking(
    app: Flask, kind: BookingKind, missing: str
) -> None:
    business = create_vehicle_class()
    cdg, paris = _place("CDG"), _place("PAR")
    _route(cdg, paris, {business: 8500})
    _hourly_rate(business, 6500)
    tour = _tour({business: 45000})
    fields: dict[str, Any] = {
        "kind": kind,
        "pickup_place_id": cdg.id,
        "dropoff_place_id": paris.id,
        "hours": 3,
        "tour_id": tour.id,
        "vehicle_class_id": business.id,
        "pickup_at": DAYTIME,
    }
    complete = create_booking(**fields)
    assert quote_booking(_session(), complete).total_cents in (8500, 19500, 45000)
    fields[missing] = None
    incomplete = Booking(reference="PES-INCOMP", **fields)

    with pytest.raises(PricingError):
        quote_booking(_session(), incomplete)


@pytest.mark.parametrize("kind", ["transfer", "hourly", "tour"])
def test_quoting_every_class_at_once_equals_quoting_each(demo: Flask, kind: str) -> None:
    """The vehicle step prices all classes in one pass; it must agree with `quote_booking`."""
    from sqlalchemy import select

    from pes.models import BookingKind, Tour
    from pes.services.pricing import quote_booking, quote_classes

    places = {place.code: place.id for place in db.session.scalars(select(Place))}
    classes = [vc.id for vc in db.session.scalars(select(VehicleClass))]
    night = datetime(2027, 1, 15, 22, 30, tzinfo=UTC)  # 23:30 in Paris: the night surcharge
    fields: dict[str, Any] = {
        "kind": BookingKind(kind),
        "pickup_at": night,
        "child_seats": 1,
        "meet_and_greet": True,
        "pickup_place_id": places["CDG"],
        "dropoff_place_id": places["PAR"],
    }
    if kind == "hourly":
        fields["hours"] = 3
    if kind == "tour":
        fields["tour_id"] = db.session.scalars(select(Tour.id)).first()
    booking = create_booking(**fields)
    together = quote_classes(db.session(), booking, classes)
    assert set(together) == set(classes)
    for class_id in classes:
        booking.vehicle_class_id = class_id
        alone = quote_booking(db.session(), booking)
        assert together[class_id] == alone
        assert len(alone.lines) == 4  # base, night, child seat, meet & greet
    assert quote_classes(db.session(), booking, []) == {}
