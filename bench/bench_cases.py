"""Cases: host time to receive and accept a case; the clerk's "my open cases" list and a case
search over 100,000 cases (median, p99), on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_cases.py [--cases 100000] [--rounds 50] [--stores sqlite,pg]

The 100,000 rows are inserted in bulk for the bench only (never how the application writes);
5 % of them are open, spread over 20 clerks. PostgreSQL runs on a throwaway server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from app.calendar_service import seed_from_package  # noqa: E402
from app.cases.service import CaseService  # noqa: E402
from app.cases.views import IntakeInput, PartyInput  # noqa: E402
from app.catalog_io import import_catalog  # noqa: E402
from app.demo import demo_file, seed_hall  # noqa: E402
from app.journal import Actor  # noqa: E402
from app.settings import Settings  # noqa: E402
from db import migrate  # noqa: E402
from db.engine import Store  # noqa: E402
from db.models import Hall, Matter, ServiceCase  # noqa: E402

ADMIN = Actor(name="bench", roles=frozenset({"admin"}))
FOOD = "11510822008123013A4010010030010"
NAMES = [a + b for a in "王李张刘陈杨黄赵吴周" for b in ["建国", "秀英", "志强", "丽华", "海燕", "明", "静"]]


def clerk(n: int) -> Actor:
    return Actor(name=f"C{n:03d}", roles=frozenset({"clerk"}), display_name=f"窗口{n}", window_no=1)


def setup(url: str) -> Store:
    store = Store(url)
    migrate.upgrade(store.engine)
    data = demo_file("catalog.json")
    matters = [m for m in data["matters"] if m["impl_code"] == FOOD]
    depts = [d for d in data["departments"] if d["code"] == matters[0]["department"]]
    import_catalog(store, ADMIN, {**data, "departments": depts, "matters": matters})
    seed_hall(store, ADMIN, {"hall": {"code": "B01", "name": "bench", "region_code": "510822"},
                             "service_lines": [], "windows": [], "staff": []})  # fmt: skip
    seed_from_package(store, ADMIN, [2026])
    return store


def bulk(store: Store, n: int) -> None:
    rng = random.Random(1)
    with store.read() as s:
        hall_id = s.scalar(select(Hall.id))
        matter_id = s.scalar(select(Matter.id))
    day = dt.date(2026, 3, 2)
    at = dt.datetime(2026, 3, 2, 2, tzinfo=dt.UTC)
    rows: list[dict[str, Any]] = []
    for i in range(n):
        is_open = rng.random() < 0.05
        status = rng.choice(["accepted", "accepted", "received", "notified", "suspended"]) \
            if is_open else rng.choice(["delivered", "concluded", "refused"])
        due = day + dt.timedelta(days=rng.randrange(0, 300))
        rows.append(dict(
            id=uuid.uuid4(), hall_id=hall_id, hall_code="B01", case_no=f"B01-2026-{i:07d}",
            query_no=f"{i:010d}", query_password_hash="", query_failures=0, status=status,
            matter_id=matter_id, impl_code=FOOD, matter_name="食品经营许可（新办）", case_type=2,
            channel="window", applicant_kind="person", applicant_name=rng.choice(NAMES),
            applicant_cert_type="居民身份证", applicant_cert_no=f"510822{rng.randrange(10**12):012d}",
            applicant_phone="", applicant_address="", legal_rep="", materials=[], pickup="window",
            postal_address="", intake_by=f"C{rng.randrange(1, 21):03d}", intake_by_name="",
            handler=f"C{rng.randrange(1, 21):03d}", received_at=at, received_day=day,
            notice_due=day, accepted_at=at, accepted_day=day, deemed_accepted=False,
            promise_days=5, promise_unit="W", legal_days=10, legal_unit="W", promise_due=due,
            legal_due=due + dt.timedelta(days=7), due_provisional=False, count_start_day=False,
            extension_days=0, step_no=0, refusal_reason="", refusal_basis="", competent_body="",
            result="", result_doc_name="", result_doc_no="", delivery_method="", delivery_ref="",
            created_at=at, updated_at=at))  # fmt: skip
    with store.engine.begin() as conn:
        for k in range(0, n, 5000):
            conn.execute(insert(ServiceCase), rows[k : k + 5000])
    if store.dialect == "postgresql":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE service_case")
    else:
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def timed(fn: Any, rounds: int) -> list[float]:
    out = []
    for i in range(rounds):
        t0 = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def run(url: str, cases: int, rounds: int) -> dict[str, list[float]]:
    store = setup(url)
    bulk(store, cases)
    svc = CaseService(store, Settings())
    person = PartyInput(kind="person", name="张三丰", cert_no="11010519491231002X")
    res: dict[str, list[float]] = {}
    received: list[str] = []
    res["receive"] = timed(lambda i: received.append(
        svc.receive(clerk(1), IntakeInput(impl_code=FOOD, applicant=person)).case_no), rounds)  # fmt: skip
    res["accept"] = timed(lambda i: svc.accept(clerk(1), received[i]), rounds)
    res[f"my open cases ({len(svc.my_open_cases(clerk(2)))} rows)"] = timed(
        lambda i: svc.my_open_cases(clerk(2 + i % 19)), rounds)  # fmt: skip
    res["search name"] = timed(lambda i: svc.search(clerk(1), NAMES[i % len(NAMES)], limit=50), rounds)
    res["search case no prefix"] = timed(
        lambda i: svc.search(clerk(1), f"B01-2026-{(i * 1777) % cases:07d}"[:-2]), rounds)  # fmt: skip
    res["search query no"] = timed(lambda i: svc.search(clerk(1), f"{(i * 31) % cases:010d}"), rounds)
    store.dispose()
    return res


def run_on_stores(run: Any, name: str, rounds: int = 50) -> None:
    """The command line shared by the case benches: ``--cases``, ``--rounds``, ``--stores``;
    ``run(url, cases, rounds)`` on a fresh SQLite file and on a throwaway PostgreSQL server,
    printed as one markdown table."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=rounds)
    ap.add_argument("--stores", default="sqlite,pg")
    args = ap.parse_args()
    cluster = None
    print("| store | op | n | median ms | p99 ms |")
    print("|---|---|---|---|---|")
    try:
        for kind in args.stores.split(","):
            if kind == "sqlite":
                url = f"sqlite:///{tempfile.mkdtemp(prefix=name)}/hall.db"
            else:
                from tests.support.pg_cluster import PgCluster

                cluster = PgCluster(Path(tempfile.mkdtemp(prefix="benchpg", dir="/tmp")))
                cluster.start()
                cluster.create_database(name)
                url = cluster.url(name)
            for op, values in run(url, args.cases, args.rounds).items():
                print(f"| {kind} | {op} | {len(values)} | {statistics.median(values):.1f} | "
                      f"{pct(values, 99):.1f} |")  # fmt: skip
            sys.stdout.flush()
    finally:
        if cluster is not None:
            cluster.stop()


def main() -> None:
    run_on_stores(run, "bench_cases")


if __name__ == "__main__":
    main()
