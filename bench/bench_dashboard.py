"""The supervisor dashboard's costs: the live hall's refresh (the worker's reads, and the part on
the GUI thread that must stay small for a 2 s refresh to never freeze the window) at 20 windows
and 24 PCs, and the KPI tab's reports over a month of real history (app.cases.demo).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_dashboard.py [--days 28]"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app import role_health  # noqa: E402
from app.cases.demo import generate  # noqa: E402
from app.demo import seed  # noqa: E402
from app.hall_stats import today  # noqa: E402
from app.live_hall import window_clerks  # noqa: E402
from app.reports.kpi import KpiQuery, kpi_report  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import open_store  # noqa: E402
from ui.common.worker import wait_idle  # noqa: E402
from ui.dashboard.live_hall import LiveHallPage  # noqa: E402


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.1f} / {max(values) * 1000:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=28)
    ap.add_argument("--rounds", type=int, default=40)
    args = ap.parse_args()
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(db=f"sqlite:///{tmp / 'hall.db'}", demo=False)
    store = open_store(settings, auto_migrate=True)
    seed(store)
    first = dt.date(2026, 11, 2)
    generate(store, settings, days=args.days, seed=7, start=first)
    now = dt.datetime.now(dt.UTC)
    for n in range(1, 21):
        role_health.beat(store, "clerk", pid=n, started_at=now, restarts=0, host=f"win{n:02d}")
    for host in ("kiosk-1", "hall-1", "lookup-1", "dash-1"):
        role_health.beat(store, "kiosk", pid=1, started_at=now, restarts=0, host=host)
    page = LiveHallPage(store, settings, "bench")
    page.timer.stop()
    gui: list[float] = []
    show = page._show

    def timed(result):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        show(result)
        gui.append(time.perf_counter() - t)

    page._show = timed  # type: ignore[method-assign]
    for _ in range(3):
        wait_idle()
        app.processEvents()
    svc = page.service()
    reads: list[float] = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        svc.status()
        today(store, svc.hall_code)
        window_clerks(store, svc.hall_code, svc.clock())
        role_health.roles(store)
        reads.append(time.perf_counter() - t)
        page.refresh()
        for _ in range(3):
            wait_idle()
            app.processEvents()
    print(f"live hall, worker reads per refresh (median / max ms): {ms(reads)}")
    print(f"live hall, GUI thread per refresh (median / max ms): {ms(gui)}")
    end = first + dt.timedelta(days=args.days - 1)
    for by in (None, "window", "staff", "matter"):
        times = []
        for _ in range(5):
            t = time.perf_counter()
            kpi_report(store, settings, KpiQuery(first, end, by=by))
            times.append(time.perf_counter() - t)
        print(f"KPI tab, {args.days} days by {by or 'total'} (median / max ms): {ms(times)}")
    store.dispose()


if __name__ == "__main__":
    main()
