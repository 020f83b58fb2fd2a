"""What the supervision use cases take and give: plain frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.cases.views import FollowUpView, _AsDict

LEVELS = ("yellow", "red", "statutory")
LEVEL_LABELS = {"yellow": "黄灯", "red": "红灯（超承诺时限）", "statutory": "法定超期"}
COMPLAINT_CHANNELS = {"window": "窗口", "lookup": "查询触摸屏", "phone": "电话"}
COMPLAINT_STATUSES = {"received": "已受理，待分派", "assigned": "办理中", "answered": "已答复"}


@dataclass(frozen=True)
class WarningView(_AsDict):
    case_no: str
    matter_name: str
    department: str
    handler: str
    reason: str  # which limit: the promised or statutory one, or the 5-day notice limit
    applicant: str  # masked
    level: str  # yellow / red / statutory
    level_label: str
    promise_due: dt.date | None
    legal_due: dt.date | None
    days_left: int | None
    acknowledged: bool  # at this level (or a worse one)
    ack_level: str  # the highest level acknowledged so far ("" = none)
    ack_by: str
    ack_at: dt.datetime | None
    explanation: str


@dataclass(frozen=True)
class SupervisedFollowUp(_AsDict):
    """A bad-review follow-up with its on-time state and the follow-up rating (追评)."""

    follow_up: FollowUpView
    callback_state: str  # 按时 / 逾期 / 未到期 / 已逾期未回访
    fix_state: str
    rerating_level: int | None
    rerating_label: str
    rerating_at: dt.datetime | None

    @property
    def id(self) -> str:
        return self.follow_up.id


@dataclass(frozen=True)
class ComplaintInput(_AsDict):
    """As typed; checked by app.schemas.complaints (every field's problem reported at once)."""

    complainant_name: str
    complainant_phone: str
    content: str
    channel: str = "window"  # window / lookup / phone
    case_no: str = ""
    window_no: int | str | None = None  # as typed; "" = none
    target_staff: str = ""


@dataclass(frozen=True)
class ComplaintReceipt(_AsDict):
    number: str
    password: str  # plain, shown to the complainant once; only its hash is stored
    due_on: dt.date
    provisional: bool  # the due date counts a year whose holidays are not yet published


@dataclass(frozen=True)
class ComplaintView(_AsDict):
    number: str
    channel: str
    channel_label: str
    complainant_name: str
    complainant_phone: str
    case_no: str
    window_no: int | None
    target_staff: str
    content: str
    received_at: dt.datetime
    received_by: str
    due_on: dt.date
    status: str
    status_label: str
    handler: str
    answer: str
    answered_at: dt.datetime | None
    answered_by: str
    overdue: bool  # not answered and past the due day, or answered after it
    days_left: int | None  # working days to the due day while open; negative when overdue


@dataclass(frozen=True)
class PublicComplaint(_AsDict):
    number: str
    complainant: str  # masked
    received_on: dt.date
    due_on: dt.date
    status_label: str
    answer: str
    answered_on: dt.date | None
    overdue: bool
