"""Staff login: one message for every failure, lockout, rate limit, session rotation,
logout that really ends the session."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from pes.extensions import db, limiter
from pes.models import StaffRole, StaffUser
from pes.services.staff import MAX_FAILED_LOGINS
from tests.staff.conftest import PASSWORD, csrf_token, log_in, make_staff

FAILURE = "Wrong email or password."


def _attempt(client: FlaskClient, email: str, password: str) -> tuple[int, str]:
    token = csrf_token(client, "/staff/login")
    response = client.post(
        "/staff/login", data={"csrf_token": token, "email": email, "password": password}
    )
    assert response.mimetype == "text/html"  # a page, even when the answer is an error
    return response.status_code, response.get_data(as_text=True)


def _without_tokens(html: str) -> str:
    return re.sub(r'value="[^"]*"', "", html)


def test_wrong_password_unknown_user_and_locked_account_look_the_same(app: Flask) -> None:
    make_staff(StaffRole.DISPATCHER, email="dispatch@pariselite.example")
    make_staff(StaffRole.DISPATCHER, email="gone@pariselite.example", active=False)
    client = app.test_client()
    answers = [
        _attempt(client, "dispatch@pariselite.example", "wrong password!"),
        _attempt(client, "nobody@pariselite.example", PASSWORD),
        _attempt(client, "gone@pariselite.example", PASSWORD),
    ]
    assert {status for status, _ in answers} == {422}
    bodies = {_without_tokens(body) for _, body in answers}
    assert len(bodies) == 1
    assert FAILURE in answers[0][1]


def test_an_account_locks_after_repeated_failures(app: Flask) -> None:
    user = make_staff(StaffRole.DISPATCHER)
    client = app.test_client()
    for _ in range(MAX_FAILED_LOGINS):
        limiter.reset()  # this test is about the account lock, not the per-IP limit
        status, _ = _attempt(client, user.email, "not the password")
        assert status == 422
    db.session.expire_all()
    locked = db.session.get(StaffUser, user.id)
    assert locked is not None
    assert locked.locked_until is not None
    limiter.reset()
    status, body = _attempt(client, user.email, PASSWORD)  # the right password, locked
    assert status == 422
    assert FAILURE in body


def test_the_login_is_rate_limited(app: Flask) -> None:
    client = app.test_client()
    statuses = [_attempt(client, "someone@pariselite.example", "guess")[0] for _ in range(11)]
    assert statuses[:10] == [422] * 10
    assert statuses[10] == 429


def test_the_session_changes_at_login_and_dies_at_logout(app: Flask) -> None:
    user = make_staff(StaffRole.DISPATCHER)
    client = app.test_client()
    with client.session_transaction() as before:
        before["planted"] = "by an attacker"  # session fixation attempt
    assert log_in(client, user.email) == 303
    with client.session_transaction() as after:
        assert "planted" not in after
        first_sid = after["sid"]
        stolen = dict(after)  # a copy of the logged-in cookie
    assert client.get("/staff/bookings").status_code == 200

    other = app.test_client()
    assert log_in(other, user.email) == 303
    with other.session_transaction() as second:
        assert second["sid"] != first_sid

    token = csrf_token(client, "/staff/bookings")
    assert client.post("/staff/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/staff/bookings").status_code == 302  # to the login page

    replay = app.test_client()
    with replay.session_transaction() as session:
        session.update(stolen)
    response = replay.get("/staff/bookings")
    assert response.status_code == 302
    assert "/staff/login" in response.headers["Location"]
    # Logging out ended every session of the account, the other device's too.
    assert other.get("/staff/bookings").status_code == 302


def test_next_only_goes_inside_the_staff_area(app: Flask) -> None:
    user = make_staff(StaffRole.DISPATCHER)
    client = app.test_client()
    redirect = client.get("/staff/bookings?day=2027-01-01")
    assert redirect.status_code == 302
    assert "next=" in redirect.headers["Location"]
    token = csrf_token(client, "/staff/login")
    data = {"csrf_token": token, "email": user.email, "password": PASSWORD}
    evil = client.post("/staff/login?next=//evil.example/x", data=data)
    assert evil.headers["Location"] == "/staff/"


def test_staff_screens_follow_the_members_language(app: Flask, logged_in: object) -> None:
    client = logged_in(StaffRole.DISPATCHER)  # type: ignore[operator]
    assert "<h1>Bookings</h1>" in client.get("/staff/bookings").get_data(as_text=True)
    token = csrf_token(client, "/staff/bookings")
    client.post(
        "/staff/language", data={"csrf_token": token, "locale": "fr", "next": "/staff/bookings"}
    )
    page = client.get("/staff/bookings", headers={"Accept-Language": "en"})
    assert '<html lang="fr">' in page.get_data(as_text=True)


def test_with_redis_the_limit_is_kept_in_redis_for_every_instance(
    database_url: str, redis_url: str
) -> None:
    """Several gunicorn instances share the counters only if they live in Redis."""
    from redis import Redis

    from tests.support.app import make_app

    connection = Redis.from_url(redis_url)
    connection.flushdb()
    app = make_app(database_url, redis_url=redis_url)
    with app.app_context():
        limiter.reset()
        client = app.test_client()
        statuses = [_attempt(client, "someone@pariselite.example", "guess")[0] for _ in range(11)]
        db.session.remove()
        db.engine.dispose()
    assert statuses[-1] == 429
    keys = [key.decode() for key in connection.keys("LIMITS*")]
    assert any("staff.login" in key or "login" in key for key in keys), keys
