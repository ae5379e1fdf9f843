"""The French, Spanish and Portuguese catalogs stay complete and consistent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def _catalog(locale: str):  # type: ignore[no-untyped-def]
    with (ROOT / "translations" / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return read_po(handle, locale=locale)


def _template_ids() -> set[str]:
    with (ROOT / "translations" / "messages.pot").open("rb") as handle:
        return {str(m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(handle) if m.id}


@pytest.mark.parametrize("locale", ["fr", "es", "pt"])
def test_every_message_is_translated_with_the_same_placeholders(locale: str) -> None:
    catalog = _catalog(locale)
    seen = set()
    for message in catalog:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string)
        seen.add(ids[0])
        assert "fuzzy" not in message.flags, message.id
        assert all(strings), f"{locale}: untranslated {message.id!r}"
        expected = sorted(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert sorted(PLACEHOLDER.findall(string)) == expected, (locale, message.id, string)
    assert _template_ids() <= seen, f"{locale}: run `make extract-messages`"


def test_template_is_up_to_date_with_the_code() -> None:
    """Every `_()` in Python and Jinja is in messages.pot (re-extract when this fails)."""
    from babel.messages.extract import extract_from_dir

    method_map = [("pes/**.py", "python"), ("pes/templates/**.html", "jinja2")]
    options = {"pes/templates/**.html": {"extensions": "jinja2.ext.do"}}
    found = {
        (message if isinstance(message, str) else message[0])
        for _, _, message, *_ in extract_from_dir(
            str(ROOT),
            method_map=method_map,
            options_map=options,
            keywords={
                "_": None,
                "gettext": None,
                "ngettext": (1, 2),
                "lazy_gettext": None,
                "_l": None,
            },
        )
    }
    missing = found - _template_ids()
    assert not missing, f"not extracted: {sorted(missing)[:10]}"
