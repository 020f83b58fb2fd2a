"""Keeps an unattended role (kiosk, hall display) running: starts it as a child process and
starts it again when it crashes: an uncaught exception (exit 70), a fatal interpreter error
(killed by SIGABRT) or any other abnormal end. A normal close (exit 0) ends the supervisor too.
No Qt here: the supervisor must outlive whatever killed the window.

The count of restarts is handed to the child (YICHUANG_RESTARTS), which reports it with its
heartbeat; YICHUANG_SUPERVISED=1 marks the child, and starts a role without a supervisor."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections import deque
from types import FrameType

log = logging.getLogger("yichuang.supervisor")

SUPERVISED_ROLES = ("kiosk", "hall")
BURST = 5  # this many crashes …
BURST_WINDOW = 60.0  # … within this many seconds, and the next start waits BACKOFF seconds
BACKOFF = 30.0


def wanted(role: str) -> bool:
    return role in SUPERVISED_ROLES and os.environ.get("YICHUANG_SUPERVISED") != "1"


def child_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the PyInstaller build: the executable is the program
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "ui.launcher", *sys.argv[1:]]


def supervise(
    role: str, command: list[str] | None = None, *, max_restarts: int | None = None
) -> int:
    command = command or child_command()
    restarts = 0
    crashes: deque[float] = deque(maxlen=BURST)
    child: subprocess.Popen[bytes] | None = None
    stopping = False

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        if child is not None and child.poll() is None:
            child.send_signal(signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        env = {**os.environ, "YICHUANG_SUPERVISED": "1", "YICHUANG_RESTARTS": str(restarts)}
        child = subprocess.Popen(command, env=env)
        rc = child.wait()
        if stopping or rc == 0:
            return 0 if stopping else rc
        restarts += 1
        how = f"signal {-rc}" if rc < 0 else f"exit {rc}"
        log.error("%s ended abnormally (%s); restart %d", role, how, restarts)
        if max_restarts is not None and restarts > max_restarts:
            return rc if rc > 0 else 1
        now = time.monotonic()
        crashes.append(now)
        if len(crashes) == BURST and now - crashes[0] < BURST_WINDOW:
            log.error("%s crashed %d times within %d s; waiting %d s", role, BURST,
                      int(BURST_WINDOW), int(BACKOFF))  # fmt: skip
            time.sleep(BACKOFF)
        else:
            time.sleep(1.0)
