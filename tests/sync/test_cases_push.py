"""Cases and supervision in the county: two halls (real SQLite files) with a busy case week
each push to the county on the throwaway PostgreSQL; the county holds their rows exactly,
each hall's login sees and writes only its own, and a push that dies mid-batch resumes
without losing or doubling anything."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select

from app.sync.push import Pusher, push
from app.sync.state import status
from db.base import Base
from db.engine import Store
from db.models import OutboxEntry
from tests.sync.busy_hall import cases_week, make_case_hall
from tests.sync.conftest import County, checksum, table_rows
from tests.sync.test_contract import CASE_KINDS

pytestmark = pytest.mark.pg


@pytest.fixture
def case_halls(tmp_path: Path) -> Iterator[dict[str, Store]]:
    halls = {code: make_case_hall(tmp_path / f"{code}.db", code) for code in ("H1", "H2")}
    for code, store in halls.items():
        cases_week(store, code)
    yield halls
    for store in halls.values():
        store.dispose()


def ids_of(store: Store, table: str) -> list[Any]:
    t = Base.metadata.tables[table]
    with store.read() as s:
        return list(s.scalars(select(t.c.id)))


def county_rows(county: County, table: str, ids: list[Any]) -> list[dict[str, Any]]:
    store = Store(county.url)
    try:
        t = Base.metadata.tables[table]
        with store.read() as s:
            return [dict(r._mapping) for r in s.execute(select(t).where(t.c.id.in_(ids)))]
    finally:
        store.dispose()


def county_count(county: County, table: str) -> int:
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        row = c.execute(f'SELECT count(*) FROM public."{table}"').fetchone()
    assert row is not None
    return int(row[0])


def assert_county_holds(county: County, halls: dict[str, Store]) -> None:
    for kind in sorted(CASE_KINDS):
        total = 0
        for store in halls.values():
            local = table_rows(store, kind)
            assert local, f"the week wrote no {kind}"
            total += len(local)
            got = county_rows(county, kind, ids_of(store, kind))
            assert checksum(got) == checksum(local), kind
        assert county_count(county, kind) == total, kind  # nothing else, nothing twice


def test_two_halls_cases_reach_the_county_row_for_row(
    county: County, case_halls: dict[str, Store]
) -> None:
    for code, store in case_halls.items():
        result = push(store, county.hall_url(code), batch_size=9)  # cuts across transactions
        assert result.batches > 5 and status(store).backlog == 0
    assert_county_holds(county, case_halls)
    # Query passwords (cases and complaints) travel as salted hashes only.
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        hashes = [r[0] for r in c.execute(
            "SELECT query_password_hash FROM service_case WHERE query_password_hash <> '' "
            "UNION ALL SELECT password_hash FROM complaint")]  # fmt: skip
    assert hashes and all("$" in h and not h.isdigit() for h in hashes)


def _h1_case(county: County) -> tuple[str, str, str, str]:
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        row = c.execute(
            "SELECT c.id, c.case_no, f.id, c.hall_id FROM service_case c "
            "JOIN rating_follow_up f ON f.case_id = c.id WHERE c.hall_code = 'H1'"
        ).fetchone()
    assert row is not None
    return str(row[0]), str(row[1]), str(row[2]), str(row[3])


def test_a_hall_cannot_read_or_write_another_halls_cases(
    county: County, case_halls: dict[str, Store]
) -> None:
    for code, store in case_halls.items():
        push(store, county.hall_url(code))
    case_id, case_no, follow_id, h1 = _h1_case(county)
    with psycopg.connect(county.hall_url("H2")) as c:
        # reads: only its own rows, of every case and supervision table
        for kind in sorted(CASE_KINDS):
            mine = len(table_rows(case_halls["H2"], kind))
            (seen,) = c.execute(f'SELECT count(*) FROM public."{kind}"').fetchone() or (0,)
            assert seen == mine, kind
        assert (
            c.execute("SELECT 1 FROM service_case WHERE case_no = %s", (case_no,)).fetchall() == []
        )
        assert c.execute("SELECT 1 FROM case_event WHERE case_id = %s", (case_id,)).fetchall() == []
        # changes to H1's rows touch nothing
        for sql in ("UPDATE service_case SET status = 'refused' WHERE id = %s",
                    "DELETE FROM case_event WHERE case_id = %s",
                    "UPDATE warning_ack SET explanation = '改' WHERE case_id = %s",
                    "DELETE FROM case_rating WHERE case_id = %s"):  # fmt: skip
            assert c.execute(sql, (case_id,)).rowcount == 0, sql
        c.commit()
    # rows tied to H1's case, or to H1 itself, are refused outright
    forged = [
        ("INSERT INTO case_event (id, case_id, at, kind, by, by_name, text, data) VALUES "
         "(%s, %s, now(), 'note', 'x', 'x', '伪造', '{}')", (uuid.uuid4(), case_id)),
        ("INSERT INTO warning_ack (id, case_id, case_no, level, explanation, acked_at, acked_by,"
         " acked_by_name) VALUES (%s, %s, %s, 'statutory', '伪造', now(), 'x', 'x')",
         (uuid.uuid4(), case_id, case_no)),
        ("INSERT INTO follow_up_rating (id, follow_up_id, level, note, at, by) VALUES "
         "(%s, %s, 1, '伪造', now(), 'x')", (uuid.uuid4(), follow_id)),
        ("INSERT INTO complaint SELECT (jsonb_populate_record(c, jsonb_build_object("
         "'id', %s::text, 'number', 'TS-FORGED', 'hall_id', %s::text))).* FROM complaint c LIMIT 1",
         (str(uuid.uuid4()), h1)),
    ]  # fmt: skip
    for sql, args in forged:
        with (
            psycopg.connect(county.hall_url("H2")) as c,
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"),
        ):
            c.execute(sql, args)
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        row = c.execute("SELECT status FROM service_case WHERE id = %s", (case_id,)).fetchone()
        assert row is not None and row[0] != "refused"
    # the county supervisor reads both halls
    with psycopg.connect(county.supervisor_url) as c:
        (n,) = c.execute("SELECT count(DISTINCT hall_code) FROM service_case").fetchone() or (0,)
        assert n == 2


class Crash(BaseException):
    """The pusher's process dies (not an error it could handle)."""


def test_a_push_that_dies_mid_batch_resumes_without_duplicates(
    county: County, case_halls: dict[str, Store]
) -> None:
    hall = case_halls["H1"]

    with hall.read() as s:
        seqs = list(s.scalars(select(OutboxEntry.seq).order_by(OutboxEntry.seq)))
        first_case = s.scalar(select(func.min(OutboxEntry.seq))
                              .where(OutboxEntry.entity == "service_case"))  # fmt: skip
    size = 11
    dying = seqs.index(first_case) // size + 1  # the batch that brings the first case

    class DiesInBatch(Pusher):
        """Dies in the batch with the first case, its rows written, before the county commits."""

        calls = 0

        def _apply(self, conn: Any, ops: Any, county_cols: Any) -> int:
            n = super()._apply(conn, ops, county_cols)
            DiesInBatch.calls += 1
            if DiesInBatch.calls == dying:
                assert "service_case" in ops
                raise Crash
            return n

    class DiesBeforeMarking(Pusher):
        """Dies after the county committed a batch, before the hall marked it sent."""

        def _run(self, conn: Any, max_batches: int | None) -> Any:
            import app.sync.push as p

            real = p.mark_sent
            seen = [0]

            def mark(store: Store, watermark: int) -> None:
                seen[0] += 1
                if seen[0] == 3:  # the first call is the start-up check
                    raise Crash
                real(store, watermark)

            p.mark_sent = mark
            try:
                return super()._run(conn, max_batches)
            finally:
                p.mark_sent = real

    with pytest.raises(Crash):
        DiesInBatch(hall, county.hall_url("H1"), batch_size=size).run()
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        row = c.execute("SELECT outbox_seq FROM county.watermark WHERE hall_code = 'H1'").fetchone()
    assert row == (seqs[(dying - 1) * size - 1],)  # the batches before it are in
    assert county_count(county, "service_case") == 0  # the dying batch left nothing behind
    with pytest.raises(Crash):
        DiesBeforeMarking(hall, county.hall_url("H1"), batch_size=size).run()
    assert status(hall).backlog > 0
    push(hall, county.hall_url("H1"), batch_size=size)
    with hall.read() as s:
        total = s.scalar(select(func.count()).select_from(OutboxEntry))
        unsent = s.scalar(select(func.count()).where(OutboxEntry.pushed_at.is_(None)))
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        (rows,) = c.execute(
            "SELECT rows_received FROM county.watermark WHERE hall_code = 'H1'"
        ).fetchone() or (0,)
    assert rows == total and unsent == 0  # every entry received exactly once
    assert_county_holds(county, {"H1": hall})


def test_two_halls_may_draw_the_same_query_number(
    county: County, case_halls: dict[str, Store], tmp_path: Path
) -> None:
    """Query numbers are random per hall; the same one in two halls stops neither's sync
    (and a county init run again keeps it so)."""
    from app.journal import Actor, unit_of_work
    from app.sync.county_schema import init_county
    from db.models import ServiceCase

    init_county(county.url, ["H1", "H2"], tmp_path / "again")
    with case_halls["H1"].read() as s:
        drawn = s.scalar(select(ServiceCase.query_no).order_by(ServiceCase.received_at))
    admin = Actor(name="test:admin", roles=frozenset({"admin"}), hall_code="H2")
    with unit_of_work(case_halls["H2"], admin) as uow:
        c = uow.session.scalars(select(ServiceCase).order_by(ServiceCase.received_at)).first()
        assert c is not None
        c.query_no = drawn
        uow.record("case.query_no", "case", c.id, after={"query_no": drawn}, row=c)
    for code, store in case_halls.items():
        push(store, county.hall_url(code))
        assert status(store).backlog == 0
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        rows = c.execute(
            "SELECT hall_code FROM service_case WHERE query_no = %s ORDER BY hall_code", (drawn,)
        ).fetchall()
    assert rows == [("H1",), ("H2",)]


def test_a_county_set_up_by_an_older_init_is_refused_before_any_write(
    county: County, case_halls: dict[str, Store]
) -> None:
    """Without init run again after an upgrade the case tables have no rules for the halls:
    the pusher says so up front instead of failing on the first case."""
    from app.sync.link import SchemaMismatch

    with psycopg.connect(county.url.replace("+psycopg", ""), autocommit=True) as c:
        c.execute("UPDATE county.meta SET value = '1' WHERE key = 'schema_version'")
    hall = case_halls["H1"]
    with pytest.raises(SchemaMismatch, match="重新运行 yichuang county init") as exc:
        push(hall, county.hall_url("H1"))
    assert "未写入任何数据" in exc.value.message
    assert county_count(county, "ticket") == 0 and status(hall).backlog > 0


def test_the_county_reports_a_hall_as_the_hall_does(
    county: County, case_halls: dict[str, Store]
) -> None:
    """The county's summaries are told of what the halls push by its own triggers (kpi_mark),
    marked as the hall's login applies the rows though that login may not write the marks;
    the county's report on a hall then gives the hall's own figures, built and read back."""
    import datetime as dt

    from app.queue.numbering import HALL_TZ
    from app.reports.kpi import KpiQuery, kpi_report
    from app.settings import Settings

    for code, store in case_halls.items():
        push(store, county.hall_url(code))
    with psycopg.connect(county.url.replace("+psycopg", "")) as c:
        marks = c.execute("SELECT h.code, count(*) FROM kpi_mark m JOIN hall h ON h.id = m.hall_id "
                          "GROUP BY h.code ORDER BY h.code").fetchall()  # fmt: skip
    assert [code for code, n in marks if n > 0] == ["H1", "H2"]
    with psycopg.connect(county.hall_url("H1")) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute("UPDATE kpi_mark SET version = 0")
    now = dt.datetime(2026, 10, 12, 10, 0, tzinfo=HALL_TZ).astimezone(dt.UTC)
    settings = Settings()

    def figures(report: Any) -> list[dict[str, Any]]:  # labels aside: the county has its own catalog
        rows = [{k: v for k, v in r.as_dict().items() if k != "label"}
                for r in [report.total, *report.rows]]  # fmt: skip
        return sorted(rows, key=lambda r: r["key"])

    top = Store(county.url)
    try:
        for by in ("window", "matter", None):
            own = kpi_report(case_halls["H1"], settings,
                             KpiQuery(dt.date(2026, 9, 1), dt.date(2026, 10, 11), by), now=now)  # fmt: skip
            for _ in ("built", "read back"):
                there = kpi_report(top, settings, KpiQuery(dt.date(2026, 9, 1), dt.date(2026, 10, 11),
                                                           by, ("H1",)), now=now)  # fmt: skip
                assert figures(there) == figures(own)
        assert own.total.cases_received > 0
    finally:
        top.dispose()
