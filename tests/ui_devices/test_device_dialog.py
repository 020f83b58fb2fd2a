"""The device dialog as a clerk and an administrator use it: live printer status, a test
print, a card read test, and saving (refused for a clerk, written for an admin)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.journal import Actor
from app.settings import Settings
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.devices.device_dialog import DeviceDialog

ADMIN = Actor("Q0024", frozenset({"admin"}))
CLERK = Actor("Q0003", frozenset({"clerk"}))


@pytest.fixture
def dialog(qtbot, qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(actor: Actor, printer: str = "sim://dev-ok") -> DeviceDialog:
        settings = Settings(db=f"sqlite:///{tmp_path / 'x.db'}", ticket_printer=printer)
        make_app(settings)
        d = DeviceDialog(settings, actor, hall_name="青川县政务服务中心",
                         config_path=tmp_path / "yichuang.toml")  # fmt: skip
        qtbot.addWidget(d)
        d.show()
        return d

    yield make
    wait_idle()


def test_paper_out_printer_is_reported_live_and_test_print_refused(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    d = dialog(ADMIN, "sim://dev-paper?state=paper_out")
    qtbot.waitUntil(lambda: "缺纸" in d.status.text(), timeout=10_000)
    with qtbot.waitSignal(d.printed, timeout=10_000) as sig:
        qtbot.mouseClick(d.test_button, Qt.MouseButton.LeftButton)
    assert "测试打印失败" in sig.args[0] and "缺纸" in sig.args[0]
    assert d.preview.pixmap().isNull()


def test_working_printer_prints_and_shows_the_ticket(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    d = dialog(ADMIN)
    qtbot.waitUntil(lambda: d.status.text().startswith("正常"), timeout=10_000)
    with qtbot.waitSignal(d.printed, timeout=10_000) as sig:
        qtbot.mouseClick(d.test_button, Qt.MouseButton.LeftButton)
    assert "测试票已打印" in sig.args[0]
    assert not d.preview.pixmap().isNull() and d.preview.pixmap().height() > 200


def test_card_read_test_shows_masked_number(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    d = dialog(ADMIN)
    with qtbot.waitSignal(d.card_read, timeout=10_000) as sig:
        qtbot.mouseClick(d.read_button, Qt.MouseButton.LeftButton)
    text = sig.args[0]
    assert "读卡正常" in text and "********" in text


def test_clerk_cannot_save_and_keeps_what_was_typed(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = dialog(CLERK)
    d.led_url.setText("serial:///dev/ttyUSB2?baudrate=9600")
    with qtbot.waitSignal(d.saved, timeout=5_000):
        d.save()
    assert "无权" in d.message.text()
    assert d.led_url.text() == "serial:///dev/ttyUSB2?baudrate=9600"
    assert not (tmp_path / "yichuang.toml").exists()


def test_admin_save_writes_the_settings_file(qtbot, dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = dialog(ADMIN)
    d.printer_url.setEditText("socket://192.168.1.50:9100")
    d.profile.setCurrentIndex(d.profile.findData("xprinter-xp80"))
    d.led_url.setText("serial:///dev/ttyUSB2?baudrate=9600")
    with qtbot.waitSignal(d.saved, timeout=5_000):
        qtbot.mouseClick(d.findChild(type(d.test_button), "primary"), Qt.MouseButton.LeftButton)
    saved = tomllib.loads((tmp_path / "yichuang.toml").read_text(encoding="utf-8"))
    assert saved["ticket_printer"] == "socket://192.168.1.50:9100"
    assert saved["printer_profile"] == "xprinter-xp80"
    assert saved["led_display"] == "serial:///dev/ttyUSB2?baudrate=9600"
    assert d.settings.printer_profile == "xprinter-xp80"


def test_after_a_test_print_the_dialog_still_fits_a_1080_screen_and_speaks_plainly(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    d = dialog(ADMIN)
    assert "模拟设备" in d.url_note.text()  # not a bare "sim://"
    assert "generic" not in d.profile.currentText() and "热敏打印机" in d.profile.currentText()
    with qtbot.waitSignal(d.printed, timeout=10_000):
        qtbot.mouseClick(d.test_button, Qt.MouseButton.LeftButton)
    assert not d.preview.pixmap().isNull()  # the printed ticket is shown, in its scroll box
    d.adjustSize()
    assert d.height() <= 1080 - 80  # 保存 and 关闭 stay on a 1920×1080 screen with its task bar
