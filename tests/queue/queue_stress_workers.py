"""Worker processes for the calling-exactly-once stress test (importable under spawn)."""

from __future__ import annotations

import time
import traceback
from typing import Any

from app.errors import NothingWaiting
from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from db.engine import Store

STRESS_HALL: dict[str, Any] = {
    "hall": {"code": "S01", "name": "压力测试中心", "region_code": "350100"},
    "service_lines": [
        {"code": "social", "prefix": "A", "name": "社保医保", "hours": [], "daily_cap": 2000},
        {"code": "civil", "prefix": "B", "name": "户籍办理", "hours": [], "daily_cap": 2000},
        {"code": "tax", "prefix": "C", "name": "税务综合", "hours": [], "daily_cap": 2000},
    ],
    # Overlapping line sets in different orders, so windows compete for the same tickets.
    "windows": [
        {"no": n, "name": f"{n}号窗口", "lines": lines}
        for n, lines in enumerate(
            [
                ["social", "civil", "tax"],
                ["civil", "social"],
                ["tax", "social"],
                ["social"],
                ["civil", "tax"],
                ["tax"],
                ["social", "tax", "civil"],
                ["civil"],
            ],
            start=1,
        )
    ],  # fmt: skip
    "staff": [],
}
LINES = ("social", "civil", "tax")


def _issuer(url: str, worker: int, count: int, out: Any) -> None:
    store = Store(url)
    # The real clock: on a weekend or holiday the hall would be closed; this is about races.
    q = QueueService(store, Settings(queue_enforce_hours=False), hall_code="S01")
    kiosk = Actor(name=f"kiosk:{worker}", roles=frozenset({"kiosk"}))
    got = []
    for i in range(count):
        lane = "elderly" if (worker + i) % 7 == 0 else None
        t = q.issue(kiosk, LINES[(worker + i) % 3], priority=lane)
        got.append((t.id, t.number))
    store.dispose()
    out.put(("issued", worker, got))


def _caller(url: str, window_no: int, issuing_done: Any, out: Any) -> None:
    store = Store(url)
    q = QueueService(store, Settings(), hall_code="S01")
    clerk = Actor(name=f"clerk:{window_no}", roles=frozenset({"clerk"}))
    got = []
    while True:
        done = issuing_done.is_set()  # read before trying: then "nothing" really means done
        try:
            t = q.call_next(clerk, window_no)
        except NothingWaiting:
            if done:
                break
            time.sleep(0.25)  # a clerk would not hammer the button either
            continue
        got.append((t.id, t.number))
        q.finish(clerk, window_no)
    store.dispose()
    out.put(("called", window_no, got))


# A crashed worker reports its traceback instead of leaving the test waiting for it.
def issuer(url: str, worker: int, count: int, out: Any) -> None:
    try:
        _issuer(url, worker, count, out)
    except BaseException:
        out.put(("error", worker, traceback.format_exc()))
        raise


def caller(url: str, window_no: int, issuing_done: Any, out: Any) -> None:
    try:
        _caller(url, window_no, issuing_done, out)
    except BaseException:
        out.put(("error", window_no, traceback.format_exc()))
        raise
