"""转移 (F4): send the current ticket to another line or another window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from app.queue.views import LineStatus


class TransferDialog(QDialog):
    def __init__(self, number: str, lines: list[LineStatus], window_no: int,
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
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, 999)
        self.window_spin.setValue(window_no + 1)
        self.window_spin.setSuffix(self.tr(" 号窗口"))
        form.addRow(self.by_window, self.window_spin)
        self.line_combo.activated.connect(lambda _i: self.by_line.setChecked(True))
        self.window_spin.valueChanged.connect(lambda _v: self.by_window.setChecked(True))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def target(self) -> dict[str, Any]:
        """Keyword arguments for QueueService.transfer."""
        if self.by_window.isChecked():
            return {"to_window": self.window_spin.value()}
        return {"to_line": self.line_combo.currentData()}
