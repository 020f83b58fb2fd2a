"""Logs and crashes: each role writes a log file in the platform log directory; the kiosk's
supervisor starts it again after the interpreter dies (as it did with ``none_dealloc``), and
after an uncaught exception, which is logged with its traceback; `yichuang --version`."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import role_health
from db.engine import Store
from ui import supervisor

pytestmark = pytest.mark.slow


def _exe() -> str:
    exe = shutil.which("yichuang", path=str(Path(sys.executable).parent))
    assert exe, "the console script is installed with the project"
    return exe


def _wait_for(path: Path, text: str, count: int, proc: subprocess.Popen[bytes]) -> str:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        body = path.read_text(encoding="utf-8") if path.exists() else ""
        if body.count(text) >= count:
            return body
        assert proc.poll() is None, f"the supervisor ended (exit {proc.returncode}):\n{body}"
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not logged {count}× in {path}")


def test_the_kiosk_is_restarted_after_its_interpreter_dies(demo_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen",
           "YICHUANG_ID_READER": "", "YICHUANG_TICKET_PRINTER": "sim://"}  # fmt: skip
    env.pop("YICHUANG_SUPERVISED", None)
    log = tmp_path / "state" / "yichuang" / "log" / "kiosk.log"
    proc = subprocess.Popen([_exe(), "kiosk", "--db", demo_url], env=env, start_new_session=True)
    try:
        body = _wait_for(log, "kiosk: window shown", 1, proc)
        child = int(body.split("kiosk: starting (pid ")[1].split(",")[0])
        os.kill(child, signal.SIGABRT)  # what a Fatal Python error does
        body = _wait_for(log, "kiosk: window shown", 2, proc)
        # signal 6, or 11 when the fault handler's own dump of the threads crashed (seen once in
        # CI: another thread was importing a module while it wrote the trace); either way the
        # supervisor must start the kiosk again
        assert re.search(r"kiosk ended abnormally \(signal (6|11)\); restart 1", body), body
        assert "kiosk: starting (pid" in body and "restart 1)" in body
        assert (log.parent / "kiosk-crash.log").exists()
        # The dashboard's health line learns of the restart from the kiosk's heartbeat.
        store = Store(demo_url)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                beats = [b for b in role_health.roles(store) if b.role == "kiosk"]
                if beats and beats[0].restarts == 1:
                    break
                time.sleep(0.3)
            assert "取号机 重启1次" in role_health.summary(role_health.roles(store))
        finally:
            store.dispose()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    assert proc.returncode == 0  # SIGTERM closes the kiosk and its supervisor cleanly


def test_an_uncaught_exception_is_restarted_until_the_role_closes_normally(tmp_path: Path) -> None:
    # A stand-in role: crashes with exit 70 (as crash.report makes a kiosk do) twice, then
    # closes normally; the restart count reaches it through the environment.
    script = ("import os, sys; n = int(os.environ['YICHUANG_RESTARTS']); "
              "open(sys.argv[1], 'a').write(f'{n}\\n'); sys.exit(70 if n < 2 else 0)")  # fmt: skip
    seen = tmp_path / "starts.txt"
    rc = supervisor.supervise("kiosk", [sys.executable, "-c", script, str(seen)], max_restarts=5)
    assert rc == 0
    assert seen.read_text().split() == ["0", "1", "2"]


def test_an_uncaught_exception_is_logged_with_its_traceback(tmp_path: Path) -> None:
    code = (
        "import logging, sys\n"
        "from app.logfile import start_role_log\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtCore import QTimer\n"
        "from ui.common import crash\n"
        "path = start_role_log('hall')\n"
        "app = QApplication([])\n"
        "crash.install('hall', path, unattended=True)\n"
        "def boom():\n"
        "    raise ValueError('坏数据')\n"
        "QTimer.singleShot(0, boom)\n"
        "sys.exit(app.exec())\n"
    )  # fmt: skip
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, timeout=120, cwd=Path.cwd())
    assert proc.returncode == 70  # the unattended hall closes itself so it is restarted
    body = (tmp_path / "yichuang" / "log" / "hall.log").read_text(encoding="utf-8")
    assert "hall: uncaught exception" in body
    assert "Traceback" in body and "ValueError: 坏数据" in body and "in boom" in body


def test_version() -> None:
    out = subprocess.run([_exe(), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("yichuang 0.")
