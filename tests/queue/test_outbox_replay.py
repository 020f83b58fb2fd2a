"""The outbox contract (docs/outbox-contract.md), proved the way the county will use it: a
hall's busy day — catalog import and a new matter version, holidays imported and corrected,
staff added, tickets issued, called, recalled, skipped, rejoined, transferred, finished and
rated, appointments booked and checked in, windows paused — replayed from the outbox alone
into a freshly migrated empty store gives the same rows as the hall, on both stores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import db.models  # noqa: F401
from app.calendar_service import store_entries
from app.catalog_io import import_catalog
from app.demo import demo_file
from app.holiday_source import entries_from_chinese_calendar
from app.journal import SCHEMA_VERSIONS, Actor
from app.staff import add_staff
from app.sync.replay import ContractError, Entry, entries_of, replay
from db import migrate
from db.base import Base
from db.engine import Store
from db.models import OutboxEntry
from tests.queue.busy_day import at, morning

HALL_ONLY = {"outbox_entry", "audit_head", "ticket_counter",  # the hall's own bookkeeping
             "kpi_mark", "kpi_period", "kpi_ticket", "kpi_case"}  # derived: change counts, summaries
ADMIN = Actor(name="cli:root", roles=frozenset({"admin"}))  # as the CLI acts: no hall named


def _busy_day(store: Store) -> None:
    q, who = morning(store)
    catalog = demo_file("catalog.json")
    small = {"format": catalog["format"], "version": catalog["version"],
             "departments": catalog["departments"], "matters": catalog["matters"][:6]}  # fmt: skip
    import_catalog(store, ADMIN, small)
    changed = dict(small["matters"][0], name=small["matters"][0]["name"] + "（新版）")
    import_catalog(store, ADMIN, {**small, "matters": [changed, *small["matters"][1:]]})
    year = list(entries_from_chinese_calendar([2026]))
    store_entries(store, ADMIN, year)
    store_entries(store, ADMIN, year[1:])  # a correction: one day is no longer a holiday
    add_staff(store, ADMIN, work_no="0104", name="钱四", password="secret1", roles=["clerk"],
              window_no=2)  # fmt: skip
    q.clock.now = at("10:00")  # type: ignore[attr-defined]
    q.book_appointment(ADMIN, "civil", dt.date(2026, 3, 9), code="55556666", name="孙五")
    q.check_in(Actor(name="kiosk:1", roles=frozenset({"kiosk"})), "55556666")
    q.rate(Actor(name="pad:1", roles=frozenset({"kiosk"})), q.ticket("A001").id, 1)


def _tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    out = {}
    with store.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in HALL_ONLY:
                continue
            keys = [c for c in table.primary_key.columns]
            rows = conn.execute(select(table).order_by(*keys)).mappings().all()
            out[table.name] = [dict(r) for r in rows]
    return out


@pytest.fixture
def county(store: Store, request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    url = (f"sqlite:///{tmp_path / 'county.db'}" if store.dialect == "sqlite"
           else request.getfixturevalue("pg_url"))  # fmt: skip
    target = Store(url)
    migrate.upgrade(target.engine)
    yield target
    target.dispose()


def test_replaying_the_outbox_rebuilds_the_hall(store: Store, county: Store) -> None:
    _busy_day(store)
    entries = list(entries_of(store, batch=50))
    # Every entry is a whole row of a known table at its current layout, for hall T01 —
    # commands run as the CLI (no hall named) included.
    assert {e.hall_code for e in entries} == {"T01"}
    assert all(e.schema_version == SCHEMA_VERSIONS.get(e.entity, 1) for e in entries)
    assert {"ticket", "ticket_event", "ticket_route", "appointment", "service_window",
            "window_line", "staff", "matter", "matter_material", "holiday_entry",
            "audit_entry"} <= {e.entity for e in entries}  # fmt: skip
    assert any(e.op == "delete" and e.entity == "holiday_entry" for e in entries)

    replay(entries, county)
    hall, rebuilt = _tables(store), _tables(county)
    for name in hall:
        assert rebuilt[name] == hall[name], name
    assert len(hall["ticket"]) == 5 and len(hall["ticket_event"]) == 16
    assert len(hall["matter"]) == 7  # six matters and the new version of one

    # Idempotent: the same batch again (a push retried after a lost reply) changes nothing.
    replay(entries, county)
    assert _tables(county) == hall


def test_an_entry_from_an_unknown_layout_is_refused(store: Store, county: Store) -> None:
    morning(store)
    with store.read() as s:
        first = s.scalars(select(OutboxEntry).where(OutboxEntry.entity == "ticket")).first()
        assert first is not None
        entry = Entry(first.seq, first.hall_code, first.entity, first.entity_id, first.op,
                      first.schema_version + 1, first.payload)  # fmt: skip
    with pytest.raises(ContractError, match="ticket v3"):
        replay([entry], county)
