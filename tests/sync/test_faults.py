"""Faults on the way: a pusher killed at random moments, the county restarting mid-sync, the county
unreachable; and, at the end, the county's KPI report equals the halls' own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from app import hall_stats
from app.sync.link import CountyUnreachable
from app.sync.push import Pusher, push
from app.sync.state import status
from app.sync.worker import SyncWorker
from db.engine import Store
from db.models import OutboxEntry
from tests.support.pg_cluster import PgCluster
from tests.sync.conftest import County, bulk_tickets, checksum, hall_id, serve, table_rows

pytestmark = pytest.mark.pg

RUN_CLI = "import sys; from app.cli.main import run; sys.exit(run(sys.argv[1:]))"


def cli(*args: str) -> list[str]:
    return [sys.executable, "-c", RUN_CLI, *args]


def env() -> dict[str, str]:
    return {**os.environ, "YICHUANG_CONFIG": os.devnull + ".absent.toml"}


def county_rows(county: County, table: str, hall: object) -> list[dict]:
    store = Store(county.url)
    try:
        return table_rows(store, table, hall_id=hall)
    finally:
        store.dispose()


def received(county: County, code: str) -> tuple[int, int]:
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        row = c.execute(
            "SELECT outbox_seq, rows_received FROM county.watermark WHERE hall_code = %s", (code,)
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def test_pusher_killed_at_random_moments_then_resumed(county: County, hall_a: Store) -> None:
    bulk_tickets(hall_a, "H1", 10_000)
    url = str(hall_a.url)
    argv = cli("sync", "run", "--once", "--no-pull", "--batch", "700", "--db", url,
               "--county", county.hall_url("H1"))  # fmt: skip
    rng = random.Random(12)
    kills = 0
    for _ in range(4):
        proc = subprocess.Popen(argv, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            time.sleep(rng.uniform(0.8, 2.5))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=10)
    assert kills >= 1  # at least one run died mid-push
    done = subprocess.run(argv, env=env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with hall_a.read() as s:
        last = s.scalar(select(func.max(OutboxEntry.seq)))
        total = s.scalar(select(func.count()).select_from(OutboxEntry))
    watermark, rows = received(county, "H1")
    assert watermark == last
    assert rows == total  # every entry received exactly once, through every kill
    hid = hall_id(hall_a, "H1")
    local = table_rows(hall_a, "ticket", hall_id=hid)
    assert len(local) == 10_000
    assert checksum(county_rows(county, "ticket", hid)) == checksum(local)
    assert status(hall_a).backlog == 0


def test_county_restarted_mid_sync_then_caught_up(
    county: County, hall_a: Store, pg_cluster: PgCluster
) -> None:
    bulk_tickets(hall_a, "H1", 3000)
    batches: list[int] = []

    def restart_after_second(result: object, waiting: int) -> None:
        batches.append(waiting)
        if len(batches) == 2:
            pg_cluster.pause()

    try:
        with pytest.raises(CountyUnreachable, match="断点继续|无法连接"):
            Pusher(hall_a, county.hall_url("H1"), batch_size=500,
                   on_progress=restart_after_second).run()  # fmt: skip
    finally:
        pg_cluster.resume()
    assert len(batches) == 2
    push(hall_a, county.hall_url("H1"), batch_size=500)
    hid = hall_id(hall_a, "H1")
    assert checksum(county_rows(county, "ticket", hid)) == checksum(
        table_rows(hall_a, "ticket", hall_id=hid)
    )
    with hall_a.read() as s:
        total = s.scalar(select(func.count()).select_from(OutboxEntry))
    assert received(county, "H1")[1] == total


def test_unreachable_county_leaves_the_hall_working_and_backs_off(
    hall_a: Store, tmp_path: Path
) -> None:
    dead = "postgresql://h1:s3cret-pw@127.0.0.1:1/county"
    worker = SyncWorker(hall_a, dead, interval=10, max_backoff=300)
    for _ in range(3):
        with pytest.raises(CountyUnreachable) as exc:
            worker.run_once()
        assert "s3cret-pw" not in exc.value.message
    assert 30 <= worker.next_delay() <= 40  # 10 → 20 → 40 s, with jitter below
    serve(hall_a, 2, finish=1)  # the hall works on
    st = status(hall_a)
    assert st.backlog > 0
    assert st.last_error and "无法连接县级数据库" in st.last_error and "s3cret" not in st.last_error


def test_county_report_equals_the_sum_of_the_halls(
    county: County, hall_a: Store, hall_b: Store
) -> None:
    serve(hall_a, 7, finish=4)
    serve(hall_b, 5, finish=2)
    push(hall_a, county.hall_url("H1"))
    push(hall_b, county.hall_url("H2"))
    now = dt.datetime.now(dt.UTC)
    sup = Store(county.supervisor_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        at_county = [hall_stats.today(sup, code, now) for code in ("H1", "H2")]
    finally:
        sup.dispose()
    at_halls = [hall_stats.today(hall_a, "H1", now), hall_stats.today(hall_b, "H2", now)]
    assert at_county == at_halls
    for figure in ("issued", "waiting", "done", "no_show"):
        county_total = sum(getattr(f, figure) for f in at_county)
        assert county_total == sum(getattr(f, figure) for f in at_halls)
    assert sum(f.issued for f in at_county) == 12
    assert dataclasses.asdict(at_county[0])["done"] == 4
