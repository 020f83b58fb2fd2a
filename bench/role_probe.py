"""Runs one GUI role (``yichuang <role>``) and appends, every 10 s, the process's reference
counts of None, True and False and its resident memory to a file, one JSON line each:

    python bench/role_probe.py /tmp/hall.probe hall

Used by bench/soak_day.py; a count that keeps falling is the PySide6 6.12 / CPython 3.11 bug
that killed the hall display (``Fatal Python error: none_dealloc``)."""

from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return 0.0


def _sample(path: str, every: float) -> None:
    start = time.monotonic()
    while True:
        gc.collect()  # as tests/soak/soak_roles.py: the collector's timing moves True/False by ±150
        row = {"t": round(time.monotonic() - start, 1), "none": sys.getrefcount(None),
               "true": sys.getrefcount(True), "false": sys.getrefcount(False),
               "rss_mb": _rss_mb()}  # fmt: skip
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(row) + "\n")
        time.sleep(every)


def main() -> None:
    path, role = sys.argv[1], sys.argv[2]
    threading.Thread(target=_sample, args=(path, 10.0), daemon=True).start()
    sys.argv = ["yichuang", role, *sys.argv[3:]]
    # Sampled here, in this process: no supervisor child (tests/soak/test_crash_restart.py
    # covers the restart).
    os.environ["YICHUANG_SUPERVISED"] = "1"
    from ui.launcher import main as launch

    launch()


if __name__ == "__main__":
    main()
