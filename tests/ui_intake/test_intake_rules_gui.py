"""The one-time rule, bad input, a lost store, a printer fault, refusal, 即办件, 补打, the open
cases' warnings and the first-inquiry log, each driven through the clerk window."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from app.cases.service import CaseService
from app.cases.views import IntakeInput, MaterialCheck, PartyInput
from printers.documents import from_payload, render_pdf, sha256_hex
from tests.support.typing import ime_commit
from tests.ui_intake.conftest import HallClock, pdf_text
from tests.ui_intake.steps import (
    COMPANY,
    SHOP,
    click,
    decide,
    mark,
    open_in_page,
    pick_matter,
    required_seqs,
    type_applicant,
)


def test_a_deficiency_not_on_the_notice_needs_a_supervisor_and_is_a_breach(
    qtbot, clerk_window, store, settings, hall_clock: HallClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    screens = clerk_window.case_screens
    type_applicant(qtbot, screens)
    pick_matter(qtbot, screens)
    first, second = required_seqs(screens)[:2]
    mark(screens, first, "missing")
    decide(qtbot, screens, "notice")
    case_no = screens.intake.case_no
    page = screens.page
    open_in_page(qtbot, screens, case_no)

    # acceptance needs every item of the notice ticked off: the service says which is left
    with qtbot.waitSignal(page.done, timeout=10_000):
        click(qtbot, page.accept_button)
    assert "未补齐" in page.message.text()
    svc = CaseService(store, settings, clock=hall_clock)
    assert svc.case(case_no).case.status == "notified"

    # something the notice did not name: the clerk alone may not ask for it
    click(qtbot, page.further_button)
    dialog = page.deficiency_dialog
    other = next(m["name"] for m in svc.case(case_no).case.materials if m["seq"] == second)
    dialog.material.setCurrentIndex(dialog.material.findText(other))
    ime_commit(dialog.problem, "复印件缺少股东签字")
    with qtbot.waitSignal(page.done, timeout=10_000):
        click(qtbot, dialog.findChild(type(page.accept_button), "primary"))
    assert "主管批准" in page.message.text()
    sup = page.supervisor_dialog
    qtbot.waitUntil(sup.isVisible)
    qtbot.keyClicks(sup.work_no, "Q0004")  # another clerk: not a supervisor
    qtbot.keyClicks(sup.password, "yc-demo-1")
    click(qtbot, sup.ok_button)
    qtbot.waitUntil(lambda: "不是主管" in sup.error.text(), timeout=10_000)
    sup.work_no.clear()
    qtbot.keyClicks(sup.work_no, "Q0022")
    qtbot.keyClicks(sup.password, "yc-lead-1")
    with qtbot.waitSignal(screens.desk.issued, timeout=20_000) as blocker:
        click(qtbot, sup.ok_button)
    notice = blocker.args[0]
    text = pdf_text(notice.pdf, tmp_path)
    missing_name = next(m["name"] for m in svc.case(case_no).case.materials if m["seq"] == first)
    assert "".join(missing_name.split()) in text and "复印件缺少股东签字" in text
    qtbot.waitUntil(lambda: "违反一次性告知" in page.message.text(), timeout=10_000)
    detail = svc.case(case_no)
    assert [b["material"] for b in detail.breaches] == [other]
    assert detail.breaches[0]["staff"] == "Q0003" and detail.breaches[0]["approved_by"] == "Q0022"
    qtbot.waitUntil(lambda: "违反一次性告知" in page.timeline_text(), timeout=10_000)

    # the applicant brings both: ticked off, accepted
    qtbot.waitUntil(lambda: page.notice_items.count() == 2)
    for i in range(page.notice_items.count()):
        page.notice_items.item(i).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(screens.desk.issued, timeout=20_000):
        click(qtbot, page.accept_button)
    assert svc.case(case_no).case.status == "accepted"


def test_bad_input_is_shown_by_its_field_and_nothing_is_lost(
    qtbot, clerk_window, store, settings, hall_clock: HallClock
) -> None:  # type: ignore[no-untyped-def]
    screens = clerk_window.case_screens
    intake = screens.intake
    type_applicant(qtbot, screens, cert="110105194912310021")  # wrong check character
    box = intake.applicant
    assert "校验码" in box.errors["cert_no"].text()
    qtbot.keyClicks(intake.agent.edits["phone"], "12345")  # not even shown yet: no agent
    with qtbot.waitSignal(intake.done, timeout=10_000):
        click(qtbot, intake.buttons["accept"])
    assert "需要更正" in intake.message.text()
    assert "事项" in intake.matter.error.text()  # no matter chosen
    assert box.edits["cert_no"].text() == "110105194912310021"  # as typed
    assert box.edits["name"].text() == "张三丰"
    svc = CaseService(store, settings, clock=hall_clock)
    assert svc.search(clerk_window.actor, "张三丰") == []  # nothing saved
    # a 容缺后补 item with a date in the past is refused next to its row
    pick_matter(qtbot, screens)
    seq = required_seqs(screens)[0]
    mark(screens, seq, "deferred")
    intake.materials.date_edit(seq).setDate(intake.materials.date_edit(seq).date().addYears(-30))
    box.edits["cert_no"].clear()
    qtbot.keyClicks(box.edits["cert_no"], "11010519491231002X")
    with qtbot.waitSignal(intake.done, timeout=10_000):
        click(qtbot, intake.buttons["accept"])
    assert seq in [intake.materials.checklist_items[r].seq for r in intake.materials.row_errors]
    assert "承诺补交日期" in intake.message.text()
    assert svc.search(clerk_window.actor, "张三丰") == []


def test_a_lost_store_keeps_the_form_and_the_retry_saves_it(
    qtbot, clerk_window, store, settings, hall_clock: HallClock
) -> None:  # type: ignore[no-untyped-def]
    screens = clerk_window.case_screens
    intake = screens.intake
    type_applicant(qtbot, screens)
    pick_matter(qtbot, screens)
    db = Path(settings.db.removeprefix("sqlite:///"))
    away = db.with_suffix(".away")
    store.engine.dispose()
    shutil.move(db, away)  # the file server went away; a new empty file appears in its place
    try:
        with qtbot.waitSignal(intake.done, timeout=10_000):
            click(qtbot, intake.buttons["accept"])
        assert "无法连接数据库" in intake.message.text() and "未丢失" in intake.message.text()
        assert intake.applicant.edits["name"].text() == "张三丰"
        assert intake.case_no is None
    finally:
        store.engine.dispose()
        db.unlink(missing_ok=True)
        shutil.move(away, db)
    with qtbot.waitSignal(screens.desk.issued, timeout=20_000) as blocker:
        click(qtbot, intake.buttons["accept"])
    assert blocker.args[0].kind == "receipt" and intake.case_no


def test_a_failed_print_is_offered_again_and_the_case_is_already_saved(
    qtbot, clerk_window, store, settings, hall_clock: HallClock, printed: Path
) -> None:  # type: ignore[no-untyped-def]
    screens = clerk_window.case_screens
    settings.a4_printer = f"file://{printed / 'no-such-tray'}"
    type_applicant(qtbot, screens)
    pick_matter(qtbot, screens)
    receipt = decide(qtbot, screens, "accept")
    svc = CaseService(store, settings, clock=hall_clock)
    detail = svc.case(screens.intake.case_no)
    assert detail.case.status == "accepted" and [d.sha256 for d in detail.documents] == [
        receipt.sha256
    ]
    preview = screens.desk.preview
    with qtbot.waitSignal(screens.desk.print_failed, timeout=20_000):
        click(qtbot, preview.print_button)
    assert "打印失败" in preview.status.text() and "不会丢失" in preview.status.text()
    assert preview.print_button.text() == "重新打印"
    settings.a4_printer = f"file://{printed}"  # paper back in
    with qtbot.waitSignal(screens.desk.printed, timeout=30_000):
        click(qtbot, preview.print_button)
    assert list(printed.glob("*.pdf"))
    preview.close()


def test_not_our_competence_names_the_body_and_the_rights(
    qtbot, clerk_window, hall_clock: HallClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    screens = clerk_window.case_screens
    type_applicant(qtbot, screens)
    pick_matter(qtbot, screens)
    click(qtbot, screens.intake.buttons["refuse"])
    dialog = screens.intake.refuse_dialog
    dialog.elsewhere.setChecked(True)
    ime_commit(dialog.body, "广元市市场监督管理局")
    ime_commit(dialog.reason, "外商投资企业登记由市级机关办理")
    with qtbot.waitSignal(screens.desk.issued, timeout=20_000) as blocker:
        click(qtbot, dialog.ok_button)
    text = pdf_text(blocker.args[0].pdf, tmp_path)
    assert "不予受理通知书" in text and "广元市市场监督管理局" in text
    assert "青川县人民政府申请行政复议" in text and "青川县人民法院提起行政诉讼" in text


def test_instant_case_is_accepted_and_concluded_on_the_spot_and_rated_in_the_dialog(
    qtbot, clerk_window, settings, hall_clock: HallClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    screens = clerk_window.case_screens
    type_applicant(qtbot, screens)
    pick_matter(qtbot, screens, SHOP, "gtgsh")
    assert screens.intake.buttons["instant"].isEnabled()
    receipt = decide(qtbot, screens, "instant")
    text = pdf_text(receipt.pdf, tmp_path)
    assert "即办件，已于2026年9月30日" in text and "当场办结" in text
    assert "已受理并当场办结" in screens.intake.outcome.text()
    # no rating pad at this window: the applicant taps a level in the dialog
    settings.rating_pad = ""
    page = screens.page
    open_in_page(qtbot, screens, screens.intake.case_no)
    assert page.action_buttons["rate"].isEnabled()
    click(qtbot, page.action_buttons["rate"])
    dialog = page.rating_dialog
    with qtbot.waitSignal(page.done, timeout=10_000):
        click(qtbot, dialog.buttons[2])
    assert "满意" in page.message.text()
    assert [r["level"] for r in page.detail.ratings] == [2]
    assert not page.action_buttons["rate"].isEnabled()  # 一事一评


def test_reprint_is_marked_and_the_kept_notice_rebuilds_to_its_hash(
    qtbot, clerk_window, store, settings, hall_clock: HallClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    screens = clerk_window.case_screens
    type_applicant(qtbot, screens)
    pick_matter(qtbot, screens)
    mark(screens, required_seqs(screens)[0], "missing")
    notice = decide(qtbot, screens, "notice")
    case_no = screens.intake.case_no
    svc = CaseService(store, settings, clock=hall_clock)
    kept = svc.case(case_no).documents[0]
    assert kept.payload is not None
    assert (
        sha256_hex(render_pdf(from_payload(kept.kind, kept.payload)))
        == kept.sha256
        == notice.sha256
    )
    page = screens.page
    open_in_page(qtbot, screens, case_no)
    page.documents.selectRow(0)
    with qtbot.waitSignal(screens.desk.issued, timeout=20_000) as blocker:
        click(qtbot, page.reprint_button)
    again = blocker.args[0]
    assert again.reprint and again.doc_no == notice.doc_no and again.sha256 != notice.sha256
    text = pdf_text(again.pdf, tmp_path)
    assert "补打" in text and "第1次补打" in text and notice.doc_no in text
    docs = svc.case(case_no).documents
    assert [(d.doc_no, d.reprint) for d in docs] == [(notice.doc_no, False), (notice.doc_no, True)]


def test_my_open_cases_show_red_when_past_the_promised_date(
    qtbot, clerk_window, store, settings, hall_clock: HallClock
) -> None:  # type: ignore[no-untyped-def]
    svc = CaseService(store, settings, clock=hall_clock)
    impl = "11510822008123013A4010010010010"  # 有限责任公司设立登记, 1 working day
    items = svc.checklist(impl).items
    data = IntakeInput(impl_code=impl, applicant=PartyInput("person", "李四", "11010519491231002X"),
                       materials=[MaterialCheck(i.seq, i.name) for i in items])  # fmt: skip
    case_no = svc.receive(clerk_window.actor, data).case_no
    svc.accept(clerk_window.actor, case_no)
    hall_clock.set(dt.date(2026, 10, 14))  # due 8 Oct: well past
    screens = clerk_window.case_screens
    with qtbot.waitSignal(screens.cases.refreshed, timeout=10_000):
        clerk_window.tabs.setCurrentWidget(screens.cases)
    row = next(r for r, c in enumerate(screens.cases.rows) if c.case_no == case_no)
    assert screens.cases.table.item(row, 0).text() == "已超期"
    assert screens.cases.table.item(row, 0).background().color().name() == "#f9d3cf"
    assert "红 1" in screens.cases.count.text()
    assert COMPANY in screens.cases.table.item(row, 2).text()


def test_first_inquiry_stays_on_my_list_and_turns_overdue(
    qtbot, clerk_window, hall_clock: HallClock
) -> None:  # type: ignore[no-untyped-def]
    screens = clerk_window.case_screens
    panel = screens.inquiries
    clerk_window.tabs.setCurrentWidget(panel)
    ime_commit(panel.question, "个体户转为公司需要哪些材料")
    ime_commit(panel.visitor, "王五")
    panel.disposition.setCurrentIndex(panel.disposition.findData("handled"))
    promised = hall_clock.now + dt.timedelta(hours=1)
    panel.reply_by.setDateTime(promised.replace(tzinfo=None))
    with qtbot.waitSignal(panel.done, timeout=10_000):
        click(qtbot, panel.findChild(type(screens.page.accept_button), "primary"))
    assert "联系电话" in panel.message.text()  # needed to answer later; nothing typed is lost
    assert panel.question.toPlainText() == "个体户转为公司需要哪些材料"
    qtbot.keyClicks(panel.phone, "13912345678")
    with qtbot.waitSignal(panel.done, timeout=10_000):
        click(qtbot, panel.findChild(type(screens.page.accept_button), "primary"))
    assert "已登记" in panel.message.text()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert "已超时" not in panel.table.item(0, 4).text()
    hall_clock.now += dt.timedelta(hours=2)
    panel.refresh()
    qtbot.waitUntil(lambda: "已超时" in panel.table.item(0, 4).text(), timeout=10_000)
    panel.table.selectRow(0)
    qtbot.keyClicks(panel.hand_to, "Q0004")
    with qtbot.waitSignal(panel.done, timeout=10_000):
        click(qtbot, panel.findChild(type(screens.page.accept_button), "handOffInquiry"))
    qtbot.waitUntil(
        lambda: panel.table.rowCount() == 1 and panel.table.item(0, 5).text() == "Q0004"
    )
    assert "首问责任人" in panel.message.text()  # the first person keeps it on their list
    panel.table.selectRow(0)
    ime_commit(panel.reply, "已电话告知所需材料")
    with qtbot.waitSignal(panel.done, timeout=10_000):
        click(qtbot, panel.findChild(type(screens.page.accept_button), "closeInquiry"))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0, timeout=10_000)
