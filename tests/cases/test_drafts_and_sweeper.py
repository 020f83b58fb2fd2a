"""Nothing typed is lost when the store goes away; the background sweep does the 5-day rule."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from app.cases.drafts import KeptAsDraft, discard_draft, load_drafts, receive_keeping_draft
from app.cases.service import CaseService
from app.cases.sweeper import PeriodicSweep
from app.cases.views import MaterialCheck, PartyInput
from app.errors import InvalidInput
from app.settings import Settings
from db.engine import Store
from tests.cases.conftest import CLERK, FOOD, intake, person
from tests.queue.conftest import Clock


@pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)
def test_lost_store_keeps_the_intake_as_a_local_draft(svc: CaseService, tmp_path: Path) -> None:
    data = intake(FOOD, agent=PartyInput(kind="person", name="李代办", cert_no="11010519491231002X"),
                  materials=[MaterialCheck(seq=1, name="申请书"),
                             MaterialCheck(seq=2, name="营业执照", status="deferred",
                                           promised_date=dt.date(2026, 9, 30))])  # fmt: skip
    good = svc.store
    svc.store = Store("postgresql://nobody@127.0.0.1:1/gone", connect_args={"connect_timeout": 2})
    svc.CALENDAR_MAX_AGE = 0.0
    with pytest.raises(KeptAsDraft, match="无法连接数据库.*已保存为本机草稿") as exc:
        receive_keeping_draft(svc, CLERK, data, tmp_path)
    svc.store.dispose()
    svc.store = good
    ((path, kept),) = load_drafts(tmp_path)
    assert path == exc.value.path and kept == data  # every field, the agent and the dates
    c = receive_keeping_draft(svc, CLERK, kept, tmp_path)
    discard_draft(path)
    assert c.status == "received" and load_drafts(tmp_path) == []
    # A validation error is the form's business: no draft, the message names the field.
    with pytest.raises(InvalidInput, match="申请人身份证号码"):
        receive_keeping_draft(svc, CLERK, intake(FOOD, applicant=person(cert_no="1")), tmp_path)
    assert load_drafts(tmp_path) == []


def test_background_sweep_accepts_overdue_applications(svc: CaseService, clock: Clock) -> None:
    c = svc.receive(CLERK, intake(FOOD))
    later = dt.datetime(2026, 10, 9, 9, 0, tzinfo=dt.UTC)
    sweeps = [PeriodicSweep(CaseService(svc.store, Settings(), clock=lambda: later),
                            interval=0.05).start() for _ in range(2)]  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while svc.case(c.case_no).case.status != "accepted" and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        for s in sweeps:
            s.stop()
    got = svc.case(c.case_no)
    assert got.case.deemed_accepted
    assert [e.kind for e in got.timeline].count("deemed_accept") == 1
