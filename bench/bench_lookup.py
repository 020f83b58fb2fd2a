"""The public screen's case pages over 100,000 cases: 办结公示 pages (first and sixth), a
progress query with the right password (read, hash check, read) and a wrong one (one short
write), median and p99, on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_lookup.py [--cases 100000] [--rounds 50] [--stores sqlite,pg]

Rows come from bench_cases.bulk (inserted in bulk for the bench only); the concluded and
delivered ones are given conclusion times spread over the 200 days before 21 Sept 2026.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cases import bulk, run_on_stores, setup, timed  # noqa: E402
from sqlalchemy import bindparam, select, update  # noqa: E402

from app.cases import numbering  # noqa: E402
from app.errors import PermissionDenied  # noqa: E402
from app.lookup.service import LookupService  # noqa: E402
from app.queue.numbering import HALL_TZ  # noqa: E402
from app.settings import Settings  # noqa: E402
from db.engine import Store  # noqa: E402
from db.models import ServiceCase  # noqa: E402

NOW = dt.datetime(2026, 9, 21, 10, 0, tzinfo=HALL_TZ).astimezone(dt.UTC)


def conclude_some(store: Store) -> None:
    rng = random.Random(2)
    with store.read() as s:
        done = s.execute(select(ServiceCase.id).where(
            ServiceCase.status.in_(("concluded", "delivered")))).scalars().all()  # fmt: skip
    rows = [{"cid": cid, "at": NOW - dt.timedelta(minutes=rng.randrange(200 * 24 * 60)),
             "res": rng.choice(["准予", "准予", "准予", "不予", "撤回"])} for cid in done]  # fmt: skip
    stmt = (update(ServiceCase.__table__).where(ServiceCase.__table__.c.id == bindparam("cid"))
            .values(concluded_at=bindparam("at"), result=bindparam("res")))  # fmt: skip
    with store.engine.begin() as conn:
        for k in range(0, len(rows), 5000):
            conn.execute(stmt, rows[k : k + 5000])
        for i in range(100):  # a hundred cases the public can open
            conn.execute(update(ServiceCase.__table__)
                         .where(ServiceCase.__table__.c.query_no == f"{i:010d}")
                         .values(query_password_hash=numbering.hash_password(f"{i:010d}", "123456")))  # fmt: skip
    with store.engine.begin() as conn:  # the statistics after the update, as autovacuum would
        conn.exec_driver_sql("ANALYZE service_case" if store.dialect == "postgresql" else "ANALYZE")


def run(url: str, cases: int, rounds: int) -> dict[str, list[float]]:
    store = setup(url)
    bulk(store, cases)
    conclude_some(store)
    look = LookupService(store, Settings(progress_max_failures=10**6), clock=lambda: NOW)
    res: dict[str, list[float]] = {}
    first = look.disclosed(0)
    res[f"办结公示 page 1 ({first.total}{'+' if first.more else ''} listed of {cases})"] = timed(lambda i: look.disclosed(0), rounds)
    res["办结公示 page 6"] = timed(lambda i: look.disclosed(5), rounds)
    res["progress, right password"] = timed(lambda i: look.progress(f"{i % 100:010d}", "123456"), rounds)

    def wrong(i: int) -> None:
        with contextlib.suppress(PermissionDenied):
            look.progress(f"{i % 100:010d}", "000000")

    res["progress, wrong password (counted)"] = timed(wrong, rounds)
    store.dispose()
    return res


def main() -> None:
    run_on_stores(run, "bench_lookup")


if __name__ == "__main__":
    main()
