"""What goes on a queue ticket and on an intake slip: plain data from the app layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class TicketData:
    hall_name: str
    number: str  # "A001"
    line_name: str
    ahead: int
    est_wait_minutes: int | None
    issued_at: datetime
    qr_payload: str | None = None
    notice_lines: list[str] = field(default_factory=list)
    priority_label: str | None = None


@dataclass(frozen=True)
class IntakeSlipData:
    hall_name: str
    case_number: str
    matter_name: str
    applicant_name: str  # full name; masked when printed
    received_at: datetime
    query_number: str | None = None
    query_password: str | None = None
    promised_date: str | None = None
    notice_lines: list[str] = field(default_factory=list)


def mask_name(name: str) -> str:
    """张三 → 张*, 李小明 → 李*明, 欧阳娜娜 → 欧**娜: a slip left on a counter shows no
    full name."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
