"""A4 documents to paper through QtPrintSupport, off the GUI thread: the PDF's pages are
rasterised with QtPdf and painted onto a QPrinter. The printer comes from the setting
``a4_printer``: empty for the system default, a printer's name, or ``file:///dir`` to write
what would be printed as PDF files (for halls that print elsewhere, and for tests)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from printers.errors import DeviceError

PRINT_DPI = 300
PREVIEW_DPI = 96


class _Loaded:
    """A PDF opened by QtPdf from bytes (through a temporary file, which loads synchronously)."""

    def __init__(self, pdf: bytes) -> None:
        fd, self.path = tempfile.mkstemp(suffix=".pdf", prefix="yichuang-doc-")
        with os.fdopen(fd, "wb") as f:
            f.write(pdf)
        self.doc = QPdfDocument()
        if self.doc.load(self.path) != QPdfDocument.Error.None_:
            self.close()
            raise DeviceError("文书 PDF 无法打开，请重新出具", code="pdf")

    def close(self) -> None:
        self.doc.close()
        Path(self.path).unlink(missing_ok=True)


def page_images(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page as an image, for the preview (worker thread)."""
    loaded = _Loaded(pdf)
    try:
        out = []
        for i in range(loaded.doc.pageCount()):
            size = loaded.doc.pagePointSize(i)
            px = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            out.append(loaded.doc.render(i, px))
        return out
    finally:
        loaded.close()


def _printer(target: str, job_name: str) -> tuple[QPrinter, str]:
    target = target.strip()
    if target.startswith("file:"):
        folder = Path(unquote(urlsplit(target).path))
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise DeviceError(f"打印输出目录 {folder} 不存在或不可写，请检查设置 a4_printer",
                              code="a4_unavailable")  # fmt: skip
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out = folder / (re.sub(r"[^\w\-.〔〕]+", "_", job_name) + ".pdf")
        printer.setOutputFileName(str(out))
        return printer, str(out)
    info = QPrinterInfo.printerInfo(target) if target else QPrinterInfo.defaultPrinter()
    if info.isNull():
        if target:
            raise DeviceError(f"找不到打印机“{target}”，请检查打印机名称或连接",
                              code="a4_unavailable")  # fmt: skip
        raise DeviceError("没有可用的 A4 打印机：请连接打印机并设为默认，或在设置 a4_printer "
                          "中填写打印机名称", code="a4_unavailable")  # fmt: skip
    return QPrinter(info), info.printerName()


def print_pdf(pdf: bytes, target: str, job_name: str) -> str:
    """Print every page; returns where it went. Raises DeviceError with a Chinese message."""
    printer, where = _printer(target, job_name)
    printer.setResolution(PRINT_DPI)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setDocName(job_name)
    loaded = _Loaded(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise DeviceError(f"打印机“{where}”无法开始打印（脱机、缺纸或被占用），"
                              "请检查后点“重新打印”", code="a4_failed")  # fmt: skip
        rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        for i in range(loaded.doc.pageCount()):
            if i and not printer.newPage():
                raise DeviceError(f"打印机“{where}”在第 {i + 1} 页中断，请检查后点“重新打印”",
                                  code="a4_failed")  # fmt: skip
            image = loaded.doc.render(i, QSize(round(rect.width()), round(rect.height())))
            painter.drawImage(QRectF(0, 0, rect.width(), rect.height()), image)
    finally:
        if painter.isActive():
            painter.end()
        loaded.close()
    return where
