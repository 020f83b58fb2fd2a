"""The long-lived roles survive a day's worth of their background work, and the Qt binding does
not drop references on the way (PySide6 6.12.0 on CPython 3.11 lowered the count of None by
one per worker job and of True by one per signal emitted, until the hall display aborted with
``Fatal Python error: none_dealloc`` after about 7 minutes).

The roles run in a subprocess (tests/soak/soak_roles.py), so such an abort fails this test
rather than killing pytest. SOAK_CYCLES / SOAK_CALLS scale the run (bench/README.md gives a
5,000-cycle run); the suite's default is sized for a loaded 2-core machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.soak, pytest.mark.timeout(1500)]

SCRIPT = Path(__file__).with_name("soak_roles.py")
# A single dropped reference per job shows as thousands over the run; ordinary caches only
# ever add references. This slack absorbs objects freed between the two readings.
MAX_FALL = 100
# The other way round, a leak: PySide6 6.11 kept a reference to None for every table cell made
# in a queued slot, about 100 a dashboard refresh. Warm caches add a few; a leak adds per cycle.
MAX_GROWTH_PER_CYCLE = 2


def test_every_role_lives_through_a_day_of_refreshes_and_calls(
    demo_url: str, tmp_path: Path
) -> None:
    cycles = int(os.environ.get("SOAK_CYCLES", "250"))
    calls = int(os.environ.get("SOAK_CALLS", "100"))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), demo_url, "--cycles", str(cycles), "--calls", str(calls)],
        env=env, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    assert proc.returncode == 0, f"the roles died (exit {proc.returncode}):\n{proc.stderr[-3000:]}"
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["calls"] == calls
    # What a person sees: the last call is on the hall display and on the clerk's panel.
    assert result["hall_number"] == result["panel_number"] != "—"
    for name in ("none", "true", "false"):
        fall = result["before"][name] - result["after"][name]
        assert fall <= MAX_FALL, (
            f"references to {name.title()} fell by {fall} over {cycles} cycles: the Qt binding "
            f"drops references (see the PySide6 pin in pyproject.toml)"
        )


# What each role makes anew per refresh and PySide6 never gave back (bench/README.md):
LEAKED_BEFORE = {
    # table cells made anew each refresh, and setBackground (ui/common/table_cells.py): ~100
    "dashboard": "table cells made anew (see ui/common/table_cells.py)",
    # the per-line waiting rows, 4 QLabels made anew a refresh: ~67 (CallPanel._show_wait_rows)
    "clerk": "widgets made anew (see CallPanel._show_wait_rows)",
    # the department's matters, a QListWidgetItem made in Python per row: ~5 a cycle
    "lookup": "list items or widgets made in Python per tap (see bench/README.md, soak)",
}


@pytest.mark.parametrize("role", list(LEAKED_BEFORE))
def test_each_role_keeps_nothing_per_refresh(demo_url: str, tmp_path: Path, role: str) -> None:
    # PySide6 on CPython 3.11 keeps references to None for objects made from Python that Qt
    # calls back (cells, labels, list items) and never frees them: every refresh that makes
    # such objects anew grows the count for ever. The hall and the kiosk make theirs once.
    cycles = 200
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), demo_url, "--cycles", str(cycles), "--calls", "0",
         "--warmup", "30", "--roles", role],
        env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for name in ("none", "true", "false"):
        growth = result["after"][name] - result["before"][name]
        assert growth <= MAX_GROWTH_PER_CYCLE * cycles, (
            f"references to {name.title()} grew by {growth} over {cycles} {role} refreshes: "
            f"something made every refresh is never freed ({LEAKED_BEFORE[role]})"
        )
