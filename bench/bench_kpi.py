"""KPI report over a year of one county: generate the history, then time ``kpi_report``.

    .venv/bin/python bench/bench_kpi.py --store sqlite --tickets 2000000 --cases 500000
    .venv/bin/python bench/bench_kpi.py --store pg     --tickets 2000000 --cases 500000

The county: the demo hall plus ``--halls - 1`` more with the same 12 lines and 20 windows, one
clerk per window; the year 1 Dec 2025 – 30 Nov 2026, working days of the official calendar.
Tickets carry their real history (call, recall, no-show, rejoin, transfer, start, finish);
cases are received, noticed, accepted, paused, concluded early/on time/late or left open,
refused, rated (not rated too) with follow-ups; first inquiries. Rows are written in bulk:
``executemany`` on SQLite, ``COPY`` on PostgreSQL (a throwaway cluster). Then, with "now" on
2 Dec 2026: the report for November and for the year, by window, cold (the summaries of the
closed days are built and saved) and warm (read back), and by every other dimension.
``--keep DIR`` keeps the SQLite file / cluster directory for another run with ``--reuse``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from contextlib import closing
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Table, select  # noqa: E402

from app.demo import demo_file, seed, seed_hall  # noqa: E402
from app.journal import Actor  # noqa: E402
from app.queue.numbering import HALL_TZ  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.workcalendar import WorkCalendar  # noqa: E402
from db import migrate  # noqa: E402
from db.base import Base  # noqa: E402
from db.engine import Store  # noqa: E402
from db.ids import uuid7  # noqa: E402
from db.models import Hall, Matter, ServiceLine, Staff, Window  # noqa: E402

FIRST, LAST = dt.date(2025, 12, 1), dt.date(2026, 11, 30)
NOW = dt.datetime(2026, 12, 2, 10, 0, tzinfo=HALL_TZ).astimezone(dt.UTC)
ADMIN = Actor(name="bench:admin", roles=frozenset({"admin"}))
UTC = dt.UTC
DONE_SHARE = 0.94  # of the generated tickets, the share served (1 % left waiting, 5 % no-show)


# --- writing rows -------------------------------------------------------------------------


class Writer:
    """Rows as dicts of Python values, written in bulk with every NOT NULL default filled."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pg = store.dialect == "postgresql"
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.counts: dict[str, int] = {}
        self.templates: dict[str, tuple[list[str], dict[str, Any]]] = {}
        if self.pg:
            import psycopg

            url = store.engine.url
            self.conn: Any = psycopg.connect(host=url.host, port=url.port, user=url.username,
                                             dbname=url.database)  # fmt: skip
        else:
            self.conn = sqlite3.connect(store.engine.url.database)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=OFF")

    def _template(self, name: str) -> tuple[list[str], dict[str, Any]]:
        if name not in self.templates:
            table: Table = Base.metadata.tables[name]  # type: ignore[assignment]
            cols, defaults = [], {}
            for c in table.columns:
                cols.append(c.name)
                d = c.default
                if d is not None and getattr(d, "is_scalar", False):
                    defaults[c.name] = d.arg  # type: ignore[union-attr]
                elif d is not None and callable(getattr(d, "arg", None)):
                    defaults[c.name] = "uuid" if c.name == "id" else NOW
                else:
                    defaults[c.name] = None
            self.templates[name] = (cols, defaults)
        return self.templates[name]

    def add(self, name: str, **row: Any) -> None:
        self.buffers.setdefault(name, []).append(row)
        if len(self.buffers[name]) >= 50_000:
            self.flush_all()  # parents before children: PostgreSQL checks the foreign keys

    def _value(self, v: Any) -> Any:
        if self.pg:
            if isinstance(v, dict | list):
                return json.dumps(v, ensure_ascii=False)
            return v
        if isinstance(v, uuid.UUID):
            return v.hex
        if isinstance(v, dt.datetime):
            return v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, dict | list):
            return json.dumps(v, ensure_ascii=False)
        if isinstance(v, bool):
            return int(v)
        return v

    def flush(self, name: str) -> None:
        rows = self.buffers.pop(name, [])
        if not rows:
            return
        cols, defaults = self._template(name)
        out = []
        for r in rows:
            vals = []
            for c in cols:
                v = r[c] if c in r else defaults[c]
                if v == "uuid" and c == "id":
                    v = uuid7()
                vals.append(self._value(v))
            out.append(vals)
        if self.pg:
            with self.conn.cursor() as cur, cur.copy(
                f'COPY "{name}" ({", ".join(cols)}) FROM STDIN'
            ) as copy:
                for vals in out:
                    copy.write_row(vals)
        else:
            marks = ", ".join("?" for _ in cols)
            self.conn.executemany(f'INSERT INTO "{name}" ({", ".join(cols)}) VALUES ({marks})', out)
        self.counts[name] = self.counts.get(name, 0) + len(out)

    ORDER = ("ticket", "ticket_event", "service_case", "case_pause", "case_notice",
             "case_breach", "inquiry", "case_rating", "rating_follow_up")  # fmt: skip

    def flush_all(self) -> None:
        for name in self.ORDER:
            self.flush(name)

    def close(self) -> None:
        self.flush_all()
        self.conn.commit()
        self.conn.close()


# --- the county ---------------------------------------------------------------------------


def build_county(store: Store, halls: int) -> None:
    migrate.upgrade(store.engine)
    seed(store)
    base = demo_file("hall.json")
    for n in range(2, halls + 1):
        code = f"T{n:02d}"
        windows = [{**w, "name": w["name"]} for w in base["windows"]]
        staff = [{"work_no": f"{code}-{w['no']:02d}", "name": f"职员{n}-{w['no']}",
                  "department": None, "roles": ["clerk"], "window": w["no"],
                  "password": "yc-demo-1"} for w in windows]  # fmt: skip
        seed_hall(store, ADMIN, {"hall": {**base["hall"], "code": code,
                                          "name": f"青川县第{n}便民服务中心"},
                                 "service_lines": base["service_lines"], "windows": windows,
                                 "staff": staff})  # fmt: skip


def working_days(store: Store) -> list[dt.date]:
    from app.calendar import load_calendar

    cal: WorkCalendar = load_calendar(store)
    out, d = [], FIRST
    while d <= LAST:
        if cal.is_workday(d):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def at(day: dt.date, minutes: float) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(9), HALL_TZ).astimezone(UTC) + dt.timedelta(minutes=minutes)


def generate(store: Store, tickets: int, cases: int, seed_: int = 7) -> dict[str, int]:
    rng = random.Random(seed_)
    with store.read() as s:
        halls = list(s.execute(select(Hall.id, Hall.code)))
        lines = {h: [(r.id, r.prefix) for r in s.execute(
            select(ServiceLine.id, ServiceLine.prefix).where(ServiceLine.hall_id == h))]
            for h, _c in halls}  # fmt: skip
        windows = {h: [(r.id, r.no) for r in s.execute(
            select(Window.id, Window.no).where(Window.hall_id == h).order_by(Window.no))]
            for h, _c in halls}  # fmt: skip
        staff = {(r.hall_id, r.window_no): (r.id, r.work_no, r.name) for r in s.execute(
            select(Staff.id, Staff.hall_id, Staff.window_no, Staff.work_no, Staff.name))
            if r.window_no}  # fmt: skip
        matters = [(r.id, r.impl_code, r.name) for r in s.execute(
            select(Matter.id, Matter.impl_code, Matter.name).where(Matter.is_current))]  # fmt: skip
    days = working_days(store)
    w = Writer(store)
    per_day = tickets / len(days)
    case_ratio = cases / (tickets * DONE_SHARE)  # cases come from served tickets only
    case_seq = 0
    for day in days:
        for hall_id, code in halls:
            n_tickets = int(per_day / len(halls) + rng.random())
            seqs: dict[Any, int] = {}
            wins = windows[hall_id]
            for _ in range(n_tickets):
                line_id, prefix = rng.choice(lines[hall_id])
                seqs[line_id] = seqs.get(line_id, 0) + 1
                seq = seqs[line_id]
                issued = at(day, rng.uniform(0, 420))
                wid, wno = rng.choice(wins)
                sid, work_no, name = staff.get((hall_id, wno), (None, "", ""))
                tid = uuid7()
                events: list[tuple[str, dt.datetime, Any, Any]] = []
                r = rng.random()
                t = issued + dt.timedelta(minutes=rng.expovariate(1 / 18))
                status, first = "done", t
                if r < 0.01:
                    status, first = "waiting", None
                elif r < 0.06:  # no-show after a recall
                    events += [("call", t, wid, sid), ("recall", t + dt.timedelta(minutes=1), wid, sid),
                               ("no_show", t + dt.timedelta(minutes=3), wid, sid)]  # fmt: skip
                    status = "no_show"
                elif r < 0.09:  # no-show, rejoin, served later
                    t2 = t + dt.timedelta(minutes=20)
                    events += [("call", t, wid, sid), ("no_show", t + dt.timedelta(minutes=2), wid, sid),
                               ("rejoin", t + dt.timedelta(minutes=10), None, None),
                               ("call", t2, wid, sid),
                               ("finish", t2 + dt.timedelta(minutes=rng.uniform(3, 15)), wid, sid)]  # fmt: skip
                elif r < 0.12:  # transfer to another window
                    w2, n2 = rng.choice(wins)
                    s2 = staff.get((hall_id, n2), (None,))[0]
                    t2 = t + dt.timedelta(minutes=15)
                    events += [("call", t, wid, sid), ("start", t + dt.timedelta(minutes=1), wid, sid),
                               ("transfer", t + dt.timedelta(minutes=4), wid, sid),
                               ("call", t2, w2, s2), ("start", t2 + dt.timedelta(minutes=1), w2, s2),
                               ("finish", t2 + dt.timedelta(minutes=rng.uniform(3, 20)), w2, s2)]  # fmt: skip
                else:
                    st = t + dt.timedelta(minutes=1)
                    events += [("call", t, wid, sid), ("start", st, wid, sid),
                               ("finish", st + dt.timedelta(minutes=rng.uniform(2, 25)), wid, sid)]  # fmt: skip
                last = events[-1][1] if events else issued
                w.add("ticket", id=tid, hall_id=hall_id, line_id=line_id, day=day, seq=seq,
                      number=f"{prefix}{seq:03d}", source="kiosk", status=status, issued_at=issued,
                      queued_at=issued, called_at=events[-1][1] if events else None,
                      call_count=1 if events else 0, first_called_at=first,
                      first_staff_id=sid if events else None,
                      window_id=events[-1][2] if events else None, updated_at=last)  # fmt: skip
                for kind, when, ew, es in events:
                    w.add("ticket_event", ticket_id=tid, kind=kind, at=when, window_id=ew,
                          staff_id=es, actor=work_no)  # fmt: skip
                if rng.random() < case_ratio and status == "done":
                    case_seq += 1
                    _case(w, rng, case_seq, day, hall_id, code, wno, work_no, name, tid, last,
                          rng.choice(matters), days)  # fmt: skip
            for _ in range(int(200 / len(halls) + rng.random())):
                _wid, wno = rng.choice(wins)
                _sid, work_no, name = staff.get((hall_id, wno), (None, "", ""))
                when = at(day, rng.uniform(0, 420))
                closed = rng.random() < 0.9
                w.add("inquiry", hall_id=hall_id, at=when, channel="window", first_staff=work_no,
                      first_staff_name=name, window_no=wno, question="咨询办事流程",
                      disposition="transferred", handler=work_no,
                      promised_reply_at=when + dt.timedelta(hours=4),
                      closed_at=when + dt.timedelta(hours=rng.uniform(0.5, 6)) if closed else None,
                      history=[])  # fmt: skip
    w.close()
    return w.counts


def _add_days(days: list[dt.date], day: dt.date, n: int) -> dt.date:
    import bisect

    i = bisect.bisect_right(days, day) + n - 1
    return days[i] if i < len(days) else day + dt.timedelta(days=int(n * 1.4))


def _case(w: Writer, rng: random.Random, seq: int, day: dt.date, hall_id: Any, code: str,
          wno: int, work_no: str, name: str, ticket_id: Any, when: dt.datetime,
          matter: tuple[Any, str, str], days: list[dt.date]) -> None:  # fmt: skip
    cid = uuid7()
    mid, impl, mname = matter
    promise = rng.choice((1, 3, 5, 10, 15, 20))
    r = rng.random()
    row: dict[str, Any] = dict(
        id=cid, hall_id=hall_id, hall_code=code, case_no=f"{code}-{day:%Y%m%d}-{seq:07d}",
        query_no=f"Q{seq:09d}", status="received", matter_id=mid, impl_code=impl,
        matter_name=mname, ticket_id=ticket_id, applicant_kind="person", applicant_name="张三",
        applicant_cert_type="111", applicant_cert_no="11010519491231002X", intake_by=work_no,
        intake_by_name=name, window_no=wno, handler=work_no, received_at=when, received_day=day,
        notice_due=_add_days(days, day, 5), promise_days=promise, legal_days=promise * 2,
        materials=[])  # fmt: skip
    if rng.random() < 0.15:
        w.add("case_notice", case_id=cid, notice_no=f"{row['case_no']}-GZ1", issued_at=when,
              issued_by=work_no, issued_by_name=name, items=[], deadline=_add_days(days, day, 10))  # fmt: skip
        if rng.random() < 0.03:
            w.add("case_breach", case_id=cid, staff=work_no, staff_name=name,
                  first_notice_no=f"{row['case_no']}-GZ1", material="健康证明", approved_by="S",
                  recorded_at=when)  # fmt: skip
    if r < 0.05:
        row.update(status="refused", concluded_at=when + dt.timedelta(minutes=5))
        w.add("service_case", **row)
        return
    if r < 0.06:  # received, still waiting for materials
        w.add("service_case", **row)
        return
    row.update(status="accepted", accepted_at=when, accepted_day=day,
               promise_due=_add_days(days, day, promise), legal_due=_add_days(days, day, promise * 2))  # fmt: skip
    if rng.random() < 0.01:
        start = _add_days(days, day, 1)
        w.add("case_pause", case_id=cid, kind="检验检测", start_day=start, started_at=when,
              end_day=_add_days(days, start, 3), ended_at=when)  # fmt: skip
    done_in = promise + rng.choice((-2, -1, 0, 0, 0, 0, 1, 3)) if rng.random() < 0.95 else None
    if done_in is not None:
        done_day = _add_days(days, day, max(0, done_in))
        done_at = dt.datetime.combine(done_day, dt.time(15), HALL_TZ).astimezone(UTC)
        if done_at < NOW:
            row.update(status="delivered", concluded_at=done_at, result="准予")
            lv = rng.choices((1, 2, 3, 4, 5, None), (60, 25, 8, 2, 1, 4))[0]
            if rng.random() < 0.8:
                rid = uuid7()
                w.add("case_rating", id=rid, case_id=cid, channel="window", level=lv,
                      at=done_at, rater="")  # fmt: skip
                if lv in (4, 5):
                    cb = _add_days(days, done_day, 1)
                    w.add("rating_follow_up", rating_id=rid, case_id=cid, responsible=work_no,
                          callback_due=cb, fix_due=_add_days(days, done_day, 15),
                          callback_at=done_at + dt.timedelta(hours=20),
                          fixed_at=done_at + dt.timedelta(days=rng.choice((3, 10, 30))),
                          opened_at=done_at, verdict="属实")  # fmt: skip
    w.add("service_case", **row)


# --- timing -------------------------------------------------------------------------------


def timed(label: str, fn: Any, results: list[tuple[str, float]]) -> Any:
    t = time.perf_counter()
    out = fn()
    took = time.perf_counter() - t
    results.append((label, took))
    print(f"{label:55s} {took * 1000:9.0f} ms", flush=True)
    return out


def all_charts(store: Store, settings: Settings, start: dt.date) -> Any:
    """What the dashboard's charts tab does for a period (ui/dashboard/charts_page.py): the
    figures read once, drawn four ways."""
    from app.reports import charts
    from app.reports.kpi import KpiQuery, compute

    c = compute(store, settings, KpiQuery(start, LAST, None), now=NOW)
    return (charts.tickets_per_hour_by_weekday(store, settings, c),
            charts.wait_distribution(store, settings, c), charts.on_time_trend(store, settings, c),
            charts.rating_counts(store, settings, c))  # fmt: skip


def drills(store: Store, settings: Settings, results: list[tuple[str, float]]) -> None:
    """Drill-downs a supervisor opens: from the slowest window's row (its waits, its cases
    concluded and overdue) and from the total, for November and for the year."""
    from app.reports.kpi import KpiQuery, drill, kpi_report

    for label, start in (("month", dt.date(2026, 11, 1)), ("year", FIRST)):
        q = KpiQuery(start, LAST, "window")
        rows = kpi_report(store, settings, q, now=NOW).rows
        slowest = max(rows, key=lambda r: r.wait_mean_min or 0).key
        for key, where in ((slowest, "slowest window"), ("", "total")):
            for figure in ("wait_mean_min", "on_time_rate", "overdue"):
                timed(f"{label}: drill {where} {figure}", lambda key=key, figure=figure, q=q: drill(
                    store, settings, q, key, figure, now=NOW), results)  # fmt: skip


def run(store: Store, settings: Settings, *, warm_only: bool = False) -> list[tuple[str, float]]:
    from app.reports.kpi import KpiQuery, kpi_report

    results: list[tuple[str, float]] = []
    if warm_only:  # summaries built by an earlier run
        for label, start in (("month", dt.date(2026, 11, 1)), ("year", FIRST)):
            for when in ("warm", "again"):
                timed(f"{label}: the four charts, {when}", lambda start=start: all_charts(
                    store, settings, start), results)  # fmt: skip
        drills(store, settings, results)
        for by in ("window", None, "hall", "staff", "department", "line", "matter"):
            for label, start in (("month", dt.date(2026, 11, 1)), ("year", FIRST)):
                q = KpiQuery(start, LAST, by)
                for when in ("warm", "again"):  # the first also warms the store's caches
                    timed(f"{label} by {by or 'total'}, {when}", lambda q=q: kpi_report(
                        store, settings, q, now=NOW), results)  # fmt: skip
        return results
    month = KpiQuery(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "window")
    year = KpiQuery(FIRST, LAST, "window")
    for label, q in (("month (Nov 2026) by window", month), ("year by window", year)):
        r = timed(f"{label}, cold (summaries built)", lambda q=q: kpi_report(store, settings, q, now=NOW), results)
        timed(f"{label}, warm", lambda q=q: kpi_report(store, settings, q, now=NOW), results)
        print(f"    {len(r.rows)} rows; total issued {r.total.tickets_issued}, served {r.total.served},"
              f" received {r.total.cases_received}, on time {r.total.on_time_rate}", flush=True)  # fmt: skip
    for by in (None, "hall", "staff", "department", "line", "matter"):
        timed(f"year by {by or 'total'}, warm", lambda by=by: kpi_report(
            store, settings, KpiQuery(FIRST, LAST, by), now=NOW), results)  # fmt: skip
    timed("year: the four charts, warm", lambda: all_charts(store, settings, FIRST), results)
    drills(store, settings, results)
    # 'today' is computed from the events: a report whose range includes today.
    late = dt.datetime(2026, 11, 30, 16, 0, tzinfo=HALL_TZ).astimezone(UTC)
    timed("month by window, last day live (today = 30 Nov)", lambda: kpi_report(
        store, settings, month, now=late), results)  # fmt: skip
    return results


def late_change(store: Store, settings: Settings) -> list[tuple[str, float]]:
    """A hall's row for a closed day arriving late (a rating for a case of 10 Nov): the
    trigger marks that hall-day, and the next report rebuilds that hall's November only."""
    from app.reports.kpi import KpiQuery, kpi_report

    results: list[tuple[str, float]] = []
    year = KpiQuery(FIRST, LAST, "window")
    timed("year by window, warm (before the change)", lambda: kpi_report(store, settings, year, now=NOW), results)
    from db.models import CaseRating, ServiceCase

    with store.write() as s:
        case_id = s.scalars(select(ServiceCase.id).where(
            ServiceCase.received_day == dt.date(2026, 11, 10),
            ServiceCase.id.not_in(select(CaseRating.case_id))).limit(1)).one()  # fmt: skip
        s.add(CaseRating(case_id=case_id, level=5, channel="phone", at=at(dt.date(2026, 11, 10), 300)))
    timed("year by window, one hall-month rebuilt after a late rating", lambda: kpi_report(
        store, settings, year, now=NOW), results)  # fmt: skip
    timed("year by window, warm again", lambda: kpi_report(store, settings, year, now=NOW), results)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", choices=["sqlite", "pg"], default="sqlite")
    ap.add_argument("--tickets", type=int, default=2_000_000)
    ap.add_argument("--cases", type=int, default=500_000)
    ap.add_argument("--halls", type=int, default=8)
    ap.add_argument("--keep", default=None, help="directory to keep the store in")
    ap.add_argument("--reuse", action="store_true", help="time the store kept by --keep")
    ap.add_argument("--warm", action="store_true", help="with --reuse: only the warm figures")
    ap.add_argument("--generate-only", action="store_true", help="keep the store, time nothing")
    ap.add_argument("--late", action="store_true",
                    help="with --reuse: time the report after a late row for a closed day")  # fmt: skip
    args = ap.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_kpi_"))
    root.mkdir(parents=True, exist_ok=True)
    cluster = None
    if args.store == "pg":
        from tests.support.pg_cluster import PgCluster

        (root / "pg").mkdir(exist_ok=True)
        cluster = PgCluster(root / "pg")
        if args.reuse:
            import contextlib
            import subprocess

            with contextlib.suppress(subprocess.CalledProcessError):
                cluster.pause()  # still running from the generating run (another port)
            cluster.resume()
        else:
            cluster.start()
            cluster.create_database("county")
        url = cluster.url("county")
    else:
        url = f"sqlite:///{root / 'county.db'}"
    store = Store(url)
    settings = Settings(db=url)
    try:
        if args.reuse:  # a store generated by an older Yichuang: bring it to this one's schema
            migrate.upgrade(store.engine, backup=False)
        else:
            t = time.perf_counter()
            build_county(store, args.halls)
            counts = generate(store, args.tickets, args.cases)
            took = time.perf_counter() - t
            print(f"generated in {took:.0f} s: {counts}", flush=True)
            if args.store == "pg":
                with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                    c.exec_driver_sql("VACUUM ANALYZE")
            else:
                with closing(sqlite3.connect(root / "county.db")) as c:
                    c.execute("ANALYZE")
        if args.generate_only:
            return
        if args.late:
            late_change(store, settings)
            return
        run(store, settings, warm_only=args.warm)
    finally:
        store.dispose()
        if cluster is not None and not args.keep:
            cluster.stop()


if __name__ == "__main__":
    main()
