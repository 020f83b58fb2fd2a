"""The sync contract as a whole: every kind of row a use case journals has a place in the
county, and every table of the store says whether it is pushed, pulled or kept in the hall.

A kind the pusher does not know stops a hall's sync for good ("未知类别"), so the list of
kinds is taken from what the use cases really write on a busy demo week — the demo hall's
queue and case history (app/cases/demo.py) and then cases, ratings, follow-ups, complaints
and warning acknowledgements (tests/sync/busy_hall.py) — not from a list kept by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from app.cases.demo import generate
from app.demo import demo_file, seed
from app.journal import schema_version
from app.settings import Settings
from app.sync.entities import (
    CARRIED_WITH_CHAIN,
    COUNTY_GLOBAL_ENTITIES,
    ENTITY_TABLES,
    HALL_LOCAL_TABLES,
    HALL_PREDICATES,
    PULLED_TABLES,
    REPORTED_EACH_ROUND,
    table_for,
)
from app.sync.push import Pusher
from app.sync.replay import entries_of, replay
from db import migrate
from db.base import Base
from db.engine import Store
from db.models import OutboxEntry
from tests.sync.busy_hall import cases_week

CASE_KINDS = {"service_case", "case_event", "case_pause", "case_notice", "case_breach",
              "case_document", "case_rating", "rating_follow_up", "inquiry", "warning_ack",
              "follow_up_rating", "complaint"}  # fmt: skip


def demo_week(path: Path) -> Store:
    store = Store(f"sqlite:///{path}")
    migrate.upgrade(store.engine)
    seed(store)
    generate(store, Settings(), days=4, seed=7, start=dt.date(2026, 9, 14))
    cases_week(store, demo_file("hall.json")["hall"]["code"])
    return store


def test_every_table_is_pushed_pulled_or_kept_in_the_hall() -> None:
    """A new table must say where it belongs (app/sync/entities.py) before it ships."""
    pushed = set(ENTITY_TABLES.values()) | CARRIED_WITH_CHAIN
    reported = set(REPORTED_EACH_ROUND)
    county = set(PULLED_TABLES) | COUNTY_GLOBAL_ENTITIES
    for table in Base.metadata.tables:
        places = [name for name, group in (("pushed", pushed), ("county", county),
                                           ("reported", reported),
                                           ("hall-local", set(HALL_LOCAL_TABLES)))
                  if table in group]  # fmt: skip
        assert places, f"{table}: neither pushed, pulled nor hall-local (app/sync/entities.py)"
        if "pushed" in places:
            # a hall may write only its own rows of it in the county
            assert table in HALL_PREDICATES, table
    # every pushed table is one the stores have, and every predicate's table is pushed
    assert pushed <= set(Base.metadata.tables)
    assert set(HALL_PREDICATES) <= pushed


def test_every_kind_a_busy_week_journals_has_a_place_in_the_county(tmp_path: Path) -> None:
    store = demo_week(tmp_path / "demo.db")
    try:
        with store.read() as s:
            entries = list(s.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))
        kinds = {e.entity for e in entries}
        # the week did it all
        assert CASE_KINDS | {"ticket", "ticket_event", "service_window"} <= kinds
        for kind in sorted(kinds):
            table = table_for(kind)
            assert (kind in CARRIED_WITH_CHAIN or kind in COUNTY_GLOBAL_ENTITIES
                    or table in HALL_PREDICATES), f"the pusher has no county table for {kind!r}"  # fmt: skip
        # The pusher itself takes the whole outbox (a county holding every table of the hall):
        # no kind refused, and every case and supervision row kept for the county.
        pusher = Pusher(store, "postgresql://unused/county")
        columns = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
        ops, _ = pusher._collect(entries, columns)
        for kind in CASE_KINDS:
            with store.read() as s:
                held = s.execute(select(Base.metadata.tables[kind])).all()
            assert len(ops[kind]) == len(held), kind
        # each entry carries the layout version the county reads it by
        assert all(e.schema_version == schema_version(e.entity) for e in entries)
    finally:
        store.dispose()


def test_replaying_a_case_week_twice_rebuilds_the_case_rows(tmp_path: Path) -> None:
    """The county's reader (app/sync/replay.py) applied to a case week, twice (a retried
    push): the case and supervision tables come out as the hall holds them."""
    from tests.sync.busy_hall import make_case_hall

    hall = make_case_hall(tmp_path / "h1.db", "H1")
    target = Store(f"sqlite:///{tmp_path / 'county.db'}")
    try:
        migrate.upgrade(target.engine)
        cases_week(hall, "H1")
        entries = list(entries_of(hall))
        for _ in range(2):
            replay(entries, target)
            for kind in sorted(CASE_KINDS):
                t = Base.metadata.tables[kind]
                with hall.read() as a, target.read() as b:
                    want = sorted(map(tuple, a.execute(select(t)).all()), key=repr)
                    got = sorted(map(tuple, b.execute(select(t)).all()), key=repr)
                assert got == want and want, kind
    finally:
        hall.dispose()
        target.dispose()
