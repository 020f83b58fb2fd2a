"""Render times of the A4 documents and ID-card read time over a pty (sim://)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from printers.documents import (
    render_notice,
    render_receipt,
    render_refusal,
    sample_notice,
    sample_receipt,
    sample_refusal,
)
from printers.idcard import open_reader


def main() -> None:
    out = Path(tempfile.mkdtemp())
    render_receipt(sample_receipt(), out / "warm.pdf")  # font registration once
    jobs = {
        "receipt": (sample_receipt, render_receipt),
        "notice": (sample_notice, render_notice),
        "refusal": (sample_refusal, render_refusal),
    }
    for name, (sample, render) in jobs.items():
        t = time.perf_counter()
        for _ in range(10):
            render(sample(), out / f"{name}.pdf")  # type: ignore[operator]
        print(f"{name}: {(time.perf_counter() - t) * 100:.0f} ms per PDF")
    reader = open_reader("sim://")
    t = time.perf_counter()
    for _ in range(50):
        reader.read_card()
    print(f"idcard find+select+read over pty: {(time.perf_counter() - t) * 20:.1f} ms")
    reader.close()


if __name__ == "__main__":
    main()
