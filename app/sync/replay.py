"""County side of the outbox contract (docs/outbox-contract.md): apply a hall's outbox
entries, in order, to tables of the same schema. Each entry is a whole row, so applying it is
an upsert (or a delete) by primary key, and applying the same entry twice changes nothing.

    yichuang-free use:  replay(entries_of(hall_store), county_store)
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Table, Uuid, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

import db.models  # noqa: F401  (fills Base.metadata)
from app.journal import schema_version
from db.base import Base
from db.engine import Store
from db.models import OutboxEntry


@dataclass(frozen=True)
class Entry:
    """One outbox entry as it travels (what the pusher sends)."""

    seq: int
    hall_code: str
    entity: str
    entity_id: str
    op: str
    schema_version: int
    payload: dict[str, Any]


class ContractError(ValueError):
    pass


def entries_of(store: Store, *, after_seq: int = 0, batch: int = 500) -> Iterator[Entry]:
    """A hall store's outbox in commit order, in batches (read side of the pusher)."""
    last = after_seq
    while True:
        with store.read() as s:
            rows = s.scalars(select(OutboxEntry).where(OutboxEntry.seq > last)
                             .order_by(OutboxEntry.seq).limit(batch)).all()  # fmt: skip
            got = [Entry(r.seq, r.hall_code, r.entity, r.entity_id, r.op, r.schema_version,
                         r.payload) for r in rows]  # fmt: skip
        if not got:
            return
        yield from got
        last = got[-1].seq


def _value(column: Any, value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, JSON):
        return value
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    return value


def _row(table: Table, entry: Entry) -> dict[str, Any]:
    missing = [c.name for c in table.columns if c.name not in entry.payload]
    if missing:
        raise ContractError(f"{entry.entity} {entry.entity_id}: snapshot lacks {missing}")
    return {c.name: _value(c, entry.payload[c.name]) for c in table.columns}


def apply(session: Any, dialect: str, entry: Entry) -> None:
    table = Base.metadata.tables.get(entry.entity)
    if table is None or entry.schema_version != schema_version(entry.entity):
        raise ContractError(
            f"cannot apply {entry.entity} v{entry.schema_version} (seq {entry.seq})"
        )
    row = _row(table, entry)
    keys = [c.name for c in table.primary_key.columns]
    if entry.op == "delete":
        session.execute(delete(table).where(*(table.c[k] == row[k] for k in keys)))
        return
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(table).values(**row)
    others = {k: stmt.excluded[k] for k in row if k not in keys}
    stmt = (stmt.on_conflict_do_update(index_elements=keys, set_=others) if others
            else stmt.on_conflict_do_nothing(index_elements=keys))  # fmt: skip
    session.execute(stmt)


def replay(entries: Iterable[Entry], target: Store) -> int:
    """Apply ``entries`` to ``target`` in one transaction; returns how many were applied."""
    n = 0
    with target.write() as s:
        for entry in entries:
            apply(s, target.dialect, entry)
            n += 1
    return n
