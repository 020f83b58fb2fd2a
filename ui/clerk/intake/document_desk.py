"""Issuing a document: render the PDF, record it with the case (kind, number, SHA-256) and only
then show the preview and print. Everything slow runs on workers; a print that fails is offered
again, and the document is already kept with the case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from printers.documents import (
    Document,
    Reprint,
    kind_of,
    number_of,
    render_pdf,
    sha256_hex,
    title_of,
    to_payload,
)
from ui.clerk.intake.a4_printing import page_images, print_pdf
from ui.clerk.intake.access import CaseAccess
from ui.common.messages import error_text
from ui.common.worker import run_async


@dataclass(frozen=True)
class IssuedDocument:
    case_no: str
    kind: str
    doc_no: str
    title: str
    pdf: bytes
    sha256: str
    reprint: bool


def _record(access: CaseAccess, case_no: str, data: Document, reprint: Reprint | None,
            payload: dict[str, Any] | None) -> tuple[IssuedDocument, list[QImage]]:  # fmt: skip
    pdf = render_pdf(data, reprint=reprint)
    digest = sha256_hex(pdf)
    kind, doc_no = kind_of(data), number_of(data)
    access.cases().record_document(
        access.actor, case_no, kind=kind, doc_no=doc_no, sha256=digest,
        reprint=reprint is not None, payload=payload if payload is not None else to_payload(data),
    )  # fmt: skip
    issued = IssuedDocument(case_no, kind, doc_no, title_of(data), pdf, digest, reprint is not None)
    return issued, page_images(pdf)


class DocumentDesk(QObject):
    """One per clerk window. ``issue`` → ``issued`` (kept with the case) → preview → ``printed``
    or ``print_failed``; a failed record emits ``failed`` and ``retry()`` tries again."""

    issued = Signal(object)  # IssuedDocument
    printed = Signal(str, str)  # doc_no, where
    print_failed = Signal(str, str)  # doc_no, message
    failed = Signal(str)  # message (nothing recorded, nothing printed)

    def __init__(self, access: CaseAccess, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.access = access
        self.parent_widget = parent_widget
        self.last: IssuedDocument | None = None
        self.history: list[IssuedDocument] = []
        self.preview: PreviewDialog | None = None
        self._pending: tuple[str, Document, Reprint | None, dict[str, Any] | None] | None = None

    def issue(self, case_no: str, data: Document, *, reprint: Reprint | None = None,
              payload: dict[str, Any] | None = None) -> None:  # fmt: skip
        """``payload``: what to keep with the case if not the data itself (the receipt keeps
        everything but its query password)."""
        self._pending = (case_no, data, reprint, payload)
        run_async(lambda: _record(self.access, case_no, data, reprint, payload), self._recorded,
                  self._record_failed)  # fmt: skip

    def retry(self) -> None:
        if self._pending is not None:
            case_no, data, reprint, payload = self._pending
            self.issue(case_no, data, reprint=reprint, payload=payload)

    def _recorded(self, result: tuple[IssuedDocument, list[QImage]]) -> None:
        self._pending = None
        doc, images = result
        self.last = doc
        self.history.append(doc)
        self.issued.emit(doc)
        self.show_preview(doc, images)

    def _record_failed(self, exc: Exception) -> None:
        self.failed.emit(self.tr("文书未能登记，未打印：%s。已录入和已保存的内容均未丢失，可点“重试”。")
                         % error_text(exc))  # fmt: skip

    def show_preview(self, doc: IssuedDocument, images: list[QImage]) -> None:
        if self.preview is not None:
            self.preview.close()
        self.preview = PreviewDialog(self, doc, images, self.parent_widget)
        self.preview.open()

    def print_now(self, doc: IssuedDocument) -> None:
        target = self.access.settings.a4_printer
        job = f"{doc.title}-{doc.doc_no}" + ("-补打" if doc.reprint else "")
        run_async(lambda: print_pdf(doc.pdf, target, job),
                  lambda where: self.printed.emit(doc.doc_no, where),
                  lambda e: self.print_failed.emit(doc.doc_no, error_text(e)))  # fmt: skip


class RetryButton(QPushButton):
    """“重试出具文书” on a screen that issues documents: hidden until the desk reports a document
    it could not record while ``owner`` is on screen; then it shows and ``report`` tells the
    clerk. A click hides it and issues the same document again."""

    def __init__(self, desk: DocumentDesk, owner: QWidget, report: Callable[[str], None]) -> None:
        super().__init__(self.tr("重试出具文书"))
        self.desk, self.owner, self.report = desk, owner, report
        self.setObjectName("retryDocument")
        self.hide()
        self.clicked.connect(self.retry)
        desk.failed.connect(self._failed)

    def _failed(self, message: str) -> None:
        if not self.owner.isVisible():
            return
        self.show()
        self.report(message)

    def retry(self) -> None:
        self.hide()
        self.desk.retry()


class PreviewDialog(QDialog):
    """The pages as they will print, and the 打印 button (Ctrl+P)."""

    def __init__(self, desk: DocumentDesk, doc: IssuedDocument, images: list[QImage],
                 parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self.desk, self.doc = desk, doc
        self.setObjectName("documentPreview")
        mark = self.tr("（补打）") if doc.reprint else ""
        self.setWindowTitle(self.tr("打印预览 · %s %s%s") % (doc.title, doc.doc_no, mark))
        pages = QWidget()
        column = QVBoxLayout(pages)
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #999; background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        self.status = QLabel(self.tr("文书已登记（编号 %s），请核对后打印。") % doc.doc_no)
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("打印（Ctrl+P）"))
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_document)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_document)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.print_button)
        root = QVBoxLayout(self)
        root.addWidget(scroll, 1)
        root.addLayout(buttons)
        self.resize(860, 980)
        desk.printed.connect(self._printed)
        desk.print_failed.connect(self._failed)

    def print_document(self) -> None:
        if not self.print_button.isEnabled():
            return
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("正在打印…"))
        self.desk.print_now(self.doc)

    def _printed(self, doc_no: str, where: str) -> None:
        if doc_no != self.doc.doc_no:
            return
        self.print_button.setEnabled(True)
        self.print_button.setText(self.tr("再打印一份"))
        self.status.setText(self.tr("已送打印：%s") % where)

    def _failed(self, doc_no: str, message: str) -> None:
        if doc_no != self.doc.doc_no:
            return
        self.print_button.setEnabled(True)
        self.print_button.setText(self.tr("重新打印"))
        self.status.setText(self.tr("打印失败：%s 文书已保存在办件中，不会丢失。") % message)
        self.status.setStyleSheet("color: #c0392b;")
