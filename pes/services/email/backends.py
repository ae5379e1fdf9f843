"""Where a rendered message goes (DESIGN §7): the console or files (default), an SMTP
server (TLS, auth), or Resend's HTTP API. Chosen by `PES_EMAIL_BACKEND`; credentials come
from the environment only.

Every backend raises `DeliveryError` when the message was not accepted; the job retries.
"""

from __future__ import annotations

import base64
import json
import os
import smtplib
import ssl
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate
from typing import Protocol

from flask import current_app

from ...config import EmailSettings


class DeliveryError(Exception):
    """The server or API did not take the message (the job will retry)."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    mimetype: str  # "text/calendar"
    data: bytes
    params: dict[str, str] = field(default_factory=dict)  # {"method": "PUBLISH"}


@dataclass(frozen=True)
class OutgoingEmail:
    message_id: str  # "<…@domain>", fixed by the outbox row
    idempotency_key: str
    sender: str
    recipient: str
    subject: str
    text: str
    html: str
    language: str
    attachments: list[Attachment] = field(default_factory=list)

    def as_mime(self) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = self.subject
        message["From"] = self.sender
        message["To"] = self.recipient
        message["Date"] = formatdate(localtime=False, usegmt=True)
        message["Message-ID"] = self.message_id
        message["Auto-Submitted"] = "auto-generated"
        message.set_content(self.text)
        message.add_alternative(self.html, subtype="html")
        for attachment in self.attachments:
            maintype, _, subtype = attachment.mimetype.partition("/")
            message.add_attachment(
                attachment.data,
                maintype=maintype,
                subtype=subtype,
                filename=attachment.filename,
                params=attachment.params,
            )
        message["Content-Language"] = self.language  # after the body: set_content drops it
        return message


class EmailBackend(Protocol):
    def send(self, email: OutgoingEmail) -> None: ...


class ConsoleBackend:
    """Prints the whole message to standard output (the `make run` default)."""

    def send(self, email: OutgoingEmail) -> None:
        sys.stdout.write(email.as_mime().as_string() + "\n" + "-" * 72 + "\n")
        sys.stdout.flush()


class FileBackend:
    """Writes one `.eml` file per message (named after its Message-ID: a re-send overwrites)."""

    def __init__(self, directory: str) -> None:
        self.directory = directory

    def send(self, email: OutgoingEmail) -> None:
        os.makedirs(self.directory, exist_ok=True)
        name = "".join(
            c if c.isalnum() or c in "-._" else "_" for c in email.message_id.strip("<>")
        )
        path = os.path.join(self.directory, name + ".eml")
        with open(path + ".tmp", "wb") as handle:
            handle.write(email.as_mime().as_bytes())
        os.replace(path + ".tmp", path)


class SmtpBackend:
    def __init__(self, settings: EmailSettings) -> None:
        self.settings = settings

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = ssl.create_default_context()
        if s.smtp_security == "ssl":
            return smtplib.SMTP_SSL(
                s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds, context=context
            )
        client = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout_seconds)
        if s.smtp_security == "starttls":
            client.starttls(context=context)
        return client

    def send(self, email: OutgoingEmail) -> None:
        try:
            with self._connect() as client:
                if self.settings.smtp_username:
                    client.login(self.settings.smtp_username, self.settings.smtp_password or "")
                refused = client.send_message(email.as_mime())
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"SMTP: {exc}") from exc
        if refused:
            raise DeliveryError(f"SMTP refused recipients: {refused}")


class ResendBackend:
    """Resend's `POST /emails`, with an idempotency key: a re-send after a crash is
    recognised by the API instead of delivered twice (within its 24-hour window)."""

    def __init__(self, settings: EmailSettings) -> None:
        if not settings.resend_api_key:
            raise RuntimeError("PES_EMAIL_BACKEND=resend needs RESEND_API_KEY")
        self.api_key = settings.resend_api_key
        self.url = settings.resend_api_base.rstrip("/") + "/emails"
        self.timeout = settings.smtp_timeout_seconds

    def send(self, email: OutgoingEmail) -> None:
        body = {
            "from": email.sender,
            "to": [email.recipient],
            "subject": email.subject,
            "html": email.html,
            "text": email.text,
            "headers": {"Message-ID": email.message_id, "Content-Language": email.language},
            "attachments": [
                {
                    "filename": a.filename,
                    "content": base64.b64encode(a.data).decode("ascii"),
                    "content_type": a.mimetype,
                }
                for a in email.attachments
            ],
        }
        request = urllib.request.Request(  # noqa: S310 (https URL from the configuration)
            self.url,
            data=json.dumps(body).encode(),
            method="POST",
            headers={
                "Authorization": f"Bearer {self.api_key}",
                "Content-Type": "application/json",
                "Idempotency-Key": email.idempotency_key,
                "User-Agent": "pes-booking",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:500].decode(errors="replace")
            raise DeliveryError(f"Resend answered {exc.code}: {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise DeliveryError(f"Resend unreachable: {exc}") from exc


def get_backend() -> EmailBackend:
    name = current_app.config["PES_EMAIL_BACKEND"]
    settings: EmailSettings = current_app.config["PES_EMAIL"]
    if name == "smtp":
        return SmtpBackend(settings)
    if name == "resend":
        return ResendBackend(settings)
    if name == "file":
        return FileBackend(settings.file_dir or os.path.join(current_app.instance_path, "emails"))
    return ConsoleBackend()
