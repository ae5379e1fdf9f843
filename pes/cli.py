"""`flask --app wsgi pes …` commands (DESIGN §9). Each command is one transaction."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import func, select

from .extensions import db
from .models import StaffRole, VehicleClass, utcnow
from .services.uow import transaction

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

    with transaction() as session:
        loaded = load_demo(session)
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
        with transaction():
            user = create(email=email, role=StaffRole(role), password=password)
    except StaffError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"created {user.role.value} {user.email}")


@pes_cli.command("release-expired-holds")
def release_expired_holds() -> None:
    """Cancel lapsed payment holds and free their capacity (run every minute)."""
    from . import jobs

    click.echo(f"released {jobs.release_expired_holds()} expired hold(s)")


@pes_cli.command("relay-outbox")
def relay_outbox() -> None:
    """Hand every due, unsent email to a job again (run every minute)."""
    from . import jobs

    click.echo(f"relayed {jobs.relay_outbox()} email(s)")


@pes_cli.command("send-reminders")
def send_reminders() -> None:
    """Queue the reminders of tomorrow's pick-ups (run every 10 minutes)."""
    from . import jobs

    click.echo(f"queued {jobs.queue_reminders()} reminder(s)")


@pes_cli.command("purge-personal-data")
def purge_personal_data() -> None:
    """Anonymise personal data past its retention period (run daily)."""
    from . import jobs

    counts = jobs.purge_personal_data()
    click.echo(
        f"anonymised {counts['past_retention']} booking(s) past retention, "
        f"{counts['abandoned']} abandoned booking(s), {counts['emails']} old email(s)"
    )


@pes_cli.command("outbox")
@click.option("--status", type=click.Choice(["pending", "sent", "failed"]), default="failed")
@click.option("--limit", type=click.IntRange(1, 1000), default=50)
def outbox(status: str, limit: int) -> None:
    """List outbox emails (default: the failed ones, which need a human)."""
    from .models import OutboxEmail, OutboxStatus

    rows = db.session.scalars(
        select(OutboxEmail)
        .where(OutboxEmail.status == OutboxStatus(status))
        .order_by(OutboxEmail.id.desc())
        .limit(limit)
    )
    for row in rows:
        click.echo(
            f"{row.id}\t{row.kind}\t{row.booking.reference if row.booking else '-'}\t"
            f"attempts={row.attempts}\t{row.last_error[:120]}"
        )


@pes_cli.command("retry-email")
@click.argument("row_id", type=int)
def retry_email(row_id: int) -> None:
    """Put a failed email back in the queue (after fixing what made it fail)."""
    from .models import OutboxEmail, OutboxStatus
    from .services.email.dispatch import enqueue_email

    with transaction() as session:
        row = session.get(OutboxEmail, row_id)
        if row is None or row.status is OutboxStatus.SENT:
            raise click.ClickException(f"no unsent outbox row {row_id}")
        row.status = OutboxStatus.PENDING
        row.attempts = 0
        row.next_attempt_at = utcnow()
    enqueue_email(row_id)
    click.echo(f"email {row_id} queued again")


@pes_cli.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
@click.option("--with-scheduler/--without-scheduler", default=True, show_default=True)
def worker(burst: bool, with_scheduler: bool) -> None:
    """Run an RQ worker on the `emails` and `maintenance` queues (needs REDIS_URL)."""
    from rq import Worker

    from .services.email.dispatch import EMAIL_QUEUE, MAINTENANCE_QUEUE, redis_connection

    connection = redis_connection()
    if connection is None:
        raise click.ClickException("REDIS_URL is not set: jobs run in-process, no worker needed")
    Worker([EMAIL_QUEUE, MAINTENANCE_QUEUE], connection=connection).work(
        burst=burst, with_scheduler=with_scheduler
    )


@pes_cli.command("verify-inventory")
def verify_inventory() -> None:
    """Recompute every slot's `taken`; exit 1 listing the differences."""
    from .services.inventory_check import verify_inventory as verify

    problems = verify(db.session())
    for problem in problems:
        click.echo(str(problem), err=True)
    if problems:
        raise SystemExit(1)
    click.echo("inventory consistent")


@pes_cli.command("reconcile-payments")
def reconcile_payments() -> None:
    """Ask the payment provider about bookings whose webhook never arrived, and apply it."""
    from . import jobs

    outcomes = jobs.reconcile_payments()
    summary = ", ".join(f"{name}: {count}" for name, count in sorted(outcomes.items()))
    click.echo(f"reconciled ({summary})")


@pes_cli.command("generate-slots")
@click.option("--days", type=click.IntRange(1, 800), default=None, help="Default: the horizon.")
def generate_slots(days: int | None) -> None:
    """Create the slot rows of the booking horizon (reservations also create them lazily)."""
    from flask import current_app

    from .services import inventory
    from .services.windows import InventoryRules

    rules = InventoryRules.from_config()
    horizon = days or int(current_app.config["PES_HORIZON_DAYS"])
    with transaction(lock_inventory=True) as session:
        count = inventory.ensure_horizon_slots(session, utcnow(), horizon, rules)
    click.echo(f"{count} slot(s) present for the next {horizon} day(s)")


def init_app(app: Flask) -> None:
    app.cli.add_command(pes_cli)
