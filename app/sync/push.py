"""Push: the hall's outbox and audit chain into the county, exactly once, in order.

One batch is one county transaction: it moves the hall's watermark from the value it read to
the batch's last outbox sequence number (``county.advance_watermark``; a replayed or parallel
batch finds the watermark moved and the whole transaction is rolled back), upserts the rows
by primary key, deletes what was deleted and appends the audit entries (which the county takes
only when they extend the chain head it holds). Only after the county commits does the hall
mark its outbox entries sent; a pusher killed in between finds the county's watermark ahead
next time and marks them then. Nothing depends on either machine's clock: order is the
hall's outbox sequence.

Rows go in with one statement per table and batch (``jsonb_populate_recordset``: PostgreSQL
turns the JSON snapshots into typed rows), not one round trip per row.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text, update

from app import role_health
from app.journal import _jsonable, row_snapshot
from app.sync import anchor
from app.sync.entities import CARRIED_WITH_CHAIN, COUNTY_GLOBAL_ENTITIES, table_for
from app.sync.link import ChainRefused, NotAHall, SchemaMismatch, connect, county_error
from app.sync.state import KEY_PUSH, own_hall_code, write_value
from db import migrate
from db.base import Base, utcnow
from db.engine import Store
from db.models import Hall, OutboxEntry

log = logging.getLogger(__name__)

DEFAULT_BATCH = 2000


@dataclass
class PushResult:
    hall_code: str = ""
    batches: int = 0
    entries: int = 0  # outbox entries carried to the county
    rows: int = 0  # rows upserted or deleted there (after collapsing repeats)
    audit: int = 0
    skipped: int = 0  # entries the county keeps for itself (catalog, calendar)
    watermark: int = 0
    health: int = 0  # heartbeats of the hall's PCs reported (county.role_health)


Progress = Callable[[PushResult, int], None]  # (so far, entries still waiting)


def _table_order() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables]


def _pk(table: str) -> list[str]:
    t = Base.metadata.tables.get(table)
    return [c.name for c in t.primary_key.columns] if t is not None else ["id"]


def outbox_horizon(hall: Store) -> int:
    """The highest outbox sequence number below which no entry can still appear.

    SQLite has one writer at a time, so every committed number is below any number a running
    writer will get. On PostgreSQL a sequence hands out numbers before commit, so a later
    number can commit first; a SHARE lock on the outbox waits for every writer that has
    inserted an entry, and new writers queue behind it for the moment the max is read.
    """
    if hall.dialect == "postgresql":
        with hall.engine.begin() as conn:
            conn.execute(text("LOCK TABLE outbox_entry IN SHARE MODE"))
            return int(conn.scalar(select(func.max(OutboxEntry.seq))) or 0)
    with hall.read() as s:
        return int(s.scalar(select(func.max(OutboxEntry.seq))) or 0)


def mark_sent(hall: Store, watermark: int) -> None:
    with hall.write() as s:
        s.execute(
            update(OutboxEntry)
            .where(OutboxEntry.seq <= watermark, OutboxEntry.pushed_at.is_(None))
            .values(pushed_at=utcnow())
        )


class Pusher:
    def __init__(
        self,
        hall: Store,
        county_url: str,
        *,
        hall_code: str = "",
        batch_size: int = DEFAULT_BATCH,
        on_progress: Progress | None = None,
    ) -> None:
        self.hall = hall
        self.county_url = county_url
        self.hall_code = own_hall_code(hall, hall_code)
        self.batch_size = batch_size
        self.on_progress = on_progress
        self._composite_deletes: dict[str, dict[str, dict[str, Any]]] = {}
        self._hall_table_cols = {
            t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables
        }
        with hall.read() as s:
            hid = s.scalar(select(Hall.id).where(Hall.code == self.hall_code))
        self._hall_id = str(hid)

    def run(self, max_batches: int | None = None) -> PushResult:
        conn = connect(self.county_url)
        try:
            return self._run(conn, max_batches)
        except Exception as exc:
            raise county_error(self.county_url, exc) from exc
        finally:
            conn.close()

    # --- the protocol ---------------------------------------------------------------------

    def _run(self, conn: Any, max_batches: int | None) -> PushResult:
        result = PushResult(hall_code=self.hall_code)
        state = conn.execute("SELECT * FROM county.my_state()").fetchone()
        if state is None or state[0] is None:
            raise NotAHall(
                "此账号不是县级库中的大厅同步账号，请使用 yichuang county init 生成的账号"
            )
        if state[0] != self.hall_code:
            raise NotAHall(f"此同步账号属于大厅 {state[0]}，本数据库是大厅 {self.hall_code}")
        _, watermark, head_seq, head_hash, _ = state
        self._check_schema(conn)
        county_cols = self._county_columns(conn)
        conn.commit()
        mark_sent(self.hall, watermark)  # a pusher killed after the county committed
        problem = anchor.rewrite_problem(self.hall, self.hall_code, head_seq, head_hash)
        if problem:
            self._refuse_chain(conn, problem)
        result.watermark = watermark
        while max_batches is None or result.batches < max_batches:
            horizon = outbox_horizon(self.hall)
            entries = self._outbox(watermark, horizon)
            audits = anchor.entries_after(self.hall, self.hall_code, head_seq, self.batch_size)
            if not entries and not audits:
                break
            problem = anchor.unpushed_problem(audits, head_seq, head_hash)
            if problem:
                self._refuse_chain(conn, problem)
            ops, skipped = self._collect(entries, county_cols)
            new_watermark = entries[-1].seq if entries else watermark
            with conn.transaction():
                conn.execute(
                    "SELECT county.advance_watermark(%s, %s, %s)",
                    (watermark, new_watermark, len(entries)),
                )
                result.rows += self._apply(conn, ops, county_cols)
                if audits:
                    self._append_audit(conn, audits)
            conn.commit()
            mark_sent(self.hall, new_watermark)
            watermark = new_watermark
            if audits:
                head_seq, head_hash = audits[-1].seq, audits[-1].hash
            result.batches += 1
            result.entries += len(entries)
            result.skipped += skipped
            result.audit += len(audits)
            result.watermark = watermark
            if self.on_progress:
                self.on_progress(result, self._waiting(watermark))
        result.health = self._report_health(conn)
        write_value(
            self.hall,
            KEY_PUSH,
            {"at": utcnow().isoformat(), "watermark": watermark, "entries": result.entries,
             "audit": result.audit, "chain_seq": head_seq},
        )  # fmt: skip
        return result

    def _report_health(self, conn: Any) -> int:
        """The hall's PC heartbeats as they are now, every round, outside the outbox (a beat
        every half minute per screen is state, not history); the county keeps the latest."""
        import psycopg

        rows = [row_snapshot(r) for r in role_health.rows(self.hall)]
        try:
            with conn.transaction():
                n = conn.execute("SELECT county.report_health(%s::jsonb)",
                                 (json.dumps(rows, ensure_ascii=False),)).fetchone()  # fmt: skip
        except psycopg.errors.UndefinedFunction:
            # A county built before heartbeats were reported (county init not run again):
            # the hall's rows are in; its heartbeats wait for the county's next init.
            log.warning("the county has no county.report_health(); run yichuang county init again")
            conn.rollback()
            return 0
        conn.commit()
        return int(n[0]) if n else 0

    def _check_schema(self, conn: Any) -> None:
        import psycopg

        from app.sync.county_schema import COUNTY_SCHEMA_VERSION

        hall_rev = migrate.current_revision(self.hall.engine)
        row = conn.execute("SELECT version_num FROM public.alembic_version").fetchone()
        county_rev = row[0] if row else None
        if hall_rev != county_rev:
            raise SchemaMismatch(
                f"大厅数据库结构版本 {hall_rev} 与县级库 {county_rev} 不一致，本次同步未写入任何数据。"
                "请把两边升级到同一版本（yichuang db upgrade）后再同步。"
            )
        try:
            row = conn.execute(
                "SELECT value FROM county.meta WHERE key = 'schema_version'"
            ).fetchone()
        except psycopg.errors.InsufficientPrivilege:  # set up before halls could read it
            conn.rollback()
            row = None
        if row is None or row[0] != COUNTY_SCHEMA_VERSION:
            raise SchemaMismatch(
                f"县级库的同步设置版本为 {row[0] if row else '1'}，本大厅的一窗软件需要 "
                f"{COUNTY_SCHEMA_VERSION}，本次同步未写入任何数据。"
                "请县级管理员在县级库升级后重新运行 yichuang county init。"
            )

    def _county_columns(self, conn: Any) -> dict[str, set[str]]:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public'"
        ).fetchall()
        cols: dict[str, set[str]] = {}
        for t, c in rows:
            cols.setdefault(t, set()).add(c)
        return cols

    def _refuse_chain(self, conn: Any, problem: str) -> None:
        conn.rollback()
        try:
            conn.execute("SELECT county.report_alarm('chain_refused', %s)", (problem,))
            conn.commit()
        except Exception:  # the refusal stands even if the alarm cannot be written
            log.exception("could not record the chain alarm in the county")
        raise ChainRefused(
            f"县级库拒绝了本大厅的同步：{problem}。已在县级库登记告警，请联系县级管理员核查。"
        )

    def _outbox(self, watermark: int, horizon: int) -> list[OutboxEntry]:
        with self.hall.read() as s:
            return list(
                s.scalars(
                    select(OutboxEntry)
                    .where(OutboxEntry.seq > watermark, OutboxEntry.seq <= horizon)
                    .order_by(OutboxEntry.seq)
                    .limit(self.batch_size)
                )
            )

    def _waiting(self, watermark: int) -> int:
        with self.hall.read() as s:
            return int(s.scalar(select(func.count()).where(OutboxEntry.seq > watermark)) or 0)

    def _collect(
        self, entries: list[OutboxEntry], county_cols: dict[str, set[str]]
    ) -> tuple[dict[str, dict[str, dict[str, Any] | None]], int]:
        """Per table, the last state of each row in this batch (None: deleted)."""
        ops: dict[str, dict[str, dict[str, Any] | None]] = {}
        deletes_by_key: dict[str, dict[str, dict[str, Any]]] = {}
        self._composite_deletes = deletes_by_key
        missing: dict[str, list[str]] = {}
        skipped = 0
        for e in entries:
            table = table_for(e.entity)
            if e.entity in CARRIED_WITH_CHAIN:
                continue  # the audit chain is pushed from the audit log (see _run)
            if table is None:
                if e.entity not in COUNTY_GLOBAL_ENTITIES:
                    # Never drop a row silently: a kind the mapping does not know stops sync.
                    raise SchemaMismatch(
                        f"本大厅的同步数据含有未知类别“{e.entity}”，本次同步未写入任何数据。"
                        "请升级一窗软件（app/sync/entities.py 中登记该类别）。"
                    )
                skipped += 1  # county-global (catalog, calendar): pulled, never pushed
                continue
            if table not in county_cols:
                raise SchemaMismatch(
                    f"县级库没有“{table}”表（来自本大厅的“{e.entity}”记录），本次同步未写入任何数据。"
                    "请先把县级库升级到与本大厅相同的版本。"
                )
            rows = ops.setdefault(table, {})
            rows.pop(e.entity_id, None)  # keep the order of the last change
            payload = dict(e.payload or {})
            if e.op == "delete":
                rows[e.entity_id] = None
                pk = _pk(table)
                if len(pk) > 1 and all(c in payload for c in pk):
                    # A composite key ("window_id/line_id"): the row's own key columns.
                    deletes_by_key.setdefault(table, {})[e.entity_id] = {c: payload[c] for c in pk}
                continue
            if set(payload) >= self._hall_table_cols.get(table, set()):
                rows[e.entity_id] = payload
            else:
                # An entry written without a full row (before snapshots were carried): the
                # row as it is now; any later change of it follows in a later entry anyway.
                rows[e.entity_id] = {}
                missing.setdefault(table, []).append(e.entity_id)
        for table, ids in missing.items():
            current = self._current_rows(table, ids)
            for key in ids:
                if ops[table].get(key) == {}:
                    ops[table][key] = current.get(key, _GONE)
        for table, rows in ops.items():
            for key, snap in list(rows.items()):
                if snap is _GONE:
                    del rows[key]
                    continue
                if snap is None:
                    continue
                unknown = set(snap) - county_cols[table]
                if unknown:
                    raise SchemaMismatch(
                        f"县级库的“{table}”表缺少列 {'、'.join(sorted(unknown))}，本次同步未写入任何数据。"
                        "请先把县级库升级到与本大厅相同的版本。"
                    )
                if not self._owned(table, snap):
                    del rows[key]
                    skipped += 1
        return ops, skipped

    def _owned(self, table: str, snap: dict[str, Any]) -> bool:
        if table == "hall":
            return bool(snap.get("code") == self.hall_code)
        if "hall_id" in snap:
            return str(snap["hall_id"]) == self._hall_id
        return True

    def _current_rows(self, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        t = Base.metadata.tables[table]
        pk = t.primary_key.columns.values()[0]
        keys: list[Any] = ids
        if pk.type.python_type is not str:
            import uuid

            keys = [uuid.UUID(i) for i in ids]
        out: dict[str, dict[str, Any]] = {}
        with self.hall.read() as s:
            for row in s.execute(select(t).where(pk.in_(keys))):
                snap = _jsonable(dict(row._mapping))
                out[str(snap[pk.name])] = snap
        return out

    def _apply(
        self,
        conn: Any,
        ops: dict[str, dict[str, dict[str, Any] | None]],
        county_cols: dict[str, set[str]],
    ) -> int:
        order = _table_order()
        tables = sorted(ops, key=lambda t: order.index(t) if t in order else len(order))
        n = 0
        for table in tables:
            upserts = [snap for snap in ops[table].values() if snap]
            if not upserts:
                continue
            pk = _pk(table)
            cols = sorted(set().union(*(set(s) for s in upserts)) & county_cols[table])
            collist = ", ".join(f'"{c}"' for c in cols)
            sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in cols if c not in pk)
            conflict = ", ".join(f'"{c}"' for c in pk)
            conn.execute(
                f'INSERT INTO public."{table}" ({collist}) SELECT {collist} '
                f'FROM jsonb_populate_recordset(NULL::public."{table}", %s::jsonb) '
                f"ON CONFLICT ({conflict}) DO " + (f"UPDATE SET {sets}" if sets else "NOTHING"),
                (json.dumps(upserts, ensure_ascii=False),),
            )
            n += len(upserts)
        for table in reversed(tables):
            gone = [key for key, snap in ops[table].items() if snap is None]
            if not gone:
                continue
            pk = _pk(table)
            if len(pk) == 1:
                conn.execute(
                    f'DELETE FROM public."{table}" WHERE "{pk[0]}"::text = ANY(%s)', (gone,)
                )
            else:
                keys = [self._composite_deletes.get(table, {}).get(k) for k in gone]
                match = " AND ".join(f't."{c}" = d."{c}"' for c in pk)
                conn.execute(
                    f'DELETE FROM public."{table}" t USING jsonb_populate_recordset('
                    f'NULL::public."{table}", %s::jsonb) d WHERE {match}',
                    (json.dumps([k for k in keys if k], ensure_ascii=False),),
                )
            n += len(gone)
        return n

    def _append_audit(self, conn: Any, audits: list[Any]) -> None:
        rows = [row_snapshot(e) for e in audits]
        cols = ", ".join(f'"{c}"' for c in rows[0])
        conn.execute(
            f"INSERT INTO public.audit_entry ({cols}) SELECT {cols} "
            "FROM jsonb_populate_recordset(NULL::public.audit_entry, %s::jsonb) ORDER BY seq",
            (json.dumps(rows, ensure_ascii=False),),
        )


_GONE: dict[str, Any] = {"__gone__": True}


def push(hall: Store, county_url: str, **kwargs: Any) -> PushResult:
    return Pusher(hall, county_url, **kwargs).run()
