"""收件受理 at the window: from the called ticket (linked to it) or a walk-in; the applicant
(person or organisation, read from the ID card or typed) and an optional agent (代办人); the
matter by catalog search; the materials checklist; then one decision: accept (受理通知书),
incomplete (一次性告知单), refuse (不予受理通知书) or 即办件.

The application is saved (收件) before any decision is made and before anything is printed;
whatever the service refuses is shown next to its field and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.cases import paperwork
from app.cases.intake import FieldErrors
from app.cases.views import Acceptance, CaseView, Checklist, IntakeInput, NoticeView
from app.queue.views import TicketView
from ui.clerk.intake.access import CaseAccess
from ui.clerk.intake.card_reading import read_card_once
from ui.clerk.intake.document_desk import DocumentDesk, RetryButton
from ui.clerk.intake.materials_table import MaterialsTable
from ui.clerk.intake.matter_picker import MatterPicker
from ui.clerk.intake.party_box import PartyBox
from ui.clerk.intake.refuse_dialog import RefuseDialog
from ui.common.messages import error_text
from ui.common.worker import run_async

FORM_QSS = """
QLabel#ticketBar { font-size: 14pt; font-weight: bold; color: #0b4a8f; }
QLabel#intakeMessage { font-size: 12pt; }
QLabel#intakeMessage[error="true"] { color: #c0392b; }
QLabel#outcome { font-size: 13pt; background: #eaf5ea; border: 1px solid #7fbf7f; padding: 8px; }
QPushButton#decision { font-size: 12pt; min-height: 40px; }
"""


class IntakeForm(QWidget):
    done = Signal(str)  # a step finished: the message shown (tests wait on it)
    open_case = Signal(str)  # case_no: show it in the case page

    def __init__(self, access: CaseAccess, desk: DocumentDesk, parent: Any = None) -> None:
        super().__init__(parent)
        self.access, self.desk = access, desk
        self.setObjectName("intakeForm")
        self.setStyleSheet(FORM_QSS)
        self.case_no: str | None = None
        self.ticket: TicketView | None = None
        self.checklist: Checklist | None = None
        self._busy = False

        self.ticket_bar = QLabel(self.tr("现场收件（未关联排队号）"))
        self.ticket_bar.setObjectName("ticketBar")
        self.take_ticket = QPushButton(self.tr("关联当前叫号"))
        self.take_ticket.setObjectName("takeTicket")
        self.take_ticket.clicked.connect(self.link_current_ticket)
        self.walk_in = QPushButton(self.tr("无号现场收件"))
        self.walk_in.setObjectName("walkIn")
        self.walk_in.clicked.connect(self.unlink_ticket)
        self.new_button = QPushButton(self.tr("接待下一位（清空）"))
        self.new_button.setObjectName("newIntake")
        self.new_button.clicked.connect(self.clear)
        top = QHBoxLayout()
        top.addWidget(self.ticket_bar, 1)
        top.addWidget(self.take_ticket)
        top.addWidget(self.walk_in)
        top.addWidget(self.new_button)

        self.applicant = PartyBox(self.tr("申请人"), "applicant")
        self.applicant.read_card_requested.connect(lambda: self.read_card(self.applicant))
        self.agent_box = QGroupBox(self.tr("有代办人（代理人）"))
        self.agent_box.setObjectName("agentToggle")
        self.agent_box.setCheckable(True)
        self.agent_box.setChecked(False)
        self.agent = PartyBox(self.tr("代办人"), "agent", person_only=True)
        self.agent.read_card_requested.connect(lambda: self.read_card(self.agent))
        QVBoxLayout(self.agent_box).addWidget(self.agent)
        self.agent.setVisible(False)
        self.agent_box.toggled.connect(self.agent.setVisible)

        pickup = QGroupBox(self.tr("结果领取方式"))
        self.pickup_window = QRadioButton(self.tr("窗口自取"))
        self.pickup_window.setChecked(True)
        self.pickup_post = QRadioButton(self.tr("邮寄"))
        self.pickup_post.setObjectName("pickupPost")
        group = QButtonGroup(self)
        group.addButton(self.pickup_window)
        group.addButton(self.pickup_post)
        self.postal_address = QLineEdit()
        self.postal_address.setObjectName("postalAddress")
        self.postal_address.setPlaceholderText(self.tr("邮寄地址（含收件人和邮编）"))
        self.postal_error = QLabel("")
        self.postal_error.setStyleSheet("color: #c0392b;")
        self.postal_error.hide()
        pv = QVBoxLayout(pickup)
        row = QHBoxLayout()
        row.addWidget(self.pickup_window)
        row.addWidget(self.pickup_post)
        row.addWidget(self.postal_address, 1)
        pv.addLayout(row)
        pv.addWidget(self.postal_error)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.applicant)
        lv.addWidget(self.agent_box)
        lv.addWidget(pickup)
        lv.addStretch()

        matter_box = QGroupBox(self.tr("办理事项"))
        self.matter = MatterPicker(access.store)
        self.matter.picked.connect(self.load_checklist)
        QVBoxLayout(matter_box).addWidget(self.matter)
        self.materials_box = QGroupBox(self.tr("材料清单"))
        self.materials = MaterialsTable()
        QVBoxLayout(self.materials_box).addWidget(self.materials)

        self.message = QLabel("")
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel("")
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.open_button = QPushButton(self.tr("打开办件"))
        self.open_button.setObjectName("openCase")
        self.open_button.hide()
        self.open_button.clicked.connect(lambda: self.case_no and self.open_case.emit(self.case_no))
        self.retry_button = RetryButton(desk, self, self._document_failed)

        self.buttons: dict[str, QPushButton] = {}
        decisions = QHBoxLayout()
        for key, text, tip in (
            ("save", self.tr("仅保存收件"), self.tr("保存申请人和材料，稍后再作决定")),
            ("notice", self.tr("一次性告知（材料不全）"), self.tr("列明全部缺少或有误的材料，打印一次性告知单")),
            ("refuse", self.tr("不予受理…"), self.tr("不予受理，或不属于本机关职权")),
            ("instant", self.tr("即办：受理并当场办结"), self.tr("即办件当场办结，打印受理通知书")),
            ("accept", self.tr("受理（F9）"), self.tr("材料齐全，受理并打印受理通知书")),
        ):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName("decision")
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, k=key: self.decide(k))
            decisions.addWidget(button)
            self.buttons[key] = button
        self.buttons["accept"].setStyleSheet("background: #b3191c; color: white;")
        QShortcut(QKeySequence("F9"), self, lambda: self.decide("accept"),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        QShortcut(QKeySequence("F7"), self, lambda: self.read_card(self.applicant),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(matter_box)
        rv.addWidget(self.materials_box, 1)
        rv.addWidget(self.message)
        result_row = QHBoxLayout()
        result_row.addWidget(self.outcome, 1)
        result_row.addWidget(self.open_button)
        result_row.addWidget(self.retry_button)
        rv.addLayout(result_row)
        rv.addLayout(decisions)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(split, 1)
        self._instant_allowed()

    def tab_title(self) -> str:
        return self.tr("收件受理")

    # --- messages --------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _run(self, job: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        if self._busy:
            return
        self._busy = True
        for b in self.buttons.values():
            b.setEnabled(False)

        def finish() -> None:
            self._busy = False
            for b in self.buttons.values():
                b.setEnabled(True)
            self._instant_allowed()

        def ok(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: Exception) -> None:
            finish()
            if isinstance(exc, FieldErrors):
                self.show_field_errors(exc.errors)
            else:
                self.say(error_text(exc) + self.tr("（已录入的内容未丢失）"), error=True)
            self.done.emit(self.message.text())

        run_async(job, ok, failed)

    def show_field_errors(self, errors: dict[str, str]) -> None:
        self.applicant.show_errors(errors)
        if self.agent_box.isChecked():
            self.agent.show_errors(errors)
        rows = self.materials.show_errors(errors)
        self.matter.show_error(errors.get("impl_code", ""))
        postal = errors.get("postal_address", "")
        self.postal_error.setText(postal)
        self.postal_error.setVisible(bool(postal))
        self.say(self.tr("有 %d 处需要更正，请按红字提示修改（已录入的内容未丢失）：") % len(errors)
                 + "；".join(errors.values()), error=True)  # fmt: skip
        del rows

    # --- the ticket ------------------------------------------------------------------------

    def link_current_ticket(self) -> None:
        window = self.access.window_no

        def job() -> TicketView | None:
            return self.access.queue().window(window).current if window else None

        def done(t: TicketView | None) -> None:
            self.ticket = t
            if t is None:
                self.ticket_bar.setText(self.tr("当前没有叫号：按无号现场收件登记"))
            else:
                self.ticket_bar.setText(
                    self.tr("排队号 %s（%s）：本件将与该号关联") % (t.number, t.line_name)
                )
            self.done.emit(self.ticket_bar.text())

        run_async(job, done, lambda e: self.say(error_text(e), error=True))

    def unlink_ticket(self) -> None:
        self.ticket = None
        self.ticket_bar.setText(self.tr("现场收件（未关联排队号）"))

    # --- ID card ---------------------------------------------------------------------------

    def read_card(self, box: PartyBox) -> None:
        url = self.access.settings.id_reader
        if not url:
            self.say(self.tr("未设置身份证阅读器（设置 → 外接设备），请手工输入"), error=True)
            return
        box.read_button.setEnabled(False)
        self.say(self.tr("请把身份证放在阅读器上…"))

        def done(card: Any) -> None:
            box.read_button.setEnabled(True)
            if card is None:
                self.say(
                    self.tr("未检测到身份证，请把证件平放在阅读器上后再读，或手工输入"), error=True
                )
            else:
                box.fill_from_card(card)
                self.say(self.tr("已读取身份证：%s") % card.name)
            self.done.emit(self.message.text())

        def failed(exc: Exception) -> None:
            box.read_button.setEnabled(True)
            self.say(self.tr("读卡失败：%s 可手工输入。") % error_text(exc), error=True)
            self.done.emit(self.message.text())

        run_async(lambda: read_card_once(url), done, failed)

    # --- the matter ------------------------------------------------------------------------

    def load_checklist(self, impl_code: str) -> None:
        def done(cl: Checklist) -> None:
            self.checklist = cl
            self.materials.set_items(cl.items)
            kind = self.tr("即办件") if cl.case_type == 1 else self.tr("承诺件")
            self.materials_box.setTitle(
                self.tr("材料清单 · %s（第 %d 版，%s，承诺 %d 日 / 法定 %d 日）")
                % (cl.matter_name, cl.matter_version, kind, cl.promise_days, cl.legal_days)
            )
            self._instant_allowed()
            self.done.emit(cl.matter_name)

        run_async(lambda: self.access.cases().checklist(impl_code), done,
                  lambda e: self.say(error_text(e), error=True))  # fmt: skip

    def _instant_allowed(self) -> None:
        cl = self.checklist
        self.buttons["instant"].setEnabled(
            cl is not None and (cl.case_type == 1 or cl.promise_days == 0)
        )

    # --- the decision ----------------------------------------------------------------------

    def intake_input(self) -> IntakeInput:
        return IntakeInput(
            impl_code=self.checklist.impl_code if self.checklist else "",
            applicant=self.applicant.value(),
            agent=self.agent.value() if self.agent_box.isChecked() else None,
            materials=self.materials.checks(),
            ticket_id=self.ticket.id if self.ticket else None,
            pickup="post" if self.pickup_post.isChecked() else "window",
            postal_address=self.postal_address.text(),
        )

    def decide(self, kind: str) -> None:
        if self._busy:
            return
        if kind == "refuse":
            dialog = RefuseDialog(self.checklist.matter_name if self.checklist else "", self)
            dialog.accepted.connect(lambda: self._save_then(kind, dialog.values()))
            self.refuse_dialog = dialog
            dialog.open()
            return
        if kind == "notice" and not self.materials.deficiencies():
            self.say(
                self.tr("没有标为“缺少”或“有误”的材料，无需一次性告知；材料齐全请直接受理"),
                error=True,
            )
            return
        self._save_then(kind, {})

    def _save_then(self, kind: str, options: dict[str, str]) -> None:
        """收件 first (or update the saved materials), then the decision."""
        data = self.intake_input()
        actor, case_no = self.access.actor, self.case_no

        def save() -> CaseView:
            svc = self.access.cases()
            errors = svc.validate_intake(data)
            if errors:
                raise FieldErrors(errors)
            if case_no is None:
                return svc.receive(actor, data)
            return svc.update_materials(actor, case_no, data.materials)

        def saved(view: CaseView) -> None:
            self.case_no = view.case_no
            self.applicant.show_errors({})
            self.agent.show_errors({})
            self.materials.show_errors({})
            self.say(self.tr("已收件并保存：%s") % view.case_no)
            if kind == "save":
                self._outcome(
                    self.tr("已保存收件，编号 %s。可在“我的办件”中继续办理。") % view.case_no
                )
                self.done.emit(self.message.text())
                return
            getattr(self, f"_do_{kind}")(view, options)

        self._run(save, saved)

    def _do_accept(
        self, view: CaseView, _options: dict[str, str], *, instant: bool = False
    ) -> None:
        actor, case_no, materials = self.access.actor, view.case_no, self.materials.checks()

        def job() -> tuple[Acceptance, Any]:
            svc = self.access.cases()
            acc = svc.accept(actor, case_no, materials=materials, instant=instant)
            cl = svc.case_checklist(case_no)
            return acc, paperwork.receipt_data(acc.case, acc.query_password, cl, actor)

        def done(result: tuple[Acceptance, Any]) -> None:
            acc, data = result
            c = acc.case
            due = c.clock.promise_due.isoformat() if c.clock.promise_due else "—"
            note = self.tr("（%s）") % c.clock.provisional_note if c.clock.provisional else ""
            head = (
                self.tr("已受理并当场办结（即办件）")
                if c.status == "concluded"
                else self.tr("已受理")
            )
            self._outcome(
                self.tr("%s：办件编号 %s；承诺办结日期 %s%s；查询号 %s，查询密码 %s（仅此一次显示，已印在受理通知书上）")
                % (head, c.case_no, due, note, c.query_no, acc.query_password)
            )  # fmt: skip
            self.desk.issue(c.case_no, data, payload=paperwork.without_secret(data))
            self.done.emit(self.outcome.text())

        self._run(job, done)

    def _do_instant(self, view: CaseView, options: dict[str, str]) -> None:
        self._do_accept(view, options, instant=True)

    def _do_notice(self, view: CaseView, _options: dict[str, str]) -> None:
        actor, case_no, items = self.access.actor, view.case_no, self.materials.deficiencies()

        def job() -> tuple[NoticeView, Any]:
            svc = self.access.cases()
            n = svc.issue_notice(actor, case_no, items)
            v = svc.case(case_no).case
            return n, paperwork.notice_data(v, n, svc.case_checklist(case_no), actor)

        def done(result: tuple[NoticeView, Any]) -> None:
            n, data = result
            self._outcome(
                self.tr("已出具一次性告知单 %s，共 %d 项，补正期限 %s。申请人补齐后，在“我的办件”中打开本件受理。")
                % (n.notice_no, len(n.items), n.deadline.isoformat())
            )  # fmt: skip
            self.desk.issue(case_no, data)
            self.done.emit(self.outcome.text())

        self._run(job, done)

    def _do_refuse(self, view: CaseView, options: dict[str, str]) -> None:
        actor, case_no = self.access.actor, view.case_no

        def job() -> tuple[CaseView, Any]:
            svc = self.access.cases()
            if options["kind"] == "refuse":
                v = svc.refuse(actor, case_no, reason=options["reason"],
                               legal_basis=options["legal_basis"])  # fmt: skip
            else:
                v = svc.not_competent(actor, case_no, competent_body=options["competent_body"],
                                      reason=options["reason"])  # fmt: skip
            return v, paperwork.refusal_data(v, svc.case_checklist(case_no), actor)

        def done(result: tuple[CaseView, Any]) -> None:
            v, data = result
            self._outcome(self.tr("已不予受理：%s，文书编号 %s") % (v.case_no, v.refusal_no))
            self.desk.issue(v.case_no, data)
            self.done.emit(self.outcome.text())

        self._run(job, done)

    def _outcome(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()
        self.open_button.setVisible(self.case_no is not None)

    def _document_failed(self, message: str) -> None:
        self.say(message, error=True)
        self.done.emit(message)

    # --- next applicant --------------------------------------------------------------------

    def clear(self) -> None:
        self.case_no = None
        self.applicant.clear()
        self.agent.clear()
        self.agent_box.setChecked(False)
        self.matter.clear()
        self.checklist = None
        self.materials.set_items([])
        self.materials_box.setTitle(self.tr("材料清单"))
        self._instant_allowed()
        self.pickup_window.setChecked(True)
        self.postal_address.clear()
        self.outcome.hide()
        self.open_button.hide()
        self.retry_button.hide()
        self.say("")
        self.unlink_ticket()
