"""No user-visible literal in a template escapes translation: the template text between
Jinja tags, with the HTML markup taken out, must hold no words — except brand names and
symbols. Visible attributes (alt, title, placeholder, aria-label) count too."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment

TEMPLATES = Path(__file__).resolve().parents[1] / "pes" / "templates"
#: Machine-read files, not shown to people.
EXEMPT = {"public/robots.txt", "public/sitemap.xml"}
ALLOWED = re.compile(r"Paris Elite Services|PARIS ELITE SERVICES|PES-|&[a-z]+;|&#\d+;")
VISIBLE_ATTRIBUTE = re.compile(
    r"\b(alt|title|placeholder|aria-label)\s*=\s*\"([^\"{]*)\"", re.IGNORECASE
)
TAG = re.compile(r"<[^>]*>", re.DOTALL)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _words(text: str) -> list[str]:
    text = ALLOWED.sub(" ", text)
    return re.findall(r"[^\W\d_]{2,}", text)


def literal_text(source: str) -> list[str]:
    """The words a template shows that no `_()` call produced."""
    found: list[str] = []
    data = "".join(
        value
        for _, kind, value in Environment(extensions=["jinja2.ext.do"]).lex(source)
        if kind == "data"
    )
    data = COMMENT.sub(" ", data)
    for _name, value in VISIBLE_ATTRIBUTE.findall(data):
        found += _words(value)
    stripped = TAG.sub(" ", data)
    found += _words(stripped)
    return found


def test_the_lint_finds_a_literal() -> None:
    assert literal_text("<p>Hello world</p>") == ["Hello", "world"]
    assert literal_text('<img alt="A fine car">') == ["fine", "car"]
    assert literal_text("<p>{{ _('Hello world') }}</p>") == []
    assert literal_text('<a class="button primary" href="{{ url }}">{{ label }}</a>') == []


def test_no_template_shows_untranslated_text() -> None:
    problems = {}
    for path in sorted(TEMPLATES.rglob("*")):
        if not path.is_file() or path.suffix not in {".html", ".txt", ".xml"}:
            continue
        name = path.relative_to(TEMPLATES).as_posix()
        if name in EXEMPT:
            continue
        words = literal_text(path.read_text())
        if words:
            problems[name] = words[:8]
    assert not problems, f"untranslated text in templates: {problems}"
