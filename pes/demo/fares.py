"""Demo transfer price matrix.

Each row is one pair of places, loaded in both directions with the same drive time and the
same prices. Drive times are door-to-door estimates with ordinary Paris traffic; prices are
per vehicle in integer cents (EUR), all-inclusive (tolls, parking, VAT).
"""

from __future__ import annotations

from typing import NamedTuple


class RoutePair(NamedTuple):
    a: str
    b: str
    drive_minutes: int
    business: int
    van: int
    first: int

    def prices(self) -> dict[str, int]:
        """Price per vehicle class code."""
        return {"business": self.business, "van": self.van, "first": self.first}


ROUTE_PAIRS: tuple[RoutePair, ...] = (
    # Charles de Gaulle, north-east of Paris.
    RoutePair("CDG", "PAR", 50, 9500, 12000, 19000),
    RoutePair("CDG", "LDF", 55, 10500, 13000, 20500),
    RoutePair("CDG", "DLP", 40, 9500, 12000, 19000),
    RoutePair("CDG", "VER", 75, 13500, 16500, 25000),
    RoutePair("CDG", "GDN", 45, 9000, 11500, 18000),
    RoutePair("CDG", "GDE", 45, 9000, 11500, 18000),
    RoutePair("CDG", "GSL", 50, 9500, 12000, 19000),
    RoutePair("CDG", "GDL", 50, 9500, 12000, 19000),
    RoutePair("CDG", "GMP", 60, 10000, 12500, 19500),
    RoutePair("CDG", "ORY", 60, 12000, 15000, 23000),
    RoutePair("CDG", "BVA", 75, 17000, 21000, 30000),
    # Orly, south of Paris.
    RoutePair("ORY", "PAR", 35, 8000, 10500, 16500),
    RoutePair("ORY", "LDF", 45, 9500, 12000, 19000),
    RoutePair("ORY", "DLP", 45, 9500, 12000, 19000),
    RoutePair("ORY", "VER", 35, 8500, 11000, 17500),
    RoutePair("ORY", "GDN", 45, 8500, 11000, 17500),
    RoutePair("ORY", "GDE", 45, 8500, 11000, 17500),
    RoutePair("ORY", "GSL", 45, 8500, 11000, 17500),
    RoutePair("ORY", "GDL", 35, 8000, 10500, 16500),
    RoutePair("ORY", "GMP", 30, 7500, 10000, 16000),
    RoutePair("ORY", "BVA", 110, 19500, 24000, 34000),
    # Beauvais, 85 km north of Paris.
    RoutePair("BVA", "PAR", 90, 16500, 20000, 29000),
    RoutePair("BVA", "LDF", 80, 16000, 19500, 28500),
    RoutePair("BVA", "DLP", 110, 19500, 24000, 34000),
    RoutePair("BVA", "VER", 100, 19000, 23000, 33000),
    RoutePair("BVA", "GDN", 85, 16000, 19500, 28500),
    RoutePair("BVA", "GDE", 85, 16000, 19500, 28500),
    RoutePair("BVA", "GSL", 85, 16000, 19500, 28500),
    RoutePair("BVA", "GDL", 95, 16500, 20000, 29000),
    RoutePair("BVA", "GMP", 100, 17000, 21000, 30000),
    # Railway stations and the city.
    RoutePair("GDN", "PAR", 20, 6500, 8500, 13000),
    RoutePair("GDE", "PAR", 20, 6500, 8500, 13000),
    RoutePair("GSL", "PAR", 20, 6500, 8500, 13000),
    RoutePair("GDL", "PAR", 20, 6500, 8500, 13000),
    RoutePair("GMP", "PAR", 25, 6500, 8500, 13000),
    # Stations to Disneyland and Versailles.
    RoutePair("GDN", "DLP", 45, 9500, 12000, 19000),
    RoutePair("GDE", "DLP", 45, 9500, 12000, 19000),
    RoutePair("GSL", "DLP", 50, 9500, 12000, 19000),
    RoutePair("GDL", "DLP", 40, 9000, 11500, 18000),
    RoutePair("GMP", "DLP", 50, 9500, 12000, 19000),
    RoutePair("GDN", "VER", 50, 8500, 11000, 17500),
    RoutePair("GDE", "VER", 50, 8500, 11000, 17500),
    RoutePair("GSL", "VER", 40, 8500, 11000, 17500),
    RoutePair("GDL", "VER", 45, 8500, 11000, 17500),
    RoutePair("GMP", "VER", 35, 8000, 10500, 16500),
    # Paris, La Défense and the attractions.
    RoutePair("PAR", "LDF", 25, 7000, 9000, 14000),
    RoutePair("PAR", "DLP", 50, 9500, 12000, 19000),
    RoutePair("PAR", "VER", 40, 8500, 11000, 17500),
    RoutePair("DLP", "VER", 75, 13500, 16500, 25000),
)
