"""The one way a use case writes: its domain rows, a hash-chained audit entry and an outbox
entry, in one transaction, or nothing.

    with unit_of_work(store, actor) as uow:
        ticket = ...; uow.session.add(ticket)
        uow.record("ticket.issue", "ticket", ticket.id, after=ticket_dict, row=ticket)

The outbox contract (what an entry carries, in which order) is docs/outbox-contract.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
import weakref
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


# The layout version of each table's rows as the outbox carries them (docs/outbox-contract.md).
# Bump a table's number in the revision that changes its columns; the county reads each
# entry by (entity, schema_version).
SCHEMA_VERSIONS: dict[str, int] = {
    "ticket": 2,  # 0003: first_called_at, first_staff_id
    "outbox_entry": 2,  # 0003: schema_version
}
AUDIT_ENTITY = "audit_entry"  # audit entries travel in the outbox too, after their row
NO_HALL_CHAIN = "store"  # a store with no hall yet (a catalog imported first) has no county
# The county database's own edits (catalog, calendar, staff made there). The halls' chains in
# the county are anchored: only the hall's pushes may extend them, so the county never writes
# on a hall's chain, whichever hall its edit is about.
COUNTY_CHAIN = "county"


def schema_version(table: str) -> int:
    return SCHEMA_VERSIONS.get(table, 1)


def _primary_key(row: Any) -> str:
    from sqlalchemy import inspect as sa_inspect

    ident = sa_inspect(row).mapper.primary_key_from_instance(row)
    return "/".join(str(_jsonable(v)) for v in ident)


@dataclass
class UnitOfWork:
    """One transaction's journal: audit entries on the hall's chain and outbox entries.

    ``chain`` and ``hall_code`` are the hall's code; they are found on the first ``record``
    (explicit code, else the actor's hall, else the store's hall) unless set before it.
    """

    session: Session
    actor: Actor
    chain: str | None
    hall_code: str | None
    dialect: str
    recorded: list[AuditEntry] = field(default_factory=list)
    # Set in the county database: every entry goes on COUNTY_CHAIN, whatever the use case sets.
    own_chain: str | None = None
    # Outbox entries in record order: (entity, entity_id, op, payload, row). They are written
    # when the transaction ends, with each row's snapshot as committed (one INSERT batch).
    _pending: list[tuple[str, str, str, dict[str, Any], Any]] = field(default_factory=list)

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
        """Append an audit entry on the hall's chain; the entry itself goes to the outbox.

        ``row`` is the ORM object that changed: unless ``outbox`` is false the outbox carries
        a full snapshot of its columns, taken when the transaction ends, so the county can
        rebuild the row from the outbox alone. ``after=None`` with a row means it was
        deleted. Without ``row`` the outbox carries ``after`` (a legacy entry the county
        cannot rebuild a row from; every writer in app/ passes ``row``).
        """
        self._resolve_hall()
        assert self.chain is not None
        if row is not None and outbox:
            self.carry(row, op="delete" if after is None else "upsert")
        elif outbox:
            self._add_outbox(entity, str(entity_id), "delete" if after is None else "upsert",
                             _jsonable(after) if after is not None else {}, None)  # fmt: skip
        head = self._lock_head()
        entry = AuditEntry(
            id=uuid7(),
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
        self.carry(entry)
        self.recorded.append(entry)
        return entry

    def carry(self, row: Any, *, op: str = "upsert") -> None:
        """Put a row in the outbox without an audit entry of its own: the parts of a change
        that one audit entry describes (a matter's materials, a window's lines, a ticket's
        event, a holiday of an imported year)."""
        self._resolve_hall()
        self._add_outbox(row.__tablename__, "", op, {}, row)

    def _add_outbox(self, entity: str, entity_id: str, op: str, payload: dict[str, Any],
                    row: Any) -> None:  # fmt: skip
        self._pending.append((entity, entity_id, op, payload, row))

    def finish(self) -> None:
        """Write the outbox: each row's snapshot as it is at commit, in record order."""
        if not self._pending:
            return
        assert self.hall_code is not None
        self.session.flush()  # ids, defaults and every change are in the rows now
        self.session.add_all([
            OutboxEntry(id=uuid7(), hall_code=self.hall_code, entity=entity,
                        entity_id=_primary_key(row) if row is not None else entity_id,
                        op=op, payload=row_snapshot(row) if row is not None else payload,
                        schema_version=schema_version(entity) if row is not None else 0)
            for entity, entity_id, op, payload, row in self._pending
        ])  # fmt: skip
        self._pending.clear()
        self.session.flush()

    def _resolve_hall(self) -> None:
        if self.own_chain:
            self.chain = self.hall_code = self.own_chain
            return
        if self.chain and self.hall_code:
            return
        code: str | None = self.hall_code or self.chain or self.actor.hall_code
        if not code:
            from db.models import Hall

            with self.session.no_autoflush:
                code = self.session.scalar(select(Hall.code).order_by(Hall.code).limit(1))
            if code is None:
                self.session.flush()  # a hall added in this very transaction counts
                code = self.session.scalar(select(Hall.code).order_by(Hall.code).limit(1))
        self.chain = self.hall_code = code or NO_HALL_CHAIN

    def _lock_head(self) -> AuditHead:
        # PostgreSQL: the row lock serialises appenders. SQLite: the write transaction is
        # already IMMEDIATE, so there is only one appender at a time.
        assert self.chain is not None
        if self.recorded and self.recorded[-1].chain == self.chain:
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


_county_stores: weakref.WeakKeyDictionary[Store, bool] = weakref.WeakKeyDictionary()


def _is_county(store: Store, session: Session) -> bool:
    """Whether ``store`` is the county database (asked once per store; SQLite never is)."""
    if store.dialect != "postgresql":
        return False
    known = _county_stores.get(store)
    if known is None:
        from app.sync.ownership import is_county

        known = _county_stores[store] = is_county(session)
    return known


@contextmanager
def unit_of_work(store: Store, actor: Actor, *, hall_code: str = "") -> Iterator[UnitOfWork]:
    """The hall's chain is the only chain: ``hall_code``, else the actor's hall, else the
    store's hall (a command run from a shell writes to the hall it acts on). In the county
    database every edit goes on the county's own chain (``COUNTY_CHAIN``)."""
    hall = hall_code or actor.hall_code or None
    with store.write() as session:
        uow = UnitOfWork(session, actor, chain=hall, hall_code=hall, dialect=store.dialect,
                         own_chain=COUNTY_CHAIN if _is_county(store, session) else None)  # fmt: skip
        yield uow
        uow.finish()
