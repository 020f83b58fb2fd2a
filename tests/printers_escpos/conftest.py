from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime

import pytest

from app.identity import mask_name
from printers.escpos import IntakeSlipData, TicketData
from printers.simulator import PtySimulator, TcpSimulator

_names = itertools.count()


@pytest.fixture
def ticket() -> TicketData:
    return TicketData(
        hall_name="一窗政务服务中心",
        number="A012",
        line_name="综合受理（不动产登记）",
        ahead=3,
        est_wait_minutes=15,
        issued_at=datetime(2025, 6, 12, 9, 31, 5),
        qr_payload="https://zwfw.example.gov.cn/q?t=A012&d=20250612",
        notice_lines=["请携带本人身份证原件", "〇号窗口办理 生僻字𠀀 费用¥5"],
        priority_label="老年人优先",
    )


@pytest.fixture
def slip() -> IntakeSlipData:
    return IntakeSlipData(
        hall_name="一窗政务服务中心",
        case_number="YC2025061200012",
        matter_name="不动产登记（首次登记）",
        applicant_name=mask_name("欧阳娜娜"),
        received_at=datetime(2025, 6, 12, 9, 40),
        query_number="Q7261",
        query_password="839201",
    )


@pytest.fixture
def sim_url() -> str:
    """A fresh in-process simulated printer for each test."""
    return f"sim://test{next(_names)}"


@pytest.fixture
def pty_sim() -> Iterator[PtySimulator]:
    with PtySimulator() as sim:
        yield sim


@pytest.fixture
def tcp_sim() -> Iterator[TcpSimulator]:
    with TcpSimulator() as sim:
        yield sim


@pytest.fixture(params=["pty", "tcp"])
def wire_sim(request: pytest.FixtureRequest) -> Iterator[PtySimulator | TcpSimulator]:
    """The same test over a real pseudo-terminal and over loopback TCP."""
    sim = PtySimulator() if request.param == "pty" else TcpSimulator()
    with sim:
        yield sim
