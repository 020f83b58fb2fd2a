"""Supervision: the warnings list over a hall with 100,000 cases (5 % open), a complaint filed,
and the complainant's number + password lookup; median and p99, on SQLite and PostgreSQL.

    .venv/bin/python bench/bench_supervision.py [--cases 100000] [--rounds 20] [--stores sqlite,pg]

The cases are the bulk rows of bench_cases.py (inserted for the bench only); their promised
dates spread over 300 days from 2 March 2026, and the clock is set to 1 June 2026, so a good
share of the open ones are red or past their statutory limit.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.journal import Actor  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.supervision.complaints import ComplaintService  # noqa: E402
from app.supervision.views import ComplaintInput  # noqa: E402
from app.supervision.warnings import WarningService  # noqa: E402
from bench.bench_cases import bulk, run_on_stores, setup, timed  # noqa: E402

SUPERVISOR = Actor(name="S001", roles=frozenset({"supervisor"}), display_name="主管")
NOW = dt.datetime(2026, 6, 1, 2, tzinfo=dt.UTC)


def run(url: str, cases: int, rounds: int) -> dict[str, list[float]]:
    store = setup(url)
    bulk(store, cases)
    res: dict[str, list[float]] = {}
    w = WarningService(store, Settings(), clock=lambda: NOW)
    shown = w.warnings(SUPERVISOR)
    res[f"warnings list ({len(shown)} of {len(w.cases.open_cases(SUPERVISOR, limit=10**6))} open)"] = \
        timed(lambda i: w.warnings(SUPERVISOR), rounds)  # fmt: skip
    res["warnings, level=statutory"] = timed(lambda i: w.warnings(SUPERVISOR, level="statutory"), rounds)
    targets = [v.case_no for v in shown if v.level == "red"]
    res["acknowledge"] = timed(lambda i: w.acknowledge(SUPERVISOR, targets[i], "督办"), rounds)
    c = ComplaintService(store, Settings(), clock=lambda: NOW)
    data = ComplaintInput(complainant_name="张三", complainant_phone="13800138000",
                          content="窗口人员态度生硬", channel="phone")  # fmt: skip
    receipts = []
    res["complaint file"] = timed(lambda i: receipts.append(c.file(SUPERVISOR, data)), rounds)
    res["complaint public_status"] = timed(
        lambda i: c.public_status(receipts[i].number, receipts[i].password), rounds)  # fmt: skip
    store.dispose()
    return res


def main() -> None:
    run_on_stores(run, "bench_supervision", rounds=20)


if __name__ == "__main__":
    main()
