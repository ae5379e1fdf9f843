"""Demo private tours, in catalog order (sort_order follows it)."""

from __future__ import annotations

from pes.demo.tours.ile_de_france import ILE_DE_FRANCE_TOURS
from pes.demo.tours.paris import PARIS_TOURS
from pes.demo.tours.regions import REGIONAL_TOURS
from pes.demo.tours.spec import TourSpec

TOURS: tuple[TourSpec, ...] = PARIS_TOURS + ILE_DE_FRANCE_TOURS + REGIONAL_TOURS

__all__ = ["TOURS", "TourSpec"]
