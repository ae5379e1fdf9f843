"""axe-core (WCAG 2.1 A/AA rules) in Chromium on a phone: the home page, every funnel step —
with its errors shown — the manage page and a staff page have no violation."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from pes.extensions import db
from pes.models import BookingStatus, StaffRole, utcnow
from pes.services import access
from pes.services.staff import create_staff
from tests.factories import create_booking
from tests.funnel.conftest import future_day

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def violations(page: Any) -> list[str]:
    """axe's findings for the page as it is now ("rule: target" per failing node)."""
    # evaluate() runs through the DevTools protocol: the page's CSP does not block it.
    page.evaluate(AXE.read_text())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS
    )
    return [
        f"{item['id']}: {node['target']}" for item in result["violations"] for node in item["nodes"]
    ]


@pytest.mark.slow
def test_key_pages_have_no_accessibility_violation(
    live_server: str, browser: Any, phone: dict[str, object], app: Any
) -> None:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make assets` (npm ci)")
    context = browser.new_context(**phone, locale="en-GB")
    page = context.new_page()
    found: dict[str, list[str]] = {}

    def check(name: str) -> None:
        found[name] = violations(page)

    page.goto(f"{live_server}/en/")
    check("home")
    hero = page.locator("form.hero-form")
    hero.get_by_label("Date").fill(future_day(21).isoformat())
    hero.get_by_role("button").click()
    page.wait_for_url("**/en/book/date")
    page.get_by_label("Date").fill(future_day(0).isoformat())
    page.get_by_label("Pick-up time (Paris)").fill("00:15")  # in the past: refused
    page.get_by_role("button", name="Continue").click()
    page.locator(".field-error").first.wait_for()
    check("date with errors")
    page.get_by_label("Date").fill(future_day(21).isoformat())
    page.get_by_label("Pick-up time (Paris)").fill("10:30")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/en/book/vehicle")
    check("vehicle")
    page.locator("input[name=vehicle_class_id]:not([disabled])").first.check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/en/book/details")
    page.get_by_label("Full name").fill("Ana Souza")
    page.get_by_label("Email").fill("ana.souza@example.com")
    page.get_by_label("Mobile phone").fill("12")  # the browser accepts it; the server does not
    page.get_by_role("button", name="Continue").click()
    page.locator(".field-error").first.wait_for()
    check("details with errors")
    page.get_by_label("Mobile phone").fill("+351 912 345 678")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/en/book/pay")
    check("pay")
    page.goto(f"{live_server}/en/book/route")
    check("route")

    booking = create_booking(
        status=BookingStatus.CONFIRMED,
        pickup_at=utcnow() + timedelta(days=5),
        service_ends_at=utcnow() + timedelta(days=5, hours=1),
        customer_name="Ana Souza",
    )
    create_staff(email="dispatch@pariselite.example", role=StaffRole.DISPATCHER, password="p" * 12)
    db.session.commit()
    with app.test_request_context():
        token = access.make_token(booking, utcnow())
    page.goto(f"{live_server}/en/manage/{token}")
    check("manage booking")
    page.goto(f"{live_server}/en/manage/")
    check("manage request")
    page.goto(f"{live_server}/staff/login")
    page.get_by_label("Email").fill("dispatch@pariselite.example")
    page.get_by_label("Password").fill("p" * 12)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/staff/bookings")
    check("staff board")
    page.goto(f"{live_server}/staff/bookings/{booking.reference}")
    check("staff booking")
    context.close()
    assert {name: items for name, items in found.items() if items} == {}
