"""The sign-in dialog driven by keys and clicks, against the seeded demo store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.clerk.sign_in import SignInDialog


def _dialog(qtbot, demo_store, settings):  # type: ignore[no-untyped-def]
    dlg = SignInDialog(demo_store, settings, "青川县政务服务中心")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_right_password_signs_in(qtbot, demo_store, settings) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_store, settings)
    qtbot.keyClicks(dlg.work_no, "Q0003")
    qtbot.keyClick(dlg.work_no, Qt.Key.Key_Return)  # moves on to the password, submits nothing
    assert dlg.error.text() == "" and dlg.isVisible()
    qtbot.keyClicks(dlg.password, "yc-demo-1")
    with qtbot.waitSignal(dlg.accepted, timeout=10_000):
        qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    assert dlg.info is not None and dlg.info.work_no == "Q0003"
    assert dlg.info.window_no == 3
    assert "clerk" in dlg.info.roles


def test_wrong_password_shows_chinese_message_and_keeps_work_no(qtbot, demo_store, settings) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_store, settings)
    qtbot.keyClicks(dlg.work_no, "Q0003")
    qtbot.keyClicks(dlg.password, "wrong-pass")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "工号或密码错误" in dlg.error.text(), timeout=10_000)
    assert "还可尝试4次" in dlg.error.text()
    assert dlg.work_no.text() == "Q0003"
    assert dlg.password.text() == ""
    assert dlg.ok_button.isEnabled()


def test_five_failures_lock_the_account_even_for_the_right_password(qtbot, demo_store, settings) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_store, settings)
    qtbot.keyClicks(dlg.work_no, "Q0004")
    for _ in range(5):
        qtbot.keyClicks(dlg.password, "nope-nope")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.ok_button.isEnabled(), timeout=10_000)
    assert "已锁定15分钟" in dlg.error.text()
    qtbot.keyClicks(dlg.password, "yc-demo-1")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.ok_button.isEnabled(), timeout=10_000)
    assert "账号已被锁定" in dlg.error.text()
    assert dlg.result() != dlg.DialogCode.Accepted


def test_empty_fields_are_named_without_a_round_trip(qtbot, demo_store, settings) -> None:  # type: ignore[no-untyped-def]
    dlg = _dialog(qtbot, demo_store, settings)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.error.text() == "请输入工号"
    qtbot.keyClicks(dlg.work_no, "Q0001")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.error.text() == "请输入密码"
