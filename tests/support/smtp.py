"""A real SMTP server for the tests (aiosmtpd), with scripted refusals."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from tests.support.http import free_port


class Mailbox:
    """What the server received. `refuse(...)` makes the next DATA commands answer with
    the given SMTP replies (e.g. "451 4.3.0 Try again later"), one per message."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refusals: deque[str] = deque()
        self.on_message: Callable[[EmailMessage], None] | None = None
        self.host = "127.0.0.1"
        self.port = 0
        self._lock = threading.Lock()

    def refuse(self, *replies: str) -> None:
        self.refusals.extend(replies)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            if self.refusals:
                return self.refusals.popleft()
            message = message_from_bytes(envelope.content, policy=policy.default)
            assert isinstance(message, EmailMessage)
            message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
            self.messages.append(message)
        if self.on_message is not None:
            self.on_message(message)
        return "250 2.0.0 Message accepted for delivery"

    def message_ids(self) -> list[str]:
        return [str(message["Message-ID"]) for message in self.messages]


@contextmanager
def smtp_server(**controller_options: Any) -> Iterator[Mailbox]:
    mailbox = Mailbox()
    mailbox.port = free_port()
    controller = Controller(mailbox, hostname=mailbox.host, port=mailbox.port, **controller_options)
    controller.start()
    try:
        yield mailbox
    finally:
        controller.stop()
