"""County sync of cases (bench/README.md "County sync of cases"): a hall's backlog of case
weeks (tests/sync/busy_hall.py: cases with notices, pauses, documents, ratings, follow-ups,
complaints and warning acks, through the real use cases) pushed into a county on a throwaway
PostgreSQL server, where row-level security checks every case row's hall.

    .venv/bin/python bench/bench_sync_cases.py [--weeks 8] [--batch 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from app.sync.county_schema import hall_role, init_county  # noqa: E402
from app.sync.push import push  # noqa: E402
from db.models import OutboxEntry  # noqa: E402
from tests.support.pg_cluster import PgCluster  # noqa: E402
from tests.sync.busy_hall import START, cases_week, make_case_hall  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", type=int, default=8)
    ap.add_argument("--batch", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        hall = make_case_hall(root / "h1.db", "H1")
        t0 = time.perf_counter()
        for week in range(args.weeks):
            cases_week(hall, "H1", START + dt.timedelta(days=7 * week))
        made = time.perf_counter() - t0
        with hall.read() as s:
            entries = s.scalar(select(func.count()).select_from(OutboxEntry)) or 0
            case_entries = s.scalar(select(func.count()).where(
                OutboxEntry.entity.in_(("service_case", "case_event", "case_pause",
                                        "case_notice", "case_breach", "case_document",
                                        "case_rating", "rating_follow_up", "inquiry",
                                        "warning_ack", "follow_up_rating", "complaint")))) or 0  # fmt: skip
        (root / "pg").mkdir()
        cluster = PgCluster(root / "pg")
        cluster.start()
        try:
            cluster.create_database("county")
            result = init_county(cluster.url("county"), ["H1"], root / "creds")
            role = hall_role(result.prefix, "H1")
            url = next(Path(f).read_text().strip() for f in result.credential_files if role in f)
            t0 = time.perf_counter()
            pushed = push(hall, url, batch_size=args.batch)
            took = time.perf_counter() - t0
        finally:
            cluster.stop()
            hall.dispose()
    print(f"{args.weeks} case weeks made in {made:.1f} s: {entries} outbox entries "
          f"({case_entries} case and supervision rows)")  # fmt: skip
    print(f"push: {pushed.entries} entries, {pushed.rows} rows, {pushed.audit} audit entries, "
          f"{pushed.batches} batches in {took:.2f} s = {pushed.entries / took:,.0f} entries/s")  # fmt: skip


if __name__ == "__main__":
    main()
