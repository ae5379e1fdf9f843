"""The outbox never loses an email and never sends one twice: real Redis, real RQ workers
(`SimpleWorker`, burst mode), a real SMTP server."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from flask import Flask
from redis import Redis
from rq import Queue, SimpleWorker

from pes.extensions import db
from pes.models import Booking, OutboxEmail, OutboxStatus, utcnow
from pes.services.email import deliver, queue_email, relay
from pes.services.uow import transaction
from tests.email.conftest import AppFactory, make_booking, outbox_rows
from tests.support.services import REDIS_URL
from tests.support.smtp import Mailbox

UNREACHABLE_REDIS = "redis://127.0.0.1:9/0"  # the discard port: nothing listens
LATER = timedelta(minutes=5)  # past the relay's grace period


def _queue_confirmation(booking_id: int) -> int:
    with transaction() as session:
        booking = session.get(Booking, booking_id)
        assert booking is not None
        return queue_email(session, "booking_confirmed", booking).id


def _work(connection: Redis) -> None:
    SimpleWorker([Queue("emails", connection=connection)], connection=connection).work(burst=True)


def _emails_queue(connection: Redis) -> Queue:
    return Queue("emails", connection=connection)


def test_a_rolled_back_transaction_leaves_no_row_and_no_job(
    make_mail_app: AppFactory, redis_connection: Redis, mailbox: Mailbox
) -> None:
    make_mail_app(redis_url=REDIS_URL)
    booking = make_booking()

    def failing_state_change() -> None:
        with transaction() as session:
            queue_email(session, "booking_confirmed", session.merge(booking))
            raise RuntimeError("the state change failed")

    with pytest.raises(RuntimeError):
        failing_state_change()
    assert outbox_rows() == []
    assert _emails_queue(redis_connection).count == 0
    _work(redis_connection)
    assert mailbox.messages == []


def test_after_commit_a_job_with_the_row_id_only_is_on_the_emails_queue(
    make_mail_app: AppFactory, redis_connection: Redis, mailbox: Mailbox
) -> None:
    make_mail_app(redis_url=REDIS_URL)
    row_id = _queue_confirmation(make_booking().id)
    queue = _emails_queue(redis_connection)
    (job,) = queue.get_jobs()
    assert job.func_name == "pes.jobs.send_email"
    assert job.args == (row_id,)  # no address, no content in Redis
    assert job.kwargs == {}
    assert mailbox.messages == []  # not sent in the request
    _work(redis_connection)
    assert len(mailbox.messages) == 1
    (row,) = outbox_rows()
    assert row.status is OutboxStatus.SENT


def test_the_same_job_delivered_twice_sends_one_email(
    make_mail_app: AppFactory, redis_connection: Redis, mailbox: Mailbox
) -> None:
    make_mail_app(redis_url=REDIS_URL)
    row_id = _queue_confirmation(make_booking().id)
    _emails_queue(redis_connection).enqueue("pes.jobs.send_email", row_id)  # a redelivery
    _work(redis_connection)
    assert len(mailbox.messages) == 1
    assert relay(utcnow() + LATER) == 0  # nothing left for the relay either
    assert deliver(row_id) == "skipped"
    assert len(mailbox.messages) == 1


def test_two_workers_racing_for_one_row_send_one_email(
    any_engine_app: Flask, mailbox: Mailbox
) -> None:
    from pes.demo import load_demo
    from tests.email.conftest import email_settings

    app = any_engine_app
    app.config.update(PES_EMAIL_BACKEND="smtp", PES_EMAIL=email_settings(mailbox))
    load_demo(db.session())
    db.session.commit()
    app.config["PES_REDIS_URL"] = None
    booking = make_booking()
    with transaction() as session:  # in-process mode would send it now: write it by hand
        session.add(
            OutboxEmail(
                kind="booking_confirmed",
                booking_id=booking.id,
                recipient=booking.customer_email,
                locale="en",
                message_id="<race@pariselite.example>",
            )
        )
    row_id = outbox_rows()[0].id
    workers = 6
    barrier = threading.Barrier(workers)
    outcomes: list[str] = []

    def work() -> None:
        with app.app_context():
            barrier.wait(timeout=30)
            outcomes.append(deliver(row_id))

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(outcomes) == ["sent"] + ["skipped"] * (workers - 1)
    assert mailbox.message_ids() == ["<race@pariselite.example>"]


def test_redis_down_at_commit_then_the_relay_sends_it_exactly_once(
    make_mail_app: AppFactory, redis_connection: Redis, mailbox: Mailbox
) -> None:
    make_mail_app(redis_url=UNREACHABLE_REDIS)
    booking = make_booking()
    row_id = _queue_confirmation(booking.id)  # commits; the enqueue fails and is logged
    (row,) = outbox_rows()
    assert row.id == row_id
    assert row.status is OutboxStatus.PENDING
    assert row.attempts == 0
    assert db.session.get(Booking, booking.id) is not None
    assert mailbox.messages == []

    make_mail_app(redis_url=REDIS_URL)  # Redis is back (a relay process with Redis)
    assert relay(utcnow()) == 0  # within the grace period: the commit's own job has a chance
    assert relay(utcnow() + LATER) == 1
    assert relay(utcnow() + LATER) == 1  # relayed twice before any worker ran…
    _work(redis_connection)
    assert len(mailbox.messages) == 1  # …and still sent once
    assert relay(utcnow() + LATER) == 0
    (row,) = outbox_rows()
    assert row.status is OutboxStatus.SENT


def test_smtp_refusals_are_retried_then_failed_and_nothing_is_lost(
    make_mail_app: AppFactory, mailbox: Mailbox
) -> None:
    app = make_mail_app()  # in-process jobs; the relay plays the periodic job
    mailbox.refuse("451 4.3.0 Mailbox busy, try again later", "550 5.7.1 Message rejected")
    row_id = _queue_confirmation(make_booking().id)
    (row,) = outbox_rows()
    assert (row.status, row.attempts) == (OutboxStatus.PENDING, 1)
    assert "451" in row.last_error
    assert relay(utcnow() + LATER) == 1
    (row,) = outbox_rows()
    assert (row.status, row.attempts) == (OutboxStatus.PENDING, 2)
    assert "550" in row.last_error

    mailbox.refuse("421 4.7.0 Too many connections")
    assert relay(utcnow() + LATER) == 1
    (row,) = outbox_rows()
    assert (row.status, row.attempts) == (OutboxStatus.FAILED, 3)  # max_attempts = 3
    assert "421" in row.last_error
    assert relay(utcnow() + LATER) == 0  # failed rows wait for a human
    assert mailbox.messages == []

    listed = app.test_cli_runner().invoke(args=["pes", "outbox"])
    assert f"{row_id}\tbooking_confirmed\tPES-7K3M9Q\tattempts=3" in listed.output
    again = app.test_cli_runner().invoke(args=["pes", "retry-email", str(row_id)])
    assert again.exit_code == 0, again.output
    (row,) = outbox_rows()
    assert row.status is OutboxStatus.SENT
    assert mailbox.message_ids() == [row.message_id]


def test_the_backoff_doubles_and_the_row_is_not_due_before(
    make_mail_app: AppFactory, mailbox: Mailbox
) -> None:
    make_mail_app(retry_seconds=60, max_attempts=5)
    mailbox.refuse("451 4.3.0 later", "451 4.3.0 later")
    row_id = _queue_confirmation(make_booking().id)
    (row,) = outbox_rows()
    first_failure = row.next_attempt_at
    assert relay(utcnow()) == 0  # due in 60 s, not now
    assert deliver(row_id, now=first_failure + timedelta(seconds=1)) == "retry"
    (row,) = outbox_rows()
    assert row.next_attempt_at - utcnow() > timedelta(seconds=100)  # 120 s after attempt 2
    assert deliver(row_id, now=row.next_attempt_at) == "sent"


def test_the_cron_schedule_relays_through_the_maintenance_queue(
    make_mail_app: AppFactory, redis_connection: Redis, mailbox: Mailbox
) -> None:
    """`rq cron pes.cron` enqueues the periodic jobs; a worker runs them in the app."""
    from rq.cron import CronScheduler

    make_mail_app(redis_url=UNREACHABLE_REDIS)
    _queue_confirmation(make_booking().id)  # Redis down: the row waits
    make_mail_app(redis_url=REDIS_URL)
    db.session.execute(
        OutboxEmail.__table__.update().values(next_attempt_at=utcnow() - LATER)
    )  # due for a while
    db.session.commit()

    scheduler = CronScheduler(connection=redis_connection)
    scheduler.load_config_from_file("pes.cron")
    names = sorted(job.func_name for job in scheduler.get_jobs())
    assert names == [
        "pes.jobs.purge_personal_data",
        "pes.jobs.queue_reminders",
        "pes.jobs.reconcile_payments",
        "pes.jobs.relay_outbox",
        "pes.jobs.release_expired_holds",
    ]
    scheduler.enqueue_jobs()  # what the scheduler does when they are due (all at start)
    maintenance = Queue("maintenance", connection=redis_connection)
    assert maintenance.count == 5
    SimpleWorker([maintenance], connection=redis_connection).work(burst=True)
    _work(redis_connection)  # the relayed email
    assert len(mailbox.messages) == 1
