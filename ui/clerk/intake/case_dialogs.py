"""Small forms for the steps of an accepted case: special procedure (pause), extension,
conclusion, and delivery (pick-up with the collector's ID, or post with a tracking number).
They collect what the clerk types; the case service decides whether it is allowed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ui.clerk.intake.checked_form import CheckedForm

PROCEDURES = ("现场核查", "检验检测", "专家评审", "听证", "鉴定", "检疫", "招标", "拍卖", "其他")
RESULTS = ("准予", "不予", "撤回", "退回", "作废", "转报")
RELATIONS = ("申请人本人", "代办人（持授权委托书）", "法定代表人", "其他受托人")


def _text(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMaximumHeight(height)
    return edit


class PauseDialog(CheckedForm):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            self.tr("启动特别程序（暂停计时）"), self.tr("暂停计时并打印告知书"), parent
        )
        self.setObjectName("pauseDialog")
        self.kind = QComboBox()
        self.kind.setObjectName("pauseKind")
        self.kind.addItems(list(PROCEDURES))
        self.reason = _text()
        self.reason.setObjectName("pauseReason")
        self.basis = QLineEdit("《中华人民共和国行政许可法》第四十五条")
        self.days = QSpinBox()
        self.days.setObjectName("pauseDays")
        self.days.setRange(1, 365)
        self.days.setValue(5)
        self.requirement = QLineEdit()
        self.requirement.setPlaceholderText(self.tr("需要申请人配合的事项（可不填）"))
        self.form.addRow(self.tr("特别程序种类"), self.kind)
        self.form.addRow(self.tr("启动理由"), self.reason)
        self.form.addRow(self.tr("依据"), self.basis)
        self.form.addRow(self.tr("预计所需工作日"), self.days)
        self.form.addRow(self.tr("申请人配合事项"), self.requirement)

    def check(self) -> str:
        return "" if self.reason.toPlainText().strip() else self.tr("请写明启动特别程序的理由")

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.currentText(), "reason": self.reason.toPlainText().strip(),
                "basis": self.basis.text().strip(), "expected_days": self.days.value(),
                "requirement": self.requirement.text().strip()}  # fmt: skip


class ExtendDialog(CheckedForm):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.tr("延长办理期限（须主管批准）"), self.tr("下一步：主管批准"), parent)
        self.setObjectName("extendDialog")
        self.days = QSpinBox()
        self.days.setObjectName("extendDays")
        self.days.setRange(1, 15)
        self.days.setValue(10)
        self.reason = _text()
        self.reason.setObjectName("extendReason")
        self.form.addRow(self.tr("延长工作日"), self.days)
        self.form.addRow(self.tr("延期理由（将告知申请人）"), self.reason)

    def check(self) -> str:
        return "" if self.reason.toPlainText().strip() else self.tr("请写明延期理由")

    def values(self) -> dict[str, Any]:
        return {"days": self.days.value(), "reason": self.reason.toPlainText().strip()}


class ConcludeDialog(CheckedForm):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(self.tr("办结"), self.tr("办结"), parent)
        self.setObjectName("concludeDialog")
        self.result_box = QComboBox()
        self.result_box.setObjectName("concludeResult")
        self.result_box.addItems(list(RESULTS))
        self.doc_name = QLineEdit()
        self.doc_name.setObjectName("resultDocName")
        self.doc_name.setPlaceholderText(self.tr("如：营业执照、准予许可决定书"))
        self.doc_no = QLineEdit()
        self.doc_no.setObjectName("resultDocNo")
        self.note = QLineEdit()
        self.form.addRow(self.tr("办理结果"), self.result_box)
        self.form.addRow(self.tr("结果文书/证照名称"), self.doc_name)
        self.form.addRow(self.tr("文书/证照编号"), self.doc_no)
        self.form.addRow(self.tr("备注"), self.note)

    def values(self) -> dict[str, str]:
        return {"result": self.result_box.currentText(), "doc_name": self.doc_name.text().strip(),
                "doc_no": self.doc_no.text().strip(), "note": self.note.text().strip()}  # fmt: skip


class DeliverDialog(CheckedForm):
    read_card_requested = Signal()

    def __init__(self, pickup: str, parent: Any = None) -> None:
        super().__init__(self.tr("送达办理结果"), self.tr("确认送达并打印回证"), parent)
        self.setObjectName("deliverDialog")
        self.by_window = QRadioButton(self.tr("窗口领取"))
        self.by_window.setObjectName("deliverWindow")
        self.post = QRadioButton(self.tr("邮寄"))
        self.post.setObjectName("deliverPost")
        group = QButtonGroup(self)
        group.addButton(self.by_window)
        group.addButton(self.post)
        (self.post if pickup == "post" else self.by_window).setChecked(True)
        way = QHBoxLayout()
        way.addWidget(self.by_window)
        way.addWidget(self.post)
        way.addStretch()
        self.form.addRow(self.tr("送达方式"), way)
        self.collector_name = QLineEdit()
        self.collector_name.setObjectName("collectorName")
        self.collector_id = QLineEdit()
        self.collector_id.setObjectName("collectorId")
        self.read_button = QPushButton(self.tr("读领取人身份证"))
        self.read_button.setObjectName("collectorReadCard")
        self.read_button.clicked.connect(self.read_card_requested)
        id_row = QHBoxLayout()
        id_row.addWidget(self.collector_id, 1)
        id_row.addWidget(self.read_button)
        self.relation = QComboBox()
        self.relation.addItems(list(RELATIONS))
        self.recipient = QLineEdit()
        self.phone = QLineEdit()
        self.address = QLineEdit()
        self.carrier = QLineEdit("中国邮政 EMS")
        self.tracking = QLineEdit()
        self.tracking.setObjectName("trackingNo")
        self.pickup_rows: list[QWidget] = []
        self.post_rows: list[QWidget] = []
        for label, widget, rows in (
            (self.tr("领取人姓名"), self.collector_name, self.pickup_rows),
            (self.tr("领取人身份证号码"), id_row, self.pickup_rows),
            (self.tr("与申请人关系"), self.relation, self.pickup_rows),
            (self.tr("收件人"), self.recipient, self.post_rows),
            (self.tr("收件人电话"), self.phone, self.post_rows),
            (self.tr("邮寄地址"), self.address, self.post_rows),
            (self.tr("寄递企业"), self.carrier, self.post_rows),
            (self.tr("运单号"), self.tracking, self.post_rows),
        ):  # fmt: skip
            lab = QLabel(label)
            self.form.addRow(lab, widget)
            rows.append(lab)
        self.by_window.toggled.connect(lambda _on: self._switch())
        self._switch()

    def _switch(self) -> None:
        for lab in self.pickup_rows:
            self.form.setRowVisible(lab, self.by_window.isChecked())
        for lab in self.post_rows:
            self.form.setRowVisible(lab, self.post.isChecked())

    def fill_collector(self, card: Any) -> None:
        self.collector_name.setText(card.name)
        self.collector_id.setText(card.id_number)

    def values(self) -> dict[str, str]:
        return {"method": "window" if self.by_window.isChecked() else "post",
                "collector_name": self.collector_name.text().strip(),
                "collector_id": self.collector_id.text().strip(),
                "relation": self.relation.currentText(), "recipient": self.recipient.text().strip(),
                "phone": self.phone.text().strip(), "address": self.address.text().strip(),
                "carrier": self.carrier.text().strip(),
                "tracking_no": self.tracking.text().strip()}  # fmt: skip


class StepDialog(CheckedForm):
    def __init__(self, step: str, parent: Any = None) -> None:
        super().__init__(self.tr("办理环节：%s") % step, self.tr("提交"), parent)
        self.setObjectName("stepDialog")
        self.action = QComboBox()
        self.action.setObjectName("stepAction")
        self.action.addItems(["通过", "退回"])
        self.opinion = _text()
        self.opinion.setObjectName("stepOpinion")
        self.form.addRow(self.tr("处理"), self.action)
        self.form.addRow(self.tr("办理意见"), self.opinion)

    def check(self) -> str:
        return "" if self.opinion.toPlainText().strip() else self.tr("请填写办理意见")

    def values(self) -> dict[str, str]:
        return {"action": self.action.currentText(), "opinion": self.opinion.toPlainText().strip()}
