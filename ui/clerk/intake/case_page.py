"""One case after intake: its clock (days used, left, paused; green/yellow/red), the one-time
notice's items to tick off when the applicant returns, the steps 承办 → 审核 → 决定, pause and
resume, extension, conclusion, delivery, rating, every document issued (补打 on request) and
the timeline of everything that happened. Each button calls the case service; the service's
answer is what is shown."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.cases import paperwork
from app.cases.views import CaseDetail, Deficiency
from app.cases.views import Party as PartyView
from app.errors import PermissionDenied
from app.identity import mask_resident_id
from app.journal import Actor
from printers.displays import satisfaction_code
from printers.documents import ReceiptData, Reprint, from_payload
from ui.clerk.call_devices import CallDevices
from ui.clerk.intake.access import CaseAccess
from ui.clerk.intake.card_reading import read_card_once
from ui.clerk.intake.case_dialogs import (
    ConcludeDialog,
    DeliverDialog,
    ExtendDialog,
    PauseDialog,
    StepDialog,
)
from ui.clerk.intake.deficiency_dialog import DeficiencyDialog
from ui.clerk.intake.document_desk import DocumentDesk
from ui.clerk.intake.rating_dialog import RatingDialog
from ui.clerk.intake.supervisor import SupervisorDialog
from ui.common.messages import error_text
from ui.common.worker import run_async

WARNING_COLOURS = {"green": "#1e7d32", "yellow": "#b7950b", "red": "#c0392b", "none": "#555555"}
PAGE_QSS = """
QLabel#caseTitle { font-size: 16pt; font-weight: bold; color: #8b1a1a; }
QLabel#clockBar { font-size: 13pt; font-weight: bold; padding: 6px; border-radius: 4px; }
QLabel#caseMessage { font-size: 12pt; }
QPushButton#caseAction { min-height: 34px; font-size: 11pt; }
"""


def _local(ts: dt.datetime) -> str:
    return paperwork.local(ts).strftime("%Y-%m-%d %H:%M")


class CasePage(QWidget):
    done = Signal(str)  # an action finished: the message shown (tests wait on it)
    loaded = Signal(str)  # case_no shown
    changed = Signal()  # a case changed: lists refresh

    def __init__(self, access: CaseAccess, desk: DocumentDesk, parent: Any = None) -> None:
        super().__init__(parent)
        self.access, self.desk = access, desk
        self.setObjectName("casePage")
        self.setStyleSheet(PAGE_QSS)
        self.detail: CaseDetail | None = None
        self.devices = CallDevices(access.settings)
        self._busy = False

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("输入办件编号、查询号、申请人姓名或证件号码后回车"))
        self.search.returnPressed.connect(self.find_case)
        self.title = QLabel(self.tr("未打开办件"))
        self.title.setObjectName("caseTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel("")
        self.facts.setObjectName("caseFacts")
        self.facts.setWordWrap(True)
        self.clock = QLabel("")
        self.clock.setObjectName("clockBar")
        self.clock.setWordWrap(True)
        self.message = QLabel("")
        self.message.setObjectName("caseMessage")
        self.message.setWordWrap(True)

        # the one-time notice
        self.notice_box = QGroupBox(self.tr("一次性告知单：申请人补正时逐项勾选"))
        self.notice_items = QListWidget()
        self.notice_items.setObjectName("noticeItems")
        self.notice_items.setMaximumHeight(150)
        self.resolve_button = QPushButton(self.tr("保存勾选"))
        self.resolve_button.setObjectName("resolveItems")
        self.resolve_button.clicked.connect(self.resolve_ticked)
        self.accept_button = QPushButton(self.tr("补正齐全，受理（F9）"))
        self.accept_button.setObjectName("acceptAfterNotice")
        self.accept_button.clicked.connect(self.accept_after_notice)
        self.further_button = QPushButton(self.tr("告知单以外的问题…（须主管批准）"))
        self.further_button.setObjectName("furtherDeficiency")
        self.further_button.clicked.connect(self.further_deficiency)
        QShortcut(QKeySequence("F9"), self, self.accept_after_notice,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)  # fmt: skip
        nv = QVBoxLayout(self.notice_box)
        nv.addWidget(self.notice_items)
        nrow = QHBoxLayout()
        for b in (self.resolve_button, self.further_button, self.accept_button):
            nrow.addWidget(b)
        nv.addLayout(nrow)

        # the steps after acceptance
        self.action_buttons_box = QGroupBox(self.tr("办理"))
        grid = QGridLayout(self.action_buttons_box)
        self.action_buttons: dict[str, QPushButton] = {}
        for i, (key, text) in enumerate((
            ("step", self.tr("完成当前环节")), ("pause", self.tr("特别程序（暂停计时）…")),
            ("resume", self.tr("特别程序结束，恢复计时")), ("extend", self.tr("延期…")),
            ("conclude", self.tr("办结…")), ("deliver", self.tr("送达（领取/邮寄）…")),
            ("rate", self.tr("评价（好差评）")),
        )):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName("caseAction")
            button.setProperty("action", key)
            button.clicked.connect(getattr(self, f"do_{key}"))
            grid.addWidget(button, i // 4, i % 4)
            self.action_buttons[key] = button

        # documents
        docs_box = QGroupBox(self.tr("已出具文书（按出具时原样保存）"))
        self.documents = QTableWidget(0, 5)
        self.documents.setObjectName("documentsTable")
        self.documents.setHorizontalHeaderLabels([self.tr("文书"), self.tr("编号"),
                                                  self.tr("出具时间"), self.tr("经办人"),
                                                  self.tr("SHA-256")])  # fmt: skip
        self.documents.verticalHeader().setVisible(False)
        self.documents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        dh = self.documents.horizontalHeader()
        dh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        dh.setStretchLastSection(True)
        self.retry_button = QPushButton(self.tr("重试出具文书"))
        self.retry_button.setObjectName("retryDocument")
        self.retry_button.hide()
        self.retry_button.clicked.connect(self._retry_document)
        desk.failed.connect(self._document_failed)
        self.reprint_button = QPushButton(self.tr("补打所选文书"))
        self.reprint_button.setObjectName("reprintDocument")
        self.reprint_button.clicked.connect(self.reprint_selected)
        dv = QVBoxLayout(docs_box)
        dv.addWidget(self.documents)
        drow = QHBoxLayout()
        drow.addStretch()
        drow.addWidget(self.retry_button)
        drow.addWidget(self.reprint_button)
        dv.addLayout(drow)

        # timeline
        timeline_box = QGroupBox(self.tr("办件时间线"))
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("timeline")
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.facts)
        lv.addWidget(self.clock)
        lv.addWidget(self.notice_box)
        lv.addWidget(self.action_buttons_box)
        lv.addWidget(docs_box, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(timeline_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.search, 1)
        root.addLayout(top)
        root.addWidget(split, 1)
        root.addWidget(self.message)
        self._show_detail(None)

    def tab_title(self) -> str:
        return self.tr("办件详情")

    # --- loading ---------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c0392b;" if error else "")

    def find_case(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        actor = self.access.actor

        def job() -> str | None:
            rows = self.access.cases().search(actor, text, limit=5)
            return rows[0].case_no if rows else None

        def done(case_no: str | None) -> None:
            if case_no is None:
                self.say(self.tr("没有找到“%s”对应的办件") % text, error=True)
                self.done.emit(self.message.text())
            else:
                self.load(case_no)

        run_async(job, done, lambda e: self.say(error_text(e), error=True))

    def load(self, case_no: str) -> None:
        run_async(lambda: self.access.cases().case(case_no), self._loaded,
                  lambda e: self._failed(e))  # fmt: skip

    def reload(self) -> None:
        if self.detail is not None:
            self.load(self.detail.case.case_no)

    def _loaded(self, detail: CaseDetail) -> None:
        self._show_detail(detail)
        self.loaded.emit(detail.case.case_no)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.say(error_text(exc), error=True)
        self.done.emit(self.message.text())

    def _show_detail(self, detail: CaseDetail | None) -> None:
        self.detail = detail
        for b in self.action_buttons.values():
            b.setEnabled(False)
        if detail is None:
            self.notice_box.hide()
            self.reprint_button.setEnabled(False)
            return
        c = detail.case
        self.title.setText(f"{c.case_no} · {c.matter_name} · {c.status_label}")
        agent = self.tr("；代办人 %s") % c.agent.name if c.agent else ""
        self.facts.setText(
            self.tr("申请人：%s（%s %s）%s\n收件：%s，%s（%s）；查询号 %s")
            % (c.applicant.name, c.applicant.cert_type, c.applicant.cert_masked, agent,
               _local(c.received_at), c.intake_by_name or c.intake_by,
               self.tr("%d 号窗口") % c.window_no if c.window_no else "—", c.query_no)
        )  # fmt: skip
        self._show_clock(detail)
        self._show_notice(detail)
        self._show_actions(detail)
        self._show_documents(detail)
        self._show_timeline(detail)

    def _show_clock(self, d: CaseDetail) -> None:
        k, c = d.case.clock, d.case
        if c.accepted_at is None:
            text = self.tr("尚未受理：最迟 %s 前须一次性告知或作出决定（收件后5个工作日）") % (
                c.notice_due.isoformat()
            )
            colour = WARNING_COLOURS["yellow" if c.status == "received" else "none"]
        else:
            unit = self.tr("工作日") if k.unit == "W" else self.tr("自然日")
            left = "—" if k.days_left is None else str(k.days_left)
            text = self.tr("已用 %d %s · 剩余 %s %s · 暂停 %d %s · 延期 %d %s · 承诺办结 %s · 法定办结 %s") % (
                k.days_used, unit, left, unit, k.days_paused, unit, k.extension_days, unit,
                k.promise_due.isoformat() if k.promise_due else "—",
                k.legal_due.isoformat() if k.legal_due else "—")  # fmt: skip
            if k.paused:
                text += self.tr(" · 特别程序中，暂停计时")
            if k.provisional:
                text += f"（{k.provisional_note}）"
            if k.past_legal:
                text += self.tr(" · 已超过法定时限")
            colour = WARNING_COLOURS.get(k.warning, "#555555")
        self.clock.setText(text)
        self.clock.setProperty("warning", k.warning)
        self.clock.setStyleSheet(f"color: white; background: {colour};")

    def _show_notice(self, d: CaseDetail) -> None:
        self.notice_items.clear()
        notice = next((n for n in reversed(d.notices) if n.open), None)
        if notice is None:
            self.notice_box.setVisible(bool(d.notices))
            self.notice_box.setTitle(self.tr("一次性告知单（已办结）") if d.notices else "")
            self.notice_items.setEnabled(False)
            for n in d.notices:
                for it in n.items:
                    self.notice_items.addItem(f"{n.notice_no} · {it['material']}：{it['problem']}")
            for b in (self.resolve_button, self.accept_button, self.further_button):
                b.setEnabled(False)
            return
        self.notice_box.show()
        self.notice_items.setEnabled(True)
        self.notice_box.setTitle(self.tr("一次性告知单 %s（%s 出具，补正期限 %s）：申请人补正时逐项勾选")
                                 % (notice.notice_no, notice.issued_by_name or notice.issued_by,
                                    notice.deadline.isoformat()))  # fmt: skip
        for it in notice.items:
            item = QListWidgetItem(
                self.tr("%s：%s。要求：%s")
                % (it["material"], it["problem"], it.get("requirement", ""))
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if it.get("resolved")
                               else Qt.CheckState.Unchecked)  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, it["seq"])
            self.notice_items.addItem(item)
        for b in (self.resolve_button, self.accept_button, self.further_button):
            b.setEnabled(True)

    def _show_actions(self, d: CaseDetail) -> None:
        c = d.case
        running = c.status == "accepted"
        names = c.step_names
        if running and c.steps_done < len(names):
            self.action_buttons["step"].setText(self.tr("完成当前环节：%s") % names[c.steps_done])
            self.action_buttons["step"].setEnabled(True)
        elif c.accepted_at is not None and c.steps_done >= len(names):
            self.action_buttons["step"].setText(self.tr("办理环节已全部完成"))
        else:
            self.action_buttons["step"].setText(self.tr("完成当前环节"))
        self.action_buttons["pause"].setEnabled(running)
        self.action_buttons["resume"].setEnabled(c.status == "suspended")
        self.action_buttons["extend"].setEnabled(c.status in ("accepted", "suspended"))
        self.action_buttons["conclude"].setEnabled(c.status in ("accepted", "suspended"))
        self.action_buttons["deliver"].setEnabled(c.status == "concluded")
        rated = any(r.get("level") is not None for r in d.ratings)
        self.action_buttons["rate"].setEnabled(c.status in ("concluded", "delivered", "refused")
                                        and not rated)  # fmt: skip
        self.action_buttons["rate"].setText(self.tr("评价（好差评）") if not rated else
                                     self.tr("已评价：%s") % next(r["label"] for r in d.ratings
                                                                if r.get("level") is not None))  # fmt: skip

    def _show_documents(self, d: CaseDetail) -> None:
        self.documents.setRowCount(len(d.documents))
        for row, doc in enumerate(d.documents):
            label = doc.kind_label + (self.tr("（补打）") if doc.reprint else "")
            cells = [label, doc.doc_no, _local(doc.issued_at), doc.issued_by_name or doc.issued_by,
                     doc.sha256[:16] + "…"]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setToolTip(doc.sha256)
                self.documents.setItem(row, col, item)
        self.reprint_button.setEnabled(bool(d.documents))
        if d.documents:
            self.documents.selectRow(len(d.documents) - 1)

    def _show_timeline(self, d: CaseDetail) -> None:
        rows = []
        for e in d.timeline:
            red = e.kind in ("breach", "refuse")
            rows.append((_local(e.at), e.by_name or e.by, e.text, red))
        for b in d.breaches:
            rows.append(("", b.get("approved_by", ""),
                         self.tr("违反一次性告知：%s（首次告知单 %s，责任人 %s）")
                         % (b["material"], b["first_notice_no"], b.get("staff_name") or b["staff"]),
                         True))  # fmt: skip
        head = (self.tr("时间"), self.tr("经办人"), self.tr("事件"))
        red_style = " style='color:#c0392b'"
        cells = "".join(
            f"<tr><td style='white-space:nowrap'>{escape(at)}</td>"
            f"<td style='white-space:nowrap'>{escape(who)}</td>"
            f"<td{red_style if red else ''}>{escape(text)}</td></tr>"
            for at, who, text, red in rows
        )
        self.timeline.setHtml(
            "<table cellspacing=0 cellpadding=4 width='100%'>"
            f"<tr style='background:#f3f3f3'><th align=left>{head[0]}</th>"
            f"<th align=left>{head[1]}</th><th align=left>{head[2]}</th></tr>{cells}</table>"
        )

    # --- running a step --------------------------------------------------------------------

    def _act(self, job: Callable[[], Any], after: Callable[[Any], str]) -> None:
        """Run ``job`` off the GUI thread, then reload the case; ``after`` says what happened."""
        if self._busy or self.detail is None:
            return
        self._busy = True
        case_no = self.detail.case.case_no

        def ok(result: Any) -> None:
            self._busy = False
            message = after(result)
            self.say(message)
            self.changed.emit()

            def reloaded(detail: CaseDetail) -> None:
                self._loaded(detail)
                self.done.emit(message)

            run_async(lambda: self.access.cases().case(case_no), reloaded, self._failed)

        run_async(job, ok, self._failed)

    def timeline_text(self) -> str:
        return self.timeline.toPlainText()

    @property
    def case_no(self) -> str:
        assert self.detail is not None
        return self.detail.case.case_no

    # --- the one-time notice ---------------------------------------------------------------

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.notice_items.count()):
            item = self.notice_items.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def resolve_ticked(self) -> None:
        actor, case_no, seqs = self.access.actor, self.case_no, self.ticked()
        self._act(lambda: self.access.cases().resolve_items(actor, case_no, seqs),
                  lambda n: self.tr("已保存：%d 项已补正，%d 项未补正")
                  % (sum(bool(i.get("resolved")) for i in n.items),
                     sum(not i.get("resolved") for i in n.items)))  # fmt: skip

    def accept_after_notice(self) -> None:
        if self.detail is None or not self.accept_button.isEnabled():
            return
        actor, case_no, seqs = self.access.actor, self.case_no, self.ticked()
        notice_no = next((n.notice_no for n in reversed(self.detail.notices) if n.open), "")

        def job() -> tuple[Any, Any]:
            svc = self.access.cases()
            svc.resolve_items(actor, case_no, seqs)
            acc = svc.accept(actor, case_no)
            cl = svc.case_checklist(case_no)
            return acc, paperwork.receipt_data(acc.case, acc.query_password, cl, actor,
                                               notice_no=notice_no)  # fmt: skip

        def after(result: tuple[Any, Any]) -> str:
            acc, data = result
            self.desk.issue(acc.case.case_no, data, payload=paperwork.without_secret(data))
            due = acc.case.clock.promise_due
            return self.tr("已受理，承诺办结日期 %s；查询号 %s，查询密码 %s") % (
                due.isoformat() if due else "—",
                acc.case.query_no,
                acc.query_password,
            )

        self._act(job, after)

    def further_deficiency(self) -> None:
        if self.detail is None:
            return
        dialog = DeficiencyDialog(self.detail, self)
        dialog.accepted.connect(lambda: self._issue_further(dialog.items(), None))
        self.deficiency_dialog = dialog
        dialog.open()

    def _issue_further(self, items: list[Deficiency], approver: Actor | None) -> None:
        if self._busy or self.detail is None:
            return
        self._busy = True
        actor, case_no = self.access.actor, self.case_no

        def job() -> Any:
            svc = self.access.cases()
            n = svc.issue_notice(actor, case_no, items, approver=approver)
            detail = svc.case(case_no)
            cl = svc.case_checklist(case_no)
            return n, detail, paperwork.notice_data(detail.case, n, cl, actor)

        def ok(result: Any) -> None:
            self._busy = False
            n, detail, data = result
            self._loaded(detail)
            self.desk.issue(case_no, data)
            message = self.tr("已出具告知单 %s") % n.notice_no
            if n.breaches:
                message += self.tr("；告知单以外的材料（%s）已记为违反一次性告知") % "、".join(
                    n.breaches
                )
            self.say(message)
            self.changed.emit()
            self.done.emit(message)

        def failed(exc: Exception) -> None:
            self._busy = False
            if isinstance(exc, PermissionDenied) and approver is None:
                self.say(error_text(exc), error=True)
                self._ask_supervisor(error_text(exc), lambda sup: self._issue_further(items, sup))
                self.done.emit(self.message.text())
                return
            self._failed(exc)

        run_async(job, ok, failed)

    def _ask_supervisor(self, what: str, then: Callable[[Actor], None]) -> None:
        dialog = SupervisorDialog(self.access.store, what, self)
        dialog.approved.connect(then)
        self.supervisor_dialog = dialog
        dialog.open()

    # --- steps after acceptance ------------------------------------------------------------

    def do_step(self) -> None:
        c = self.detail.case if self.detail else None
        if c is None or c.steps_done >= len(c.step_names):
            return
        dialog = StepDialog(c.step_names[c.steps_done], self)
        actor, case_no = self.access.actor, c.case_no

        def go() -> None:
            v = dialog.values()
            self._act(lambda: self.access.cases().complete_step(actor, case_no, **v),
                      lambda cv: self.tr("环节已提交；当前：%s") % cv.status_label)  # fmt: skip

        dialog.accepted.connect(go)
        self.step_dialog = dialog
        dialog.open()

    def do_pause(self) -> None:
        if self.detail is None:
            return
        dialog = PauseDialog(self)
        actor, case_no = self.access.actor, self.case_no
        before_due = self.detail.case.clock.promise_due

        def go() -> None:
            v = dialog.values()
            requirement = v.pop("requirement")

            def job() -> Any:
                svc = self.access.cases()
                svc.pause(actor, case_no, **v)
                detail = svc.case(case_no)
                assert before_due is not None
                return paperwork.suspension_data(detail, actor, promised_due_before=before_due,
                                                 requirement=requirement)  # fmt: skip

            def after(data: Any) -> str:
                self.desk.issue(case_no, data)
                return self.tr("已启动特别程序（%s），暂停计时；告知书 %s") % (
                    data.procedure,
                    data.doc_no,
                )

            self._act(job, after)

        dialog.accepted.connect(go)
        self.pause_dialog = dialog
        dialog.open()

    def do_resume(self) -> None:
        actor, case_no = self.access.actor, self.case_no
        self._act(lambda: self.access.cases().resume(actor, case_no),
                  lambda v: self.tr("已恢复计时，承诺办结日期 %s")
                  % (v.clock.promise_due.isoformat() if v.clock.promise_due else "—"))  # fmt: skip

    def do_extend(self) -> None:
        if self.detail is None:
            return
        dialog = ExtendDialog(self)
        actor, case_no = self.access.actor, self.case_no

        def approved(approver: Actor, v: dict[str, Any]) -> None:
            def job() -> Any:
                svc = self.access.cases()
                before = svc.case(case_no).case
                svc.extend(actor, case_no, days=v["days"], reason=v["reason"], approver=approver)
                detail = svc.case(case_no)
                return paperwork.extension_data(before, detail, actor)

            def after(data: Any) -> str:
                self.desk.issue(case_no, data)
                return self.tr("已延期 %d 日，新的承诺办结日期 %s") % (data.extension_days,
                                                           data.new_due.isoformat())  # fmt: skip

            self._act(job, after)

        def ask() -> None:
            v = dialog.values()
            what = self.tr("办件 %s 延长办理期限 %d 个工作日：%s") % (
                case_no,
                v["days"],
                v["reason"],
            )
            self._ask_supervisor(what, lambda sup: approved(sup, v))

        dialog.accepted.connect(ask)
        self.extend_dialog = dialog
        dialog.open()

    def do_conclude(self) -> None:
        dialog = ConcludeDialog(self)
        actor, case_no = self.access.actor, self.case_no

        def go() -> None:
            v = dialog.values()
            self._act(lambda: self.access.cases().conclude(actor, case_no, **v),
                      lambda cv: self.tr("已办结：%s %s") % (cv.result, cv.result_doc_name))  # fmt: skip

        dialog.accepted.connect(go)
        self.conclude_dialog = dialog
        dialog.open()

    def do_deliver(self) -> None:
        if self.detail is None:
            return
        dialog = DeliverDialog(self.detail.case.pickup, self)
        actor, case_no = self.access.actor, self.case_no
        url = self.access.settings.id_reader

        def card_read(card: Any) -> None:
            dialog.read_button.setEnabled(True)
            if card is None:
                dialog.error.setText(self.tr("未检测到身份证，请把证件平放在阅读器上，或手工输入"))
            else:
                dialog.fill_collector(card)
                dialog.error.setText("")

        def card_failed(exc: Exception) -> None:
            dialog.read_button.setEnabled(True)
            dialog.error.setText(error_text(exc))

        def read() -> None:
            dialog.read_button.setEnabled(False)
            run_async(lambda: read_card_once(url), card_read, card_failed)

        def go() -> None:
            v = dialog.values()
            collector = None
            if v["method"] == "window":
                collector = PartyView(kind="person", name=v["collector_name"],
                                      cert_type="居民身份证",
                                      cert_masked=mask_resident_id(v["collector_id"]),
                                      phone_masked="")  # fmt: skip

            def job() -> Any:
                svc = self.access.cases()
                svc.deliver(actor, case_no, method=v["method"], collector_id=v["collector_id"] or None,
                            collector_name=v["collector_name"], tracking_no=v["tracking_no"] or None)  # fmt: skip
                detail = svc.case(case_no)
                number = svc.document_no(actor, case_no, "result_slip")
                return paperwork.result_slip_data(
                    detail, actor, number, collector=collector, relation=v["relation"],
                    recipient=v["recipient"], phone=v["phone"], address=v["address"],
                    carrier=v["carrier"])  # fmt: skip

            def after(data: Any) -> str:
                self.desk.issue(case_no, data)
                return self.tr("已送达：%s") % ("窗口领取" if v["method"] == "window" else "邮寄")

            self._act(job, after)

        dialog.read_card_requested.connect(read)
        dialog.accepted.connect(go)
        self.deliver_dialog = dialog
        dialog.open()

    # --- rating ----------------------------------------------------------------------------

    def do_rate(self) -> None:
        if self.detail is None:
            return
        c = self.detail.case
        actor, case_no = self.access.actor, c.case_no
        if self.access.settings.rating_pad:
            self.say(self.tr("请申请人在评价器上评价（5 星 = 非常满意）…"))
            staff = actor.display_name or actor.name

            def job() -> Any:
                key = self.devices.wait_rating(staff, self.access.window_no, 60.0)
                svc = self.access.cases()
                if key is None:
                    return svc.record_not_rated(actor, case_no)
                return svc.rate(actor, case_no, satisfaction_code(key))

            self._act(job, lambda r: self.tr("评价：%s") % r.label)
            return
        dialog = RatingDialog(case_no, c.matter_name, self)
        dialog.rated.connect(lambda level: self._act(
            lambda: self.access.cases().rate(actor, case_no, level),
            lambda r: self.tr("评价：%s") % r.label))  # fmt: skip
        dialog.declined.connect(lambda: self._act(
            lambda: self.access.cases().record_not_rated(actor, case_no),
            lambda r: self.tr("评价：%s") % r.label))  # fmt: skip
        self.rating_dialog = dialog
        dialog.open()

    # --- 补打 ------------------------------------------------------------------------------

    def reprint_selected(self) -> None:
        if self.detail is None:
            return
        row = self.documents.currentRow()
        if row < 0:
            return
        doc = self.detail.documents[row]
        if doc.payload is None:
            self.say(self.tr("该文书没有保存原样数据，不能补打"), error=True)
            return
        earlier = sum(1 for d in self.detail.documents if d.doc_no == doc.doc_no and d.reprint)
        actor, case_no = self.access.actor, self.case_no
        payload, kind = dict(doc.payload), doc.kind
        mark = Reprint(at=paperwork.local(dt.datetime.now(dt.UTC)),
                       staff=actor.display_name or actor.name, copy_no=earlier + 1)  # fmt: skip

        def job() -> Any:
            data = from_payload(kind, payload)
            if isinstance(data, ReceiptData):  # the password is never kept: a new one is made
                password = self.access.cases().reset_query_password(actor, case_no)
                return dataclasses.replace(data, query_password=password)
            return data

        def after(data: Any) -> str:
            extra = {"payload": payload}
            self.desk.issue(case_no, data, reprint=mark, **extra)
            if kind == "receipt":
                return (
                    self.tr("补打受理通知书：已生成新的查询密码 %s，原密码作废")
                    % data.query_password
                )
            return self.tr("补打 %s %s") % (doc.kind_label, doc.doc_no)

        self._act(job, after)

    def _document_failed(self, message: str) -> None:
        if not self.isVisible():
            return
        self.say(message, error=True)
        self.retry_button.show()
        self.done.emit(message)

    def _retry_document(self) -> None:
        self.retry_button.hide()
        self.desk.retry()

    def shutdown(self) -> None:
        self.devices.cancel.set()
        run_async(self.devices.close, lambda _r: None)
