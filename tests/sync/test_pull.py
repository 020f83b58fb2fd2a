"""Pull: the county's catalog, calendar and staff reach the hall atomically, by revision; the hall
then refuses to edit them; county catalog versions never collide with a hall's."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files
from pathlib import Path

import pytest
from sqlalchemy import select

from app.calendar_service import store_entries
from app.catalog_io import import_catalog
from app.holiday_source import HolidayEntry as SourceEntry
from app.journal import Actor
from app.staff import add_staff
from app.sync.ownership import COUNTY_VERSION_BASE, CountyOwned
from app.sync.pull import pull
from app.sync.push import push
from app.sync.state import status
from app.workcalendar import DayKind
from db.engine import Store
from db.models import HolidayEntry, Matter, Staff
from tests.sync.conftest import County

pytestmark = pytest.mark.pg

ADMIN = Actor(name="county:admin", roles=frozenset({"admin"}))


def demo_catalog() -> dict:
    return json.loads(files("resources").joinpath("demo", "catalog.json").read_text("utf-8"))


def test_county_catalog_and_calendar_reach_the_hall(county: County, hall_a: Store) -> None:
    hall_admin = Actor(name="h1:admin", roles=frozenset({"admin"}), hall_code="H1")
    catalog = demo_catalog()
    import_catalog(hall_a, hall_admin, catalog)  # the hall's own catalog, before it joined
    admin = Store(county.admin_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        import_catalog(admin, ADMIN, catalog)
        store_entries(
            admin, ADMIN, [SourceEntry(dt.date(2031, 10, 1), DayKind.HOLIDAY, "国庆节", "", 2031)]
        )
        with admin.read() as s:
            versions = set(s.scalars(select(Matter.version)))
    finally:
        admin.dispose()
    assert min(versions) > COUNTY_VERSION_BASE  # made at the county: its own numbers
    push(hall_a, county.hall_url("H1"))
    result = pull(hall_a, county.hall_url("H1"))
    assert result.revision > 0 and result.rows > 0
    with hall_a.read() as s:
        current = s.scalars(select(Matter).where(Matter.is_current)).all()
        assert {m.version for m in current} == versions  # the county's versions are current
        assert len(current) == len(catalog["matters"])  # the hall's own were retired, not doubled
        assert s.get(HolidayEntry, dt.date(2031, 10, 1)) is not None
    # A second pull has nothing new and changes nothing.
    again = pull(hall_a, county.hall_url("H1"))
    assert (again.revision, again.rows) == (result.revision, 0)
    assert status(hall_a).pull_revision == result.revision


def test_local_edits_of_county_data_are_refused_once_joined(county: County, hall_a: Store) -> None:
    hall_admin = Actor(name="h1:admin", roles=frozenset({"admin"}), hall_code="H1")
    push(hall_a, county.hall_url("H1"))
    pull(hall_a, county.hall_url("H1"))
    with pytest.raises(CountyOwned, match="县级统一维护"):
        add_staff(hall_a, hall_admin, work_no="Q9999", name="张三", password="pw-123456",
                  roles=["clerk"])  # fmt: skip
    with pytest.raises(CountyOwned, match="节假日日历"):
        store_entries(
            hall_a,
            hall_admin,
            [SourceEntry(dt.date(2031, 5, 1), DayKind.HOLIDAY, "劳动节", "", 2031)],
        )
    with hall_a.read() as s:
        assert s.scalar(select(Staff).where(Staff.work_no == "Q9999")) is None


def test_staff_added_at_the_county_can_sign_in_at_the_hall_after_pull(
    county: County, hall_a: Store, tmp_path: Path
) -> None:
    from app.staff import sign_in

    push(hall_a, county.hall_url("H1"))  # the county learns the hall
    admin = Store(county.admin_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        add_staff(admin, ADMIN, work_no="C0001", name="李四", password="county-pw-1",
                  roles=["clerk"], hall_code="H1", window_no=2)  # fmt: skip
    finally:
        admin.dispose()
    pull(hall_a, county.hall_url("H1"))
    info, actor = sign_in(hall_a, "C0001", "county-pw-1")
    assert actor.staff_id is not None
    assert info.name == "李四"
