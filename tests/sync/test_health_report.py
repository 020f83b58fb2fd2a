"""The PCs' heartbeats reach the county with every push round, per hall: two halls whose PCs
have the same name stay apart, a later round replaces the earlier beats, and a hall can
report only its own."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest

from app import role_health
from app.sync.push import push
from db.engine import Store
from tests.sync.conftest import County

pytestmark = pytest.mark.pg

STARTED = dt.datetime(2026, 9, 21, 0, 30, tzinfo=dt.UTC)


def county_health(county: County) -> list[tuple[object, ...]]:
    with psycopg.connect(county.supervisor_url) as c:
        return [tuple(r) for r in c.execute(
            "SELECT hall_code, host, role, pid, restarts FROM county.role_health "
            "ORDER BY hall_code, host, role")]  # fmt: skip


def test_heartbeats_reach_the_county_per_hall(county: County, hall_a: Store, hall_b: Store) -> None:
    role_health.beat(hall_a, "clerk", pid=101, started_at=STARTED, restarts=0, host="CLERK-1")
    role_health.beat(hall_a, "kiosk", pid=102, started_at=STARTED, restarts=3, host="KIOSK-1")
    role_health.beat(hall_b, "clerk", pid=201, started_at=STARTED, restarts=1, host="CLERK-1")
    assert push(hall_a, county.hall_url("H1")).health == 2
    assert push(hall_b, county.hall_url("H2")).health == 1
    assert county_health(county) == [
        ("H1", "CLERK-1", "clerk", 101, 0),
        ("H1", "KIOSK-1", "kiosk", 102, 3),
        ("H2", "CLERK-1", "clerk", 201, 1),
    ]
    # The kiosk crashed and came back out of paper: the next round (nothing else to push)
    # carries it, printer state included.
    role_health.beat(hall_a, "kiosk", pid=103, started_at=STARTED, restarts=4, host="KIOSK-1",
                     printer="打印机缺纸")  # fmt: skip
    again = push(hall_a, county.hall_url("H1"))
    assert (again.entries, again.health) == (0, 2)
    assert ("H1", "KIOSK-1", "kiosk", 103, 4) in county_health(county)
    with psycopg.connect(county.supervisor_url) as c:
        assert c.execute("SELECT printer FROM county.role_health WHERE host = 'KIOSK-1'"
                         ).fetchone() == ("打印机缺纸",)  # fmt: skip
    assert len(county_health(county)) == 3
    # A hall's login neither reads the county's copy nor reports for another hall.
    with (
        psycopg.connect(county.hall_url("H2")) as c,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        c.execute("SELECT * FROM county.role_health")
    with psycopg.connect(county.hall_url("H2")) as c:
        c.execute(
            "SELECT county.report_health(%s::jsonb)",
            (
                '[{"host": "CLERK-1", "role": "clerk", "pid": 9, "started_at": "2026-09-21T00:00Z",'
                ' "beat_at": "2026-09-21T00:00Z", "hall_code": "H1"}]',
            ),
        )
        c.commit()
    assert ("H1", "CLERK-1", "clerk", 101, 0) in county_health(county)
    assert ("H2", "CLERK-1", "clerk", 9, 0) in county_health(county)


def test_a_county_without_the_report_still_takes_the_rows(county: County, hall_a: Store) -> None:
    """A county built before heartbeats were reported (init not run again): rows sync, the
    heartbeats wait."""
    from app.sync.state import status

    with psycopg.connect(county.url.replace("+psycopg", ""), autocommit=True) as c:
        c.execute("DROP FUNCTION county.report_health(jsonb)")
    role_health.beat(hall_a, "clerk", pid=101, started_at=STARTED, restarts=0, host="CLERK-1")
    result = push(hall_a, county.hall_url("H1"))
    assert result.entries > 0 and result.health == 0 and status(hall_a).backlog == 0
