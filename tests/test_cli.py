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
