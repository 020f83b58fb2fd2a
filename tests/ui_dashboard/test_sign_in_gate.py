"""Only a supervisor or an administrator opens the dashboard; a clerk is told why, in Chinese,
and keeps the work number typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.settings import Settings
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.dashboard.sign_in_gate import SupervisorSignInDialog


def _try(qtbot, dlg, work_no: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dlg.work_no.clear()
    qtbot.keyClicks(dlg.work_no, work_no)
    dlg.password.clear()
    qtbot.keyClicks(dlg.password, password)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.ok_button.isEnabled() or dlg.result() == dlg.DialogCode.Accepted,
                    timeout=10_000)  # fmt: skip
    wait_idle()


def test_a_clerk_is_refused_a_supervisor_gets_in(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    dlg = SupervisorSignInDialog(demo_store, settings, "青川县政务服务中心")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "一窗 · 效能监察登录"
    _try(qtbot, dlg, "Q0003", "yc-demo-1")  # a window clerk, right password
    assert dlg.result() != dlg.DialogCode.Accepted and dlg.actor is None
    assert "无权打开效能监察台" in dlg.error.text()
    assert "效能监察（主管）" in dlg.error.text()
    assert dlg.work_no.text() == "Q0003" and dlg.password.text() == ""
    _try(qtbot, dlg, "Q0022", "wrong-password")
    assert dlg.actor is None and dlg.error.text()
    _try(qtbot, dlg, "Q0022", "yc-lead-1")
    assert dlg.result() == dlg.DialogCode.Accepted
    assert dlg.actor is not None and "supervisor" in dlg.actor.roles


def test_an_administrator_gets_in(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    dlg = SupervisorSignInDialog(demo_store, settings)
    qtbot.addWidget(dlg)
    dlg.show()
    _try(qtbot, dlg, "Q0024", "admin-demo-1")
    assert dlg.result() == dlg.DialogCode.Accepted and "admin" in dlg.actor.roles
