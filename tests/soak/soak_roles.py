"""A day of background work for every long-lived role, in accelerated time, in one process:

    python tests/soak/soak_roles.py sqlite:///demo.db --cycles 5000 --calls 1000

The hall display, a kiosk, the dashboard, a clerk's call panel and the lookup screen run on one
store. Each cycle asks every role for its refresh (the same method its timer calls, through the
real ``run_async`` and signal path) and waits for the answers to be shown; every few cycles the
kiosk issues a ticket (printed on the simulated printer) and the clerk's F1 calls it. The process
prints one JSON line: the reference counts of None, True and False after a warm-up and at the
end, and what the screens show. Run by tests/soak/test_roles_soak.py in a subprocess, so a
``Fatal Python error`` fails the test instead of killing pytest."""

from __future__ import annotations

import argparse
import gc
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.journal import Actor  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import hall_facts  # noqa: E402
from db.engine import Store  # noqa: E402
from ui.clerk.call_panel import CallPanel  # noqa: E402
from ui.common.worker import wait_idle  # noqa: E402
from ui.dashboard.dashboard_window import DashboardWindow  # noqa: E402
from ui.hall.hall_window import HallWindow  # noqa: E402
from ui.hall.voice import Announcer, SilentBackend  # noqa: E402
from ui.kiosk.kiosk_window import KioskWindow  # noqa: E402
from ui.lookup.lookup_window import LookupWindow  # noqa: E402


def counts() -> dict[str, int]:
    gc.collect()  # garbage not yet collected is not kept: leave it out of both readings
    return {"none": sys.getrefcount(None), "true": sys.getrefcount(True),
            "false": sys.getrefcount(False)}  # fmt: skip


def settle(app: QCoreApplication) -> None:
    """Every lane idle and every result shown (a result may start one more job)."""
    for _ in range(3):
        if not wait_idle(30_000):
            raise SystemExit("background jobs did not finish within 30 s")
        app.processEvents()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--cycles", type=int, default=5000)
    ap.add_argument("--calls", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--roles", default="hall,kiosk,dashboard,clerk,lookup,calls")
    args = ap.parse_args()
    app = QApplication(sys.argv[:1])
    store = Store(args.url)
    settings = Settings(db=args.url, demo=False, queue_enforce_hours=False, id_reader="",
                        ticket_printer="sim://soak?state=ok")  # fmt: skip
    hall_name, depts = hall_facts(store, None)
    svc = QueueService(store, settings)
    window = next(w for w in svc.status().windows if w.line_codes)
    line = window.line_codes[0]
    clerk = Actor(name="Q-SOAK", roles=frozenset({"clerk"}), window_no=window.no,
                  hall_code=svc.hall_code)  # fmt: skip
    hall = HallWindow(store, settings, hall_name=hall_name, departments=depts,
                      announcer=Announcer(settings.voice_template, backends=[SilentBackend()]))  # fmt: skip
    kiosk = KioskWindow(store, settings, hall_name=hall_name, departments=depts)
    dash = DashboardWindow(store, settings, hall_name=hall_name, departments=depts,
                           actor=Actor("Q0022", frozenset({"supervisor"})))
    lookup = LookupWindow(store, settings, hall_name=hall_name, departments=depts)
    panel = CallPanel(store, settings, clerk, window.no)
    for w in (hall, kiosk, dash, lookup, panel):
        w.show()
    roles = args.roles.split(",")
    # A role left out is stopped, so its own timers' work (the call panel still keeps ~70
    # references a refresh) is not counted against the roles measured.
    idle = [w for name, w in (("hall", hall), ("kiosk", kiosk), ("clerk", panel)) if name not in roles]
    for w in idle:
        w.shutdown()  # type: ignore[attr-defined]
    settle(app)
    every = max(1, args.cycles // max(1, args.calls))
    calls = 0
    before: dict[str, int] = {}
    for i in range(args.cycles + args.warmup):
        if i == args.warmup:
            settle(app)
            before = counts()
        if "hall" in roles:
            hall.poll()
        if "kiosk" in roles:
            kiosk.refresh()
        if "dashboard" in roles:
            dash.refresh()
        if "clerk" in roles:
            panel.refresh()
        if depts and "lookup" in roles:
            lookup.show_department(*depts[i % len(depts)])
        if (
            "calls" in roles
            and i >= args.warmup
            and (i - args.warmup) % every == 0
            and calls < args.calls
        ):
            kiosk.go_home()
            kiosk.take_ticket(line)  # stored, then printed on the simulator (device lane)
            settle(app)
            if panel.window_status and panel.window_status.current is not None:
                svc.skip(clerk, window.no)  # the one called before did not come
            panel.do_call()  # F1
            calls += 1
        settle(app)
    after = counts()
    result = {"before": before, "after": after, "calls": calls, "cycles": args.cycles,
              "hall_number": hall.cards[window.no].number.text() if window.no in hall.cards else "",
              "panel_number": panel.number_label.text(),
              "issued_today": dash.kpis["issued"].text()}  # fmt: skip
    for w in (hall, kiosk, panel):
        if w not in idle:
            w.shutdown()  # type: ignore[attr-defined]
    settle(app)
    store.dispose()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
