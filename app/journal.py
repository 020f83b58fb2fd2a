"""The one way a use case writes: its domain rows, a hash-chained audit entry and an outbox
entry, in one transaction, or nothing.

    with unit_of_work(store, actor) as uow:
        ticket = ...; uow.session.add(ticket)
        uow.record("ticket.issue", "ticket", ticket.id, after=ticket_dict)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.base import utcnow
from db.engine import Store
from db.ids import uuid7
from db.models import AuditEntry, AuditHead, OutboxEntry


@dataclass(frozen=True)
class Actor:
    """Who does something: a signed-in staff member, a kiosk, or the command line."""

    name: str  # shown in the audit log: work number, "kiosk:3", "cli:root"
    roles: frozenset[str] = frozenset()
    staff_id: uuid.UUID | None = None
    display_name: str = ""
    window_no: int | None = None
    hall_code: str = ""


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def row_snapshot(row: Any) -> dict[str, Any]:
    """Every mapped column of an ORM row, JSON-ready, keyed by column name."""
    from sqlalchemy import inspect as sa_inspect

    mapper = sa_inspect(row).mapper
    return {
        col.key: _jsonable(getattr(row, attr.key))
        for attr in mapper.column_attrs
        for col in attr.columns[:1]
    }


def entry_hash(e: AuditEntry) -> str:
    body = {
        "chain": e.chain,
        "seq": e.seq,
        "at": e.at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": e.actor,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
        "before": e.before,
        "after": e.after,
        "prev": e.prev_hash,
    }
    data = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclass
class UnitOfWork:
    session: Session
    actor: Actor
    chain: str
    hall_code: str
    dialect: str
    recorded: list[AuditEntry] = field(default_factory=list)

    def record(
        self,
        action: str,
        entity: str,
        entity_id: Any,
        *,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        outbox: bool = True,
        row: Any = None,
    ) -> AuditEntry:
        """Append an audit entry and, unless ``outbox`` is false, an outbox entry.

        ``row`` is the ORM object that changed: when it is given, the outbox carries a full
        snapshot of its columns (see :func:`row_snapshot`), so the county can rebuild the row
        from the outbox alone. Without it, the outbox carries ``after`` as before.
        """
        if row is not None:
            self.session.flush()  # column defaults (ids, times) are filled in on flush
        head = self._lock_head()
        entry = AuditEntry(
            chain=self.chain,
            seq=head.seq + 1,
            at=utcnow(),
            actor=self.actor.name,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            before=_jsonable(before) if before is not None else None,
            after=_jsonable(after) if after is not None else None,
            prev_hash=head.hash,
        )
        entry.hash = entry_hash(entry)
        head.seq, head.hash = entry.seq, entry.hash
        self.session.add(entry)
        if outbox:
            self.session.add(
                OutboxEntry(
                    id=uuid7(),
                    hall_code=self.hall_code,
                    entity=entity,
                    entity_id=str(entity_id),
                    op="delete" if after is None else "upsert",
                    payload=(
                        row_snapshot(row)
                        if row is not None and after is not None
                        else _jsonable(after) if after is not None else {}
                    ),
                )
            )
        self.recorded.append(entry)
        return entry

    def _lock_head(self) -> AuditHead:
        # PostgreSQL: the row lock serialises appenders. SQLite: the write transaction is
        # already IMMEDIATE, so there is only one appender at a time.
        if self.recorded:
            head = self.session.get(AuditHead, self.chain)
            assert head is not None
            return head
        insert = pg_insert if self.dialect == "postgresql" else sqlite_insert
        self.session.execute(
            insert(AuditHead).values(chain=self.chain, seq=0, hash="").on_conflict_do_nothing()
        )
        stmt = select(AuditHead).where(AuditHead.chain == self.chain)
        if self.dialect == "postgresql":
            stmt = stmt.with_for_update()
        return self.session.execute(stmt).scalar_one()


@contextmanager
def unit_of_work(store: Store, actor: Actor, *, hall_code: str = "") -> Iterator[UnitOfWork]:
    hall = hall_code or actor.hall_code or "store"
    with store.write() as session:
        yield UnitOfWork(session, actor, chain=hall, hall_code=hall, dialect=store.dialect)
