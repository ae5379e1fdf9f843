"""Periodic jobs for RQ's cron scheduler: `rq cron pes.cron` (one instance per deployment).

The jobs land on the `maintenance` queue, so a worker must listen to it:
`flask --app wsgi pes worker` (emails + maintenance) does. Without RQ, the same commands
can run from cron instead (see docs/RUNBOOK.md).
"""

from rq import cron

from . import jobs
from .services.email.dispatch import MAINTENANCE_QUEUE

cron.register(jobs.relay_outbox, MAINTENANCE_QUEUE, interval=60)
cron.register(jobs.release_expired_holds, MAINTENANCE_QUEUE, interval=60)
cron.register(jobs.queue_reminders, MAINTENANCE_QUEUE, interval=600)
cron.register(jobs.reconcile_payments, MAINTENANCE_QUEUE, interval=600)
cron.register(jobs.purge_personal_data, MAINTENANCE_QUEUE, interval=86400)
