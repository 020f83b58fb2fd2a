"""County sync figures (bench/README.md "County sync").

1. push throughput: a backlog of N ticket rows (full-row outbox entries and their audit
   entries) pushed into a county on a throwaway PostgreSQL server;
2. catch-up after a day offline: a hall's day of real queue work (issue, call, finish per
   ticket, through QueueService) pushed in one go;
3. what a push costs the clerk: p99 of call-next (SQLite hall store) with no push running and
   with a pusher process draining a large backlog at the same time.

    .venv/bin/python bench/bench_sync.py [--rows 100000] [--day 1000] [--calls 300]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.sync.county_schema import hall_role, init_county  # noqa: E402
from app.sync.push import push  # noqa: E402
from tests.support.pg_cluster import PgCluster  # noqa: E402
from tests.sync.conftest import CLERK, KIOSK, SETTINGS, bulk_tickets, make_hall  # noqa: E402


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(p / 100 * len(s)))]


def county(cluster: PgCluster, name: str, out: Path) -> str:
    cluster.create_database(name)
    result = init_county(cluster.url(name), ["H1"], out)
    role = hall_role(result.prefix, "H1")
    return next(Path(f).read_text().strip() for f in result.credential_files if role in f)


def _pusher(hall_url: str, county_url: str) -> None:
    from db.engine import Store

    store = Store(hall_url)
    push(store, county_url, batch_size=2000)
    store.dispose()


def call_latencies(store, calls: int) -> list[float]:  # type: ignore[no-untyped-def]
    from app.queue.service import QueueService

    q = QueueService(store, SETTINGS)
    out = []
    for i in range(calls):
        q.issue(KIOSK, "social" if i % 2 else "civil")
        t0 = time.perf_counter()
        q.call_next(CLERK, 1)
        out.append((time.perf_counter() - t0) * 1000)
        q.finish(CLERK, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--day", type=int, default=1000, help="tickets in the day offline")
    ap.add_argument("--calls", type=int, default=300)
    ap.add_argument("--busy-rows", type=int, default=20_000, help="backlog pushed during part 3")
    ap.add_argument("--parts", default="123", help="which parts to run, e.g. 23")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="benchsync", dir="/tmp"))
    cluster = PgCluster(tmp / "pg")
    (tmp / "pg").mkdir()
    cluster.start()
    try:
        if "1" in args.parts:
            throughput(cluster, tmp, args.rows)
        if "2" in args.parts or "3" in args.parts:
            offline_and_busy(cluster, tmp, args)
    finally:
        cluster.stop()


def throughput(cluster: PgCluster, tmp: Path, rows: int) -> None:
    hall = make_hall(tmp / "big.db", "H1")
    t0 = time.perf_counter()
    bulk_tickets(hall, "H1", rows, per_tx=2000)
    made = time.perf_counter() - t0
    url = county(cluster, "c_big", tmp / "c1")
    t0 = time.perf_counter()
    r = push(hall, url, batch_size=2000)
    took = time.perf_counter() - t0
    print(f"backlog of {rows} tickets built in {made:.1f} s")
    print(f"push: {r.entries} outbox + {r.audit} audit entries in {took:.1f} s = "
          f"{r.entries / took:,.0f} rows/s ({(r.entries + r.audit) / took:,.0f} entries/s "
          f"with audit), {r.batches} batches")  # fmt: skip
    hall.dispose()


def offline_and_busy(cluster: PgCluster, tmp: Path, args: argparse.Namespace) -> None:
    # 2. a day offline
    from app.queue.service import QueueService

    day = make_hall(tmp / "day.db", "H1")
    q = QueueService(day, SETTINGS)
    t0 = time.perf_counter()
    for i in range(args.day):
        q.issue(KIOSK, "social" if i % 2 else "civil")
        q.call_next(CLERK, 1 + i % 2)
        q.finish(CLERK, 1 + i % 2, rating=1)
    worked = time.perf_counter() - t0
    url = county(cluster, "c_day", tmp / "c2")
    t0 = time.perf_counter()
    r = push(day, url)
    took = time.perf_counter() - t0
    print(f"day offline: {args.day} tickets ({r.entries} changes, {r.audit} audit entries; "
          f"the day's work itself took {worked:.0f} s) caught up in {took:.2f} s")  # fmt: skip

    # 3. a clerk's call-next with and without a push running
    quiet = call_latencies(day, args.calls)
    busy_hall = make_hall(tmp / "busy.db", "H1")
    bulk_tickets(busy_hall, "H1", args.busy_rows, per_tx=2000)
    url = county(cluster, "c_busy", tmp / "c3")
    proc = mp.get_context("spawn").Process(target=_pusher, args=(str(busy_hall.url), url))
    proc.start()
    time.sleep(1.5)  # the pusher is under way
    busy = call_latencies(busy_hall, args.calls)
    still = proc.is_alive()
    proc.join(timeout=600)
    if proc.is_alive():
        proc.kill()
    print(f"call-next p50/p99 without a push: {pct(quiet, 50):.1f} / {pct(quiet, 99):.1f} ms; "
          f"with a push running: {pct(busy, 50):.1f} / {pct(busy, 99):.1f} ms "
          f"(pusher still running at the end: {still})")  # fmt: skip
    day.dispose()
    busy_hall.dispose()


if __name__ == "__main__":
    main()
