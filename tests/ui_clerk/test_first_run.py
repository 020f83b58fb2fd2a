"""`yichuang` with no arguments on a machine that has never run it: the embedded default store
is created, migrated and seeded with the demo county, and the clerk's sign-in window opens."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


def _demo_counts(db: Path) -> tuple[int, int, int, int]:
    with contextlib.closing(sqlite3.connect(db)) as c:
        return (
            c.execute("select count(*) from hall").fetchone()[0],
            c.execute("select count(*) from matter where is_current").fetchone()[0],
            c.execute("select count(*) from staff").fetchone()[0],
            c.execute("select count(*) from holiday_entry").fetchone()[0],  # seeded last
        )


def test_bare_command_creates_seeds_and_opens_the_clerk_window(tmp_path: Path) -> None:
    exe = shutil.which("yichuang", path=str(Path(sys.executable).parent))
    assert exe, "the console script is installed with the project"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    env.pop("YICHUANG_CONFIG", None)
    env.pop("YICHUANG_DB", None)
    db = tmp_path / "data" / "yichuang" / "yichuang.db"
    log = tmp_path / "yichuang.log"
    out = log.open("wb")
    proc = subprocess.Popen([exe], env=env, stdout=out, stderr=subprocess.STDOUT)
    role_log = tmp_path / "state" / "yichuang" / "log" / "clerk.log"
    try:
        # Seeding takes seconds on a quiet machine and far longer on a loaded one: wait for the
        # role's own word that the sign-in window is up, not for a fixed time.
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and proc.poll() is None:
            if role_log.exists() and "clerk sign-in: window shown" in role_log.read_text("utf-8"):
                break
            time.sleep(0.3)
        # The GUI is still running: it waits at the sign-in dialog for a clerk.
        assert proc.poll() is None, log.read_text(errors="replace")
        assert "clerk sign-in: window shown" in role_log.read_text("utf-8")
        counts = _demo_counts(db)
        assert counts[0] == 1 and counts[1] >= 60 and counts[2] >= 20 and counts[3] > 100
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        out.close()
