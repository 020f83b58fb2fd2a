"""The public touchscreen's complaint page: tapped with touch events, typed on a keyboard;
what the complainant sees and what is stored."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.settings import Settings
from app.supervision.complaints import ComplaintService
from db.engine import Store
from db.models import Complaint
from tests.queue.conftest import Clock
from tests.supervision.conftest import SUPERVISOR
from ui.common.worker import wait_idle

pytestmark = pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)
_touch = []


def tap(widget: QWidget) -> None:
    """A finger on the widget's centre and off again."""
    if not _touch:
        _touch.append(QTest.createTouchDevice())
    centre = QPoint(widget.width() // 2, widget.height() // 2)
    QTest.touchEvent(widget.window(), _touch[0]).press(0, centre, widget).commit()
    QTest.touchEvent(widget.window(), _touch[0]).release(0, centre, widget).commit()
    QApplication.processEvents()


def ime(widget: QWidget, text: str) -> None:
    widget.setFocus()
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def test_file_by_touch_then_read_the_answer_masked(qtbot, hall: Store, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    from ui.lookup.complaint_page import ComplaintPage

    page = ComplaintPage(hall, Settings(), clock=clock)
    qtbot.addWidget(page)
    page.resize(1080, 1920)
    page.show()
    qtbot.waitExposed(page)
    tap(page.file_tile)
    assert page.stack.currentWidget() is page.form_page
    # nothing typed: every missing field named, the page stays
    with qtbot.waitSignal(page.failed, timeout=10_000):
        tap(page.submit)
    assert "投诉人姓名" in page.error.text() and "联系电话" in page.error.text()
    assert page.stack.currentWidget() is page.form_page
    ime(page.name, "欧阳娜娜")
    qtbot.keyClicks(page.phone, "13800138000")
    qtbot.keyClicks(page.window_no, "2")
    ime(page.content, "在2号窗口等了一个小时无人办理")
    with qtbot.waitSignal(page.filed, timeout=10_000) as got:
        tap(page.submit)
    receipt = got.args[0]
    assert page.stack.currentWidget() is page.receipt_page
    shown = page.receipt.text()
    assert receipt.number in shown and receipt.password in shown and "2026-10-12" in shown
    with hall.read() as s:
        row = s.scalar(select(Complaint))
        assert row is not None and (row.channel, row.window_no, row.received_by) == ("lookup", 2, "public:lookup")
    # done: everything typed and shown is forgotten before the next person
    with qtbot.waitSignal(page.done, timeout=1_000):
        tap(page.finish)
    assert page.receipt.text() == "" and page.stack.currentWidget() is page.home_page
    # answered meanwhile; read back with the number and password
    ComplaintService(hall, Settings(), clock=clock).answer(SUPERVISOR, receipt.number, "已核实并整改，感谢您的监督")
    tap(page.check_tile)
    qtbot.keyClicks(page.number, receipt.number)
    qtbot.keyClicks(page.password, "000000")
    with qtbot.waitSignal(page.failed, timeout=10_000):
        tap(page.lookup)
    assert "投诉编号或查询密码错误" in page.error.text() and not page.answer.isVisible()
    page.password.clear()
    qtbot.keyClicks(page.password, receipt.password)
    with qtbot.waitSignal(page.answered, timeout=10_000):
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    text = page.answer.text()
    assert "欧**娜" in text and "已核实并整改，感谢您的监督" in text and "已答复" in text
    assert "欧阳娜娜" not in text and "13800138000" not in text and page.password.text() == ""
    wait_idle()


def test_overdue_without_answer_says_so(qtbot, hall: Store, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    from app.supervision.complaints import ComplaintInput
    from ui.lookup.complaint_page import ComplaintPage

    r = ComplaintService(hall, Settings(), clock=clock).file(None, ComplaintInput(
        complainant_name="张三", complainant_phone="13800138000", content="窗口人员态度差"))  # fmt: skip
    clock.set_local(dt.datetime(2026, 10, 20, 9, 0))
    page = ComplaintPage(hall, Settings(), clock=clock)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.check_tile, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.number, r.number)
    qtbot.keyClicks(page.password, r.password)
    with qtbot.waitSignal(page.answered, timeout=10_000):
        qtbot.mouseClick(page.lookup, Qt.MouseButton.LeftButton)
    assert "已超过答复期限" in page.answer.text() and "张*" in page.answer.text()
    with qtbot.waitSignal(page.done, timeout=1_000):
        qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)  # to home …
        qtbot.mouseClick(page.back, Qt.MouseButton.LeftButton)  # … and out
    wait_idle()
