"""The clerk's screen serves the window of the signed-in account: this PC's --window setting
does not move a clerk who has one."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel

from app.settings import Settings
from app.staff import StaffInfo
from db.engine import Store
from tests.ui_queue.conftest import CLERK, HALL
from ui.clerk.main_window import ClerkWindow
from ui.common.worker import wait_idle


def test_account_window_wins_over_the_pc_setting(qtbot, store: Store, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    info = StaffInfo(work_no=CLERK.name, name="测试", roles=CLERK.roles, department="",
                     window_no=3, hall_code=HALL)  # fmt: skip
    w = ClerkWindow(store, dataclasses.replace(settings, window_no=1), info, CLERK,
                    hall_name="测试县政务服务中心", departments=[])  # fmt: skip
    qtbot.addWidget(w)
    assert w.window_no == 3
    assert w.call_panel is not None and w.call_panel.window_no == 3
    who = w.findChild(QLabel, "whoLabel")
    assert who is not None and "3 号窗口" in who.text()
    qtbot.waitUntil(lambda: w.call_panel.window_status is not None, timeout=10_000)
    assert w.call_panel.window_status.no == 3
    w.call_panel.shutdown()
    wait_idle()
    qtbot.wait(50)
