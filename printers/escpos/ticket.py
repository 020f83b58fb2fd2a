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
    # As printed: already masked by the caller (app.identity.mask_name, the one masking rule),
    # so a slip left on a counter shows no full name.
    applicant_name: str
    received_at: datetime
    query_number: str | None = None
    query_password: str | None = None
    promised_date: str | None = None
    notice_lines: list[str] = field(default_factory=list)
