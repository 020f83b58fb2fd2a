"""Background work by resource: a device that waits holds only its own lane, so the clerk's F1
is answered while the rating pad waits for a key; a result for a deleted widget is dropped."""

from __future__ import annotations

import dataclasses
import threading

import shiboken6
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLabel

from tests.ui_queue.conftest import ADMIN, CLERK
from ui.clerk.call_panel import CallPanel
from ui.common import worker


def test_f1_is_answered_while_the_rating_pad_waits(qtbot, store, settings, service) -> None:  # type: ignore[no-untyped-def]
    # A clerk PC with one core: the shared pool of old had a single thread, which the pad's
    # 60-second wait took, and F1 queued behind it.
    shared = QThreadPool.globalInstance()
    before = shared.maxThreadCount()
    shared.setMaxThreadCount(1)
    panel = CallPanel(store, dataclasses.replace(settings, rating_pad="sim://"), CLERK, 3,
                      service=service)  # fmt: skip
    qtbot.addWidget(panel)
    try:
        panel.show()
        panel.activateWindow()
        qtbot.waitUntil(lambda: panel.window_status is not None)
        service.issue(ADMIN, "ZH")
        service.issue(ADMIN, "ZH")
        with qtbot.waitSignal(panel.changed, timeout=5000):
            qtbot.keyClick(panel, Qt.Key.Key_F1)
        with qtbot.waitSignal(panel.changed, timeout=5000):
            qtbot.keyClick(panel, Qt.Key.Key_F5)  # finished: the pad now waits up to 60 s
        qtbot.waitUntil(lambda: panel.devices.pad is not None
                        and panel.devices.pad.simulator.last_prompt is not None, timeout=5000)  # fmt: skip
        assert worker.active_jobs().get(worker.device_lane("pad")) == 1
        # F1 while the pad waits: answered (the panel's own refresh may also emit ``changed``
        # first on a loaded machine, so wait for what the clerk sees, not for the first signal)
        qtbot.keyClick(panel, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: panel.number_label.text() == "A002", timeout=5000)
        current = service.window(3).current
        assert current is not None and current.number == "A002"
        assert worker.active_jobs().get(worker.device_lane("pad")) == 1  # still waiting
        with qtbot.waitSignal(panel.changed, timeout=10000):
            panel.devices.pad.simulator.press(4)
        assert service.ticket("A001").rating is not None
    finally:
        panel.shutdown()
        shared.setMaxThreadCount(before)


def test_a_result_for_a_deleted_widget_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    label = QLabel("等候")
    shown: list[str] = []
    worker.run_async(lambda: release.wait(5) and "新内容", label.setText)
    worker.run_async(lambda: release.wait(5) and "新内容", shown.append, owner=label)
    shiboken6.delete(label)  # the window closed while the store was being read
    release.set()
    assert worker.wait_idle(5000)
    qtbot.wait(50)  # the queued results reach the GUI thread, and are dropped there
    assert shown == []


def test_a_result_reaches_a_live_widget(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("等候")
    qtbot.addWidget(label)
    worker.run_async(lambda: "张三", label.setText)
    qtbot.waitUntil(lambda: label.text() == "张三", timeout=5000)
