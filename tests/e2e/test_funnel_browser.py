"""The whole funnel in a real browser on a phone viewport, from the home page's hero form to
the pay hand-over — once with JavaScript (htmx swaps, URL pushed) and once without (plain
forms and 303 redirects). Screenshots of each step go to test-artifacts/e2e/."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from pes.extensions import db
from pes.models import Booking, BookingStatus
from tests.e2e.conftest import ARTIFACTS
from tests.funnel.conftest import future_day


@pytest.mark.slow
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_phone_customer_books_from_the_hero_form(
    live_server: str, browser: Any, phone: dict[str, object], javascript: bool
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    prefix = "js" if javascript else "nojs"
    context = browser.new_context(**phone, java_script_enabled=javascript, locale="en-GB")
    page = context.new_page()
    htmx_requests: list[str] = []
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            htmx_requests.append(request.url)
            if request.headers.get("hx-request") == "true"
            else None
        ),
    )
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(live_server) else None
        ),
    )
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    console: list[str] = []  # a CSP violation is reported here ("Refused to …")
    page.on(
        "console",
        lambda message: (
            console.append(f"{page.url} {message.location} {message.text}")
            if message.type in ("error", "warning")
            else None
        ),
    )

    def shot(name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{prefix}-{name}.png"), full_page=True)

    page.goto(f"{live_server}/en/")
    shot("0-home")
    hero = page.locator("form.hero-form")
    hero.get_by_label("Pick-up").select_option(label="Paris Charles de Gaulle Airport (CDG)")
    hero.get_by_label("Date").fill(future_day(21).isoformat())
    hero.get_by_label("Passengers").fill("2")
    hero.get_by_role("button").click()

    page.wait_for_url("**/en/book/date")
    assert page.get_by_label("Date").input_value() == future_day(21).isoformat()
    shot("1-date")
    page.get_by_label("Pick-up time (Paris)").fill("10:30")
    page.get_by_role("button", name="Continue").click()

    page.wait_for_url("**/en/book/vehicle")
    page.locator("input[name=vehicle_class_id]:not([disabled])").first.check()
    shot("2-vehicle")
    page.get_by_role("button", name="Continue").click()

    page.wait_for_url("**/en/book/details")
    page.get_by_label("Full name").fill("Ana Souza")
    page.get_by_label("Email").fill("ana.souza@example.com")
    page.get_by_label("Mobile phone").fill("12")  # the browser accepts it; the server does not
    page.get_by_role("button", name="Continue").click()
    page.locator("#customer_phone-error").wait_for()
    assert page.get_by_label("Mobile phone").get_attribute("aria-invalid") == "true"
    if javascript:  # focus moved to the field in error after the swap
        # htmx focuses the [autofocus] field when the swap settles, a moment after the swap.
        page.wait_for_function("document.activeElement?.id === 'customer_phone'", timeout=5000)
    shot("3-details-errors")
    page.get_by_label("Mobile phone").fill("+351 912 345 678")
    page.get_by_role("button", name="Continue").click()

    page.wait_for_url("**/en/book/pay")
    shot("4-pay")
    page.get_by_label("I accept the terms and the cancellation policy").check()
    page.get_by_role("button", name="Pay").click()
    page.wait_for_url("**/simulated-pay/**")
    shot("5-provider")
    page.get_by_role("button", name="Pay successfully").click()
    page.wait_for_url("**/en/book/confirmation")
    page.get_by_text("Your booking is confirmed").wait_for()
    shot("6-confirmed")

    if javascript:
        assert htmx_requests, "the steps should have been swapped by htmx"
    else:
        assert htmx_requests == []
    assert errors == []
    assert outside == []
    assert [
        line for line in console if "Content Security Policy" in line or "Refused" in line
    ] == []
    # The only console message: the browser noting the 422 of the details step's errors.
    assert [line for line in console if "422" not in line] == []
    context.close()
    db.session.rollback()
    booking = db.session.scalars(select(Booking)).one()
    assert booking.status is BookingStatus.CONFIRMED
    assert booking.passengers == 2
