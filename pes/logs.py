"""Logs (DESIGN §9, GDPR): one JSON object per line with a request id that follows the work
into webhooks and jobs — and never a customer's full email address or phone number.

Masking happens when a record is *created* (a log-record factory), so every handler —
files, stderr, a test's capture — only ever sees the masked text.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from flask import Flask, g, has_request_context, request
from werkzeug.wrappers import Response

EMAIL = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
#: Phone numbers as the site stores them (E.164, `+` then digits), spaced or not.
PHONE = re.compile(r"\+\d[\d ().-]{6,}\d")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

#: The request id outside a request (an RQ job carries it over from the request).
current_request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "pes_request_id", default=None
)


def mask(text: str) -> str:
    """`ana.souza@example.com` → `a***@example.com`; `+351 912 345 678` → `+35*******78`."""
    text = EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)

    def phone(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) < 8:
            return match.group(0)
        return digits[:3] + "*" * (len(digits) - 5) + digits[-2:]

    return PHONE.sub(phone, text)


def request_id() -> str | None:
    if has_request_context():
        value = g.get("request_id")
        return str(value) if value else None
    return current_request_id.get()


_base_factory: Callable[..., logging.LogRecord] | None = None


def _masking_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    assert _base_factory is not None
    record = _base_factory(*args, **kwargs)
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: leave it to the handler to report
        return record
    masked = mask(message)
    if masked != message:
        record.msg, record.args = masked, None
    record.request_id = request_id()
    return record


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if getattr(record, "request_id", None):
            entry["request_id"] = record.__dict__["request_id"]
        if record.exc_info:
            entry["exception"] = mask(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def install_masking() -> None:
    """Mask personal data in every log record of the process (idempotent)."""
    global _base_factory
    if _base_factory is None:
        _base_factory = logging.getLogRecordFactory()
        logging.setLogRecordFactory(_masking_factory)


def init_app(app: Flask) -> None:
    install_masking()
    if not app.testing and not logging.getLogger().handlers:
        handler = logging.StreamHandler(sys.stderr)
        if app.config.get("PES_LOG_FORMAT", "json") == "json":
            handler.setFormatter(JsonFormatter())
        else:
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
            )
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.INFO)

    @app.before_request
    def _assign_request_id() -> None:
        """The load balancer's id when it sends a sane one, else a new one."""
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if REQUEST_ID.match(incoming) else uuid.uuid4().hex

    @app.after_request
    def _echo_request_id(response: Response) -> Response:
        if g.get("request_id"):
            response.headers["X-Request-ID"] = g.request_id
        return response
