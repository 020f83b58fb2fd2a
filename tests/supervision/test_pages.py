"""The supervision pages driven with pytest-qt on a real SQLite hall: what the supervisor sees,
clicks and types, and what is stored."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.cases.service import CaseService
from app.settings import Settings
from db.engine import Store
from db.models import Complaint, FollowUpRating, RatingFollowUp, WarningAck
from tests.queue.conftest import Clock
from tests.supervision.conftest import COMPANY, FOOD, SUPERVISOR, accepted, bad_review
from ui.common.worker import wait_idle

pytestmark = pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)


def texts(table, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, col).text() for r in range(table.rowCount())]


def ime(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Chinese as an input method delivers it: a commit string (QTest types only ASCII)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    ev = QInputMethodEvent()
    ev.setCommitString(text)
    QApplication.sendEvent(widget, ev)


def click_row(qtbot, table, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_warnings_page_acknowledge_and_filter(qtbot, hall: Store, cases: CaseService,  # type: ignore[no-untyped-def]
                                              clock: Clock) -> None:  # fmt: skip
    from ui.dashboard.warnings_page import WarningsPage

    food, company = accepted(cases, FOOD), accepted(cases, COMPANY)
    clock.set_local(dt.datetime(2026, 9, 28, 9, 0))
    page = WarningsPage(hall, Settings(), SUPERVISOR, clock=clock)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    assert texts(page.table, 1) == [company, food]  # worst first
    assert texts(page.table, 0) == ["法定超期", "黄灯"]
    assert texts(page.table, 5) == ["已超过法定办结时限", "临近承诺办结时限"]
    assert texts(page.table, 8) == ["未确认", "未确认"]
    # acknowledging with nothing selected, then with no explanation: told, nothing stored
    qtbot.mouseClick(page.ack_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "请先在列表中选择一条预警"
    click_row(qtbot, page.table, 1)
    with qtbot.waitSignal(page.failed, timeout=10_000):
        qtbot.mouseClick(page.ack_button, Qt.MouseButton.LeftButton)
    assert "情况说明" in page.status.text()
    ime(page.explanation, "已电话督办承办科室")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(page.table, 8)[1].startswith("已确认（赵主管"), timeout=10_000)
    assert texts(page.table, 9)[1] == "已电话督办承办科室" and page.explanation.text() == ""
    with hall.read() as s:
        assert [(a.case_no, a.level) for a in s.scalars(select(WarningAck))] == [(food, "yellow")]
    # filters: not the acknowledged ones; then only yellow
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.show_acked, Qt.MouseButton.LeftButton)
    assert texts(page.table, 1) == [company]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.level.setCurrentIndex(page.level.findData("yellow"))
    assert page.table.rowCount() == 0
    wait_idle()


def test_follow_ups_page_callback_fix_and_follow_up_rating(qtbot, hall: Store,  # type: ignore[no-untyped-def]
                                                          cases: CaseService, clock: Clock) -> None:  # fmt: skip
    from ui.dashboard.follow_ups_page import FollowUpsPage

    fid = bad_review(cases)
    clock.set_local(dt.datetime(2026, 9, 23, 9, 0))  # the callback was due yesterday
    page = FollowUpsPage(hall, Settings(), SUPERVISOR, clock=clock)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert texts(page.table, 1) == ["非常不满意"] and texts(page.table, 3) == ["2026-09-22"]
    assert texts(page.table, 4) == ["已逾期"] and texts(page.table, 7) == ["待办"]
    click_row(qtbot, page.table, 0)
    # fixing before calling back: refused with the reason, the typed measures kept
    ime(page.measures, "高峰时段增开窗口")
    with qtbot.waitSignal(page.failed, timeout=10_000):
        qtbot.mouseClick(page.fix_button, Qt.MouseButton.LeftButton)
    assert "请先回访核实" in page.status.text() and page.measures.text() == "高峰时段增开窗口"
    page.verdict.setCurrentIndex(page.verdict.findData("属实"))
    ime(page.note, "致电张先生，确系等候过久")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.callback_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(page.table, 5) == ["属实"], timeout=10_000)
    assert texts(page.table, 4)[0].startswith("逾期 09-23")
    ime(page.measures, "高峰时段增开窗口")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(page.table, 7)[0].startswith("按时"), timeout=10_000)
    page.level.setCurrentIndex(page.level.findData(2))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.rerate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=10_000)  # done: off the list
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.include_done, Qt.MouseButton.LeftButton)
    assert texts(page.table, 9) == ["2 满意"]
    with hall.read() as s:
        f = s.scalar(select(RatingFollowUp))
        assert f is not None and (f.verdict, f.measures) == ("属实", "高峰时段增开窗口")
        assert [r.level for r in s.scalars(select(FollowUpRating))] == [2]
        assert str(f.id) == fid
    wait_idle()


def test_complaints_page_take_down_assign_answer_and_overdue(qtbot, hall: Store,  # type: ignore[no-untyped-def]
                                                            clock: Clock) -> None:  # fmt: skip
    from app.supervision.complaints import ComplaintInput, ComplaintService
    from ui.dashboard.complaints_page import ComplaintsPage

    old = ComplaintService(hall, Settings(), clock=clock).file(None, ComplaintInput(
        complainant_name="李四", complainant_phone="13900139000", content="叫号屏不显示我的号"))
    clock.set_local(dt.datetime(2026, 10, 13, 9, 0))  # its 10 working days are over
    page = ComplaintsPage(hall, Settings(), SUPERVISOR, clock=clock)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    assert texts(page.table, 0) == [old.number] and texts(page.table, 6) == ["已受理，待分派（超期）"]
    assert texts(page.table, 1) == ["查询触摸屏"]
    # a phone complaint with a bad phone number: told which field, nothing typed is lost
    ime(page.name, "王五")
    qtbot.keyClicks(page.phone, "12")
    qtbot.keyClicks(page.window_no, "3")
    ime(page.content, "3号窗口人员办理时玩手机")
    with qtbot.waitSignal(page.failed, timeout=10_000):
        qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    assert "联系电话" in page.status.text() and page.content.toPlainText() == "3号窗口人员办理时玩手机"
    page.phone.clear()
    qtbot.keyClicks(page.phone, "13700137000")
    with qtbot.waitSignal(page.filed, timeout=10_000) as got:
        qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    receipt = got.args[0]
    assert receipt.number in page.receipt.text() and receipt.password in page.receipt.text()
    assert receipt.due_on == dt.date(2026, 10, 27) and page.name.text() == ""
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=10_000)
    row = texts(page.table, 0).index(receipt.number)
    assert texts(page.table, 1)[row] == "电话" and texts(page.table, 7)[row] == "未分派"
    click_row(qtbot, page.table, row)
    assert "窗口：3" in page.detail.text()
    qtbot.keyClicks(page.assignee, "C002")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "C002" in texts(page.table, 7), timeout=10_000)
    row = texts(page.table, 0).index(receipt.number)
    click_row(qtbot, page.table, row)
    ime(page.answer_text, "经调查属实，已对当事人批评教育")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: texts(page.table, 0) == [old.number], timeout=10_000)  # answered: off
    with hall.read() as s:
        c = s.scalar(select(Complaint).where(Complaint.number == receipt.number))
        assert c is not None and (c.channel, c.window_no, c.handler, c.status) == ("phone", 3, "C002", "answered")
        assert c.answer == "经调查属实，已对当事人批评教育" and c.answered_by == "S001"
    wait_idle()


def test_a_clerk_takes_a_complaint_at_the_window_and_answers_only_their_own(  # type: ignore[no-untyped-def]
    qtbot, hall: Store, clock: Clock
) -> None:
    from app.supervision.complaints import ComplaintInput, ComplaintService
    from tests.supervision.conftest import CLERK, CLERK2
    from ui.dashboard.complaints_page import ComplaintsPage

    svc = ComplaintService(hall, Settings(), clock=clock)
    theirs = svc.file(CLERK2, ComplaintInput(complainant_name="李四", complainant_phone="13900139000",
                                             content="等候时间太长了", channel="window"))  # fmt: skip
    page = ComplaintsPage(hall, Settings(), CLERK, clock=clock)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.table.rowCount() == 0  # another clerk's complaint is not on this list
    assert not page.assign_button.isVisible() and page.channel.currentData() == "window"
    ime(page.name, "王五")
    qtbot.keyClicks(page.phone, "13700137000")
    ime(page.content, "窗口人员态度生硬")
    with qtbot.waitSignal(page.filed, timeout=10_000) as got:
        qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    mine = got.args[0].number
    qtbot.waitUntil(lambda: texts(page.table, 0) == [mine], timeout=10_000)
    # taken by this clerk but not assigned to them: the answer is refused, the text kept
    click_row(qtbot, page.table, 0)
    ime(page.answer_text, "已向群众道歉并说明情况")
    with qtbot.waitSignal(page.failed, timeout=10_000):
        qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    assert "尚未分派" in page.status.text() and page.answer_text.toPlainText() == "已向群众道歉并说明情况"
    svc.assign(SUPERVISOR, mine, "C001")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    click_row(qtbot, page.table, 0)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    with hall.read() as s:
        rows = {c.number: (c.channel, c.received_by, c.status) for c in s.scalars(select(Complaint))}
    assert rows == {mine: ("window", "C001", "answered"), theirs.number: ("window", "C002", "received")}
    wait_idle()
