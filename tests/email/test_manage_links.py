"""The links emails carry: reference + email → a magic link by email (same answer whether
or not the pair exists); a signed, expiring token shows one booking and nothing else."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import icalendar
from flask.testing import FlaskClient

from pes.extensions import db
from pes.models import BookingStatus
from pes.services import access
from tests.email.conftest import AppFactory, make_booking, outbox_rows
from tests.support.http import CSRF
from tests.support.smtp import Mailbox

LINK = re.compile(r"https://www\.pariselite\.example(/\w\w/manage/[\w.-]+)")


def _ask(client: FlaskClient, reference: str, email: str, lang: str = "en") -> tuple[int, str]:
    form = client.get(f"/{lang}/manage/")
    token = CSRF.search(form.get_data(as_text=True))
    assert token
    response = client.post(
        f"/{lang}/manage/",
        data={"csrf_token": token.group(1), "reference": reference, "email": email},
    )
    return response.status_code, response.get_data(as_text=True)


def test_the_magic_link_arrives_only_for_the_right_pair_and_the_answer_is_the_same(
    make_mail_app: AppFactory, mailbox: Mailbox
) -> None:
    app = make_mail_app()
    make_booking(locale="fr")
    client = app.test_client()
    answers = [
        _ask(client, "PES-NOSUCH", "ana.souza@example.com"),
        _ask(client, "PES-7K3M9Q", "someone.else@example.com"),
        _ask(client, " pes-7k3m9q ", "Ana.Souza@Example.com"),  # typed on a phone
    ]
    statuses = {status for status, _ in answers}
    assert statuses == {200}
    bodies = [re.sub(r"[\w.+-]+@[\w.-]+", "EMAIL", body) for _, body in answers]
    bodies = [CSRF.sub("", body) for body in bodies]
    assert bodies[0] == bodies[1] == bodies[2]  # nothing tells which pair exists
    (row,) = outbox_rows()
    assert (row.kind, row.locale) == ("manage_link", "fr")  # the booking's language
    (message,) = mailbox.messages
    text = message.get_body(("plain",))
    assert text is not None
    link = LINK.search(text.get_content())
    assert link
    page = client.get(link.group(1))
    assert page.status_code == 200
    assert "PES-7K3M9Q" in page.get_data(as_text=True)
    assert (
        page.headers.get("Cache-Control") is None or "public" not in page.headers["Cache-Control"]
    )


def test_the_form_explains_what_is_missing(make_mail_app: AppFactory) -> None:
    client = make_mail_app().test_client()
    status, body = _ask(client, "", "not-an-email", lang="es")
    assert status == 422
    assert "aria-invalid" in body
    assert outbox_rows() == []


def test_a_tampered_foreign_or_expired_link_is_a_404(make_mail_app: AppFactory) -> None:
    app = make_mail_app()
    mine = make_booking()
    other = make_booking(reference="PES-OTHER1", customer_email="other@example.com")
    client = app.test_client()
    now = datetime.now(UTC)
    with app.test_request_context():
        good = access.make_token(mine, now)
        foreign = access.make_token(other, now)
        past = mine.pickup_at - timedelta(days=400)
        mine.pickup_at = past  # a trip long over: its link has lapsed
        expired = access.make_token(mine, past)
    db.session.rollback()  # the trip was moved only to sign that token
    assert client.get(f"/en/manage/{good}").status_code == 200
    assert "PES-OTHER1" not in client.get(f"/en/manage/{good}").get_data(as_text=True)
    payload, signature = good.rsplit(".", 1)
    for token in [
        f"{foreign.rsplit('.', 1)[0]}.{signature}",  # another booking with my signature
        f"{payload}.{signature[:-2]}xx",
        expired,
        "nothing",
    ]:
        response = client.get(f"/en/manage/{token}")
        assert response.status_code == 404, token
        assert "PES-7K3M9Q" not in response.get_data(as_text=True)


def test_an_unpaid_booking_can_be_paid_from_its_link_and_a_paid_one_downloads_its_calendar(
    make_mail_app: AppFactory,
) -> None:
    app = make_mail_app()
    unpaid = make_booking(status=BookingStatus.PENDING_PAYMENT)
    client = app.test_client()
    with app.test_request_context():
        token = access.make_token(unpaid, datetime.now(UTC))
    page = client.get(f"/en/manage/{token}")
    csrf = CSRF.search(page.get_data(as_text=True))
    assert csrf
    assert client.get(f"/en/manage/{token}/calendar.ics").status_code == 404
    paid = client.post(f"/en/manage/{token}/pay", data={"csrf_token": csrf.group(1)})
    assert paid.status_code == 303
    assert "/simulated-pay/cs_sim_" in paid.headers["Location"]
    assert client.post(f"/en/manage/{token}/pay").status_code == 400  # no CSRF token

    confirmed = make_booking(reference="PES-PAID01")
    with app.test_request_context():
        token = access.make_token(confirmed, datetime.now(UTC))
    ics = client.get(f"/pt/manage/{token}/calendar.ics")
    assert ics.status_code == 200
    assert ics.mimetype == "text/calendar"
    (event,) = icalendar.Calendar.from_ical(ics.data).events
    assert event.decoded("DTSTART").astimezone(UTC) == confirmed.pickup_at
