"""The GUI roles sync in the background: the status bar shows the backlog draining (with a
progress bar for a large one), the last sync, and the county's refusal or absence."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from app.settings import Settings
from app.sync.state import backlog
from db.engine import Store
from tests.sync.conftest import County, bulk_tickets
from ui.common.sync_status import SyncStatusBar, attach_sync

pytestmark = pytest.mark.pg


def test_status_bar_shows_a_large_backlog_draining(qtbot, county: County, hall_a: Store) -> None:  # type: ignore[no-untyped-def]
    bulk_tickets(hall_a, "H1", 1500)
    # Every outbox entry waits: the 1500 tickets, an audit entry for each (the outbox carries
    # them too) and the hall's own setup.
    waiting = backlog(hall_a)
    assert waiting > 3000
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = Settings(db=str(hall_a.url), hall_code="H1", county_url=county.hall_url("H1"),
                        sync_batch_rows=200, sync_interval_seconds=60)  # fmt: skip
    runner = attach_sync(window, hall_a, settings)
    assert runner is not None
    try:
        view = window.findChild(SyncStatusBar)
        assert view is not None
        assert view.backlog.text() == f"待推送 {waiting} 条"  # what waited before the first round
        seen_bar: list[int] = []
        runner.relay.progress.connect(
            lambda sent, waiting: seen_bar.append(int(not view.bar.isHidden()))
        )
        qtbot.waitUntil(lambda: view.backlog.text() == "待推送 0 条" and "刚刚" in view.last.text(),
                        timeout=60_000)  # fmt: skip
        assert 1 in seen_bar  # the bar showed while the backlog drained
        assert view.error.text() == ""
    finally:
        runner.shutdown()


def test_status_bar_shows_why_the_county_is_not_reached(qtbot, hall_a: Store) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = Settings(db=str(hall_a.url), hall_code="H1",
                        county_url="postgresql://h1:pw-not-shown@127.0.0.1:1/county",
                        sync_interval_seconds=60)  # fmt: skip
    runner = attach_sync(window, hall_a, settings)
    assert runner is not None
    try:
        view = window.findChild(SyncStatusBar)
        assert view is not None
        qtbot.waitUntil(lambda: "无法连接县级数据库" in view.error.text(), timeout=30_000)
        assert "pw-not-shown" not in view.error.text() + view.error.toolTip()
        assert view.last.text() == "县级同步：从未"
    finally:
        runner.shutdown()


def test_no_county_means_no_sync_strip(qtbot, hall_a: Store) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    assert attach_sync(window, hall_a, Settings(db=str(hall_a.url))) is None
    assert window.findChild(SyncStatusBar) is None
