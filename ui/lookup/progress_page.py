"""办件查询 on the public touchscreen: case (or query) number and query password, or the
receipt's code from a scanner; then the steps, the promised date, the clock and the masked
applicant, in large type. ``reset()`` forgets all of it (the idle return)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from app.lookup.views import CaseProgress
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async
from ui.lookup.case_entry import CaseEntry
from ui.lookup.service_holder import ServiceHolder

PAGE_QSS = """
QWidget#casePage { background: #f7f3ee; }
QLabel#pageTitle { font-size: 30pt; font-weight: bold; color: #5a1010; }
QLabel#resultText { font-size: 20pt; color: #222; background: white; padding: 16px;
                    border: 1px solid #e3d6c8; border-radius: 8px; }
QPushButton#nav { font-size: 20pt; padding: 12px 32px; min-height: 64px; }
"""


def kinetic(area: QWidget) -> None:
    """Finger (and mouse) drag scrolls with momentum; nothing depends on a scroll bar."""
    QScroller.grabGesture(area, QScroller.ScrollerGestureType.LeftMouseButtonGesture)


class ProgressPage(QWidget):
    done = Signal()  # back to the home screen
    shown = Signal(object)  # the CaseProgress on screen (tests, the shell's idle timer)
    failed = Signal(str)  # the message shown for a refused query

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(PAGE_QSS)
        self.services = ServiceHolder(store, settings)
        self._generation = 0  # a reply that arrives after reset() is dropped
        title = QLabel(self.tr("办件查询"))
        title.setObjectName("pageTitle")
        self.entry = CaseEntry(self.tr("查询"))
        self.entry.submitted.connect(self.query)
        self.result = QLabel()
        self.result.setObjectName("resultText")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result_area = QScrollArea()
        self.result_area.setWidgetResizable(True)
        self.result_area.setWidget(self.result)
        self.result_area.setFrameShape(QScrollArea.Shape.NoFrame)
        kinetic(self.result_area.viewport())
        self.result_area.hide()
        self.back = QPushButton(self.tr("返回首页"))
        self.back.setObjectName("nav")
        self.back.clicked.connect(self._home)
        row = QHBoxLayout()
        row.addWidget(self.back)
        row.addStretch(1)
        v = QVBoxLayout(self)
        v.setContentsMargins(32, 24, 32, 24)
        v.setSpacing(16)
        v.addWidget(title)
        v.addWidget(self.entry)
        v.addWidget(self.result_area, 1)
        v.addLayout(row)

    def attach_keyboard(self, make: Callable[[QLineEdit], QWidget]) -> None:
        """The screen's on-screen keyboard for the number and password (CaseEntry)."""
        self.entry.attach_keyboard(make)

    # --- behaviour -------------------------------------------------------------------------
    def query(self, number: str, password: str) -> None:
        self.entry.say(self.tr("正在查询…"))
        self.entry.submit_button.setEnabled(False)
        gen = self._generation
        run_async(lambda: self.services.get().progress(number, password),
                  lambda p: self._show(gen, p), lambda e: self._refused(gen, e),
                  owner=self)  # fmt: skip

    def _show(self, gen: int, p: CaseProgress) -> None:
        if gen != self._generation:
            return
        self.entry.submit_button.setEnabled(True)
        self.entry.say("")
        self.entry.password_edit.clear()  # not left on a public screen
        self.result.setText(self._html(p))
        self.result_area.show()
        self.shown.emit(p)

    def _refused(self, gen: int, exc: Exception) -> None:
        if gen != self._generation:
            return
        self.entry.submit_button.setEnabled(True)
        text = error_text(exc)
        self.entry.say(text)
        self.entry.password_edit.clear()
        self.entry.password_edit.setFocus()
        self.result.clear()
        self.result_area.hide()
        self.failed.emit(text)

    def _html(self, p: CaseProgress) -> str:
        e = html.escape
        lines = [
            f"<p style='font-size:24pt'><b>{e(p.matter_name)}</b></p>",
            self.tr("办件编号：%s") % e(p.case_no),
            self.tr("申请人：%s") % e(p.applicant),
            self.tr("办理状态：%s") % e(p.status_label),
            self.tr("收件日期：%s") % p.received_on.isoformat(),
        ]
        if p.accepted_on:
            lines.append(self.tr("受理日期：%s") % p.accepted_on.isoformat())
        if p.promise_due:
            due = self.tr("承诺时限：%1个%2，%3前办结").replace("%1", str(p.promise_days)) \
                .replace("%2", e(p.unit)).replace("%3", p.promise_due.isoformat())  # fmt: skip
            if p.provisional:
                due += f" <span style='color:#b26a00'>（{e(p.provisional_note)}）</span>"
            lines.append(due)
        colour = {"running": "#1b7a2b", "paused": "#b26a00"}.get(p.clock_state, "#555")
        state = f"<span style='color:{colour}'><b>{e(p.clock_label)}</b></span>"
        if p.clock_state == "running" and p.days_left is not None:
            state += " " + (self.tr("（剩余%1个%2）").replace("%1", str(p.days_left))
                            .replace("%2", e(p.unit)) if p.days_left >= 0
                            else self.tr("（已超期）"))  # fmt: skip
        lines.append(self.tr("计时状态：%s") % state)
        if p.concluded_on:
            lines.append(self.tr("办结日期：%1　办理结果：%2").replace("%1", p.concluded_on.isoformat())
                         .replace("%2", e(p.result)))  # fmt: skip
        steps = []
        under_way = self.tr("（正在办理）")
        for s in p.steps:
            if s.state == "done":
                on = f" {s.done_on.isoformat()}" if s.done_on else ""
                steps.append(f"<span style='color:#1b7a2b'>✔ {e(s.name)}{on}</span>")
            elif s.state == "current":
                steps.append(f"<b style='color:#a61b1b'>▶ {e(s.name)}{under_way}</b>")
            else:
                steps.append(f"<span style='color:#888'>○ {e(s.name)}</span>")
        lines.append(self.tr("办理环节：") + "<br>" + "<br>".join(steps))
        lines.append(self.tr("领取方式：%s") % e(p.pickup))
        return "<br>".join(lines)

    def _home(self) -> None:
        self.reset()
        self.done.emit()

    def reset(self) -> None:
        """Forget the number, the password and the answer; a late answer is dropped."""
        self._generation += 1
        self.entry.clear()
        self.entry.submit_button.setEnabled(True)
        self.result.clear()
        self.result_area.hide()
