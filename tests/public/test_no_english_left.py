"""Every public page and every funnel step, rendered in French, Spanish and Portuguese,
shows no text that is English in `/en/` (brand names, places, codes and numbers excepted).
(The emails are checked the same way in tests/email/test_messages.py.)"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pes.funnel.steps import STEPS
from tests.funnel.conftest import Funnel
from tests.public.test_pages import public_paths

#: Text that is the same in every language: brands, proper names (Paris stations keep
#: their French names), the test customer, cookie names, the postal address, and words that
#: happen to be spelt alike in French ("Date", "Destination", "Service", "Minimum", "Total").
SAME_EVERYWHERE = re.compile(
    r"^("
    r"Paris Elite Services|PARIS ELITE SERVICES|Business|Van|First|Disneyland Paris|FAQ|"
    r"English|Français|Español|Português|EN|FR|ES|PT|Date|Destination|Total|Service|Minimum|"
    r"Gare [\w' -]+|Ana Souza|pes_lang|session|__Host-session|"
    r"Paris Elite Services SAS, .* France\.|"
    r"Mercedes[\w\s-]*|[A-Z]-Class[\w\s,]*|PES-\w+|[\w.+-]+@[\w.-]+|"
    r"[^A-Za-zÀ-ÿ]*"  # numbers, prices, times, symbols
    r")$"
)
VISIBLE_ATTRIBUTES = {"alt", "title", "placeholder", "aria-label"}


class VisibleText(HTMLParser):
    """The text a visitor sees (and hears): text nodes and visible attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value:
                self.parts.append(value.strip())
            if tag == "meta" and name == "content" and ("name", "description") in attrs:
                self.parts.append((value or "").strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and data.strip():
            self.parts.append(" ".join(data.split()))


def visible_text(html: str) -> set[str]:
    parser = VisibleText()
    parser.feed(html)
    return {part for part in parser.parts if part and not SAME_EVERYWHERE.match(part)}


def leftovers(english: str, other: str, lang: str) -> set[str]:
    """Text shown in `other` exactly as in English, outside passages marked as English."""
    marked_english = set()
    if 'lang="en"' in other:  # a fallback to English, announced as such to the visitor
        for block in re.findall(r'<(\w+)[^>]*lang="en"[^>]*>(.*?)</\1>', other, re.DOTALL):
            marked_english |= visible_text(block[1])
    return (visible_text(english) & visible_text(other)) - marked_english


@pytest.mark.parametrize("lang", ["fr", "es", "pt"])
def test_no_public_page_keeps_english_text(demo: Flask, client: FlaskClient, lang: str) -> None:
    problems = {}
    for path in [*public_paths(), "/manage/"]:
        english = client.get(f"/en{path}").get_data(as_text=True)
        other = client.get(f"/{lang}{path}").get_data(as_text=True)
        same = leftovers(english, other, lang)
        if same:
            problems[path] = sorted(same)[:6]
    assert not problems, f"English left in /{lang}/: {problems}"


@pytest.mark.parametrize("lang", ["fr", "es", "pt"])
def test_no_funnel_step_keeps_english_text(demo: Flask, client: FlaskClient, lang: str) -> None:
    funnel = Funnel(client)
    assert funnel.route_transfer().status_code == 303
    assert funnel.date().status_code == 303
    assert funnel.vehicle().status_code == 303
    assert funnel.details().status_code == 303
    problems = {}
    for step in STEPS:  # the same draft, seen in two languages (the switcher keeps it)
        english = client.get(f"/en/book/{step.identifier}")
        other = client.get(f"/{lang}/book/{step.identifier}")
        assert other.status_code == english.status_code == 200, step.identifier
        same = leftovers(english.get_data(as_text=True), other.get_data(as_text=True), lang)
        if same:
            problems[step.identifier] = sorted(same)[:6]
    assert not problems, f"English left in /{lang}/book/: {problems}"


def test_the_check_finds_english_left_behind() -> None:
    english = "<p>Your chauffeur</p><p>Book now</p>"
    french = "<p>Votre chauffeur</p><p>Book now</p>"
    assert leftovers(english, french, "fr") == {"Book now"}
    assert leftovers(english, '<p lang="en">Book now</p>', "fr") == set()
