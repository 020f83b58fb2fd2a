"""Export the figures of the KPI tab's period: an XLSX workbook or the PDF monthly report. The
work runs on a worker thread; a progress dialog follows it; the file's path is shown at the end
and any error in Chinese (what was on screen stays as it was)."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from app.reports.kpi import KpiQuery
from app.settings import Settings
from app.store import Store
from ui.common.messages import error_text
from ui.common.worker import run_async


class _Progress(QObject):
    """Carries the export's progress from the worker thread to the dialog (a queued signal)."""

    moved = Signal(int, int, str)  # done, total, the step's Chinese label


def run_export(store: Store, settings: Settings, query: KpiQuery, path: Path,
               progress: Any) -> Path:  # fmt: skip
    """Worker thread: the export module for the file's suffix."""
    if path.suffix.lower() == ".pdf":
        from app.reports.export_pdf import export_pdf

        export_pdf(store, settings, query, path, progress=progress)
    else:
        from app.reports.export_xlsx import export_xlsx

        export_xlsx(store, settings, query, path, progress=progress)
    return path


class ExportDialog(QDialog):
    done = Signal(str)  # the written file
    failed = Signal(str)  # the Chinese message shown

    def __init__(self, store: Store, settings: Settings, query: KpiQuery,
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.store, self.settings, self.query = store, settings, query
        self.setWindowTitle(self.tr("导出报表"))
        self.xlsx = QRadioButton(self.tr("Excel 工作簿（.xlsx，与指标表相同的数字）"))
        self.pdf = QRadioButton(self.tr("PDF 月度报告（含图表）"))
        self.xlsx.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.xlsx)
        group.addButton(self.pdf)
        stem = f"效能报表_{query.start:%Y%m%d}-{query.end:%Y%m%d}"
        self.path = QLineEdit(str(Path.home() / f"{stem}.xlsx"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        self.xlsx.toggled.connect(self._suffix)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.message = QLabel("")
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.go = QPushButton(self.tr("导出"))
        self.go.setObjectName("primary")
        self.go.clicked.connect(self.start)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("时间范围"), QLabel(f"{query.start:%Y-%m-%d} 至 {query.end:%Y-%m-%d}"))
        form.addRow(self.tr("格式"), self.xlsx)
        form.addRow("", self.pdf)
        form.addRow(self.tr("保存到"), path_row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.go)
        v = QVBoxLayout(self)
        v.addLayout(form)
        v.addWidget(self.message)
        v.addLayout(buttons)
        self.setMinimumWidth(640)
        self.progress: QProgressDialog | None = None
        self._relay = _Progress(self)
        self._relay.moved.connect(self._moved)
        self.steps: list[str] = []  # what the progress dialog said, in order

    def _suffix(self) -> None:
        p = Path(self.path.text())
        self.path.setText(str(p.with_suffix(".xlsx" if self.xlsx.isChecked() else ".pdf")))

    def _browse(self) -> None:
        pattern = self.tr("Excel 工作簿 (*.xlsx)") if self.xlsx.isChecked() else self.tr("PDF 文件 (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("保存报表"), self.path.text(), pattern)
        if chosen:
            self.path.setText(chosen)
            self._suffix()

    def start(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("请填写保存位置"))
            return
        path = Path(text).expanduser()
        wanted = ".xlsx" if self.xlsx.isChecked() else ".pdf"
        if path.suffix.lower() != wanted:
            path = path.with_suffix(wanted)
            self.path.setText(str(path))
        if not path.parent.is_dir():
            self.message.setText(self.tr("文件夹不存在：%s，请重新选择保存位置") % str(path.parent))
            return
        self.go.setEnabled(False)
        self.steps = []
        self.message.setText(self.tr("正在导出……"))
        self.progress = QProgressDialog(self.tr("正在导出报表……"), "", 0, 0, self)
        self.progress.setObjectName("exportProgress")
        self.progress.setCancelButton(None)  # type: ignore[arg-type]
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        relay = self._relay

        def progress(done: int, total: int, what: str) -> None:  # called on the worker thread
            relay.moved.emit(done, total, what)

        store, settings, query = self.store, self.settings, self.query
        run_async(lambda: run_export(store, settings, query, path, progress),
                  self._finished, self._failed)  # fmt: skip

    def _moved(self, done: int, total: int, what: str) -> None:
        self.steps.append(what)
        bar = self.progress
        if bar is None:
            return
        bar.setLabelText(self.tr("正在导出报表……%s") % what)
        bar.setMaximum(max(total, 1))
        bar.setValue(min(done, max(total, 1)))  # last: a modal bar lets other events in here

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.go.setEnabled(True)

    def _finished(self, path: Path) -> None:
        self._close_progress()
        self.message.setText(self.tr("已导出：%s") % str(path))
        self.done.emit(str(path))

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        if isinstance(exc, OSError):  # the disk's answer: full, read-only, a folder of that name
            why = {errno.EISDIR: self.tr("已有同名文件夹"), errno.EACCES: self.tr("没有写入权限"),
                   errno.EPERM: self.tr("没有写入权限"), errno.ENOSPC: self.tr("磁盘已满"),
                   errno.EROFS: self.tr("磁盘只读"), errno.ENOENT: self.tr("文件夹不存在")}.get(
                exc.errno or 0, self.tr("系统错误 %d") % (exc.errno or 0))  # fmt: skip
            reason = self.tr("无法写入文件 %s（%s），请换一个保存位置") % (
                exc.filename or self.path.text(), why)  # fmt: skip
        else:
            reason = error_text(exc)
        text = self.tr("导出失败：%s") % reason
        self.message.setText(text)
        self.failed.emit(text)
