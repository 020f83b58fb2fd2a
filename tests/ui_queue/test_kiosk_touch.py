"""The kiosk driven by touch: tiles, the number screen, printer faults, idle, the admin PIN."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.identity import resident_id_check_char
from app.kiosk import exit_pin
from app.queue.service import QueueService
from app.settings import Settings
from db.engine import Store
from ui.kiosk.kiosk_window import KioskWindow

PIN = "240816"
PIN_HASH = exit_pin.hash_pin(PIN)


@pytest.fixture
def make_kiosk(qtbot, store: Store, service: QueueService) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[KioskWindow] = []

    def make(settings: Settings, *, first_run: bool = False) -> KioskWindow:
        if not first_run:
            settings = dataclasses.replace(settings, kiosk_pin_hash=PIN_HASH)
        kiosk = KioskWindow(store, settings, hall_name="测试县政务服务中心", service=service)
        qtbot.addWidget(kiosk)
        kiosk.show()
        qtbot.waitUntil(lambda: "ZH" in kiosk.tiles.tiles)
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.shutdown()


def tap(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_on(qtbot, keypad, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        tap(qtbot, keypad.buttons[ch])
    tap(qtbot, keypad.buttons["确定"])


def test_tapping_a_tile_stores_a_ticket_and_shows_its_number(qtbot, make_kiosk, settings, service):  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(settings)
    with qtbot.waitSignal(kiosk.print_finished, timeout=10000) as printed:
        tap(qtbot, kiosk.tiles.tiles["ZH"])
    assert printed.args == [True]
    assert kiosk.stack.currentWidget() is kiosk.ticket_screen
    assert kiosk.ticket_screen.labels["ticketNumber"].text() == "A001"
    assert "请留意叫号" in kiosk.ticket_screen.labels["ticketAttention"].text()
    assert "请取走小票" in kiosk.ticket_screen.print_status.text()
    assert not kiosk.ticket_screen.preview.isHidden()  # sim:// shows the printed ticket
    zh = next(ln for ln in service.lines() if ln.code == "ZH")
    assert zh.waiting == 1 and service.ticket("A001").status == "waiting"
    tap(qtbot, kiosk.ticket_screen)  # a tap returns home
    assert kiosk.stack.currentWidget() is kiosk.home


def test_printer_out_of_paper_still_issues_and_shows_a_notice(qtbot, make_kiosk, settings, service):  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(dataclasses.replace(settings, ticket_printer="sim://uifail?state=paper_out"))
    with qtbot.waitSignal(kiosk.print_finished, timeout=10000) as printed:
        tap(qtbot, kiosk.tiles.tiles["BDC"])
    assert printed.args == [False]
    notice = kiosk.ticket_screen.print_status.text()
    assert "小票打印失败" in notice and "C001" in notice and "拍照" in notice
    assert kiosk.ticket_screen.labels["ticketNumber"].text() == "C001"
    assert service.ticket("C001").status == "waiting"


def test_closed_line_is_greyed_with_its_hours_and_cannot_be_tapped(
    qtbot, make_kiosk, settings, service
):  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(settings)
    tile = kiosk.tiles.tiles["SW"]
    assert not tile.isEnabled()
    assert "13:30-17:00" in tile.info_label.text()
    tap(qtbot, tile)
    assert kiosk.stack.currentWidget() is kiosk.home
    assert next(ln for ln in service.lines() if ln.code == "SW").issued_today == 0


def test_typed_id_of_a_person_over_70_gets_the_elderly_lane(qtbot, make_kiosk, settings, service):  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(settings)
    tap(qtbot, kiosk.priority_button)
    assert kiosk.stack.currentWidget() is kiosk.priority_screen
    first17 = "11010119450101123"
    for ch in first17 + resident_id_check_char(first17):  # read once complete, no 确定 key
        tap(qtbot, kiosk.priority_screen.keypad.buttons[ch])
    assert "老年人优先" in kiosk.priority_screen.card_status.text()
    assert kiosk.priority_screen.keypad.buttons["确定"].isHidden()  # one confirm button only
    tap(qtbot, kiosk.priority_screen.go_button)
    assert kiosk.stack.currentWidget() is kiosk.home
    assert kiosk.priority_bar.isVisible() and "老年人" in kiosk.priority_text.text()
    with qtbot.waitSignal(kiosk.issued, timeout=10000) as issued:
        tap(qtbot, kiosk.tiles.tiles["ZH"])
    ticket = issued.args[0]
    assert ticket.priority_kind == "elderly"
    assert "老年人" in kiosk.ticket_screen.labels["ticketLine"].text()


def test_idle_timeout_returns_home_from_a_sub_screen(qtbot, make_kiosk, settings):  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(dataclasses.replace(settings, kiosk_idle_seconds=1))
    tap(qtbot, kiosk.priority_button)
    assert kiosk.stack.currentWidget() is kiosk.priority_screen
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.home, timeout=5000)


def test_wrong_admin_pin_is_refused_and_the_right_one_leaves(qtbot, make_kiosk, settings):  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(settings)
    kiosk.close()  # Alt+F4 on a kiosk asks for the PIN instead of closing
    assert kiosk.isVisible() and kiosk.stack.currentWidget() is kiosk.pin_screen
    with qtbot.waitSignal(kiosk.pin_screen.checked, timeout=5000):
        type_on(qtbot, kiosk.pin_screen.keypad, "111111")
    assert "密码错误" in kiosk.pin_screen.message.text()
    assert kiosk.isVisible()
    type_on(qtbot, kiosk.pin_screen.keypad, PIN)
    qtbot.waitUntil(lambda: not kiosk.isVisible())


def test_swiping_an_id_card_fills_in_the_applicant(qtbot, make_kiosk, settings) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(dataclasses.replace(settings, id_reader="sim://"))  # a card lies on it
    tap(qtbot, kiosk.priority_button)
    qtbot.waitUntil(lambda: "已读取" in kiosk.priority_screen.card_status.text(), timeout=5000)
    assert "411381********123X" in kiosk.priority_screen.card_status.text()
    assert kiosk.priority_screen.id_number == "41138119850315123X"


def test_ctrl_alt_q_asks_for_the_pin(qtbot, make_kiosk, settings) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(settings)
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.isActiveWindow)
    qtbot.keyClick(
        kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    assert kiosk.stack.currentWidget() is kiosk.pin_screen
