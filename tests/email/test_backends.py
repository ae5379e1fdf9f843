"""The backends: SMTP with STARTTLS and AUTH, Resend's HTTP API (a local fake at the HTTP
boundary), files, the console — and the one at-least-once edge."""

from __future__ import annotations

import json
import os
import subprocess
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult

from pes.models import OutboxStatus
from pes.services.email import deliver, outbox
from tests.email.conftest import AppFactory, make_booking, outbox_rows
from tests.email.test_outbox import _queue_confirmation
from tests.support.http import free_port
from tests.support.smtp import Mailbox, smtp_server


class FakeResend:
    """Records `POST /emails`; answers with the scripted statuses, then 200."""

    def __init__(self) -> None:
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []
        self.statuses: list[int] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append((dict(self.headers.items()), body))
                status = fake.statuses.pop(0) if fake.statuses else 200
                answer = (
                    {"id": f"re_{len(fake.requests)}"}
                    if status == 200
                    else {
                        "statusCode": status,
                        "message": "The server could not process the request.",
                    }
                )
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                """Quiet: the assertions say what was received."""

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def __enter__(self) -> FakeResend:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_resend() -> Iterator[FakeResend]:
    with FakeResend() as fake:
        yield fake


RESEND_KEY = "re_test_key_only_in_the_environment"


class WorkerDied(BaseException):
    """Stands for SIGKILL between the API's answer and the `sent` mark."""


def test_resend_gets_the_same_idempotency_key_and_message_id_when_a_send_is_repeated(
    make_mail_app: AppFactory, fake_resend: FakeResend, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_mail_app(
        backend="resend",
        resend_api_key=RESEND_KEY,
        resend_api_base=fake_resend.url,
        lease_seconds=0,
    )
    real_record_sent = outbox.record_sent

    def die(row_id: int, now: Any) -> None:
        raise WorkerDied

    monkeypatch.setattr(outbox, "record_sent", die)
    booking = make_booking(locale="es")
    with pytest.raises(WorkerDied):
        _queue_confirmation(booking.id)  # the in-process job "dies" after the handoff
    (row,) = outbox_rows()
    assert (row.status, row.attempts, row.sent_at) == (OutboxStatus.PENDING, 1, None)

    monkeypatch.setattr(outbox, "record_sent", real_record_sent)
    assert deliver(row.id) == "sent"  # what the relay's job does once the lease is over
    assert deliver(row.id) == "skipped"
    first, second = fake_resend.requests
    assert first[0]["Idempotency-Key"] == second[0]["Idempotency-Key"] == f"pes-outbox-{row.id}"
    assert first[1]["headers"]["Message-ID"] == second[1]["headers"]["Message-ID"] == row.message_id
    headers, body = first
    assert headers["Authorization"] == f"Bearer {RESEND_KEY}"
    assert body["to"] == ["ana.souza@example.com"]
    assert "PES-7K3M9Q" in body["subject"]
    assert body["text"]
    assert body["html"]
    (attachment,) = body["attachments"]
    assert attachment["filename"] == "PES-7K3M9Q.ics"
    assert attachment["content_type"] == "text/calendar"


def test_resend_errors_are_retried_and_the_key_is_never_recorded(
    make_mail_app: AppFactory, fake_resend: FakeResend
) -> None:
    make_mail_app(backend="resend", resend_api_key=RESEND_KEY, resend_api_base=fake_resend.url)
    fake_resend.statuses = [500, 429]
    row_id = _queue_confirmation(make_booking().id)
    (row,) = outbox_rows()
    assert row.status is OutboxStatus.PENDING
    assert "Resend answered 500" in row.last_error
    assert deliver(row_id) == "retry"
    assert deliver(row_id) == "sent"
    (row,) = outbox_rows()
    assert row.status is OutboxStatus.SENT
    assert RESEND_KEY not in row.last_error
    assert len(fake_resend.requests) == 3


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (trusted through SSL_CERT_FILE below)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def test_smtp_with_starttls_and_login(
    make_mail_app: AppFactory,
    certificate: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ssl

    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts our test CA only
    logins: list[tuple[str, str]] = []

    def authenticator(
        server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        ok = (auth_data.login, auth_data.password) == (b"mailer", b"s3cret-from-env")
        return AuthResult(success=ok)

    with smtp_server(
        tls_context=context, require_starttls=True, authenticator=authenticator, auth_required=True
    ) as secure:
        make_mail_app(
            smtp_host=secure.host,
            smtp_port=secure.port,
            smtp_security="starttls",
            smtp_username="mailer",
            smtp_password="s3cret-from-env",
        )
        _queue_confirmation(make_booking().id)
        (row,) = outbox_rows()
        assert row.status is OutboxStatus.SENT, row.last_error
        assert logins == [("mailer", "s3cret-from-env")]
        assert len(secure.messages) == 1


def test_the_file_backend_writes_one_eml_per_message(
    make_mail_app: AppFactory, tmp_path: Path
) -> None:
    make_mail_app(backend="file", file_dir=str(tmp_path))
    _queue_confirmation(make_booking().id)
    (row,) = outbox_rows()
    files = os.listdir(tmp_path)
    assert len(files) == 1
    message = message_from_bytes((tmp_path / files[0]).read_bytes(), policy=policy.default)
    assert message["Message-ID"] == row.message_id


def test_the_console_backend_prints_the_message(
    make_mail_app: AppFactory, capsys: pytest.CaptureFixture[str], mailbox: Mailbox
) -> None:
    make_mail_app(backend="console")
    _queue_confirmation(make_booking().id)
    printed = capsys.readouterr().out
    assert "Subject: Your chauffeur is booked" in printed
    assert mailbox.messages == []
