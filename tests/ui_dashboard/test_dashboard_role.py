"""`yichuang dashboard` asks for a supervisor's sign-in before the window opens: a clerk is
refused (and may quit), a supervisor gets the window with their own name and scope. The window
takes further pages as tabs (the supervision work adds warnings, follow-ups, complaints)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from app.settings import Settings
from ui.app_main import build_role_window, make_app
from ui.common.worker import wait_idle
from ui.dashboard.dashboard_window import DashboardWindow
from ui.dashboard.sign_in_gate import SupervisorSignInDialog


@pytest.fixture
def app_style(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """build_role_window styles the whole application; put it back for the other tests."""
    before = qapp.styleSheet()
    yield
    qapp.setStyleSheet(before)


def _when_gate(act) -> QTimer:  # type: ignore[no-untyped-def]
    """Calls ``act(gate)`` every 100 ms while the sign-in gate is the modal dialog on screen."""
    timer = QTimer()
    timer.setInterval(100)

    def tick() -> None:
        gate = QApplication.activeModalWidget()
        if isinstance(gate, SupervisorSignInDialog):
            act(gate)

    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_a_supervisor_signs_in_and_gets_the_window(qtbot, app_style, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)

    def sign(gate: SupervisorSignInDialog) -> None:
        if gate.ok_button.isEnabled() and not gate.password.text():
            gate.work_no.setText("Q0022")
            gate.password.setText("yc-lead-1")
            gate.ok_button.click()

    timer = _when_gate(sign)
    w = build_role_window("dashboard", demo_store, settings, argparse.Namespace())
    timer.stop()
    assert isinstance(w, DashboardWindow)
    qtbot.addWidget(w)
    assert w.actor.name == "Q0022" and "supervisor" in w.actor.roles
    corner = w.tabs.cornerWidget()
    assert isinstance(corner, QLabel) and corner.text() == "登录：邓国平"
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == [
        "大厅实时", "效能指标", "统计图表", "预警", "差评整改", "投诉"]
    with qtbot.waitSignal(w.warnings.loaded, timeout=10_000):  # opening a tab reads it afresh
        w.tabs.setCurrentWidget(w.warnings)
    page = QLabel("另一页")
    assert w.add_page("另一页", page) == 6
    assert w.tabs.tabText(6) == "另一页" and w.tabs.widget(6) is page
    wait_idle()


def test_a_clerk_is_refused_and_quits(qtbot, app_style, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    seen: list[str] = []

    def try_then_quit(gate: SupervisorSignInDialog) -> None:
        if not gate.ok_button.isEnabled():
            return  # checking
        if "无权" in gate.error.text():
            seen.append(gate.error.text())
            gate.reject()  # 退出
        elif not gate.password.text():
            gate.work_no.setText("Q0003")
            gate.password.setText("yc-demo-1")
            gate.ok_button.click()

    timer = _when_gate(try_then_quit)
    assert build_role_window("dashboard", demo_store, settings, argparse.Namespace()) is None
    timer.stop()
    assert seen and seen[0].startswith("当前账号（窗口人员）无权打开效能监察台")
    wait_idle()
