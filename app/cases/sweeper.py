"""The 5-day sweep in the background of every clerk and dashboard process (and
``yichuang case sweep`` from cron). Several may run at once: CaseService.sweep claims each case
with a conditional update, so each case is deemed accepted once."""

from __future__ import annotations

import logging
import threading
from typing import Any

from sqlalchemy import select, update

from app.cases.clockrules import set_due_dates
from app.cases.desk import CaseDesk
from app.cases.views import SweepResult
from app.journal import Actor
from db.models import ServiceCase

log = logging.getLogger(__name__)


class PeriodicSweep:
    """A daemon thread that runs ``service.sweep()`` now and then every ``interval`` seconds
    until ``stop()``. A failing sweep (store away) is logged and tried again next time."""

    def __init__(self, service: Any, interval: float = 300.0) -> None:
        self._service = service
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="case-sweep", daemon=True)
        self.runs = 0

    def start(self) -> PeriodicSweep:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                done = self._service.sweep().deemed_accepted
                if done:
                    log.info("deemed accepted (art. 32): %s", ", ".join(done))
            except Exception:  # noqa: BLE001 - a background job must outlive a bad minute
                log.warning("case sweep failed; will retry", exc_info=True)
            self.runs += 1
            self._stop.wait(self._interval)


SYSTEM = Actor(name="system:sweep", roles=frozenset({"admin"}))


def sweep(desk: CaseDesk, actor: Actor | None = None) -> SweepResult:
    """Applications received more than 5 working days ago with no notice count as
    accepted from the day of receipt (art. 32). Each case is claimed with a conditional
    update, so any number of sweeps may run at once; a second run finds nothing to do."""
    actor = actor or SYSTEM
    now, today = desk.now()
    cal = desk.calendar()
    done: list[str] = []
    with desk.store.read() as s:
        due = list(s.scalars(select(ServiceCase.case_no).where(
            ServiceCase.hall_id == desk.hall_id, ServiceCase.status == "received",
            ServiceCase.notice_due < today)))  # fmt: skip
    for case_no in due:
        with desk.write(actor) as uow:
            s = uow.session
            claimed = s.execute(
                update(ServiceCase)
                .where(ServiceCase.case_no == case_no, ServiceCase.status == "received",
                       ServiceCase.notice_due < today)
                .values(status="accepted", deemed_accepted=True)
            )  # fmt: skip
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                continue  # another sweep or a clerk got there first
            c = desk.case_row(s, case_no)
            s.refresh(c)
            c.accepted_at, c.accepted_day = c.received_at, c.received_day
            set_due_dates(c, cal, [])
            desk.save(uow, c, "deemed_accept", {"status": "received"}, now)
            desk.event(uow, c, "deemed_accept",
                       f"收件后5个工作日内（{c.notice_due.isoformat()}前）未出具补正告知，"
                       "依《行政许可法》第三十二条自收件之日起视为受理", now)  # fmt: skip
            done.append(case_no)
    return SweepResult(deemed_accepted=done)
