"""The public lookup screen: showing a guide (HTML, flowchart, layout) and rendering it for
the thermal roll and for A4.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_lookup_screen.py [--repeat 50]

Uses a throwaway SQLite store seeded with the demo county and the matter 企业设立登记
(six materials, four steps, four legal bases)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.catalog import get_guide  # noqa: E402
from app.demo import seed  # noqa: E402
from app.lookup.guide_print import guide_pdf, guide_sheet  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import hall_facts, open_store  # noqa: E402
from printers.escpos.guide_slip import render_guide_slip  # noqa: E402
from ui.app_main import make_app  # noqa: E402

CODE = "11510822008123013A4010010010040"


def ms(times: list[float]) -> str:
    return f"median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(db=f"sqlite:///{tmp / 'hall.db'}")
    store = open_store(settings, auto_migrate=True)
    seed(store)
    app = make_app(settings)
    from ui.lookup.lookup_window import LookupWindow

    hall_name, depts = hall_facts(store)
    guide = get_guide(store, CODE, public=True)
    for size in ((1080, 1920), (1920, 1080)):
        w = LookupWindow(store, settings, hall_name=hall_name, departments=depts)
        w.resize(*size)
        w.show()
        app.processEvents()
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            w._show_guide(guide)
            app.processEvents()
            times.append(time.perf_counter() - t)
        print(f"show guide {size[0]}×{size[1]}: {ms(times)}")
        w.close()
    sheet = guide_sheet(guide, hall_name=hall_name, link="https://zwfw.example.gov.cn/g/1")
    for name, fn in (("ESC/POS", render_guide_slip), ("A4 PDF", guide_pdf)):
        times = []
        for _ in range(max(5, args.repeat // 5)):
            t = time.perf_counter()
            data = fn(sheet)
            times.append(time.perf_counter() - t)
        print(f"render {name}: {len(data)} bytes, {ms(times)}")
    store.dispose()


if __name__ == "__main__":
    main()
