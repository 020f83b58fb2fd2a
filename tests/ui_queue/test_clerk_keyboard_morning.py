"""A clerk works a morning at window 3 on the keyboard alone, from either tab of the clerk
window: F1 calls (and calls again when not heard), F3 skips, F7 takes a late applicant back,
F4 transfers, F5 finishes, F6 pauses only with no one at the desk; Ctrl+L locks the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.queue.service import QueueService
from app.settings import Settings
from app.staff import add_staff, sign_in
from db.engine import Store
from tests.ui_queue.conftest import ADMIN
from ui.clerk.catalog_browser import CatalogBrowser
from ui.clerk.main_window import ClerkWindow

PASSWORD = "clerk-pass-3"


@pytest.fixture
def window(qtbot, store: Store, settings: Settings, service: QueueService) -> Iterator[ClerkWindow]:  # type: ignore[no-untyped-def]
    add_staff(store, ADMIN, work_no="T0003", name="李建军", password=PASSWORD, roles=["clerk"],
              window_no=3)  # fmt: skip
    info, actor = sign_in(store, "T0003", PASSWORD)
    win = ClerkWindow(store, settings, info, actor, hall_name="测试县政务服务中心",
                      departments=[], queue_service=service)  # fmt: skip
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: win.call_panel.window_status is not None)
    yield win
    win.call_panel.shutdown()


def on_catalog(qtbot, win: ClerkWindow) -> None:  # type: ignore[no-untyped-def]
    # Ctrl+Tab through the tabs (call panel, the case tabs, catalog) to the catalog.
    for _ in range(win.tabs.count()):
        if isinstance(win.tabs.currentWidget(), CatalogBrowser):
            break
        qtbot.keyClick(win.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(win.tabs.currentWidget(), CatalogBrowser)


def key(qtbot, win: ClerkWindow, k: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    panel = win.call_panel
    if not win.isActiveWindow():  # after a dialog: offscreen has no window manager
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        qtbot.keyClick(win.focusWidget() or win, k)
    qtbot.waitUntil(lambda: not panel._refreshing and not panel._busy)
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.refresh()


def test_a_morning_on_the_keyboard_from_any_tab(qtbot, window, service) -> None:  # type: ignore[no-untyped-def]
    win, panel = window, window.call_panel
    for i in range(30):
        service.issue(ADMIN, "ZH" if i % 3 else "BDC")
    with qtbot.waitSignal(panel.refreshed, timeout=5000):
        panel.refresh()
    assert "还有 15 人未列出" in panel.more_label.text()  # 30 waiting, 15 listed

    on_catalog(qtbot, win)
    key(qtbot, win, Qt.Key.Key_F1)  # from the catalog tab: calls, and shows the call panel
    assert win.tabs.currentWidget() is panel
    first = panel.number_label.text()
    assert service.ticket(first).status == "called"
    assert panel.buttons["finish"].property("primary") and not panel.buttons["call"].property("primary")
    assert not panel.buttons["pause"].isEnabled()  # nobody pauses with someone at the desk

    key(qtbot, win, Qt.Key.Key_F1)  # not heard: F1 again calls the same number again
    assert service.ticket(first).call_count == 2 and panel.number_label.text() == first
    key(qtbot, win, Qt.Key.Key_F6)  # refused, and says why
    assert "尚未办结" in panel.message.text() and not service.window(3).paused
    key(qtbot, win, Qt.Key.Key_F3)  # still not there: skipped
    assert service.ticket(first).status == "no_show"

    key(qtbot, win, Qt.Key.Key_F1)
    second = panel.number_label.text()
    on_catalog(qtbot, win)
    qtbot.keyClick(win.focusWidget() or win, Qt.Key.Key_F7)  # the late applicant comes back
    qtbot.waitUntil(lambda: getattr(panel, "rejoin_dialog", None) is not None)
    dialog = panel.rejoin_dialog
    assert win.tabs.currentWidget() is panel
    qtbot.keyClicks(dialog.number_edit, first.lower())
    with qtbot.waitSignal(panel.changed, timeout=5000):
        qtbot.keyClick(dialog.number_edit, Qt.Key.Key_Return)
    assert service.ticket(first).status == "waiting"
    assert "已补回" in panel.message.text()

    win.activateWindow()  # the dialog has closed; offscreen has no window manager to do it
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_F4)  # transfer the one at the desk to another window
    qtbot.waitUntil(lambda: getattr(panel, "transfer_dialog", None) is not None)
    dialog = panel.transfer_dialog
    assert "1号窗口 综合" in [dialog.window_combo.itemText(i) for i in range(dialog.window_combo.count())]
    dialog.by_window.setFocus()
    qtbot.keyClick(dialog.by_window, Qt.Key.Key_Space)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        qtbot.keyClick(dialog.by_window, Qt.Key.Key_Return)
    moved = service.ticket(second)
    assert moved.status == "waiting" and moved.target_window_no == 1

    done = 0
    for n in range(8):  # the rest of the morning, half of it from the catalog tab
        if n % 2:
            on_catalog(qtbot, win)
        key(qtbot, win, Qt.Key.Key_F1)
        called = panel.number_label.text()
        assert called != "—", panel.message.text()
        key(qtbot, win, Qt.Key.Key_F5)
        assert service.ticket(called).status == "done"
        done += 1
    assert not panel.buttons["finish"].isEnabled() and panel.buttons["call"].property("primary")

    key(qtbot, win, Qt.Key.Key_F6)  # nobody at the desk now: pause is allowed
    assert service.window(3).paused and "暂停服务中" in panel.state_label.text()
    assert not panel.buttons["call"].isEnabled()
    key(qtbot, win, Qt.Key.Key_F1)
    assert "暂停" in panel.message.text() and service.window(3).current is None
    key(qtbot, win, Qt.Key.Key_F6)
    assert not service.window(3).paused
    assert done == 8


def test_ctrl_l_locks_the_window_until_the_same_password(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win = window
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.lock_dialog is not None and win.lock_dialog.isVisible())
    lock = win.lock_dialog
    assert not win.centralWidget().isVisible()  # nothing readable behind the lock
    qtbot.keyClick(lock, Qt.Key.Key_Escape)
    assert lock.isVisible()
    qtbot.keyClicks(lock.password, "wrong-one")
    with qtbot.waitSignal(lock.checked, timeout=10000):
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert "密码错误" in lock.message.text() and lock.isVisible()
    qtbot.keyClicks(lock.password, PASSWORD)
    with qtbot.waitSignal(lock.unlocked, timeout=10000):
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
    assert win.centralWidget().isVisible()


def test_sign_out_asks_who_signs_in_next(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    win = window
    win.sign_out_action.trigger()
    assert not win.isVisible()
    dialog = win.sign_in_dialog
    assert dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: not win.isVisible())
