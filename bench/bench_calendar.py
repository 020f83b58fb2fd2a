"""Calendar costs: the hall-day check every ticket now makes, a due date into a provisional
year, the statutory holidays of a year computed cold, and importing a whole year.

    .venv/bin/python bench/bench_calendar.py [--rounds 300]

SQLite file store seeded with the official 2024–2026 arrangements.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.calendar import compute_due_date, load_calendar  # noqa: E402
from app.calendar.importing import import_calendar_file  # noqa: E402
from app.calendar.statutory import statutory_days  # noqa: E402
from app.calendar_service import seed_from_package  # noqa: E402
from app.journal import Actor  # noqa: E402
from app.queue.closed_days import closed_reason  # noqa: E402
from db import migrate  # noqa: E402
from db.engine import Store  # noqa: E402

ADMIN = Actor(name="bench:admin", roles=frozenset({"admin"}))
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "calendar" / "sample-2027.csv"


def timed(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    ms = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        ms.append((time.perf_counter() - t0) * 1000)
    ms.sort()
    return statistics.median(ms), ms[int(len(ms) * 0.99) - 1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        migrate.upgrade(store.engine, backup=False)
        seed_from_package(store, ADMIN, [2024, 2025, 2026])
        rows = []
        for label, day in (("official day (2026-10-01)", dt.date(2026, 10, 1)),
                           ("provisional day (2027-02-09)", dt.date(2027, 2, 9))):  # fmt: skip
            with store.read() as s:
                rows.append((f"hall-day check, {label}",
                             *timed(lambda d=day: closed_reason(s, d), args.rounds)))  # type: ignore[misc]  # fmt: skip
        cal = load_calendar(store)
        rows.append(("load_calendar (3 years)", *timed(lambda: load_calendar(store), 50)))
        rows.append(("due 2026-12-01 + 30 W (provisional)",
                     *timed(lambda: compute_due_date(cal, dt.date(2026, 12, 1), 30, "W"),
                            args.rounds)))  # fmt: skip
        years = iter(range(1950, 2101))
        rows.append(("statutory days of a year, cold", *timed(lambda: statutory_days(next(years)), 150)))  # fmt: skip
        t0 = time.perf_counter()
        import_calendar_file(store, ADMIN, SAMPLE)
        rows.append(
            ("import a whole year (32 days, 1 run)", (time.perf_counter() - t0) * 1000, 0.0)
        )
        store.dispose()
    print("| operation | median ms | p99 ms |\n|---|---|---|")
    for label, med, p99 in rows:
        print(f"| {label} | {med:.3f} | {p99:.3f} |")


if __name__ == "__main__":
    main()
