"""A hall that runs all day: the hall display, a kiosk and the dashboard as real processes on a
fresh demo store, with a ticket issued and called every second, for a chosen time.

    .venv/bin/python bench/soak_day.py --minutes 30 --out /tmp/soak30   # needs DISPLAY (Xvfb)

Each role runs through ``bench/role_probe.py``, which writes the process's reference counts of
None, True and False and its resident memory to ``<out>/<role>.probe`` every 10 s. At the end
the script prints, per role, whether it is alive, the drift of those counts between the first
and the last minute, and the memory growth; it exits 1 if a role died or a count drifted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROLES = ["hall", "kiosk", "dashboard"]


def role_env(out: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=str(out / "data"),
        XDG_CONFIG_HOME=str(out / "config"),
        XDG_STATE_HOME=str(out / "state"),
        XDG_CACHE_HOME=str(out / "cache"),
        YICHUANG_QUEUE_ENFORCE_HOURS="false",  # calls around the clock, whatever the hour
        PYTHONPATH=str(ROOT),
    )
    return env


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--out", type=Path, default=Path("/tmp/yichuang-soak"))
    ap.add_argument("--interval", type=float, default=1.0, help="seconds between calls")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    env = role_env(out)
    os.environ.update(env)
    py = sys.executable
    subprocess.run([py, "-m", "ui.launcher", "demo", "seed"], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)  # fmt: skip

    from sqlalchemy import update

    from app.cli.context import cli_actor, load_settings  # after the environment is set
    from app.queue.service import QueueService
    from app.store import open_store
    from db.models import ServiceLine

    settings = load_settings(argparse.Namespace())
    store = open_store(settings)
    with store.write() as s:  # a call a second all day exceeds the demo's daily caps (100)
        s.execute(update(ServiceLine).values(daily_cap=1_000_000))
    q = QueueService(store, settings)
    # (line, window) pairs where the window serves the line, so every call finds its ticket
    pairs = [(code, w.no) for w in q.status().windows for code in w.line_codes]
    actor = cli_actor(q.hall_code)

    procs: dict[str, subprocess.Popen[bytes]] = {}
    for role in ROLES:
        log = (out / f"{role}.stderr").open("wb")
        procs[role] = subprocess.Popen(
            [py, str(ROOT / "bench" / "role_probe.py"), str(out / f"{role}.probe"), role],
            env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    started = time.monotonic()
    end = started + args.minutes * 60
    calls = errors = 0
    i = 0
    try:
        while time.monotonic() < end:
            tick = time.monotonic()
            line, window = pairs[i % len(pairs)]
            try:
                q.issue(actor, line, source="kiosk")
                if q.window(window).current is not None:
                    q.skip(actor, window)  # the one called before did not come: 过号
                q.call_next(actor, window)
                calls += 1
            except Exception as exc:  # a window whose lines have nobody waiting: next one
                errors += 1
                if errors < 5:
                    print("call:", type(exc).__name__, exc, file=sys.stderr)
            i += 1
            if any(p.poll() is not None for p in procs.values()):
                break
            time.sleep(max(0.0, args.interval - (time.monotonic() - tick)))
    finally:
        alive = {role: p.poll() is None for role, p in procs.items()}
        time.sleep(12)  # one more probe sample after the last call
        for p in procs.values():
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in procs.values():
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        store.dispose()
    elapsed = time.monotonic() - started
    report = {"minutes": round(elapsed / 60, 1), "calls": calls, "call_errors": errors,
              "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "roles": {}}  # fmt: skip
    ok = True
    for role in ROLES:
        samples = [json.loads(x) for x in (out / f"{role}.probe").read_text().splitlines() if x]
        first = samples[min(6, len(samples) - 1)] if samples else {}  # after a minute's warm-up
        last = samples[-1] if samples else {}
        drift = {k: last.get(k, 0) - first.get(k, 0) for k in ("none", "true", "false")}
        role_ok = alive[role] and all(abs(v) < 200 for v in drift.values())
        ok = ok and role_ok
        report["roles"][role] = {
            "alive": alive[role], "samples": len(samples), "drift": drift,
            "none": [first.get("none"), last.get("none")],
            "rss_mb": [first.get("rss_mb"), last.get("rss_mb")]}  # fmt: skip
    print(json.dumps(report, ensure_ascii=False, indent=1))
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
