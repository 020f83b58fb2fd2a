"""Who may report on which halls (app.reports.scope.allowed_halls): decided in app/, from the
account, not from what a screen offers."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.demo import seed_hall
from app.errors import InvalidInput, PermissionDenied
from app.journal import Actor
from app.reports.kpi import allowed_halls
from app.reports.scope import grant_halls
from app.staff import add_staff
from db.engine import Store
from tests.cases.conftest import ADMIN, small_hall
from tests.queue.conftest import migrated_url, pg_template, sqlite_template, store  # noqa: F401


def _two_halls(store: Store) -> None:  # noqa: F811 - not the fixture
    seed_hall(store, ADMIN, small_hall())
    other = small_hall()
    other["hall"] = {"code": "T02", "name": "第二便民服务中心", "region_code": "350100"}
    seed_hall(store, ADMIN, other)
    add_staff(store, ADMIN, work_no="S001", name="赵主管", password="Passw0rd!x",
              roles=["supervisor"], hall_code="T02")  # fmt: skip
    add_staff(store, ADMIN, work_no="S002", name="钱主管", password="Passw0rd!x",
              roles=["supervisor"])  # fmt: skip


def test_on_a_hall_store_a_supervisor_sees_their_own_hall(store: Store) -> None:  # noqa: F811
    _two_halls(store)
    assert allowed_halls(store, Actor(name="S001", roles=frozenset({"supervisor"}))) == ("T02",)
    # no hall on the account: the hall the session signed in at
    assert allowed_halls(store, Actor(name="S002", roles=frozenset({"supervisor"}),
                                      hall_code="T01")) == ("T01",)  # fmt: skip
    assert allowed_halls(store, ADMIN) == ("T01", "T02")
    with pytest.raises(PermissionDenied, match="效能监察"):
        allowed_halls(store, Actor(name="C001", roles=frozenset({"clerk"}), hall_code="T01"))


@pytest.mark.pg
def test_on_the_county_a_supervisor_sees_the_halls_granted(pg_url: str) -> None:
    from db import migrate

    county = Store(pg_url)
    try:
        migrate.upgrade(county.engine)
        with county.engine.begin() as conn:  # what `sync county-init` marks a county with
            conn.execute(text("CREATE SCHEMA county"))
            conn.execute(text("CREATE TABLE county.meta (key text PRIMARY KEY, value text)"))
        _two_halls(county)
        sup = Actor(name="S001", roles=frozenset({"supervisor"}))
        assert allowed_halls(county, sup) == ("T02",)  # the hall on the account
        other = Actor(name="S002", roles=frozenset({"supervisor"}), hall_code="T02")
        assert allowed_halls(county, other) == ("T01",)  # the session's hall does not count
        with pytest.raises(PermissionDenied):
            grant_halls(county, sup, "S002", ["T02"])  # only an administrator grants
        with pytest.raises(InvalidInput, match="X99"):
            grant_halls(county, ADMIN, "S002", ["T02", "X99"])
        assert allowed_halls(county, other) == ("T01",)  # nothing of a refused grant stays
        assert grant_halls(county, ADMIN, "S002", ["T02"]) == ("T02",)
        assert allowed_halls(county, other) == ("T01", "T02")
        assert grant_halls(county, ADMIN, "S002", ["T02"], revoke=True) == ()
        assert allowed_halls(county, other) == ("T01",)
    finally:
        county.dispose()
