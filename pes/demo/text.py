"""The shape of localized demo content: one `PageText` per locale, Markdown bodies."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True)
class PageText:
    """What one locale of a content page holds (title rendered as the page's h1)."""

    title: str
    meta_description: str
    body: str


#: locale -> text; every demo page and tour has exactly the locales of `pes.config.LOCALES`.
Translations: TypeAlias = dict[str, PageText]


def md(text: str) -> str:
    """Markdown written indented in the source, returned flush left with a final newline."""
    return inspect.cleandoc(text) + "\n"
