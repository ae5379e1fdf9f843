"""The at-least-once edge: a real worker process killed after the SMTP server took the
message but before the row was marked sent. The email goes again — with the same
Message-ID, so the recipient's mail client can fold the two — and never zero times."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from redis import Redis
from sqlalchemy import update

from pes.models import OutboxEmail, OutboxStatus, utcnow
from pes.services.email import relay
from pes.services.uow import transaction
from tests.email.conftest import AppFactory, make_booking, outbox_rows
from tests.email.test_outbox import LATER, _queue_confirmation, _work
from tests.support.app import TEST_SECRET
from tests.support.http import ROOT
from tests.support.services import REDIS_URL
from tests.support.smtp import Mailbox

LEASE_SECONDS = 2


def _descendants(pid: int) -> list[int]:
    """Child processes of `pid`, recursively (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


@pytest.mark.slow
def test_a_worker_killed_after_the_handoff_resends_with_the_same_message_id(
    make_mail_app: AppFactory,
    redis_connection: Redis,
    mailbox: Mailbox,
    database_url: str,
    tmp_path: Path,
) -> None:
    make_mail_app(redis_url=REDIS_URL, lease_seconds=LEASE_SECONDS)
    _queue_confirmation(make_booking().id)  # committed; its job waits on the `emails` queue

    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "PES_SECRET_KEY": TEST_SECRET,
        "PES_EMAIL_BACKEND": "smtp",
        "PES_SMTP_HOST": mailbox.host,
        "PES_SMTP_PORT": str(mailbox.port),
        "PES_SMTP_SECURITY": "none",
        "PES_EMAIL_LEASE_SECONDS": str(LEASE_SECONDS),
    }
    log = tmp_path / "worker.log"
    with log.open("wb") as output:
        worker = subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "wsgi", "pes", "worker", "--burst"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

        def kill_the_worker(message: EmailMessage) -> None:
            # The server has the message; the worker dies before it hears "250" (its
            # work horse too, which RQ puts in a session of its own).
            for pid in [*_descendants(worker.pid), worker.pid]:
                os.kill(pid, signal.SIGKILL)

        mailbox.on_message = kill_the_worker
        worker.wait(timeout=120)
    mailbox.on_message = None
    assert worker.returncode == -signal.SIGKILL, log.read_text()
    assert len(mailbox.messages) == 1
    (row,) = outbox_rows()
    assert (row.status, row.attempts, row.sent_at) == (OutboxStatus.PENDING, 1, None)

    with transaction() as session:  # the dead worker's lease runs out
        session.execute(
            update(OutboxEmail)
            .where(OutboxEmail.id == row.id)
            .values(next_attempt_at=utcnow() - timedelta(seconds=1))
        )
    assert relay(utcnow() + LATER) == 1
    _work(redis_connection)
    (row,) = outbox_rows()
    assert row.status is OutboxStatus.SENT
    assert row.attempts == 2
    assert mailbox.message_ids() == [row.message_id, row.message_id]
    assert relay(utcnow() + LATER) == 0
    _work(redis_connection)
    assert len(mailbox.messages) == 2  # and never a third time
