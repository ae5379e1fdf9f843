"""The shape of a demo tour."""

from __future__ import annotations

from dataclasses import dataclass

from pes.demo.text import Translations


@dataclass(frozen=True)
class TourSpec:
    """A private tour; `texts` become its content page (title = name, meta = summary)."""

    slug: str
    duration_minutes: int
    #: Price per vehicle in cents, by vehicle class code.
    prices: dict[str, int]
    texts: Translations
