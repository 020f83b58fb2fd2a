"""转移 (F4): send the current ticket to another line or another window, chosen by name;
过号补回 (F7): a late applicant's number goes back into the queue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from app.queue.views import LineStatus


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    ok.setText(ok_text)
    cancel.setText(QCoreApplication.translate("CallTransfer", "取消（Esc）"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class TransferDialog(QDialog):
    def __init__(self, number: str, lines: list[LineStatus], windows: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("转移 %s") % number)
        form = QFormLayout(self)
        self.by_line = QRadioButton(self.tr("转到业务"))
        self.by_line.setChecked(True)
        self.line_combo = QComboBox()
        for ln in lines:
            self.line_combo.addItem(f"{ln.prefix} {ln.name}", ln.code)
        form.addRow(self.by_line, self.line_combo)
        self.by_window = QRadioButton(self.tr("转到窗口"))
        self.window_combo = QComboBox()
        for no, name in windows:
            self.window_combo.addItem(name or self.tr("%d 号窗口") % no, no)
        form.addRow(self.by_window, self.window_combo)
        self.line_combo.activated.connect(lambda _i: self.by_line.setChecked(True))
        self.window_combo.activated.connect(lambda _i: self.by_window.setChecked(True))
        self.buttons = _buttons(self, self.tr("转移"))
        form.addRow(self.buttons)

    def target(self) -> dict[str, Any]:
        """Keyword arguments for QueueService.transfer."""
        if self.by_window.isChecked():
            return {"to_window": int(self.window_combo.currentData())}
        return {"to_line": self.line_combo.currentData()}


class RejoinDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("过号补回"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("群众过号后到窗口说明时，输入其号码，补回到队列中。")))
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("rejoinNumber")
        self.number_edit.setPlaceholderText(self.tr("如 B004"))
        form.addRow(self.tr("号码"), self.number_edit)
        self.buttons = _buttons(self, self.tr("补回（Enter）"))
        form.addRow(self.buttons)

    def number(self) -> str:
        return self.number_edit.text().strip().upper()
