"""The kiosk's own costs on the demo hall: what a tap on a tile costs from store to a shown
ticket (TicketDesk.take: issue + windows of the line), the tiles' hints (read once per start),
and checking the exit PIN (argon2, on a worker thread).

    .venv/bin/python bench/bench_kiosk.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from app.demo import seed
from app.journal import Actor
from app.kiosk import exit_pin
from app.kiosk.line_hints import line_hints
from app.kiosk.ticket_desk import TicketDesk
from app.queue.numbering import HALL_TZ
from app.queue.service import QueueService
from app.settings import Settings
from app.store import open_store


def ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p99 = samples[int(len(samples) * 0.99) - 1]
    return f"{statistics.median(samples) * 1000:.1f} / {p99 * 1000:.1f} ms"


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(db=f"sqlite:///{tmp / 'bench.db'}", demo=False, ticket_printer="")
    store = open_store(settings)
    seed(store)
    day = dt.datetime.now(HALL_TZ).date()
    clock = lambda: dt.datetime.combine(day, dt.time(10, 0), tzinfo=HALL_TZ)  # noqa: E731
    svc = QueueService(store, settings, clock=clock)
    desk = TicketDesk(svc, settings)
    kiosk = Actor(name="kiosk:bench", roles=frozenset({"kiosk"}), hall_code=svc.hall_code)
    takes = []
    for i in range(200):
        t0 = time.perf_counter()
        desk.take(kiosk, ("ZH", "SCJG", "BDC", "SW")[i % 4])
        takes.append(time.perf_counter() - t0)
    hints = []
    for _ in range(20):
        t0 = time.perf_counter()
        line_hints(store, svc.hall_code)
        hints.append(time.perf_counter() - t0)
    digest = exit_pin.hash_pin("240816")
    checks = []
    for _ in range(10):
        t0 = time.perf_counter()
        exit_pin.check(digest, "240816")
        checks.append(time.perf_counter() - t0)
    print(f"take a ticket (store + windows), 200 tickets: median / p99 {ms(takes)}")
    print(f"tile hints for 12 lines, 20 reads: median / p99 {ms(hints)}")
    print(f"exit PIN check (argon2id), 10 checks: median / p99 {ms(checks)}")
    store.dispose()


if __name__ == "__main__":
    main()
