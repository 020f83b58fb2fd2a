"""A problem found after the one-time notice went out. The new notice repeats what is still
outstanding and adds this item; the case service decides that the addition is a breach of the
one-time rule and asks for a supervisor (the clerk is told before anything is issued)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from app.cases.views import CaseDetail, Deficiency
from ui.clerk.intake.checked_form import CheckedForm


class DeficiencyDialog(CheckedForm):
    def __init__(self, detail: CaseDetail, parent: Any = None) -> None:
        super().__init__(self.tr("告知单以外的问题"), self.tr("出具新的告知单"), parent)
        self.setObjectName("deficiencyDialog")
        self.notice = next((n for n in reversed(detail.notices) if n.open), None)
        outstanding = [
            i for i in (self.notice.items if self.notice else []) if not i.get("resolved")
        ]
        self.outstanding = outstanding
        warn = QLabel(self.tr("一次性告知单应已列明全部问题。再提出告知单以外的材料要求，须主管现场批准，"
                              "并记为违反一次性告知（责任人为首次告知的工作人员）。"))  # fmt: skip
        warn.setWordWrap(True)
        warn.setStyleSheet("color: #c0392b;")
        still = QLabel(self.tr("仍未补正的告知项（将在新告知单中重复列明）：%s")
                       % ("、".join(i["material"] for i in outstanding) or self.tr("无")))  # fmt: skip
        still.setWordWrap(True)
        self.material = QComboBox()
        self.material.setObjectName("deficiencyMaterial")
        self.material.setEditable(True)
        for m in detail.case.materials:
            self.material.addItem(m["name"], m.get("seq", 0))
        self.problem = QLineEdit()
        self.problem.setObjectName("deficiencyProblem")
        self.requirement = QLineEdit()
        self.requirement.setObjectName("deficiencyRequirement")
        self.form.addRow(self.tr("材料"), self.material)
        self.form.addRow(self.tr("存在问题"), self.problem)
        self.form.addRow(self.tr("补正要求"), self.requirement)
        self.root.insertWidget(0, warn)
        self.root.insertWidget(1, still)
        self.resize(620, 300)

    def check(self) -> str:
        if not self.material.currentText().strip() or not self.problem.text().strip():
            return self.tr("请选择或填写材料，并写明存在的问题")
        return ""

    def items(self) -> list[Deficiency]:
        name = self.material.currentText().strip()
        index = self.material.findText(name)
        seq = int(self.material.itemData(index) or 0) if index >= 0 else 0
        kept = [Deficiency(int(i.get("material_seq") or 0), i["material"], i["problem"],
                           i.get("requirement", "")) for i in self.outstanding]  # fmt: skip
        return kept + [Deficiency(seq, name, self.problem.text().strip(),
                                  self.requirement.text().strip())]  # fmt: skip
