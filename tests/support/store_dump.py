"""Every row of every table of an SQLite store, to show a command changed nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def dump(db: Path) -> dict[str, list[str]]:
    """Every row of every table, for comparing a store before and after a command."""
    with closing(sqlite3.connect(db)) as conn, conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]  # fmt: skip
        return {t: sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{t}"')) for t in tables}
