"""Pull: what the county owns (catalog, holiday calendar, staff accounts, service-line settings)
into the hall, by revision, all of it in one hall transaction or none of it.

The county numbers every change of those tables (``county.change_log``, filled by triggers).
A pull reads, in one REPEATABLE READ snapshot of the county, the rows changed since the
hall's last revision, and applies them in one write transaction with the new revision; a
crash leaves the hall on the old revision, and the next pull does it again.

Collisions with what the hall made before it joined:
- a department with the same code under another id takes the county's id (its matters and
  staff follow);
- a matter version made at the county is numbered from COUNTY_VERSION_BASE
  (app/sync/ownership.py), so it never takes a number a hall used; the hall's own current
  version of a matter the county now supplies is retired (kept for the cases that cite it);
- a staff work number or service-line code held by a different row is a conflict the county
  administrator must settle: the pull is refused with the names, and nothing is applied.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.errors import Conflict
from app.journal import Actor, unit_of_work
from app.sync.entities import HALL_LOCAL_COLUMNS, PULLED_TABLES
from app.sync.link import connect, county_error
from app.sync.state import KEY_PULL, own_hall_code, read_value, write_value
from db.base import Base, utcnow

PULL_ACTOR = Actor(name="sync:county", roles=frozenset({"admin"}))


@dataclass
class PullResult:
    revision: int = 0
    rows: int = 0
    deleted: int = 0
    tables: dict[str, int] = field(default_factory=dict)


def _pk(table: str) -> str:
    return "day" if table == "holiday_entry" else "id"


def pull(hall: Any, county_url: str, *, hall_code: str = "") -> PullResult:
    code = own_hall_code(hall, hall_code)
    last = int(read_value(hall, KEY_PULL).get("revision") or 0)
    conn = connect(county_url)
    try:
        top, changed = _read_changes(conn, last)
    except Exception as exc:
        raise county_error(county_url, exc) from exc
    finally:
        conn.close()
    result = PullResult(revision=top)
    if top != last or not read_value(hall, KEY_PULL):
        with unit_of_work(hall, PULL_ACTOR, hall_code=code) as uow:
            _apply(uow.session, changed, result)
            if result.rows or result.deleted:
                uow.record("sync.pull", "sync", top, after={"from_revision": last,
                           "revision": top, "tables": result.tables}, outbox=False)  # fmt: skip
    write_value(hall, KEY_PULL, {"at": utcnow().isoformat(), "revision": top, "rows": result.rows})
    return result


def _read_changes(
    conn: Any, last: int
) -> tuple[int, dict[str, tuple[list[dict[str, Any]], set[str]]]]:
    changed: dict[str, tuple[list[dict[str, Any]], set[str]]] = {}
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        (top,) = conn.execute("SELECT coalesce(max(rev), 0) FROM county.change_log").fetchone()
        if top <= last:
            return int(top), changed
        ids = dict(
            conn.execute(
                "SELECT tbl, array_agg(DISTINCT row_id) FROM county.change_log "
                "WHERE rev > %s AND rev <= %s GROUP BY tbl",
                (last, top),
            ).fetchall()
        )
        for table in PULLED_TABLES:
            wanted = set(ids.get(table) or [])
            if not wanted:
                continue
            cur = conn.execute(
                f'SELECT * FROM public."{table}" WHERE "{_pk(table)}"::text = ANY(%s)',
                (sorted(wanted),),
            )
            names = [d.name for d in cur.description]
            rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            changed[table] = (rows, wanted)
    return int(top), changed


def _apply(
    s: Session, changed: dict[str, tuple[list[dict[str, Any]], set[str]]], result: PullResult
) -> None:
    for table in PULLED_TABLES:
        if table not in changed:
            continue
        rows, wanted = changed[table]
        t = Base.metadata.tables[table]
        rows = [{k: v for k, v in r.items() if k in t.c} for r in rows]
        if table == "department":
            _adopt_departments(s, rows)
        if table in ("staff", "service_line"):
            _refuse_collisions(s, t, rows)
        if rows:
            _upsert(s, t, rows)
        if table == "matter":
            _retire_local_versions(s, rows)
        found = {str(r[_pk(table)]) for r in rows}
        gone = [k for k in wanted - found]
        # A row the hall may not see (another hall's staff) reads as absent; deleting it
        # here deletes nothing the hall has.
        if gone:
            col = t.c[_pk(table)]
            keys: list[Any] = (
                [dt.date.fromisoformat(k) for k in gone]
                if table == "holiday_entry"
                else [uuid.UUID(k) for k in gone]
            )
            res = s.execute(delete(t).where(col.in_(keys)))
            result.deleted += res.rowcount or 0  # type: ignore[attr-defined]
        result.rows += len(rows)
        result.tables[table] = len(rows)


def _upsert(s: Session, t: Table, rows: list[dict[str, Any]]) -> None:
    ins = pg_insert if s.bind.dialect.name == "postgresql" else sqlite_insert  # type: ignore[union-attr]
    keep = HALL_LOCAL_COLUMNS.get(t.name, frozenset())
    pk = [c.name for c in t.primary_key.columns]
    for i in range(0, len(rows), 200):
        chunk = rows[i : i + 200]
        stmt = ins(t).values(chunk)
        cols = [c for c in chunk[0] if c not in pk and c not in keep]
        stmt = stmt.on_conflict_do_update(index_elements=pk,
                                          set_={c: stmt.excluded[c] for c in cols})  # fmt: skip
        s.execute(stmt)


def _adopt_departments(s: Session, rows: list[dict[str, Any]]) -> None:
    from db.models import Department, Matter, Staff

    for r in rows:
        local = s.scalar(
            select(Department).where(Department.code == r["code"], Department.id != r["id"])
        )
        if local is None:
            continue
        old = local.id
        # Insert the county's row under a placeholder code, move the references, drop ours:
        # no foreign key is ever broken, on SQLite or PostgreSQL.
        s.execute(insert(Department).values({**r, "code": f"~{r['id'].hex[:30]}"}))
        s.execute(update(Matter).where(Matter.department_id == old).values(department_id=r["id"]))
        s.execute(update(Staff).where(Staff.department_id == old).values(department_id=r["id"]))
        s.execute(delete(Department).where(Department.id == old))
        s.expire_all()


def _retire_local_versions(s: Session, rows: list[dict[str, Any]]) -> None:
    from db.models import Matter

    current = [r for r in rows if r.get("is_current")]
    for r in current:
        s.execute(
            update(Matter)
            .where(
                and_(Matter.impl_code == r["impl_code"], Matter.is_current, Matter.id != r["id"])
            )
            .values(is_current=False, valid_to=utcnow())
        )


def _refuse_collisions(s: Session, t: Table, rows: list[dict[str, Any]]) -> None:
    key = "work_no" if t.name == "staff" else "code"
    for r in rows:
        cond = [t.c[key] == r[key], t.c.id != r["id"]]
        if t.name == "service_line":
            cond.append(t.c.hall_id == r["hall_id"])
        other = s.execute(select(t.c.id).where(*cond)).first()
        if other is not None:
            what = f"工号 {r[key]}" if t.name == "staff" else f"业务类别 {r[key]}"
            raise Conflict(
                f"{what} 在县级库和本大厅是两条不同的记录，本次拉取未做任何修改。"
                "请县级管理员合并或改名后再同步。"
            )
