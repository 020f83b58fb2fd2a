"""Shared fixtures. Qt runs offscreen; stores are real: an SQLite file per test, and a
throwaway PostgreSQL cluster (initdb/pg_ctl on a free port) started once per run."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("YICHUANG_CONFIG", os.devnull + ".absent.toml")  # never read the user's

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.pg_cluster import PgCluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    # Not under pytest's basetemp: a second pytest session prunes old basetemp folders,
    # which would pull the data directory from under a running server.
    root = Path(tempfile.mkdtemp(prefix="yichuang-pg-"))
    cluster = PgCluster(root)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hall.db'}"


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh, empty database on the throwaway server for one test."""
    name = "t_" + uuid.uuid4().hex[:12]
    pg_cluster.create_database(name)
    try:
        yield pg_cluster.url(name)
    finally:
        pg_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def any_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite store migrated and seeded with the demo county once per run."""
    from app.demo import seed
    from db import migrate
    from db.engine import Store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = Store(f"sqlite:///{path}")
    migrate.upgrade(store.engine)
    seed(store)
    store.dispose()
    return path


@pytest.fixture
def demo_url(demo_template: Path, tmp_path: Path) -> str:
    """A private copy of the seeded demo store for one test."""
    import sqlite3
    from contextlib import closing

    dest = tmp_path / "hall.db"
    with closing(sqlite3.connect(demo_template)) as src, closing(sqlite3.connect(dest)) as dst:
        src.backup(dst)
    return f"sqlite:///{dest}"


@pytest.fixture
def demo_store(demo_url: str):  # type: ignore[no-untyped-def]
    from db.engine import Store

    store = Store(demo_url)
    yield store
    store.dispose()


@pytest.fixture(autouse=True)
def _qt_garbage_on_the_gui_thread() -> Iterator[None]:
    """After a Qt test: let its background jobs finish, then collect its widgets' cycles, so
    a collection never runs into a job of a test that is already over."""
    yield
    import sys

    if "ui.common.worker" in sys.modules:
        import gc

        from ui.common.worker import wait_idle

        wait_idle(10000)
        gc.collect()
