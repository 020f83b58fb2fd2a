"""The working-day calendar: official arrangements as imported, computed statutory holidays for
the other years (provisional), due dates in 工作日 or 自然日, import, and what depends on it.

Contract for other capabilities:

* :func:`compute_due_date` → :class:`DueDate` ``(date, provisional, note)``;
* :func:`register_recompute` — ``fn(uow, calendar, years) -> int`` called by every import;
* :func:`next_year_warning` / :func:`calendar_warning` — the "next year not imported" banner.
"""

from app.calendar.due import PROVISIONAL_NOTE, UNIT_NAMES, DueDate, compute_due_date, limit_text
from app.calendar.loading import load_calendar, load_in_session
from app.calendar.recompute import register_recompute, registered, unregister_recompute
from app.calendar.status import calendar_warning, next_year_warning

__all__ = [
    "PROVISIONAL_NOTE",
    "UNIT_NAMES",
    "DueDate",
    "calendar_warning",
    "compute_due_date",
    "limit_text",
    "load_calendar",
    "load_in_session",
    "next_year_warning",
    "register_recompute",
    "registered",
    "unregister_recompute",
]
