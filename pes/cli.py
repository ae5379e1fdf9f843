"""`flask --app wsgi pes …` commands (DESIGN §9). Each command is one transaction."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import func, select

from .extensions import db
from .models import StaffRole, VehicleClass

pes_cli = AppGroup("pes", help="Paris Elite Services operations.")


@pes_cli.command("upgrade-db")
def upgrade_db() -> None:
    """Create the database or upgrade it to the latest migration."""
    from flask_migrate import upgrade

    upgrade()
    click.echo("database at head")


@pes_cli.command("demo")
@click.option("--if-empty", is_flag=True, help="Do nothing (and succeed) if data exists.")
def demo(if_empty: bool) -> None:
    """Load the demo catalog, fleet, tours and pages."""
    from .demo import load_demo

    loaded = load_demo(db.session())
    db.session.commit()
    if loaded:
        classes = db.session.scalar(select(func.count()).select_from(VehicleClass))
        click.echo(f"demo data loaded ({classes} vehicle classes)")
    elif if_empty:
        click.echo("data already present, demo not loaded")
    else:
        raise click.ClickException("the database already has data; demo not loaded")


@pes_cli.command("create-staff")
@click.argument("email")
@click.option("--role", type=click.Choice([role.value for role in StaffRole]), required=True)
@click.password_option(envvar="PES_STAFF_PASSWORD", help="Or set PES_STAFF_PASSWORD.")
def create_staff(email: str, role: str, password: str) -> None:
    """Create a staff account (admin, dispatcher or editor)."""
    from .services.staff import StaffError
    from .services.staff import create_staff as create

    try:
        user = create(email=email, role=StaffRole(role), password=password)
    except StaffError as exc:
        raise click.ClickException(str(exc)) from exc
    db.session.commit()
    click.echo(f"created {user.role.value} {user.email}")


def init_app(app: Flask) -> None:
    app.cli.add_command(pes_cli)
