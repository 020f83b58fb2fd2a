"""A case's documents end to end, as the clerk's window runs them on a worker: PDF bytes +
SHA-256, the preview pages (96 dpi) and the A4 print (300 dpi raster through QtPrintSupport
into a PDF file). Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_case_documents.py"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from printers.documents import (  # noqa: E402
    render_pdf,
    sample_extension,
    sample_notice,
    sample_receipt,
    sample_refusal,
    sample_result_slip,
    sample_suspension,
    sha256_hex,
)
from ui.clerk.intake.a4_printing import page_images, print_pdf  # noqa: E402


def ms(fn, n: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    QApplication([])
    out = Path(tempfile.mkdtemp())
    render_pdf(sample_receipt())  # font registration once
    samples = {
        "受理通知书": sample_receipt, "一次性告知单": sample_notice, "不予受理通知书": sample_refusal,
        "特别程序告知书": sample_suspension, "延长办理期限告知书": sample_extension,
        "办结结果领取单": sample_result_slip,
    }  # fmt: skip
    for name, make in samples.items():
        data = make()
        pdf = render_pdf(data)
        build = ms(lambda d=data: sha256_hex(render_pdf(d)), 10)
        preview = ms(lambda p=pdf: page_images(p), 5)
        printing = ms(lambda p=pdf, n=name: print_pdf(p, f"file://{out}", n), 3)
        pages = len(page_images(pdf))
        print(f"| {name} ({pages} p.) | {build:.0f} ms | {preview:.0f} ms | {printing:.0f} ms |")


if __name__ == "__main__":
    main()
