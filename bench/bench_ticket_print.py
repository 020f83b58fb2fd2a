"""Ticket printing cost on the host versus the serial wire.

Run: .venv/bin/python bench/bench_ticket_print.py [--n 300]

For each profile: bytes per ticket; host time to build the bytes; host time for a whole
print_ticket() to a PtySimulator (status check DLE EOT 1–4, render, send, status again);
and the time the same bytes need on a serial line at 115200 and 9600 baud (10 bits/byte).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from printers.escpos import TicketData, print_ticket, render_ticket  # noqa: E402
from printers.simulator import PtySimulator  # noqa: E402

TICKET = TicketData(
    hall_name="一窗政务服务中心",
    number="A012",
    line_name="综合受理（不动产登记）",
    ahead=7,
    est_wait_minutes=25,
    issued_at=datetime(2025, 6, 12, 9, 31, 5),
    qr_payload="https://zwfw.example.gov.cn/q?hall=340102&t=A012&d=20250612",
    notice_lines=["请携带本人身份证原件", "叫号三次未到视为过号，请重新取号"],
    priority_label=None,
)


def _pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    n = ap.parse_args().n
    print(f"n={n} per profile; times in ms")
    print("| profile | bytes | build median / p99 | build+send to pty median / p99 "
          "| wire @115200 | wire @9600 |")
    print("|---|---|---|---|---|---|")
    for profile in ("generic-58", "generic-80"):
        data = render_ticket(TICKET, profile)
        build: list[float] = []
        for _ in range(n):
            t0 = time.perf_counter()
            render_ticket(TICKET, profile)
            build.append((time.perf_counter() - t0) * 1000)
        send: list[float] = []
        with PtySimulator() as sim:
            for _ in range(n):
                t0 = time.perf_counter()
                print_ticket(sim.url, TICKET, profile)
                send.append((time.perf_counter() - t0) * 1000)
        wire = {baud: (len(data) + 24) * 10 / baud * 1000 for baud in (115200, 9600)}
        print(
            f"| {profile} | {len(data)} | {statistics.median(build):.2f} / "
            f"{_pct(build, 99):.2f} | {statistics.median(send):.2f} / {_pct(send, 99):.2f} "
            f"| {wire[115200]:.1f} | {wire[9600]:.1f} |"
        )
    print("wire = (ticket bytes + 24 bytes of DLE EOT queries/replies) × 10 bits / baud")


if __name__ == "__main__":
    main()
