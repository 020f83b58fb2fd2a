"""Catalog search over 10,000 matters, and cold start to the first shown window.

    .venv/bin/python bench/bench_catalog.py [--matters 10000] [--repeat 20]

Builds an SQLite store with the demo departments and N matters (the 68 demo matters
varied by name and code), then times CatalogIndex.search for a mix of queries: Chinese
substring, pinyin, initials, code, no match. Then starts `yichuang clerk` in a fresh process
(offscreen) and reports the time until the sign-in dialog is on screen."""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.catalog import CatalogIndex  # noqa: E402
from app.catalog_io import import_catalog  # noqa: E402
from app.demo import demo_file  # noqa: E402
from app.journal import Actor  # noqa: E402
from db import migrate  # noqa: E402
from db.engine import Store  # noqa: E402

PLACES = ["城关镇", "乔庄镇", "青溪镇", "木鱼镇", "沙州镇", "姚渡镇", "竹园镇", "关庄镇", "凉水镇",
          "红光乡", "马鹿乡", "观音店乡", "黄坪乡", "营盘乡", "板桥乡", "石坝乡"]  # fmt: skip
QUERIES = ["营业执照", "yyzz", "结婚登记", "jhdj", "不动产", "bdcdj", "公积金提取", "社保卡",
           "shebaoka", "食品经营许可", "出生医学证明", "低保", "临时救助", "户口迁移",
           "乔庄镇", "zzzzqq", "11510822", "登记", "许可", "证明"]  # fmt: skip


def build(n: int, path: Path) -> Store:
    base = demo_file("catalog.json")
    matters = []
    for i in range(n):
        m = copy.deepcopy(base["matters"][i % len(base["matters"])])
        place = PLACES[(i // len(base["matters"])) % len(PLACES)]
        m["name"] = f"{m['name']}（{place}第{i // len(base['matters'])}批）" if i >= len(base["matters"]) else m["name"]
        m["impl_code"] = f"{m['impl_code']}{i:06d}"
        matters.append(m)
    store = Store(f"sqlite:///{path}")
    migrate.upgrade(store.engine)
    t = time.perf_counter()
    import_catalog(store, Actor("bench", frozenset({"admin"})), {**base, "matters": matters})
    print(f"import of {n} matters: {time.perf_counter() - t:.1f} s")
    return store


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bench_search(store: Store, repeat: int) -> None:
    index = CatalogIndex(store)
    t = time.perf_counter()
    index.search("")
    print(f"index build (first search): {(time.perf_counter() - t) * 1000:.0f} ms")
    times: list[float] = []
    for _ in range(repeat):
        for q in QUERIES:
            t = time.perf_counter()
            index.search(q, limit=50)
            times.append((time.perf_counter() - t) * 1000)
    print(f"search, {len(times)} queries: median {statistics.median(times):.2f} ms, "
          f"p99 {pct(times, 99):.2f} ms, max {max(times):.2f} ms")  # fmt: skip


def bench_cold_start(db_path: Path, runs: int = 3) -> None:
    code = (
        "import time, sys; t0=time.perf_counter()\n"
        "from PySide6.QtCore import QTimer\n"
        "from app.settings import Settings\n"
        "from app.store import hall_facts\n"
        "from ui.app_main import make_app, prepare_store\n"
        "from ui.clerk.sign_in import SignInDialog\n"
        f"s = Settings(db='sqlite:///{db_path}')\n"
        "app = make_app(s); store = prepare_store(s); name, _ = hall_facts(store)\n"
        "d = SignInDialog(store, s, name); d.show()\n"
        "QTimer.singleShot(0, lambda: (print(time.perf_counter() - t0), app.quit()))\n"
        "app.exec()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "YICHUANG_CONFIG": "/nonexistent"}
    walls, inner = [], []
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             env=env, cwd=Path(__file__).resolve().parents[1], check=True)  # fmt: skip
        walls.append(time.perf_counter() - t)
        inner.append(float(out.stdout.strip().splitlines()[-1]))
    print(f"cold start to shown sign-in window: process wall median {statistics.median(walls):.2f} s, "
          f"in-process (imports → shown) median {statistics.median(inner):.2f} s")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--matters", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        store = build(a.matters, path)
        bench_search(store, a.repeat)
        store.dispose()
        if not os.environ.get("BENCH_SKIP_COLD"):
            bench_cold_start(path)


if __name__ == "__main__":
    main()
