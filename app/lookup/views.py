"""Plain data the public lookup pages show. Personal data is already masked here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.cases.views import _AsDict


@dataclass(frozen=True)
class StepView(_AsDict):
    name: str
    state: str  # done / current / todo
    done_on: dt.date | None = None


@dataclass(frozen=True)
class CaseProgress(_AsDict):
    case_no: str
    matter_name: str
    applicant: str  # masked: 张*丰 / 某某有限公司
    status_label: str
    received_on: dt.date
    accepted_on: dt.date | None
    steps: list[StepView]
    current_step: str  # "" when no step is under way
    promise_days: int
    unit: str  # 工作日 / 自然日
    promise_due: dt.date | None
    provisional: bool  # the due date's year has no official holiday arrangement yet
    provisional_note: str
    clock_state: str  # not_started / running / paused / stopped
    clock_label: str  # 计时中 / 暂停计时（专家评审） / 已停止计时 / 尚未受理
    pause_kind: str  # the special procedure's type while paused (never its free-text reason)
    days_left: int | None  # while running; negative when overdue
    concluded_on: dt.date | None
    result: str
    pickup: str


@dataclass(frozen=True)
class DisclosureRow(_AsDict):
    matter_name: str
    matter_type: str  # 行政许可 …
    applicant: str  # masked
    accepted_on: dt.date | None
    concluded_on: dt.date
    result: str


@dataclass(frozen=True)
class DisclosureList(_AsDict):
    rows: list[DisclosureRow]
    page: int  # 0-based
    pages: int  # at least 1
    total: int
    rules: dict[str, int] = field(default_factory=dict)  # matter type name → days shown
    more: bool = False  # more were concluded in the window than the screen lists


@dataclass(frozen=True)
class ScannedCode:
    number: str  # a case number or a query number
    password: str = ""  # only when the code carries it
