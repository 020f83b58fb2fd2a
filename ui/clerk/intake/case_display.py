"""How CasePage shows a loaded case: title and facts, the clock bar (green/yellow/red), the open
one-time notice's items, which action buttons apply, the documents issued and the timeline."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from app.cases import paperwork
from app.cases.views import CaseDetail

WARNING_COLOURS = {"green": "#1e7d32", "yellow": "#b7950b", "red": "#c0392b", "none": "#555555"}


def _local(ts: dt.datetime) -> str:
    return paperwork.local(ts).strftime("%Y-%m-%d %H:%M")


class CaseDisplay:
    """Mixed into CasePage; fills the widgets CasePage lays out from a CaseDetail."""

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
