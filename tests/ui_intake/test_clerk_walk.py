"""A whole clerk's walk through the GUI, ticket to pick-up: call a ticket, read the ID card from
the simulator, pick 有限责任公司设立登记 by typing ``yyzz``, mark a material missing, issue the
one-time notice (its PDF names the material), the applicant returns, accept (the receipt carries
the case number and a due date counted across the National Day holiday), steps, pause and
resume, extend with a supervisor's approval, conclude, pick-up with the collector's ID card,
and a rating on the window's rating pad. Every document is kept with the case and printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.cases.service import CaseService
from app.journal import Actor
from app.queue.service import QueueService
from tests.support.typing import ime_commit
from tests.ui_intake.conftest import HallClock, page_count, pdf_text
from ui.clerk.intake import CaseScreens

KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}), hall_code="HALL-001")
COMPANY = "有限责任公司设立登记"


def wait_issued(qtbot, screens: CaseScreens, action: Any) -> Any:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screens.desk.issued, timeout=20_000) as blocker:
        action()
    return blocker.args[0]


def print_preview(qtbot, screens: CaseScreens) -> str:  # type: ignore[no-untyped-def]
    preview = screens.desk.preview
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    with qtbot.waitSignal(screens.desk.printed, timeout=30_000) as blocker:
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    preview.close()
    return str(blocker.args[1])


def test_ticket_to_pickup(
    qtbot, clerk_window, settings, store, hall_clock: HallClock, printed: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    win = clerk_window
    screens: CaseScreens = win.case_screens
    intake, page = screens.intake, screens.page

    # --- a ticket is taken at the kiosk and called with F1 --------------------------------
    ticket = QueueService(store, settings).issue(KIOSK, "SCJG")
    win.tabs.setCurrentWidget(win.call_panel)
    qtbot.waitUntil(lambda: win.call_panel.window_status is not None, timeout=10_000)
    with qtbot.waitSignal(win.call_panel.changed, timeout=10_000):
        qtbot.keyClick(win.call_panel, Qt.Key.Key_F1)
    assert win.call_panel.number_label.text() == ticket.number

    # --- intake: the called ticket is linked ----------------------------------------------
    with qtbot.waitSignal(intake.done, timeout=10_000):
        win.tabs.setCurrentWidget(intake)
    assert ticket.number in intake.ticket_bar.text()

    # --- the ID card from the simulator ----------------------------------------------------
    with qtbot.waitSignal(intake.done, timeout=10_000):
        qtbot.mouseClick(intake.applicant.read_button, Qt.MouseButton.LeftButton)
    assert intake.applicant.edits["name"].text() == "王晓明"
    assert intake.applicant.edits["cert_no"].text() == "41138119850315123X"
    qtbot.keyClicks(intake.applicant.edits["phone"], "13800138000")

    # --- the matter by catalog search, and one material missing ---------------------------
    with qtbot.waitSignal(intake.matter.results_shown, timeout=10_000):
        qtbot.keyClicks(intake.matter.query, "yyzz")
    names = [intake.matter.model.row_at(r).name for r in range(intake.matter.model.rowCount())]
    assert COMPANY in names
    with qtbot.waitSignal(intake.done, timeout=10_000):
        intake.matter.choose_row(names.index(COMPANY))
    items = intake.materials.checklist_items
    assert len(items) >= 3
    missing = next(i for i in items if i.required)
    box = intake.materials.status_box(missing.seq)
    box.setCurrentIndex(box.findData("missing"))

    # --- incomplete: the one-time notice names it -----------------------------------------
    notice = wait_issued(qtbot, screens,
                         lambda: qtbot.mouseClick(intake.buttons["notice"], Qt.MouseButton.LeftButton))  # fmt: skip
    assert notice.kind == "notice"
    text = pdf_text(notice.pdf, tmp_path)
    assert "一次性告知单" in text and "".join(missing.name.split()) in text and "未提交" in text
    assert "纸质或电子" in text and "both" not in text and "paper" not in text  # words, not codes
    assert intake.case_no and intake.case_no in text and ticket.number in text
    where = print_preview(qtbot, screens)
    assert Path(where).exists() and page_count(Path(where)) >= 1
    case_no = intake.case_no
    svc = CaseService(store, settings, clock=hall_clock)
    detail = svc.case(case_no)
    assert detail.case.status == "notified" and detail.case.ticket_id == ticket.id
    assert [d.sha256 for d in detail.documents] == [notice.sha256]

    # --- the applicant returns that afternoon with the material ---------------------------
    hall_clock.set(dt.date(2026, 9, 30), hour=15)
    with qtbot.waitSignal(screens.cases.refreshed, timeout=10_000):
        win.tabs.setCurrentWidget(screens.cases)
    row = next(r for r, c in enumerate(screens.cases.rows) if c.case_no == case_no)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        screens.cases.open_row(row)
    assert win.tabs.currentWidget() is page
    assert page.notice_items.count() == 1
    page.notice_items.item(0).setCheckState(Qt.CheckState.Checked)
    receipt = wait_issued(qtbot, screens,
                          lambda: qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton))  # fmt: skip
    text = pdf_text(receipt.pdf, tmp_path)
    assert receipt.kind == "receipt" and case_no in text
    # accepted Wed 30 Sept; 1 working day promised: 1–7 Oct are the holiday → Thu 8 Oct
    assert "承诺办结日期2026年10月8日" in text
    assert "查询密码" in text and notice.doc_no in text
    print_preview(qtbot, screens)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.case.status == "accepted")

    # --- steps: 承办 → 审核 ------------------------------------------------------------------
    def step(opinion: str) -> None:
        qtbot.mouseClick(page.action_buttons["step"], Qt.MouseButton.LeftButton)
        dialog = page.step_dialog
        ime_commit(dialog.opinion, opinion)
        with qtbot.waitSignal(page.done, timeout=10_000):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    first_step = page.detail.case.step_names[0]
    step("材料齐全，符合设立条件")
    assert page.detail.case.steps_done == 1 and first_step in page.timeline_text()

    # --- pause for an inspection and resume -------------------------------------------------
    hall_clock.set(dt.date(2026, 10, 8))
    qtbot.mouseClick(page.action_buttons["pause"], Qt.MouseButton.LeftButton)
    dialog = page.pause_dialog
    dialog.kind.setCurrentText("现场核查")
    ime_commit(dialog.reason, "核实住所与申请材料是否一致")
    pause_doc = wait_issued(qtbot, screens,
                            lambda: qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton))  # fmt: skip
    text = pdf_text(pause_doc.pdf, tmp_path)
    assert "特别程序告知书" in text and "现场核查" in text and "不计入办结时限" in text
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.case.status == "suspended")
    assert "暂停计时" in page.clock.text()
    hall_clock.set(dt.date(2026, 10, 12))
    with qtbot.waitSignal(page.done, timeout=10_000):
        qtbot.mouseClick(page.action_buttons["resume"], Qt.MouseButton.LeftButton)
    clock = page.detail.case.clock
    assert page.detail.case.status == "accepted" and clock.days_paused >= 1
    assert clock.promise_due is not None and clock.promise_due > dt.date(2026, 10, 8)

    # --- extend, approved by a supervisor signing in on the spot ---------------------------
    due_before = clock.promise_due
    qtbot.mouseClick(page.action_buttons["extend"], Qt.MouseButton.LeftButton)
    ext = page.extend_dialog
    ext.days.setValue(5)
    ime_commit(ext.reason, "需补充核查股东出资情况")
    qtbot.mouseClick(ext.ok_button, Qt.MouseButton.LeftButton)
    sup = page.supervisor_dialog
    qtbot.keyClicks(sup.work_no, "Q0022")
    qtbot.keyClicks(sup.password, "yc-lead-1")
    ext_doc = wait_issued(qtbot, screens,
                          lambda: qtbot.mouseClick(sup.ok_button, Qt.MouseButton.LeftButton))  # fmt: skip
    text = pdf_text(ext_doc.pdf, tmp_path)
    assert "延长办理期限告知书" in text and "需补充核查股东出资情况" in text
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.case.clock.extension_days == 5)
    new_due = page.detail.case.clock.promise_due
    assert new_due is not None and new_due > due_before
    assert f"{new_due.year}年{new_due.month}月{new_due.day}日" in text

    # --- the remaining steps, then conclusion ----------------------------------------------
    while page.detail.case.steps_done < len(page.detail.case.step_names):
        step("同意")
    qtbot.mouseClick(page.action_buttons["conclude"], Qt.MouseButton.LeftButton)
    con = page.conclude_dialog
    con.result_box.setCurrentText("准予")
    ime_commit(con.doc_name, "营业执照")
    qtbot.keyClicks(con.doc_no, "91510822MA6Y000001")
    with qtbot.waitSignal(page.done, timeout=10_000):
        qtbot.mouseClick(con.ok_button, Qt.MouseButton.LeftButton)
    assert page.detail.case.status == "concluded"

    # --- pick-up: the collector's ID card is read ------------------------------------------
    qtbot.mouseClick(page.action_buttons["deliver"], Qt.MouseButton.LeftButton)
    dlv = page.deliver_dialog
    assert dlv.by_window.isChecked()
    qtbot.mouseClick(dlv.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlv.collector_id.text() == "41138119850315123X", timeout=10_000)
    slip = wait_issued(qtbot, screens,
                       lambda: qtbot.mouseClick(dlv.ok_button, Qt.MouseButton.LeftButton))  # fmt: skip
    text = pdf_text(slip.pdf, tmp_path)
    assert "办结结果领取单" in text and "营业执照" in text and "411381********123X" in text
    assert "41138119850315123X" not in text  # the full number is never printed
    print_preview(qtbot, screens)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.case.status == "delivered")

    # --- rating on the window's pad: five stars ---------------------------------------------
    qtbot.mouseClick(page.action_buttons["rate"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.devices.pad is not None
                    and page.devices.pad.simulator.last_prompt is not None, timeout=10_000)  # fmt: skip
    with qtbot.waitSignal(page.done, timeout=15_000):
        page.devices.pad.simulator.press(5)
    assert "非常满意" in page.message.text()

    # --- what the case keeps ----------------------------------------------------------------
    final = svc.case(case_no)
    assert final.case.status == "delivered"
    assert [r["level"] for r in final.ratings] == [1]
    kinds = [d.kind for d in final.documents]
    assert kinds == ["notice", "receipt", "pause_notice", "extension_notice", "result_slip"]
    issued = {d.sha256 for d in screens.desk.history}
    assert {d.sha256 for d in final.documents} == issued
    timeline = page.timeline_text()
    for word in (
        "收件",
        "一次性告知",
        "受理",
        "特别程序",
        "恢复计时",
        "延期",
        "办结",
        "送达",
        "评价",
    ):
        assert word in timeline, word
    names = sorted(p.name for p in printed.glob("*.pdf"))  # the three sent to the printer
    assert len(names) == 3
    for doc in (notice, receipt, slip):
        assert any(doc.doc_no in n for n in names), doc.doc_no
