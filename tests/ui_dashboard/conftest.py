"""A hall with a real history last month: the demo hall's days made by the same use cases the
screens call (app.cases.demo.generate: tickets called and finished, cases received, accepted,
refused, concluded, rated, first inquiries), generated once per run and copied per test."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.queue.numbering import local_day
from app.report_periods import period


@pytest.fixture(scope="session")
def last_month() -> tuple[dt.date, dt.date]:
    return period("last_month", local_day(dt.datetime.now(dt.UTC)))


@pytest.fixture(scope="session")
def history_template(demo_template: Path, tmp_path_factory: pytest.TempPathFactory,
                     last_month: tuple[dt.date, dt.date]) -> Path:  # fmt: skip
    from app.cases.demo import generate
    from app.settings import Settings
    from db.engine import Store

    path = tmp_path_factory.mktemp("history") / "hall.db"
    with closing(sqlite3.connect(demo_template)) as src, closing(sqlite3.connect(path)) as dst:
        src.backup(dst)
    url = f"sqlite:///{path}"
    store = Store(url)
    generate(store, Settings(db=url), days=12, seed=13, start=last_month[0])
    store.dispose()
    return path


@pytest.fixture
def history_url(history_template: Path, tmp_path: Path) -> str:
    dest = tmp_path / "hall.db"
    with closing(sqlite3.connect(history_template)) as src, closing(sqlite3.connect(dest)) as dst:
        src.backup(dst)
    return f"sqlite:///{dest}"


@pytest.fixture
def history_store(history_url: str):  # type: ignore[no-untyped-def]
    from db.engine import Store

    store = Store(history_url)
    yield store
    store.dispose()
