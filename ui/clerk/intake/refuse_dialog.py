"""不予受理: either with the reason and its legal basis (art. 32, 38), or because the matter is
not this body's to decide, naming the body to apply to (art. 32(2))."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QPlainTextEdit, QRadioButton

from ui.clerk.intake.checked_form import CheckedForm


class RefuseDialog(CheckedForm):
    def __init__(self, matter_name: str, parent: Any = None) -> None:
        super().__init__(
            self.tr("不予受理 · %s") % matter_name, self.tr("确定并打印不予受理通知书"), parent
        )
        self.setObjectName("refuseDialog")
        self.refuse = QRadioButton(self.tr("不予受理（写明理由和法律依据）"))
        self.refuse.setObjectName("refuseReasoned")
        self.elsewhere = QRadioButton(self.tr("不属于本机关职权范围（写明应向哪个机关申请）"))
        self.elsewhere.setObjectName("refuseElsewhere")
        self.refuse.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.refuse)
        group.addButton(self.elsewhere)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("refuseReason")
        self.reason.setMaximumHeight(90)
        self.basis = QLineEdit("《中华人民共和国行政许可法》第三十二条第一款")
        self.basis.setObjectName("refuseBasis")
        self.body = QLineEdit()
        self.body.setObjectName("competentBody")
        self.body.setPlaceholderText(self.tr("如：某某市市场监督管理局（地址、电话）"))
        self.form.addRow(self.tr("理由"), self.reason)
        self.form.addRow(self.tr("法律依据"), self.basis)
        self.form.addRow(self.tr("有权机关"), self.body)
        note = QLabel(self.tr("通知书将写明申请人申请行政复议、提起行政诉讼的权利和期限。"))
        note.setWordWrap(True)
        self.root.insertWidget(0, self.refuse)
        self.root.insertWidget(1, self.elsewhere)
        self.root.insertWidget(3, note)  # under the form, above the error line
        self.refuse.toggled.connect(lambda _on: self._switch())
        self._switch()
        self.resize(620, 360)

    def _switch(self) -> None:
        reasoned = self.refuse.isChecked()
        self.form.setRowVisible(self.basis, reasoned)
        self.form.setRowVisible(self.body, not reasoned)

    def check(self) -> str:
        if self.refuse.isChecked() and not self.reason.toPlainText().strip():
            return self.tr("请写明不予受理的理由")
        if self.elsewhere.isChecked() and not self.body.text().strip():
            return self.tr("请写明申请人应向哪个机关申请")
        return ""

    def values(self) -> dict[str, str]:
        if self.refuse.isChecked():
            return {"kind": "refuse", "reason": self.reason.toPlainText().strip(),
                    "legal_basis": self.basis.text().strip()}  # fmt: skip
        return {"kind": "elsewhere", "reason": self.reason.toPlainText().strip(),
                "competent_body": self.body.text().strip()}  # fmt: skip
