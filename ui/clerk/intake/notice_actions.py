"""The one-time notice on CasePage: save the ticked items when the applicant returns, accept once
all are in (and print the receipt), or issue a further notice (a supervisor approves, and the
breach of the one-time rule is recorded)."""

from __future__ import annotations

from typing import Any

from app.cases import paperwork
from app.cases.views import Deficiency
from app.errors import PermissionDenied
from app.journal import Actor
from ui.clerk.intake.deficiency_dialog import DeficiencyDialog
from ui.common.messages import error_text
from ui.common.worker import run_async


class NoticeActions:
    """Mixed into CasePage, beside CaseActions (its _act and _ask_supervisor)."""

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
