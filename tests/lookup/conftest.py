"""A small hall whose catalog has a confidential matter and matters of three types, on SQLite
and the throwaway PostgreSQL; the case service and the lookup service on one moved clock."""

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
from app.lookup.service import LookupService
from app.settings import Settings
from db.engine import Store
from tests.cases.conftest import ADMIN, CLERK, COMPANY, FOOD, ORG_USCC, PERSON_ID, SHOP
from tests.queue.conftest import (  # noqa: F401  (fixtures)
    Clock,
    migrated_url,
    pg_template,
    small_hall,
    sqlite_template,
    store,
)

SOCIAL_CARD = "11510822008123048W4200040010010"  # 社会保障卡申领: 公共服务 (20), 即办件
SEALED = "1151082200812302154070020040010"  # 不动产查封登记: 行政确认 (07), 涉密, 即办件
__all__ = ["ADMIN", "CLERK", "COMPANY", "FOOD", "SHOP", "SOCIAL_CARD", "SEALED"]


def lookup_catalog() -> dict[str, Any]:
    data = demo_file("catalog.json")
    keep = {FOOD, SHOP, COMPANY, SOCIAL_CARD, SEALED}
    matters = [m for m in data["matters"] if m["impl_code"] in keep]
    depts = {m["department"] for m in matters}
    return {**data, "departments": [d for d in data["departments"] if d["code"] in depts],
            "matters": matters}  # fmt: skip


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 9, 21, 10, 0))  # Monday, 21 Sept 2026


@pytest.fixture
def seeded(store: Store) -> Store:  # noqa: F811 - the imported fixture, used by name
    import_catalog(store, ADMIN, lookup_catalog())
    seed_hall(store, ADMIN, small_hall())
    seed_from_package(store, ADMIN, [2026])
    return store


@pytest.fixture
def cases(seeded: Store, clock: Clock) -> CaseService:
    return CaseService(seeded, Settings(), clock=clock)


@pytest.fixture
def make_lookup(seeded: Store, clock: Clock) -> Callable[..., LookupService]:
    def make(**settings: Any) -> LookupService:
        return LookupService(seeded, Settings(**settings), clock=clock)

    return make


def person(name: str = "张三丰") -> PartyInput:
    return PartyInput(kind="person", name=name, cert_no=PERSON_ID, phone="13800138000",
                      address="四川省青川县乔庄镇")  # fmt: skip


def company(name: str = "青川县宏达食品有限公司") -> PartyInput:
    return PartyInput(kind="organisation", name=name, cert_no=ORG_USCC, legal_rep="李四",
                      phone="08393456789")  # fmt: skip


def accepted(cases: CaseService, impl_code: str, applicant: PartyInput | None = None
             ) -> tuple[str, str, str]:  # fmt: skip
    """(case no, query no, query password) of a case received and accepted now."""
    c = cases.receive(CLERK, IntakeInput(impl_code=impl_code, applicant=applicant or person()))
    got = cases.accept(CLERK, c.case_no)
    return got.case.case_no, got.case.query_no, got.query_password
