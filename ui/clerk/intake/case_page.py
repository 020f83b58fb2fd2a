"""One case after intake: its clock (days used, left, paused; green/yellow/red), the one-time
notice's items to tick off when the applicant returns, the steps 承办 → 审核 → 决定, pause and
resume, extension, conclusion, delivery, rating, every document issued (补打 on request) and
the timeline of everything that happened. Each button calls the case service; the service's
answer is what is shown."""

from __future__ import annotations

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
    QPushButton,
    QSplitter,
    QTableWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.cases.views import CaseDetail
from ui.clerk.call_devices import CallDevices
from ui.clerk.intake.access import CaseAccess
from ui.clerk.intake.case_actions import CaseActions
from ui.clerk.intake.case_display import CaseDisplay
from ui.clerk.intake.document_desk import DocumentDesk, RetryButton
from ui.clerk.intake.notice_actions import NoticeActions
from ui.common.messages import error_text
from ui.common.worker import run_async

PAGE_QSS = """
QLabel#caseTitle { font-size: 16pt; font-weight: bold; color: #8b1a1a; }
QLabel#clockBar { font-size: 13pt; font-weight: bold; padding: 6px; border-radius: 4px; }
QLabel#caseMessage { font-size: 12pt; }
QPushButton#caseAction { min-height: 34px; font-size: 11pt; }
"""


class CasePage(CaseDisplay, NoticeActions, CaseActions, QWidget):
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
        self.retry_button = RetryButton(desk, self, self._document_failed)
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

    def timeline_text(self) -> str:
        return self.timeline.toPlainText()

    @property
    def case_no(self) -> str:
        assert self.detail is not None
        return self.detail.case.case_no

    # --- the one-time notice's ticks ------------------------------------------------------

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.notice_items.count()):
            item = self.notice_items.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _document_failed(self, message: str) -> None:
        self.say(message, error=True)
        self.done.emit(message)

    def shutdown(self) -> None:
        self.devices.cancel.set()
        run_async(self.devices.close, lambda _r: None)
