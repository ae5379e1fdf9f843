"""Logs carry a request id and never a customer's full email address or phone number."""

from __future__ import annotations

import json
import logging

import pytest
from flask import Flask
from flask.testing import FlaskClient

from pes.logs import JsonFormatter, mask
from tests.funnel.conftest import CSRF, Funnel


def test_mask_hides_emails_and_phones_but_not_references_dates_or_prices() -> None:
    assert mask("to ana.souza@example.com") == "to a***@example.com"
    assert mask("+351912345678 and +33 6 12 34 56 78") == "351*******78 and 336******78"
    kept = "PES-7K3M9Q 2027-07-14 08:30 €95.00 slot 123456789 cs_sim_abc"
    assert mask(kept) == kept


def test_a_whole_booking_logs_no_email_or_phone(
    demo: Flask, client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    demo.config["PES_EMAIL_BACKEND"] = "file"  # sent in-process, not printed
    caplog.set_level(logging.DEBUG)
    logging.getLogger("pes").warning("customer %s, %s", "ana.souza@example.com", "+351912345678")
    funnel = Funnel(client)
    assert funnel.route_transfer().status_code == 303
    assert funnel.date().status_code == 303
    assert funnel.vehicle().status_code == 303
    assert funnel.details().status_code == 303
    pay = funnel.post("pay", {"accept_terms": "y"})
    provider = pay.headers["Location"]
    page = client.get(provider)
    token = CSRF.search(page.get_data(as_text=True))
    assert token
    paid = client.post(provider, data={"csrf_token": token.group(1), "action": "succeed"})
    assert paid.status_code == 303
    assert caplog.records, "nothing was logged at all"
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "a***@example.com" in text  # the planted line, masked
    for secret in ("ana.souza@example.com", "+351912345678", "351912345678"):
        assert secret not in text
        assert secret not in caplog.text


def test_every_response_has_a_request_id_that_logs_carry(
    app: Flask, client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    fresh = client.get("/healthz")
    assert len(fresh.headers["X-Request-ID"]) == 32
    given = client.get("/healthz", headers={"X-Request-ID": "lb-abcdef123456"})
    assert given.headers["X-Request-ID"] == "lb-abcdef123456"
    forged = client.get("/healthz", headers={"X-Request-ID": "<script>"})
    assert forged.headers["X-Request-ID"] != "<script>"

    caplog.set_level(logging.INFO)
    with app.test_request_context(headers={"X-Request-ID": "req-1234567890"}):
        app.preprocess_request()  # the before-request hooks, as for a real request
        logging.getLogger("pes.test").info("inside the request")
    (record,) = [r for r in caplog.records if r.getMessage() == "inside the request"]
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "req-1234567890"
    assert line["level"] == "INFO"
    assert line["message"] == "inside the request"
