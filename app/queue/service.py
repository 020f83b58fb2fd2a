"""QueueService: the one API the kiosk, the hall display, the clerk panel and the CLI use.

Every method runs one short transaction and returns plain data (app.queue.views). Every state
change goes through app.journal.unit_of_work, so it is audited with its before and after.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import permissions
from app.errors import Conflict, InvalidInput, NotFound, NothingWaiting
from app.journal import Actor, UnitOfWork, unit_of_work
from app.queue import appointments, board
from app.queue.calling import (
    claim_next,
    current_ticket,
    lock_window,
    refuse_if_busy,
    refuse_if_paused,
    upcoming,
)
from app.queue.hallctx import HallContext, audit_dict, line_of, ticket_view
from app.queue.issuing import issue_ticket
from app.queue.numbering import local_day
from app.queue.priority import Applicant, enabled_kinds, resolve
from app.queue.rejoin import place_after, waiting_in_line
from app.queue.views import CallEvent, HallStatus, LineStatus, TicketView, WindowStatus
from app.settings import Settings
from db.engine import Store
from db.models import Ticket, TicketRoute, Window

RATINGS = {1: "非常满意", 2: "满意", 3: "基本满意", 4: "不满意", 5: "非常不满意"}  # GB/T 39046 A.8


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class QueueService:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        hall_code: str | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.clock = clock or utc_now
        with store.read() as s:
            self._layout = HallContext.load(s, hall_code or settings.hall_code or None)
        self.hall_code: str = self._layout.hall.code
        self.hall_name: str = self._layout.hall.name

    # Service lines and window assignments are edited rarely (by an administrator); a change
    # reaches a running kiosk or clerk within this many seconds. Window state is always fresh.
    LAYOUT_MAX_AGE = 10.0

    # --- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _write(self, actor: Actor) -> Iterator[tuple[UnitOfWork, HallContext]]:
        with unit_of_work(self.store, actor, hall_code=self.hall_code) as uow:
            yield uow, self._context(uow.session)

    @contextmanager
    def _read(self) -> Iterator[tuple[Session, HallContext]]:
        with self.store.read() as s:
            yield s, self._context(s)

    def _context(self, session: Session) -> HallContext:
        self._layout = self._layout.refreshed(session, self.LAYOUT_MAX_AGE)
        return self._layout

    def _now(self) -> tuple[dt.datetime, dt.date]:
        now = self.clock()
        return now, local_day(now)

    def _current(self, uow: UnitOfWork, ctx: HallContext, window_no: int) -> tuple[Window, Ticket]:
        window = lock_window(uow.session, ctx.window_by_no(window_no))
        ticket = current_ticket(uow.session, window, local_day(self.clock()))
        if ticket is None:
            raise Conflict(f"{window.no} 号窗口当前没有正在呼叫或办理的号")
        return window, ticket

    # --- issuing --------------------------------------------------------------------------

    def lines(self) -> list[LineStatus]:
        with self._read() as (s, ctx):
            return board.line_statuses(s, ctx, self.clock(), self.settings.queue_enforce_hours)

    def issue(
        self,
        actor: Actor,
        line_code: str,
        *,
        source: str = "kiosk",
        priority: str | None = None,
        id_number: str | None = None,
    ) -> TicketView:
        permissions.require(actor, "queue.issue")
        now, today = self._now()
        applicant = resolve(self.settings, priority, id_number, today)
        with self._write(actor) as (uow, ctx):
            line = ctx.line_by_code(line_code)
            ticket = issue_ticket(uow.session, ctx.hall, line, now, source=source,
                                  applicant=applicant,
                                  enforce_hours=self.settings.queue_enforce_hours)  # fmt: skip
            view = ticket_view(uow.session, ctx, ticket)
            uow.record("ticket.issue", "ticket", ticket.id, after=audit_dict(ticket))
        return view

    def check_in(self, actor: Actor, code: str) -> TicketView:
        """Appointment check-in by appointment code or ID number; the ticket is priority
        "appointment" when that lane is enabled, and is issued even past the daily cap."""
        permissions.require(actor, "queue.issue")
        now, today = self._now()
        with self._write(actor) as (uow, ctx):
            appt = appointments.find_for_check_in(uow.session, ctx.hall, code, today)
            kind = "appointment" if "appointment" in enabled_kinds(self.settings) else None
            applicant = Applicant(kind, appt.id_number_masked)
            ticket = issue_ticket(uow.session, ctx.hall, ctx.lines[appt.line_id], now,
                                  source="appointment", applicant=applicant, within_cap=False,
                                  enforce_hours=self.settings.queue_enforce_hours)  # fmt: skip
            appt.status, appt.ticket_id, appt.checked_in_at = "checked_in", ticket.id, now
            view = ticket_view(uow.session, ctx, ticket)
            uow.record("ticket.issue", "ticket", ticket.id, after=audit_dict(ticket))
            uow.record("appointment.check_in", "appointment", appt.id,
                       before={"status": "booked"},
                       after={"status": "checked_in", "ticket": ticket.number})  # fmt: skip
        return view

    def book_appointment(
        self,
        actor: Actor,
        line_code: str,
        day: dt.date,
        *,
        id_number: str | None = None,
        name: str = "",
        slot: str = "",
        code: str | None = None,
    ) -> dict[str, Any]:
        """Record a booking (made online or by phone); returns its code for check-in."""
        permissions.require(actor, "queue.issue")
        with self._write(actor) as (uow, ctx):
            line = ctx.line_by_code(line_code)
            appt = appointments.book(uow.session, ctx.hall, line, day, id_number=id_number,
                                     name=name, slot=slot, code=code)  # fmt: skip
            data = {"code": appt.code, "line": line.code, "day": day.isoformat(), "slot": slot,
                    "id_number_masked": appt.id_number_masked}  # fmt: skip
            uow.record("appointment.book", "appointment", appt.id, after=data)
        return data

    # --- calling --------------------------------------------------------------------------

    def upcoming(self, window_no: int, limit: int = 15) -> list[TicketView]:
        """Who this window will call next, in order (the clerk's 候叫队列)."""
        _now, today = self._now()
        with self._read() as (s, ctx):
            window = ctx.window_by_no(window_no)
            tickets = upcoming(s, window, today, limit=limit,
                               max_consecutive=self.settings.priority_max_consecutive)  # fmt: skip
            return [ticket_view(s, ctx, t) for t in tickets]

    def call_next(self, actor: Actor, window_no: int) -> TicketView:
        permissions.require(actor, "queue.call")
        now, today = self._now()
        with self._write(actor) as (uow, ctx):
            window = lock_window(uow.session, ctx.window_by_no(window_no))
            refuse_if_paused(window)
            refuse_if_busy(uow.session, window, today)
            prefer = window.priority_streak < self.settings.priority_max_consecutive
            ticket = claim_next(uow.session, window, today, prefer_priority=prefer)
            if ticket is None:
                raise NothingWaiting("当前没有等候的群众")
            before = audit_dict(ticket)
            ticket.status, ticket.window_id, ticket.staff_id = "called", window.id, actor.staff_id
            ticket.called_at, ticket.call_count, ticket.updated_at = now, 1, now
            ticket.target_window_id = None
            window.priority_streak = window.priority_streak + 1 if ticket.priority_kind else 0
            uow.session.flush()
            view = ticket_view(uow.session, ctx, ticket)
            after = {**audit_dict(ticket), "window_no": window.no,
                     "priority_streak": window.priority_streak}  # fmt: skip
            uow.record("ticket.call", "ticket", ticket.id, before=before, after=after)
        return view

    def _change(
        self,
        actor: Actor,
        window_no: int,
        action: str,
        apply: Callable[[Window, Ticket, dt.datetime], None],
    ) -> TicketView:
        permissions.require(actor, "queue.call")
        with self._write(actor) as (uow, ctx):
            window, ticket = self._current(uow, ctx, window_no)
            before = audit_dict(ticket)
            now = self.clock()
            apply(window, ticket, now)
            ticket.updated_at = now
            uow.session.flush()
            view = ticket_view(uow.session, ctx, ticket)
            uow.record(action, "ticket", ticket.id, before=before,
                       after={**audit_dict(ticket), "window_no": window.no})  # fmt: skip
        return view

    def recall(self, actor: Actor, window_no: int) -> TicketView:
        def apply(window: Window, t: Ticket, now: dt.datetime) -> None:
            if t.status != "called":
                raise Conflict(f"{t.number} 正在办理中，无需重呼")
            t.call_count, t.called_at = t.call_count + 1, now

        return self._change(actor, window_no, "ticket.recall", apply)

    def skip(self, actor: Actor, window_no: int) -> TicketView:
        def apply(window: Window, t: Ticket, now: dt.datetime) -> None:
            if t.status != "called":
                raise Conflict(f"{t.number} 正在办理中，不能过号，请办结或转办")
            t.status = "no_show"

        return self._change(actor, window_no, "ticket.skip", apply)

    def start(self, actor: Actor, window_no: int) -> TicketView:
        def apply(window: Window, t: Ticket, now: dt.datetime) -> None:
            if t.status == "serving":
                raise Conflict(f"{t.number} 已在办理中")
            t.status, t.started_at = "serving", now

        return self._change(actor, window_no, "ticket.start", apply)

    def finish(self, actor: Actor, window_no: int, rating: int | None = None) -> TicketView:
        _check_rating(rating)

        def apply(window: Window, t: Ticket, now: dt.datetime) -> None:
            # A clerk who skipped "start" still finishes; the service began at the call.
            t.started_at = t.started_at or t.called_at
            t.status, t.finished_at, t.rating = "done", now, rating

        return self._change(actor, window_no, "ticket.finish", apply)

    def rate(self, actor: Actor, ticket_id: str, rating: int) -> None:
        """好差评 for a finished ticket, once (一次一评)."""
        _check_rating(rating)
        permissions.require(actor, "queue.issue")
        with self._write(actor) as (uow, ctx):
            ticket = _get_ticket(uow.session, ctx, ticket_id)
            if ticket.status != "done":
                raise Conflict(f"{ticket.number} 尚未办结，办结后才能评价")
            if ticket.rating is not None:
                raise Conflict(f"{ticket.number} 已评价（{RATINGS[ticket.rating]}），不能重复评价")
            before = audit_dict(ticket)
            ticket.rating, ticket.updated_at = rating, self.clock()
            uow.record("ticket.rate", "ticket", ticket.id, before=before, after=audit_dict(ticket))

    def rejoin(self, actor: Actor, number: str) -> TicketView:
        """A late arrival (过号) goes back to waiting behind ``noshow_rejoin_after`` people."""
        permissions.require(actor, "queue.call")
        now, today = self._now()
        with self._write(actor) as (uow, ctx):
            s = uow.session
            stmt = select(Ticket).where(Ticket.hall_id == ctx.hall.id, Ticket.day == today,
                                        Ticket.number == number.strip().upper())  # fmt: skip
            if self.store.dialect == "postgresql":
                stmt = stmt.with_for_update()
            ticket = s.scalar(stmt)
            if ticket is None:
                raise NotFound(f"今天没有 {number} 号")
            if ticket.status != "no_show":
                raise Conflict(f"{ticket.number} 不是过号状态，不能补到")
            before = audit_dict(ticket)
            line_id = line_of(s, ticket)
            ahead = waiting_in_line(s, ticket, line_id)
            ticket.queued_at = place_after(ahead, self.settings.noshow_rejoin_after, now)
            ticket.status, ticket.window_id, ticket.called_at = "waiting", None, None
            ticket.call_count, ticket.updated_at = 0, now
            s.flush()
            view = ticket_view(s, ctx, ticket)
            uow.record(
                "ticket.rejoin", "ticket", ticket.id, before=before, after=audit_dict(ticket)
            )
        return view

    def transfer(
        self,
        actor: Actor,
        window_no: int,
        *,
        to_line: str | None = None,
        to_window: int | None = None,
    ) -> TicketView:
        """Send the current ticket to another line or window; it keeps its number and its
        original place in time (queued_at), so the applicant does not start over."""
        if (to_line is None) == (to_window is None):
            raise InvalidInput("转办请指定目标业务类别或目标窗口（二选一）")
        permissions.require(actor, "queue.call")
        now = self.clock()
        with self._write(actor) as (uow, ctx):
            s = uow.session
            window, ticket = self._current(uow, ctx, window_no)
            before = audit_dict(ticket)
            current_line = ctx.lines[line_of(s, ticket)]
            if to_window is not None:
                target = ctx.window_by_no(to_window)
                if target.id == window.id:
                    raise InvalidInput(f"{ticket.number} 已在 {window.no} 号窗口，不能转给本窗口")
                ticket.target_window_id = target.id
            else:
                assert to_line is not None
                line = ctx.line_by_code(to_line)
                if line.id == current_line.id:
                    raise InvalidInput(f"{ticket.number} 已在「{line.name}」中排队")
                route = s.get(TicketRoute, ticket.id)
                if route is None:
                    s.add(TicketRoute(ticket_id=ticket.id, line_id=line.id,
                                      from_line_code=current_line.code, at=now))  # fmt: skip
                else:
                    route.line_id, route.from_line_code, route.at = line.id, current_line.code, now
                ticket.target_window_id = None
            ticket.transferred_from = current_line.code[:10]
            ticket.status, ticket.window_id, ticket.called_at = "waiting", None, None
            ticket.call_count, ticket.started_at, ticket.updated_at = 0, None, now
            s.flush()
            view = ticket_view(s, ctx, ticket)
            uow.record("ticket.transfer", "ticket", ticket.id, before=before,
                       after={**audit_dict(ticket), "from_window": window.no,
                              "to_line": to_line, "to_window": to_window})  # fmt: skip
        return view

    # --- windows --------------------------------------------------------------------------

    def _set_paused(self, actor: Actor, window_no: int, paused: bool) -> WindowStatus:
        permissions.require(actor, "queue.call")
        with self._write(actor) as (uow, ctx):
            window = lock_window(uow.session, ctx.window_by_no(window_no))
            if window.paused != paused:
                window.paused = paused
                uow.record("window.pause" if paused else "window.resume", "window", window.id,
                           before={"no": window.no, "paused": not paused},
                           after={"no": window.no, "paused": paused})  # fmt: skip
            return board.window_status(uow.session, ctx, window, local_day(self.clock()))

    def pause(self, actor: Actor, window_no: int) -> WindowStatus:
        return self._set_paused(actor, window_no, True)

    def resume(self, actor: Actor, window_no: int) -> WindowStatus:
        return self._set_paused(actor, window_no, False)

    # --- read side ------------------------------------------------------------------------

    def window(self, window_no: int) -> WindowStatus:
        with self._read() as (s, ctx):
            return board.window_status(s, ctx, ctx.window_by_no(window_no), local_day(self.clock()))

    def status(self) -> HallStatus:
        now, today = self._now()
        with self._read() as (s, ctx):
            return HallStatus(
                hall_code=ctx.hall.code,
                hall_name=ctx.hall.name,
                lines=board.line_statuses(s, ctx, now, self.settings.queue_enforce_hours),
                windows=board.window_statuses(s, ctx, today),
                recent_calls=board.calls_since(s, ctx, None, today, 10),
            )

    def calls_since(self, since: dt.datetime | None, limit: int = 20) -> list[CallEvent]:
        with self._read() as (s, ctx):
            return board.calls_since(s, ctx, since, local_day(self.clock()), limit)

    def ticket(self, number: str, day: dt.date | None = None) -> TicketView:
        """One of today's tickets by number (for a "where am I" lookup)."""
        day = day or local_day(self.clock())
        with self._read() as (s, ctx):
            t = s.scalar(select(Ticket).where(Ticket.hall_id == ctx.hall.id, Ticket.day == day,
                                              Ticket.number == number.strip().upper()))  # fmt: skip
            if t is None:
                raise NotFound(f"{day.isoformat()} 没有 {number} 号")
            return ticket_view(s, ctx, t)


def _check_rating(rating: int | None) -> None:
    if rating is not None and rating not in RATINGS:
        codes = "、".join(f"{k} {v}" for k, v in RATINGS.items())
        raise InvalidInput(f"评价等级应为 1–5（{codes}），输入为 {rating}")


def _get_ticket(session: Session, ctx: HallContext, ticket_id: str) -> Ticket:
    try:
        key = uuid.UUID(str(ticket_id))
    except ValueError:
        raise InvalidInput(f"排队号编号“{ticket_id}”格式不正确") from None
    ticket = session.get(Ticket, key)
    if ticket is None or ticket.hall_id != ctx.hall.id:
        raise NotFound("找不到该排队号")
    return ticket


__all__ = ["RATINGS", "QueueService"]
