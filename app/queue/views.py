"""Plain data handed to the kiosk, the hall display and the clerk's call panel.

The UI never sees a Session or a model row: only these frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class TicketView:
    id: str
    number: str
    line_code: str
    line_name: str
    status: str  # waiting / called / serving / done / no_show
    priority_kind: str | None  # elderly / disabled / military / pregnant / appointment
    source: str  # kiosk / appointment / clerk
    issued_at: datetime
    queued_at: datetime
    called_at: datetime | None
    call_count: int
    window_no: int | None
    ahead: int  # people called before this one (0 once called)
    est_wait_minutes: int
    id_number_masked: str | None
    priority_label: str | None = None  # 老年人 …, for the ticket and the screen
    window_name: str | None = None
    target_window_no: int | None = None  # transferred to this window only
    transferred_from: str | None = None  # line code it came from
    rating: int | None = None  # GB/T 39046 A.8, 1 = 非常满意
    hall_name: str = ""
    day: str = ""  # ISO date of the hall's local day

    def as_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))


@dataclass(frozen=True)
class LineStatus:
    code: str
    prefix: str
    name: str
    waiting: int
    est_wait_minutes: int  # for someone taking a ticket now
    open_now: bool
    cap_left: int
    hours_text: str
    daily_cap: int = 0
    issued_today: int = 0
    windows_open: int = 0  # active, unpaused windows serving the line
    closed_today: str = ""  # why the hall issues nothing today (holiday, weekend), else ""

    def as_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))


@dataclass(frozen=True)
class WindowStatus:
    no: int
    name: str
    paused: bool
    current: TicketView | None
    line_codes: list[str]  # in the window's calling order
    waiting: int  # tickets this window could call now
    priority_streak: int = 0

    def as_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))


@dataclass(frozen=True)
class CallEvent:
    number: str
    window_no: int
    window_name: str
    called_at: datetime
    call_count: int  # 1 = first call, 2+ = recall
    line_name: str
    ticket_id: str = ""

    def as_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))


@dataclass(frozen=True)
class HallStatus:
    hall_code: str
    hall_name: str
    lines: list[LineStatus]
    windows: list[WindowStatus]
    recent_calls: list[CallEvent] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value
