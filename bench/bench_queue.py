"""Queue latency: issue and call_next, median and p99, on SQLite and PostgreSQL with 1, 8 and
32 concurrent windows (threads; each window issues a ticket, calls the next, finishes it).

    .venv/bin/python bench/bench_queue.py [--rounds 30] [--windows 1,8,32] [--stores sqlite,pg]

PostgreSQL runs on a throwaway server (tests/support/pg_cluster.PgCluster, fsync off).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.demo import seed_hall  # noqa: E402
from app.errors import NothingWaiting  # noqa: E402
from app.journal import Actor  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.settings import Settings  # noqa: E402
from db import migrate  # noqa: E402
from db.engine import Store  # noqa: E402

ADMIN = Actor(name="bench", roles=frozenset({"admin"}))
KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))
CLERK = Actor(name="bench:clerk", roles=frozenset({"clerk"}))
LINES = ["social", "civil", "tax"]


def hall(windows: int) -> dict[str, Any]:
    lines = [{"code": c, "prefix": p, "name": c, "hours": [], "daily_cap": 100000}
             for c, p in zip(LINES, "ABC", strict=True)]  # fmt: skip
    return {
        "hall": {"code": "B01", "name": "bench", "region_code": "350100"},
        "service_lines": lines,
        "windows": [
            {"no": n, "name": f"{n}号窗口", "lines": LINES[n % 3 :] + LINES[: n % 3]}
            for n in range(1, windows + 1)
        ],  # fmt: skip
        "staff": [],
    }


class WorkdayClock:
    """10:00 in the hall on a Tuesday, a millisecond later at every reading: the hall is closed
    on weekends and holidays, and the bench must not depend on the day it runs."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 10, 2, 0, tzinfo=dt.UTC)
        self._lock = threading.Lock()

    def __call__(self) -> dt.datetime:
        with self._lock:
            self.now += dt.timedelta(milliseconds=1)
            return self.now


def _window_process(url: str, no: int, rounds: int, barrier: Any, out: Any) -> None:
    """One window as its own process, as in a hall (one PC per window)."""
    store = Store(url)
    q = QueueService(store, Settings(), hall_code="B01", clock=WorkdayClock())
    issue_ms, call_ms = [], []
    barrier.wait()
    for i in range(rounds):
        t0 = time.perf_counter()
        q.issue(KIOSK, LINES[(no + i) % 3])
        t1 = time.perf_counter()
        try:
            q.call_next(CLERK, no)
        except NothingWaiting:
            pass
        else:
            call_ms.append((time.perf_counter() - t1) * 1000)
            q.finish(CLERK, no)
        issue_ms.append((t1 - t0) * 1000)
    store.dispose()
    out.put((issue_ms, call_ms))


def run_processes(url: str, windows: int, rounds: int) -> dict[str, list[float]]:
    store = Store(url)
    migrate.upgrade(store.engine)
    seed_hall(store, ADMIN, hall(windows))
    store.dispose()
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(windows), ctx.Queue()
    procs = [ctx.Process(target=_window_process, args=(url, n, rounds, barrier, out))
             for n in range(1, windows + 1)]  # fmt: skip
    for p in procs:
        p.start()
    issue_ms: list[float] = []
    call_ms: list[float] = []
    for _ in procs:
        a, b = out.get(timeout=600)
        issue_ms += a
        call_ms += b
    for p in procs:
        p.join()
    return {"issue": issue_ms, "call_next": call_ms}


def run(url: str, windows: int, rounds: int) -> dict[str, list[float]]:
    store = Store(url, pool_size=windows + 2, max_overflow=4)
    migrate.upgrade(store.engine)
    seed_hall(store, ADMIN, hall(windows))
    q = QueueService(store, Settings(), hall_code="B01", clock=WorkdayClock())
    issue_ms: list[float] = []
    call_ms: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(windows)

    def window(no: int) -> None:
        mine_issue, mine_call = [], []
        start.wait()
        for i in range(rounds):
            t0 = time.perf_counter()
            q.issue(KIOSK, LINES[(no + i) % 3])
            t1 = time.perf_counter()
            try:
                q.call_next(CLERK, no)
            except NothingWaiting:  # another window took it; fine for a latency figure
                pass
            else:
                mine_call.append((time.perf_counter() - t1) * 1000)
                q.finish(CLERK, no)
            mine_issue.append((t1 - t0) * 1000)
        with lock:
            issue_ms.extend(mine_issue)
            call_ms.extend(mine_call)

    threads = [threading.Thread(target=window, args=(n,)) for n in range(1, windows + 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    store.dispose()
    return {"issue": issue_ms, "call_next": call_ms}


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--windows", default="1,8,32")
    ap.add_argument("--stores", default="sqlite,pg")
    ap.add_argument("--processes", action="store_true",
                    help="one process per window (as in a hall) instead of threads")  # fmt: skip
    args = ap.parse_args()
    counts = [int(x) for x in args.windows.split(",")]
    cluster = None
    print("| store | windows | op | n | median ms | p99 ms |")
    print("|---|---|---|---|---|---|")
    try:
        for kind in args.stores.split(","):
            for n in counts:
                if kind == "sqlite":
                    url = f"sqlite:///{tempfile.mkdtemp(prefix='benchq')}/hall.db"
                else:
                    if cluster is None:
                        from tests.support.pg_cluster import PgCluster

                        cluster = PgCluster(Path(tempfile.mkdtemp(prefix="benchpg", dir="/tmp")))
                        cluster.start()
                    name = f"bench_{n}"
                    cluster.create_database(name)
                    url = cluster.url(name)
                res = (run_processes if args.processes else run)(url, n, args.rounds)
                for op, values in res.items():
                    print(f"| {kind} | {n} | {op} | {len(values)} | "
                          f"{statistics.median(values):.1f} | {pct(values, 99):.1f} |")  # fmt: skip
                sys.stdout.flush()
    finally:
        if cluster is not None:
            cluster.stop()


if __name__ == "__main__":
    main()
