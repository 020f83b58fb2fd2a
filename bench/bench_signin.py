"""A kiosk issuing a ticket while a clerk signs in, on one SQLite hall store.

Before issue 8's fix the argon2 check ran inside the sign-in's write transaction, so an issue
that started meanwhile waited for it. Prints the issue's latency alone and started during a
sign-in (median of N rounds), and the sign-in's own duration.

    .venv/bin/python bench/bench_signin.py --rounds 20
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
from pathlib import Path

from app.demo import seed_hall
from app.journal import Actor
from app.queue.service import QueueService
from app.settings import Settings
from app.staff import add_staff, sign_in
from db import migrate
from db.engine import Store

ADMIN = Actor(name="bench:admin", roles=frozenset({"admin"}))
KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))
HALL = {
    "hall": {"code": "B01", "name": "测试便民服务中心", "region_code": "350100"},
    "service_lines": [{"code": "social", "prefix": "A", "name": "社保医保", "hours": [],
                       "daily_cap": 100000, "avg_service_minutes": 6}],
    "windows": [{"no": 1, "name": "1号窗口", "lines": ["social"]}],
    "staff": [],
}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    n = ap.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'hall.db'}")
        migrate.upgrade(store.engine)
        seed_hall(store, ADMIN, HALL)
        add_staff(store, ADMIN, work_no="0201", name="李敏", password="right-pw1", roles=["clerk"])
        queue = QueueService(store, Settings(queue_enforce_hours=False))

        def issue_ms() -> float:
            t = time.perf_counter()
            queue.issue(KIOSK, "social", source="kiosk")
            return (time.perf_counter() - t) * 1000

        alone = [issue_ms() for _ in range(n)]
        during, signin = [], []
        for _ in range(n):
            started = threading.Event()

            def clerk(started: threading.Event = started) -> None:
                started.set()
                t = time.perf_counter()
                sign_in(store, "0201", "right-pw1")
                signin.append((time.perf_counter() - t) * 1000)

            th = threading.Thread(target=clerk)
            th.start()
            started.wait()
            time.sleep(0.005)  # the sign-in is now reading the account / checking the hash
            during.append(issue_ms())
            th.join()
        store.dispose()
    print(f"kiosk issue alone, median: {statistics.median(alone):.1f} ms")
    print(f"kiosk issue during a sign-in, median / max: {statistics.median(during):.1f} / "
          f"{max(during):.1f} ms")  # fmt: skip
    print(f"sign-in (argon2 verify + write), median: {statistics.median(signin):.1f} ms")


if __name__ == "__main__":
    main()
