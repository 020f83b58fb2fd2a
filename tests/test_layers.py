"""The layer rules of DESIGN.md hold for every module: app/, db/ and printers/ never import Qt
or ui/; db/ and printers/ never import app/; printers/ never touch the store; ui/ reaches
the store only through app/. The contracts are in pyproject.toml [tool.importlinter]."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                          timeout=240, check=False)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 kept, 0 broken" in done.stdout
