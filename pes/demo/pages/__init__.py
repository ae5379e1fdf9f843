"""Demo content pages of the public site, by slug (the slugs the public routes look up)."""

from __future__ import annotations

from pes.demo.pages.faq import FAQ
from pes.demo.pages.general import ABOUT, CONTACT, FLEET, HOME, TOURS_INDEX
from pes.demo.pages.legal import LEGAL_NOTICE, TERMS
from pes.demo.pages.privacy import COOKIES, PRIVACY
from pes.demo.pages.transfers import (
    AIRPORT_BEAUVAIS,
    AIRPORT_CDG,
    AIRPORT_ORLY,
    AIRPORT_TRANSFERS,
    DISNEYLAND,
    HOURLY_HIRE,
    STATION_TRANSFERS,
)
from pes.demo.text import Translations

PAGES: dict[str, Translations] = {
    "home": HOME,
    "airport-transfers": AIRPORT_TRANSFERS,
    "airport-cdg": AIRPORT_CDG,
    "airport-orly": AIRPORT_ORLY,
    "airport-beauvais": AIRPORT_BEAUVAIS,
    "station-transfers": STATION_TRANSFERS,
    "disneyland": DISNEYLAND,
    "hourly-hire": HOURLY_HIRE,
    "tours": TOURS_INDEX,
    "fleet": FLEET,
    "about": ABOUT,
    "faq": FAQ,
    "contact": CONTACT,
    "terms": TERMS,
    "privacy": PRIVACY,
    "cookies": COOKIES,
    "legal-notice": LEGAL_NOTICE,
}

__all__ = ["PAGES"]
