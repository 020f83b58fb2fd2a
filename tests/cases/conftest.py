"""A small hall with a few matters of the demo catalog, the 2026 holiday arrangement only
(2027 is not published yet), staff actors and a clock the test moves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.calendar_service import seed_from_package
from app.cases.service import CaseService
from app.cases.views import IntakeInput, PartyInput
from app.catalog_io import import_catalog
from app.demo import demo_file, seed_hall
from app.journal import Actor
from app.settings import Settings
from db.engine import Store
from tests.queue.conftest import (  # noqa: F401  (fixtures)
    Clock,
    migrated_url,
    pg_template,
    small_hall,
    sqlite_template,
    store,
)

ADMIN = Actor(name="test:admin", roles=frozenset({"admin"}), hall_code="T01")
CLERK = Actor(name="C001", roles=frozenset({"clerk"}), display_name="王窗口", window_no=1)
CLERK2 = Actor(name="C002", roles=frozenset({"clerk"}), display_name="李窗口", window_no=2)
SUPERVISOR = Actor(name="S001", roles=frozenset({"supervisor"}), display_name="赵主管")
KIOSK = Actor(name="kiosk:1", roles=frozenset({"kiosk"}))

FOOD = "11510822008123013A4010010030010"  # 食品经营许可（新办）: promise 5 W, legal 10 W
SHOP = "11510822008123013A4010010020010"  # 个体工商户设立登记: 即办件
COMPANY = "11510822008123013A4010010010010"  # 有限责任公司设立登记: 1 W / 3 W

PERSON_ID = "11010519491231002X"
ORG_USCC = "91350100M000100Y43"


def small_catalog() -> dict[str, Any]:
    data = demo_file("catalog.json")
    keep = {FOOD, SHOP, COMPANY}
    matters = [m for m in data["matters"] if m["impl_code"] in keep]
    depts = {m["department"] for m in matters}
    return {**data, "departments": [d for d in data["departments"] if d["code"] in depts],
            "matters": matters}  # fmt: skip


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 9, 21, 10, 0))  # Monday, 21 Sept 2026


@pytest.fixture
def seeded(store: Store) -> Store:  # noqa: F811 - the imported fixture, used by name
    import_catalog(store, ADMIN, small_catalog())
    seed_hall(store, ADMIN, small_hall())
    seed_from_package(store, ADMIN, [2026])
    return store


@pytest.fixture
def make_service(seeded: Store, clock: Clock) -> Callable[..., CaseService]:
    def make(**settings: Any) -> CaseService:
        return CaseService(seeded, Settings(**settings), clock=clock)

    return make


@pytest.fixture
def svc(make_service: Callable[..., CaseService]) -> CaseService:
    return make_service()


def person(**kw: Any) -> PartyInput:
    base = {"kind": "person", "name": "张三丰", "cert_no": PERSON_ID, "phone": "13800138000",
            "address": "四川省青川县乔庄镇"}  # fmt: skip
    return PartyInput(**{**base, **kw})


def intake(impl_code: str = FOOD, **kw: Any) -> IntakeInput:
    return IntakeInput(impl_code=impl_code, applicant=kw.pop("applicant", person()), **kw)
