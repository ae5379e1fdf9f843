"""`flask pes …` commands."""

from __future__ import annotations

from flask.testing import FlaskCliRunner
from sqlalchemy import func, select
from werkzeug.security import check_password_hash

from pes.extensions import db
from pes.models import StaffRole, StaffUser


def test_create_staff_hashes_the_password(runner: FlaskCliRunner) -> None:
    result = runner.invoke(
        args=["pes", "create-staff", "Dispatch@Example.com", "--role", "dispatcher"],
        env={"PES_STAFF_PASSWORD": "a long enough passphrase"},
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalars(select(StaffUser)).one()
    assert user.email == "dispatch@example.com"
    assert user.role is StaffRole.DISPATCHER
    assert user.password_hash != "a long enough passphrase"
    assert check_password_hash(user.password_hash, "a long enough passphrase")


def test_create_staff_refuses_duplicates_short_passwords_and_bad_emails(
    runner: FlaskCliRunner,
) -> None:
    env = {"PES_STAFF_PASSWORD": "a long enough passphrase"}
    ok = runner.invoke(args=["pes", "create-staff", "a@example.com", "--role", "editor"], env=env)
    assert ok.exit_code == 0
    again = runner.invoke(args=["pes", "create-staff", "A@example.com", "--role", "admin"], env=env)
    assert again.exit_code != 0
    assert "already has an account" in again.output
    short = runner.invoke(
        args=["pes", "create-staff", "b@example.com", "--role", "admin"],
        env={"PES_STAFF_PASSWORD": "short"},
    )
    assert short.exit_code != 0
    assert "at least 12 characters" in short.output
    bad = runner.invoke(args=["pes", "create-staff", "not-an-email", "--role", "admin"], env=env)
    assert bad.exit_code != 0
    assert "invalid email" in bad.output
    assert db.session.scalar(select(func.count()).select_from(StaffUser)) == 1
    unknown_role = runner.invoke(
        args=["pes", "create-staff", "c@example.com", "--role", "owner"], env=env
    )
    assert unknown_role.exit_code != 0


def test_demo_loads_a_complete_catalog_once(runner: FlaskCliRunner) -> None:
    from pes.models import (
        ContentPage,
        ContentPublication,
        HourlyRate,
        PageKind,
        Place,
        Tour,
        TourPrice,
        TransferRoute,
        Vehicle,
        VehicleClass,
    )

    result = runner.invoke(args=["pes", "demo"])
    assert result.exit_code == 0, result.output

    def count(model: type) -> int:
        return int(db.session.scalar(select(func.count()).select_from(model)) or 0)

    assert count(VehicleClass) == 3
    assert count(Vehicle) >= 3
    assert count(Place) >= 8
    assert count(TransferRoute) > 0
    assert count(HourlyRate) == 3
    tours = count(Tour)
    assert tours >= 8
    assert count(TourPrice) == tours * 3
    # Every page and every tour is published in all four languages.
    pages = count(ContentPage)
    assert count(ContentPublication) == pages * 4
    assert (
        db.session.scalar(
            select(func.count()).select_from(ContentPage).where(ContentPage.kind == PageKind.TOUR)
        )
        == tours
    )
    again = runner.invoke(args=["pes", "demo"])
    assert again.exit_code != 0
    assert "already has data" in again.output
    quiet = runner.invoke(args=["pes", "demo", "--if-empty"])
    assert quiet.exit_code == 0
    assert count(Tour) == tours


def test_home_shows_the_demo_catalog_in_each_language(runner: FlaskCliRunner) -> None:
    from flask import current_app

    assert runner.invoke(args=["pes", "demo"]).exit_code == 0
    client = current_app.test_client()
    english = client.get("/en/").get_data(as_text=True)
    french = client.get("/fr/").get_data(as_text=True)
    assert "Versailles" in english
    assert "Notre flotte" in french
    assert english != french
