"""What CasePage's buttons do after acceptance: steps, special procedure and resumption, extension
(with a supervisor's approval), conclusion, delivery, rating and 补打. Each runs the case service
off the GUI thread, prints what the service's answer calls for, then reloads the case."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from app.cases import paperwork
from app.cases.views import CaseDetail
from app.cases.views import Party as PartyView
from app.identity import mask_resident_id
from app.journal import Actor
from printers.displays import satisfaction_code
from printers.documents import ReceiptData, Reprint, from_payload
from ui.clerk.intake.card_reading import read_card_once
from ui.clerk.intake.case_dialogs import (
    ConcludeDialog,
    DeliverDialog,
    ExtendDialog,
    PauseDialog,
    StepDialog,
)
from ui.clerk.intake.rating_dialog import RatingDialog
from ui.clerk.intake.supervisor import SupervisorDialog
from ui.common.messages import error_text
from ui.common.worker import run_async


class CaseActions:
    """Mixed into CasePage; uses its access, desk, detail and widgets."""

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

    def _ask_supervisor(self, what: str, then: Callable[[Actor], None]) -> None:
        dialog = SupervisorDialog(self.access.store, what, self)
        dialog.approved.connect(then)
        self.supervisor_dialog = dialog
        dialog.open()

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
