"""The cases' small hall (tests/cases/conftest.py) with three staff accounts, and the
supervision services on it, on SQLite and PostgreSQL; the clock starts Monday 21 Sept 2026."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.cases.service import CaseService
from app.demo import seed_hall
from app.settings import Settings
from app.supervision.complaints import ComplaintService
from app.supervision.follow_ups import FollowUpService
from app.supervision.warnings import WarningService
from db.engine import Store
from tests.cases.conftest import (  # noqa: F401  (fixtures)
    ADMIN,
    CLERK,
    CLERK2,
    COMPANY,
    FOOD,
    KIOSK,
    SHOP,
    SUPERVISOR,
    clock,
    intake,
    make_service,
    migrated_url,
    pg_template,
    seeded,
    small_hall,
    sqlite_template,
    store,
    svc,
)
from tests.queue.conftest import Clock

STAFF = [
    {"work_no": "C001", "name": "王窗口", "roles": ["clerk"], "window": 1, "password": "secret123"},
    {"work_no": "C002", "name": "李窗口", "roles": ["clerk"], "window": 2, "password": "secret123"},
    {"work_no": "S001", "name": "赵主管", "roles": ["supervisor"], "password": "secret123"},
]


@pytest.fixture
def hall(seeded: Store) -> Store:  # noqa: F811
    seed_hall(seeded, ADMIN, {**small_hall(), "staff": STAFF})
    return seeded


@pytest.fixture
def complaints_of(hall: Store, clock: Clock) -> Callable[..., ComplaintService]:  # noqa: F811
    def make(**settings: Any) -> ComplaintService:
        return ComplaintService(hall, Settings(**settings), clock=clock)

    return make


@pytest.fixture
def complaints(complaints_of: Callable[..., ComplaintService]) -> ComplaintService:
    return complaints_of()


@pytest.fixture
def warnings_svc(hall: Store, clock: Clock) -> WarningService:  # noqa: F811
    return WarningService(hall, Settings(), clock=clock)


@pytest.fixture
def follow_svc(hall: Store, clock: Clock) -> FollowUpService:  # noqa: F811
    return FollowUpService(hall, Settings(), clock=clock)


@pytest.fixture
def cases(hall: Store, clock: Clock) -> CaseService:  # noqa: F811
    return CaseService(hall, Settings(), clock=clock)


def accepted(cases: CaseService, impl_code: str = FOOD) -> str:  # noqa: F811
    c = cases.receive(CLERK, intake(impl_code))
    cases.accept(CLERK, c.case_no)
    return c.case_no


def bad_review(cases: CaseService, level: int = 5) -> str:
    """A 即办件 concluded on the spot and rated badly at the window: its follow-up's id."""
    c = cases.receive(CLERK, intake(SHOP))
    cases.accept(CLERK, c.case_no)
    got = cases.rate(KIOSK, c.case_no, level, channel="window", text="等太久")
    assert got.follow_up_id is not None
    return got.follow_up_id
