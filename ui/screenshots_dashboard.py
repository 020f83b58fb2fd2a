"""Render the supervisor dashboard offscreen at 1920×1080 (a desk PC's screen): the sign-in, the
live hall with 20 windows at work, the KPI tab (last month by window, slowest first), a drill
dialog, the charts and the export dialog. The hall has a real history: last month made by the
same use cases the screens call (app.cases.demo), and this morning's queue.

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots_dashboard docs/screens"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from app import role_health  # noqa: E402
from app.cases.demo import generate  # noqa: E402
from app.demo import seed  # noqa: E402
from app.queue.numbering import local_day  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.report_periods import period  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.staff import sign_in  # noqa: E402
from app.store import hall_facts, open_store  # noqa: E402
from ui.app_main import make_app  # noqa: E402
from ui.common.style import DESK_QSS  # noqa: E402
from ui.common.worker import wait_idle  # noqa: E402
from ui.screen_shot import FULL_HD, on_screen  # noqa: E402


def pump(ms: int = 800) -> None:
    for _ in range(3):
        loop = QEventLoop()
        QTimer.singleShot(ms // 3, loop.quit)
        loop.exec()
        wait_idle()


def _morning(store, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    """This morning: tickets on every line, twelve windows serving, two paused, PCs beating."""
    svc = QueueService(store, settings)
    _i, kiosk = sign_in(store, "Q0024", "admin-demo-1")
    lines = [ln.code for ln in svc.status().lines]
    for n in range(46):
        svc.issue(kiosk, lines[(n * 7) % len(lines)])
    for no in range(1, 21):
        _i, clerk = sign_in(store, f"Q{no:04d}", "yc-demo-1")
        if no in (6, 14):
            svc.pause(clerk, no)
            continue
        try:
            svc.call_next(clerk, no)
            if no % 3:
                svc.start(clerk, no)
        except Exception:  # noqa: S112 - a window with nobody waiting stays idle
            continue
    now = dt.datetime.now(dt.UTC)
    for no in range(1, 21):
        role_health.beat(store, "clerk", pid=4000 + no, started_at=now, restarts=0,
                         host=f"win{no:02d}-pc")  # fmt: skip
    role_health.beat(store, "kiosk", pid=3001, started_at=now, restarts=1, host="kiosk-1",
                     printer="打印纸将尽，请尽快更换纸卷")  # fmt: skip
    role_health.beat(store, "lookup", pid=3003, started_at=now, restarts=0, host="lookup-1")
    # The hall display's PC stopped answering four minutes ago.
    role_health.beat(store, "hall", pid=3002, started_at=now, restarts=0, host="hall-screen",
                     now=now - dt.timedelta(minutes=4))  # fmt: skip


def main(out: Path) -> None:
    from ui.dashboard.dashboard_window import DashboardWindow
    from ui.dashboard.sign_in_gate import SupervisorSignInDialog

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(db=f"sqlite:///{tmp / 'hall.db'}", demo=False, queue_enforce_hours=False)
    store = open_store(settings, auto_migrate=True)
    seed(store)
    first, _last = period("last_month", local_day(dt.datetime.now(dt.UTC)))
    generate(store, settings, days=28, seed=7, start=first)
    _morning(store, settings)
    app = make_app(settings)
    app.setStyleSheet(DESK_QSS)
    hall_name = hall_facts(store)[0]

    gate = SupervisorSignInDialog(store, settings, hall_name)
    gate.work_no.setText("Q0022")
    gate.show()
    pump(300)
    gate.grab().save(str(out / "dashboard_sign_in.png"))
    print(out / "dashboard_sign_in.png")
    gate.close()

    _info, boss = sign_in(store, "Q0022", "yc-lead-1")
    w = DashboardWindow(store, settings, hall_name=hall_name, departments=[], actor=boss)
    w.resize(*FULL_HD)
    w.show()
    pump(2500)
    on_screen(out / "dashboard_live.png", FULL_HD, w)

    w.tabs.setCurrentWidget(w.kpi)
    w.kpi.period.pick("last_month")
    w.kpi.dimension.setCurrentIndex(w.kpi.dimension.findData("window"))
    pump(2500)
    col = w.kpi.figure_column("wait_p90_min")
    w.kpi.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    pump(300)
    on_screen(out / "dashboard_kpi.png", FULL_HD, w)
    w.kpi.drill_at(w.kpi.proxy.index(0, col))
    pump(1500)
    assert w.kpi.drill is not None
    on_screen(out / "dashboard_drill.png", FULL_HD, w, w.kpi.drill)
    w.kpi.drill.close()
    w.kpi.open_export()
    pump(300)
    assert w.kpi.export is not None
    on_screen(out / "dashboard_export.png", FULL_HD, w, w.kpi.export)
    w.kpi.export.close()

    w.tabs.setCurrentWidget(w.charts)
    w.charts.period.pick("last_month")
    pump(2500)
    on_screen(out / "dashboard_charts.png", FULL_HD, w)
    w.close()
    pump(300)
    store.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens"))
