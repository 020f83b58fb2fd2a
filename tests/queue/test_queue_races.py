"""No read-then-write races: an appointment checks in once and a finished ticket is rated once,
however many kiosks (threads in one process, or separate processes) try at the same instant.
PostgreSQL runs these concurrently for real; SQLite serialises writers and must agree."""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from app.errors import UserError
from app.queue.service import QueueService
from db.engine import Store
from db.models import Appointment, AuditEntry, Ticket
from tests.queue.conftest import ADMIN, CLERK, KIOSK, Clock
from tests.queue.race_workers import check_in, rate

CODES = [f"9{n:07d}" for n in range(12)]


def _book_all(queue: QueueService, clock: Clock) -> None:
    day = clock.now.date()
    for code in CODES:
        queue.book_appointment(ADMIN, "social", day, code=code)


def _finished_tickets(queue: QueueService, n: int) -> list[str]:
    ids = []
    for _ in range(n):
        t = queue.issue(KIOSK, "tax")
        queue.call_next(CLERK, 3)
        queue.finish(CLERK, 3)
        ids.append(t.id)
    return ids


def _race_threads(work: Callable[[str], str], keys: list[str]) -> list[tuple[str, str]]:
    """Two threads per key, released together by a barrier; returns (key, outcome) pairs."""
    results: list[tuple[str, str]] = []
    lock = threading.Lock()
    for key in keys:
        barrier = threading.Barrier(2)

        def go(key: str = key, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                outcome = work(key)
            except UserError as exc:
                outcome = "refused:" + str(exc)
            with lock:
                results.append((key, outcome))

        threads = [threading.Thread(target=go) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
    return results


def _race_processes(target: Callable[..., None], url: str, keys: list[str]) -> list[tuple[str, str]]:
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    start = ctx.Barrier(2)
    procs = [ctx.Process(target=target, args=(url, keys, start, out)) for _ in range(2)]
    for p in procs:
        p.start()
    results: list[tuple[str, str]] = []
    for _ in procs:
        kind, got = out.get(timeout=120)
        assert kind == "ok", got
        results += got
    for p in procs:
        p.join(timeout=30)
    return results


def _assert_once(results: list[tuple[str, str]], keys: list[str], ok: Callable[[str], bool]) -> None:
    wins = Counter(k for k, outcome in results if ok(outcome))
    refused = [outcome for _k, outcome in results if not ok(outcome)]
    assert wins == Counter(keys), f"each key must succeed exactly once: {wins}"
    assert len(refused) == len(keys)


def _assert_one_ticket_per_appointment(store: Store) -> None:
    with store.read() as s:
        tickets = s.scalar(select(func.count()).select_from(Ticket)) or 0
        checked = s.scalar(select(func.count()).select_from(Appointment)
                           .where(Appointment.status == "checked_in")) or 0  # fmt: skip
    assert (tickets, checked) == (len(CODES), len(CODES))


def test_two_kiosks_checking_in_one_appointment_get_one_ticket_threads(
    store: Store, queue: QueueService, clock: Clock
) -> None:
    _book_all(queue, clock)
    results = _race_threads(lambda code: queue.check_in(KIOSK, code).number, CODES)
    _assert_once(results, CODES, lambda o: not o.startswith("refused:"))
    assert all("已签到" in o for _k, o in results if o.startswith("refused:"))
    _assert_one_ticket_per_appointment(store)


@pytest.mark.slow
def test_two_kiosks_checking_in_one_appointment_get_one_ticket_processes(
    store: Store, queue: QueueService, clock: Clock
) -> None:
    # The worker processes use the real clock, so book for the real hall day.
    from app.queue.numbering import local_day
    from app.queue.service import utc_now

    day = local_day(utc_now())
    for code in CODES:
        queue.book_appointment(ADMIN, "social", day, code=code)
    results = _race_processes(check_in, store.url, CODES)
    _assert_once(results, CODES, lambda o: not o.startswith("refused:"))
    _assert_one_ticket_per_appointment(store)


def _assert_rated_once(store: Store, ids: list[str]) -> None:
    with store.read() as s:
        rates = Counter(s.scalars(select(AuditEntry.entity_id)
                                  .where(AuditEntry.action == "ticket.rate")))  # fmt: skip
    assert rates == Counter(ids)


def test_two_rating_pads_rate_one_ticket_once_threads(store: Store, queue: QueueService) -> None:
    ids = _finished_tickets(queue, 12)

    def work(tid: str) -> str:
        queue.rate(KIOSK, tid, 2)
        return "rated"

    results = _race_threads(work, ids)
    _assert_once(results, ids, lambda o: o == "rated")
    assert all("已评价" in o for _k, o in results if o != "rated")
    _assert_rated_once(store, ids)


@pytest.mark.slow
def test_two_rating_pads_rate_one_ticket_once_processes(store: Store, queue: QueueService) -> None:
    ids = _finished_tickets(queue, 12)
    results = _race_processes(rate, store.url, ids)
    _assert_once(results, ids, lambda o: o == "rated")
    _assert_rated_once(store, ids)
