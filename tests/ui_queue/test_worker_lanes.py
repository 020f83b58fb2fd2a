"""Background work by resource: a device that waits holds only its own lane, so the clerk's F1
is answered while the rating pad waits for a key; a result for a deleted widget is dropped."""

from __future__ import annotations

import dataclasses
import threading
import time

import shiboken6
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel

from app.errors import InvalidInput
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


class _Freed:
    """Records the thread it is freed on: a closed widget freed on a worker crashes Qt."""

    def __init__(self, threads: list[str]) -> None:
        self.threads = threads

    def __del__(self) -> None:
        self.threads.append(threading.current_thread().name)


def test_a_jobs_closure_result_and_error_are_freed_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    # What a sign-in job holds (its dialog, through the closure; the failure and its traceback)
    # must die on the GUI thread even when the GUI thread is done with it first: freed on the
    # worker, a closed dialog took the whole process down in a test's teardown.
    import sys

    threads: list[str] = []
    got: list[object] = []

    def fail(held: _Freed) -> None:
        raise InvalidInput("证件号码有误")  # the frame in its traceback holds ``held``

    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: every interleaving
    try:
        for i in range(300):
            held = _Freed(threads)
            if i % 2:
                worker.run_async(lambda held=held: (held, _Freed(threads)), got.append)  # type: ignore[misc]
            else:
                worker.run_async(lambda held=held: fail(held), lambda _v: None, got.append)
            del held
            deadline = time.monotonic() + 10
            while not got:  # busy, as a GUI thread in the middle of its work: it takes the
                assert time.monotonic() < deadline, "the job's outcome never arrived"
                QApplication.processEvents()  # outcome the moment the worker signals
            got.clear()  # and lets go at once, maybe before the worker has
        assert worker.wait_idle(10_000)
        qtbot.waitUntil(lambda: len(threads) == 300 + 150, timeout=5000)  # none kept
    finally:
        sys.setswitchinterval(before)
    got.clear()
    assert set(threads) == {threading.main_thread().name}
