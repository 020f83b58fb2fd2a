"""Several sweeps at once (threads and processes) and racing ratings: every case is deemed
accepted exactly once and every channel keeps exactly one rating, on both stores."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import func, select

from app.cases.service import CaseService
from app.errors import Conflict
from app.settings import Settings
from db.models import AuditEntry, CaseRating, ServiceCase
from tests.cases.conftest import CLERK, KIOSK, SHOP, intake
from tests.queue.conftest import Clock

LATER = dt.datetime(2026, 10, 9, 9, 0, tzinfo=dt.UTC)


def _received(svc: CaseService, n: int) -> list[str]:
    return [svc.receive(CLERK, intake()).case_no for _ in range(n)]


def test_sweeps_in_threads_accept_each_case_once(svc: CaseService) -> None:
    nos = _received(svc, 6)
    results: list[list[str]] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            other = CaseService(svc.store, Settings(), clock=lambda: LATER)
            results.append(other.sweep().deemed_accepted)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(n for r in results for n in r) == sorted(nos)
    with svc.store.read() as s:
        assert s.scalar(select(func.count()).select_from(ServiceCase)
                        .where(ServiceCase.deemed_accepted)) == 6  # fmt: skip
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "case.deemed_accept",
                               AuditEntry.entity == "case")) == 6  # fmt: skip


def test_sweeps_in_processes_accept_each_case_once(svc: CaseService) -> None:
    nos = _received(svc, 5)
    worker = str(Path(__file__).with_name("sweep_worker.py"))
    root = str(Path(__file__).resolve().parents[2])
    procs = [subprocess.Popen([sys.executable, worker, svc.store.url, LATER.isoformat()],
                              stdout=subprocess.PIPE, text=True, cwd=root,
                              env={"PYTHONPATH": root, "PATH": "/usr/bin:/bin"})
             for _ in range(3)]  # fmt: skip
    outs = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sorted(n for out in outs for n in out) == sorted(nos)


def test_racing_ratings_keep_exactly_one(svc: CaseService, clock: Clock) -> None:
    c = svc.receive(CLERK, intake(SHOP))
    svc.accept(CLERK, c.case_no)
    won: list[int] = []
    lost: list[int] = []
    barrier = threading.Barrier(6)

    def rate(level: int) -> None:
        other = CaseService(svc.store, Settings(), clock=clock)
        barrier.wait()
        try:
            other.rate(KIOSK, c.case_no, level, channel="window")
            won.append(level)
        except Conflict:
            lost.append(level)

    threads = [threading.Thread(target=rate, args=(lv,)) for lv in (1, 2, 3, 4, 5, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1 and len(lost) == 5
    with svc.store.read() as s:
        rows = s.scalars(select(CaseRating)).all()
    assert [r.level for r in rows] == won
    assert len(svc.follow_ups(CLERK, open_only=False)) == (1 if won[0] >= 4 else 0)
