"""Editors see every page and which languages are missing."""

from __future__ import annotations

from flask import Flask

from pes.demo import load_demo
from pes.extensions import db
from pes.models import ContentPage, ContentPublication, StaffRole
from tests.staff.conftest import LoggedIn


def test_the_editor_sees_the_missing_translations(app: Flask, logged_in: LoggedIn) -> None:
    load_demo(db.session())
    page = db.session.query(ContentPage).filter_by(slug="about").one()
    db.session.query(ContentPublication).filter_by(page_id=page.id, locale="pt").delete()
    db.session.commit()
    client = logged_in(StaffRole.EDITOR)
    html = client.get("/staff/content").get_data(as_text=True)
    row = html.split("<td>about ", 1)[1].split("</tr>", 1)[0]
    assert row.count("Translation missing") == 1
    assert html.count("Translation missing") == 1
