"""Transactional email (DESIGN §7): outbox rows, jobs, messages, backends."""

from __future__ import annotations

from .outbox import queue_email, relay
from .reminders import queue_reminders
from .sender import deliver

__all__ = ["deliver", "queue_email", "queue_reminders", "relay"]
