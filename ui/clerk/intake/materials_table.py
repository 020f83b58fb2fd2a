"""The materials checklist of the matter version in force: for each material, what came in
(original/copy and count), or that it is missing, defective (with the reason) or 容缺后补
(with the promised date)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from app.cases.views import ChecklistItem, Deficiency, MaterialCheck

STATUSES = (
    ("received", QT_TRANSLATE_NOOP("MaterialsTable", "已收")),
    ("missing", QT_TRANSLATE_NOOP("MaterialsTable", "缺少")),
    ("defective", QT_TRANSLATE_NOOP("MaterialsTable", "有误")),
    ("deferred", QT_TRANSLATE_NOOP("MaterialsTable", "容缺后补")),
    ("n/a", QT_TRANSLATE_NOOP("MaterialsTable", "不适用")),
)
FORMS = ("原件", "复印件", "原件及复印件", "电子")
COL_SEQ, COL_NAME, COL_NEED, COL_FORM, COL_COUNT, COL_STATUS, COL_REASON, COL_DATE = range(8)
PROBLEM_ROWS = QColor("#fdecea")


class MaterialsTable(QTableWidget):
    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 8, parent)
        self.setObjectName("materialsTable")
        self.setHorizontalHeaderLabels([
            self.tr("序号"), self.tr("材料名称"), self.tr("必要性"), self.tr("形式"),
            self.tr("份数"), self.tr("收件情况"), self.tr("问题或说明"), self.tr("承诺补交日期"),
        ])  # fmt: skip
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        for col in range(8):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.checklist_items: list[ChecklistItem] = []
        self.row_errors: dict[int, str] = {}

    def set_items(self, items: list[ChecklistItem]) -> None:
        self.checklist_items = list(items)
        self.row_errors.clear()
        self.setRowCount(len(items))
        today = QDate.currentDate()
        for row, it in enumerate(items):
            seq = QTableWidgetItem(str(it.seq))
            seq.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, COL_SEQ, seq)
            name = QTableWidgetItem(it.name)
            name.setToolTip(f"{it.name}\n{it.issuer}\n{it.notes}".strip())
            self.setItem(row, COL_NAME, name)
            self.setItem(row, COL_NEED, QTableWidgetItem(it.necessity))
            form = QComboBox()
            form.addItems(list(FORMS))
            form.setCurrentText(it.form if it.form in FORMS else "原件")
            self.setCellWidget(row, COL_FORM, form)
            count = QSpinBox()
            count.setRange(0, 99)
            count.setValue(max(1, it.originals + it.copies) if it.form == "原件及复印件"
                           else max(1, it.copies or it.originals))  # fmt: skip
            self.setCellWidget(row, COL_COUNT, count)
            status = QComboBox()
            status.setObjectName(f"status_{it.seq}")
            for key, label in STATUSES:
                status.addItem(self.tr(str(label)), key)
            if not it.required:
                status.setCurrentIndex(status.findData("n/a"))
            status.currentIndexChanged.connect(lambda _i, r=row: self._status_changed(r))
            self.setCellWidget(row, COL_STATUS, status)
            reason = QLineEdit()
            reason.setObjectName(f"reason_{it.seq}")
            reason.setPlaceholderText(self.tr("有误时写明问题"))
            reason.textEdited.connect(lambda _t, r=row: self._clear_error(r))
            self.setCellWidget(row, COL_REASON, reason)
            date = QDateEdit(today.addDays(5))
            date.setObjectName(f"promised_{it.seq}")
            date.setCalendarPopup(True)
            date.setDisplayFormat("yyyy-MM-dd")
            self.setCellWidget(row, COL_DATE, date)
            self._status_changed(row)

    # --- access by material number (tests and the notice) ----------------------------------

    def row_of(self, seq: int) -> int:
        return next(i for i, it in enumerate(self.checklist_items) if it.seq == seq)

    def status_box(self, seq: int) -> QComboBox:
        box = self.cellWidget(self.row_of(seq), COL_STATUS)
        assert isinstance(box, QComboBox)
        return box

    def reason_edit(self, seq: int) -> QLineEdit:
        edit = self.cellWidget(self.row_of(seq), COL_REASON)
        assert isinstance(edit, QLineEdit)
        return edit

    def date_edit(self, seq: int) -> QDateEdit:
        edit = self.cellWidget(self.row_of(seq), COL_DATE)
        assert isinstance(edit, QDateEdit)
        return edit

    def set_status(self, seq: int, status: str, reason: str = "") -> None:
        box = self.status_box(seq)
        box.setCurrentIndex(box.findData(status))
        if reason:
            self.reason_edit(seq).setText(reason)

    # --- values ----------------------------------------------------------------------------

    def _widget(self, row: int, col: int) -> Any:
        return self.cellWidget(row, col)

    def checks(self) -> list[MaterialCheck]:
        out = []
        for row, it in enumerate(self.checklist_items):
            status = self._widget(row, COL_STATUS).currentData()
            qd = self._widget(row, COL_DATE).date()
            out.append(MaterialCheck(
                seq=it.seq, name=it.name, form=self._widget(row, COL_FORM).currentText(),
                count=self._widget(row, COL_COUNT).value(), status=status,
                reason=self._widget(row, COL_REASON).text().strip(),
                promised_date=dt.date(qd.year(), qd.month(), qd.day())
                if status == "deferred" else None,
                required=it.required,
            ))  # fmt: skip
        return out

    def deficiencies(self) -> list[Deficiency]:
        """Every material marked missing or defective, for the one-time notice."""
        out = []
        for m in self.checks():
            if m.status == "missing":
                out.append(Deficiency(m.seq, m.name, self.tr("未提交"),
                                      self.tr("提交%s %d 份") % (m.form, max(m.count, 1))))  # fmt: skip
            elif m.status == "defective":
                out.append(Deficiency(m.seq, m.name, m.reason or self.tr("不符合要求"),
                                      self.tr("按要求更正后重新提交%s") % m.form))  # fmt: skip
        return out

    # --- errors ----------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Mark the rows the service named ("materials.<seq>"); return their messages."""
        self.row_errors.clear()
        messages = []
        for row, it in enumerate(self.checklist_items):
            message = errors.get(f"materials.{it.seq}", "")
            if message:
                self.row_errors[row] = message
                messages.append(message)
            self._paint(row)
        return messages

    def _clear_error(self, row: int) -> None:
        if self.row_errors.pop(row, None) is not None:
            self._paint(row)

    def _status_changed(self, row: int) -> None:
        status = self._widget(row, COL_STATUS).currentData()
        self._widget(row, COL_DATE).setEnabled(status == "deferred")
        self._widget(row, COL_REASON).setEnabled(status in ("defective", "missing", "deferred"))
        self._clear_error(row)
        self._paint(row)
        self.changed.emit()

    def _paint(self, row: int) -> None:
        status = self._widget(row, COL_STATUS).currentData()
        problem = status in ("missing", "defective") or row in self.row_errors
        brush = QBrush(PROBLEM_ROWS) if problem else QBrush()
        tip = self.row_errors.get(row, "")
        for col in (COL_SEQ, COL_NAME, COL_NEED):
            item = self.item(row, col)
            if item is not None:
                item.setData(Qt.ItemDataRole.BackgroundRole, brush)
                if col == COL_NAME:
                    item.setToolTip(tip or item.text())
