"""Chromium visits every public page: no request leaves the site, and the only cookies are
the strictly necessary ones the cookies page lists (so no consent banner is needed)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from pes.config import LOCALES
from pes.extensions import db
from pes.models import Tour
from pes.public.pages import PAGES

#: The cookies the site sets, as the cookies page explains them.
ALLOWED_COOKIES = {"session", "pes_lang"}


@pytest.mark.slow
def test_public_pages_call_nobody_else_and_set_only_necessary_cookies(
    live_server: str, browser: Any, phone: dict[str, object]
) -> None:
    context = browser.new_context(**phone, locale="en-GB")
    page = context.new_page()
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(live_server) else None
        ),
    )
    tours = list(db.session.scalars(select(Tour.slug).where(Tour.active)))
    paths = [page_.rule for page_ in PAGES] + [f"/tours/{slug}" for slug in tours]
    visited = 0
    for locale in LOCALES:
        for path in paths:
            response = page.goto(f"{live_server}/{locale}{path}")
            assert response is not None
            assert response.status == 200, path
            visited += 1
    page.goto(f"{live_server}/")
    assert visited == len(paths) * len(LOCALES)
    assert outside == []
    names = {cookie["name"] for cookie in context.cookies()}
    assert names <= ALLOWED_COOKIES, names
    assert "pes_lang" in names  # the language choice is remembered
    for locale in LOCALES:  # the cookies page names each of them, in every language
        assert page.goto(f"{live_server}/{locale}/cookies") is not None
        text = page.inner_text("main")
        for name in (*ALLOWED_COOKIES, "__Host-session"):
            assert name in text, f"the {locale} cookies page does not explain {name}"
    context.close()
