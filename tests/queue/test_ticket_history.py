"""A ticket's history is kept: every call, recall, no-show, transfer, rejoin, start and finish
is an event with who, where and when; the first call and the first handler stay on the
ticket; and the supervisor's figures come from that history, on both stores."""

from __future__ import annotations

from sqlalchemy import select

from app import hall_stats
from db.engine import Store
from db.models import Ticket, TicketEvent, Window
from tests.queue.busy_day import at, morning


def test_kpis_from_events_equal_the_hand_computed_ones(store: Store) -> None:
    morning(store)
    fig = hall_stats.today(store, "T01", now=at("10:00"))
    # Waits, issue → FIRST call: A001 09:00→09:10, A002 09:01→09:21 (called again at 09:35
    # after it rejoined), B001 09:02→09:25 (called again at 09:30 after the transfer),
    # C001 09:03→09:40. The latest call would have given 12, 34, 28 and 37 minutes.
    assert fig.avg_wait_minutes == (10 + 20 + 23 + 37) / 4
    assert fig.p90_wait_minutes == 23
    assert (fig.issued, fig.waiting, fig.in_service, fig.done, fig.no_show) == (4, 0, 0, 3, 1)
    per = {w.no: (w.served, w.no_show, w.avg_service_minutes) for w in fig.windows}
    # Window 1: A001 started 09:13, done 09:20 (7); A002 started 09:36, done 09:46 (10);
    # A002 did not come at 09:23. Window 3: B001 called 09:30, done 09:31 without a start
    # (1); C001 did not come. Window 2 only handed B001 on.
    assert per == {1: (2, 1, 8.5), 2: (0, 0, None), 3: (1, 1, 1.0)}


def test_first_call_and_first_handler_survive_recall_transfer_and_rejoin(store: Store) -> None:
    _q, who = morning(store)
    with store.read() as s:
        t = {r.number: r for r in s.scalars(select(Ticket))}
        windows = {w.id: w.no for w in s.scalars(select(Window))}
        events = s.execute(select(TicketEvent.kind, TicketEvent.at, TicketEvent.window_id,
                                  TicketEvent.staff_id, TicketEvent.actor)
                           .where(TicketEvent.ticket_id == t["A002"].id)
                           .order_by(TicketEvent.at)).all()  # fmt: skip
    assert (t["B001"].first_called_at, t["B001"].first_staff_id) == (at("09:25"), who["0102"].staff_id)
    assert (t["B001"].called_at, t["B001"].staff_id) == (at("09:30"), who["0103"].staff_id)
    assert (t["A001"].first_called_at, t["A001"].called_at) == (at("09:10"), at("09:12"))
    assert t["A002"].first_called_at == at("09:21")
    c1 = who["0101"].staff_id
    assert [(k, when, windows.get(w) if w else None, sid, actor)
            for k, when, w, sid, actor in events] == [
        ("call", at("09:21"), 1, c1, "0101"),
        ("no_show", at("09:23"), 1, c1, "0101"),
        ("rejoin", at("09:32"), None, c1, "0101"),
        ("call", at("09:35"), 1, c1, "0101"),
        ("start", at("09:36"), 1, c1, "0101"),
        ("finish", at("09:46"), 1, c1, "0101"),
    ]  # fmt: skip
