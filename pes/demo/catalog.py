"""Demo catalog: vehicle classes and their fleet, places, hourly rates and surcharges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from pes.models import PlaceKind, SurchargePricing


@dataclass(frozen=True)
class VehicleClassSpec:
    code: str
    name: str
    model_examples: str
    max_passengers: int
    max_luggage: int
    descriptions: dict[str, str]
    #: Model name and French registration plates of the vehicles of this class.
    vehicle_model: str
    plates: tuple[str, ...]


VEHICLE_CLASSES: tuple[VehicleClassSpec, ...] = (
    VehicleClassSpec(
        code="business",
        name="Business",
        model_examples="Mercedes E-Class",
        max_passengers=3,
        max_luggage=3,
        descriptions={
            "en": (
                "A Mercedes E-Class saloon for up to three passengers and three suitcases. "
                "Quiet and discreet, it is ideal for airport transfers and business meetings."
            ),
            "fr": (
                "Une berline Mercedes Classe E pour trois passagers et trois valises. "
                "Silencieuse et discrète, elle est idéale pour vos transferts aéroport "
                "comme pour vos rendez-vous d'affaires."
            ),
            "es": (
                "Una berlina Mercedes Clase E para un máximo de tres pasajeros y tres maletas. "
                "Silenciosa y discreta, es perfecta para traslados al aeropuerto y reuniones "
                "de negocios."
            ),
            "pt": (
                "Uma berlina Mercedes Classe E para até três passageiros e três malas. "
                "Silenciosa e discreta, é ideal para transferes de aeroporto e reuniões "
                "de negócios."
            ),
        },
        vehicle_model="Mercedes-Benz E-Class",
        plates=("GH-482-KT", "FX-317-LB", "GK-905-RM", "FZ-264-HN", "GL-738-PW", "GA-551-VE"),
    ),
    VehicleClassSpec(
        code="van",
        name="Van",
        model_examples="Mercedes V-Class",
        max_passengers=7,
        max_luggage=7,
        descriptions={
            "en": (
                "A Mercedes V-Class with seven leather seats and room for seven suitcases. "
                "The comfortable choice for families, groups and travellers with plenty "
                "of luggage."
            ),
            "fr": (
                "Un Mercedes Classe V avec sept sièges en cuir et de la place pour sept "
                "valises. Le choix du confort pour les familles, les groupes et les "
                "voyageurs chargés."
            ),
            "es": (
                "Un Mercedes Clase V con siete asientos de piel y espacio para siete maletas. "
                "La opción más cómoda para familias, grupos y viajeros con mucho equipaje."
            ),
            "pt": (
                "Um Mercedes Classe V com sete lugares em pele e espaço para sete malas. "
                "A escolha mais confortável para famílias, grupos e quem viaja com muita "
                "bagagem."
            ),
        },
        vehicle_model="Mercedes-Benz V-Class",
        plates=("FW-129-JS", "GD-846-CZ", "GM-372-BX", "FY-610-NA"),
    ),
    VehicleClassSpec(
        code="first",
        name="First",
        model_examples="Mercedes S-Class",
        max_passengers=3,
        max_luggage=2,
        descriptions={
            "en": (
                "The Mercedes S-Class, our flagship limousine, for up to three passengers "
                "and two suitcases. Reclining rear seats, perfect calm and a chauffeur "
                "entirely at your service."
            ),
            "fr": (
                "La Mercedes Classe S, notre limousine d'exception, pour trois passagers "
                "et deux valises. Sièges arrière inclinables, calme absolu et un chauffeur "
                "entièrement à votre service."
            ),
            "es": (
                "El Mercedes Clase S, nuestra limusina insignia, para un máximo de tres "
                "pasajeros y dos maletas. Asientos traseros reclinables, calma absoluta y "
                "un chófer a su entera disposición."
            ),
            "pt": (
                "O Mercedes Classe S, a nossa limusina de topo, para até três passageiros "
                "e duas malas. Bancos traseiros reclináveis, tranquilidade absoluta e um "
                "motorista inteiramente ao seu dispor."
            ),
        },
        vehicle_model="Mercedes-Benz S-Class",
        plates=("GN-624-PE", "GE-193-ML"),
    ),
)


@dataclass(frozen=True)
class PlaceSpec:
    code: str
    kind: PlaceKind
    names: dict[str, str]


#: In display order (sort_order follows this order).
PLACES: tuple[PlaceSpec, ...] = (
    PlaceSpec(
        "CDG",
        PlaceKind.AIRPORT,
        {
            "en": "Paris Charles de Gaulle Airport (CDG)",
            "fr": "Aéroport Paris-Charles-de-Gaulle (CDG)",
            "es": "Aeropuerto de París-Charles de Gaulle (CDG)",
            "pt": "Aeroporto de Paris-Charles de Gaulle (CDG)",
        },
    ),
    PlaceSpec(
        "ORY",
        PlaceKind.AIRPORT,
        {
            "en": "Paris Orly Airport (ORY)",
            "fr": "Aéroport Paris-Orly (ORY)",
            "es": "Aeropuerto de París-Orly (ORY)",
            "pt": "Aeroporto de Paris-Orly (ORY)",
        },
    ),
    PlaceSpec(
        "BVA",
        PlaceKind.AIRPORT,
        {
            "en": "Paris Beauvais Airport (BVA)",
            "fr": "Aéroport Paris-Beauvais (BVA)",
            "es": "Aeropuerto de París-Beauvais (BVA)",
            "pt": "Aeroporto de Paris-Beauvais (BVA)",
        },
    ),
    PlaceSpec(
        "GDN",
        PlaceKind.STATION,
        {
            "en": "Gare du Nord",
            "fr": "Gare du Nord",
            "es": "Estación Gare du Nord",
            "pt": "Estação Gare du Nord",
        },
    ),
    PlaceSpec(
        "GDL",
        PlaceKind.STATION,
        {
            "en": "Gare de Lyon",
            "fr": "Gare de Lyon",
            "es": "Estación Gare de Lyon",
            "pt": "Estação Gare de Lyon",
        },
    ),
    PlaceSpec(
        "GMP",
        PlaceKind.STATION,
        {
            "en": "Gare Montparnasse",
            "fr": "Gare Montparnasse",
            "es": "Estación Gare Montparnasse",
            "pt": "Estação Gare Montparnasse",
        },
    ),
    PlaceSpec(
        "GSL",
        PlaceKind.STATION,
        {
            "en": "Gare Saint-Lazare",
            "fr": "Gare Saint-Lazare",
            "es": "Estación Gare Saint-Lazare",
            "pt": "Estação Gare Saint-Lazare",
        },
    ),
    PlaceSpec(
        "GDE",
        PlaceKind.STATION,
        {
            "en": "Gare de l'Est",
            "fr": "Gare de l'Est",
            "es": "Estación Gare de l'Est",
            "pt": "Estação Gare de l'Est",
        },
    ),
    PlaceSpec(
        "PAR",
        PlaceKind.CITY,
        {
            "en": "Paris city centre (hotel or address)",
            "fr": "Paris intra-muros (hôtel ou adresse)",
            "es": "París centro (hotel o dirección)",
            "pt": "Centro de Paris (hotel ou morada)",
        },
    ),
    PlaceSpec(
        "LDF",
        PlaceKind.CITY,
        {
            "en": "La Défense business district",
            "fr": "Quartier d'affaires de La Défense",
            "es": "Distrito financiero de La Défense",
            "pt": "Bairro de negócios de La Défense",
        },
    ),
    PlaceSpec(
        "DLP",
        PlaceKind.ATTRACTION,
        {
            "en": "Disneyland Paris",
            "fr": "Disneyland Paris",
            "es": "Disneyland París",
            "pt": "Disneyland Paris",
        },
    ),
    PlaceSpec(
        "VER",
        PlaceKind.ATTRACTION,
        {
            "en": "Palace of Versailles",
            "fr": "Château de Versailles",
            "es": "Palacio de Versalles",
            "pt": "Palácio de Versalhes",
        },
    ),
)


@dataclass(frozen=True)
class HourlyRateSpec:
    vehicle_class: str
    price_per_hour_cents: int
    min_hours: int
    max_hours: int


HOURLY_RATES: tuple[HourlyRateSpec, ...] = (
    HourlyRateSpec("business", 7000, min_hours=3, max_hours=12),
    HourlyRateSpec("van", 8500, min_hours=3, max_hours=12),
    HourlyRateSpec("first", 12000, min_hours=3, max_hours=12),
)


@dataclass(frozen=True)
class SurchargeSpec:
    code: str
    pricing: SurchargePricing
    #: Cents for FIXED and PER_UNIT, basis points of the base fare for PERCENT.
    amount: int
    window_start: time | None = None
    window_end: time | None = None


SURCHARGES: tuple[SurchargeSpec, ...] = (
    SurchargeSpec("night", SurchargePricing.PERCENT, 2000, time(22, 0), time(6, 0)),
    SurchargeSpec("extra_stop", SurchargePricing.PER_UNIT, 2500),
    SurchargeSpec("child_seat", SurchargePricing.PER_UNIT, 1500),
    SurchargeSpec("meet_greet", SurchargePricing.FIXED, 2000),
)
