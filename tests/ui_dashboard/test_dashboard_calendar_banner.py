"""From 1 November the supervisor sees one line until next year's arrangement is imported."""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from pathlib import Path

from app.calendar.importing import import_calendar_file
from app.journal import Actor
from app.settings import Settings
from app.store import hall_facts
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.dashboard.dashboard_window import DashboardWindow

SUPERVISOR = Actor("Q0022", frozenset({"supervisor"}))

ADMIN = Actor("test:admin", frozenset({"admin"}))


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(2, 0), tzinfo=dt.UTC)  # 10:00 in Beijing


def test_banner_from_november_until_next_year_is_imported(
    qtbot, qapp, demo_store, demo_url
) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    w = DashboardWindow(demo_store, settings, hall_name=hall_facts(demo_store)[0], departments=[],
                        actor=SUPERVISOR)
    qtbot.addWidget(w)
    w.show()
    wait_idle()  # the refresh the window starts with runs on the real clock: let it land first
    qtbot.wait(50)
    w.service().clock = lambda: _at(dt.date(2026, 10, 30))
    w.refresh()
    qtbot.waitUntil(lambda: w.windows.rowCount() > 0, timeout=10_000)
    wait_idle()
    qtbot.wait(50)
    assert not w.calendar_banner.isVisible()
    w.service().clock = lambda: _at(dt.date(2026, 11, 2))
    w.refresh()
    qtbot.waitUntil(lambda: w.calendar_banner.isVisible(), timeout=10_000)
    assert w.calendar_banner.text().startswith("2027年节假日安排尚未导入")
    assert "yichuang calendar import" in w.calendar_banner.text()
    # The administrator imports 2027 (the shipped format sample stands in for the notice).
    sample = Path(str(files("resources").joinpath("calendar", "sample-2027.csv")))
    import_calendar_file(demo_store, ADMIN, sample)
    w.refresh()
    qtbot.waitUntil(lambda: not w.calendar_banner.isVisible(), timeout=10_000)
    wait_idle()
