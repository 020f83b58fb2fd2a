"""Build the released-schema fixture stores (store_0002.db, store_0001.db) with the code of a
released commit, so the files are exactly what that release wrote.

    git archive 8b6a610 | tar -x -C /tmp/y0002
    PYTHONPATH=/tmp/y0002 .venv/bin/python tests/store/released/make_released_stores.py OUT_DIR

A busy morning on a small hall: issued, called, recalled, skipped, rejoined, transferred (to a
line and to a window), finished and rated tickets, booked and checked-in appointments. The
0001 file is the same store taken down to 0001 by that release's own migrations.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from app.demo import seed_hall
from app.journal import Actor
from app.queue.numbering import HALL_TZ
from app.queue.service import QueueService
from app.settings import Settings
from db import migrate
from db.engine import Store

ADMIN = Actor(name="fixture:admin", roles=frozenset({"admin"}))
KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))
CLERK = Actor(name="0101", roles=frozenset({"clerk"}))
HALL = {
    "hall": {"code": "R01", "name": "发布版本测试中心", "region_code": "350100"},
    "service_lines": [
        {"code": "social", "prefix": "A", "name": "社保医保", "hours": []},
        {"code": "civil", "prefix": "B", "name": "户籍办理", "hours": []},
    ],
    "windows": [
        {"no": 1, "name": "1号窗口", "lines": ["social", "civil"]},
        {"no": 2, "name": "2号窗口", "lines": ["civil"]},
    ],
    "staff": [],
}


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 9, 9, 0, tzinfo=HALL_TZ).astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(minutes=1)
        return self.now


def busy_morning(path: Path) -> None:
    store = Store(f"sqlite:///{path}")
    migrate.upgrade(store.engine)
    seed_hall(store, ADMIN, HALL)
    q = QueueService(store, Settings(), clock=Clock())
    q.book_appointment(ADMIN, "civil", dt.date(2026, 3, 9), code="11112222", name="张三")
    q.book_appointment(ADMIN, "social", dt.date(2026, 3, 10), code="33334444")
    for _ in range(4):
        q.issue(KIOSK, "social")
    q.issue(KIOSK, "civil")
    q.check_in(KIOSK, "11112222")
    q.call_next(CLERK, 1)
    q.recall(CLERK, 1)
    q.finish(CLERK, 1, rating=2)
    late = q.call_next(CLERK, 1).number
    q.skip(CLERK, 1)
    q.rejoin(CLERK, late)
    q.call_next(CLERK, 1)
    q.transfer(CLERK, 1, to_line="civil")
    q.call_next(CLERK, 2)
    q.transfer(CLERK, 2, to_window=1)
    q.call_next(CLERK, 1)
    q.start(CLERK, 1)
    q.finish(CLERK, 1)
    store.dispose()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("PRAGMA page_size=1024")
        conn.execute("VACUUM")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in ("store_0002.db", "store_0001.db"):
        (out / name).unlink(missing_ok=True)
        (out / (name + ".writer-lock")).unlink(missing_ok=True)
    busy_morning(out / "store_0002.db")
    (out / "store_0001.db").write_bytes((out / "store_0002.db").read_bytes())
    store = Store(f"sqlite:///{out / 'store_0001.db'}")
    migrate.downgrade(store.engine, "0001")
    store.dispose()
    with closing(sqlite3.connect(out / "store_0001.db")) as conn, conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    with closing(sqlite3.connect(out / "store_0001.db")) as conn, conn:
        conn.execute("PRAGMA page_size=1024")
        conn.execute("VACUUM")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    for lock in Path(sys.argv[1]).glob("*.writer-lock"):
        lock.unlink()
