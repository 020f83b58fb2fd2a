"""The closed sets of values that status-like columns may hold. Each is a ``StrEnum`` (so a
member compares equal to its stored string) and each column that holds one carries a CHECK
constraint built by :func:`check_in`, so a typo cannot reach either store."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import CheckConstraint


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"


class TicketSource(StrEnum):
    KIOSK = "kiosk"
    APPOINTMENT = "appointment"
    CLERK = "clerk"


class TicketEventKind(StrEnum):
    """What happened to a ticket at a window (ticket_event.kind)."""

    CALL = "call"
    RECALL = "recall"
    NO_SHOW = "no_show"  # skipped: the applicant did not come (过号)
    REJOIN = "rejoin"  # came back late and queued again (补到)
    TRANSFER = "transfer"
    START = "start"
    FINISH = "finish"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"


class OutboxOp(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


def check_in(column: str, values: type[StrEnum], name: str | None = None) -> CheckConstraint:
    """CHECK (column IN (...)), named ``ck_<table>_<name>`` by the naming convention."""
    allowed = ", ".join(f"'{v.value}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=name or column)
