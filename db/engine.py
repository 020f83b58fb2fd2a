"""Engines and sessions for both stores.

SQLite: WAL, foreign keys, a busy timeout and ``synchronous=NORMAL``. Python's sqlite3 module
opens transactions lazily and never as IMMEDIATE, so a read that later writes can fail with
"database is locked" instead of waiting. We therefore take over BEGIN ourselves: write
sessions begin ``IMMEDIATE``, read sessions begin deferred.

SQLite's busy handler makes a waiting writer sleep in growing steps (up to 100 ms) and retry,
so under contention a writer can lose the race again and again (p99 of seconds with 8 windows,
bench/README.md). Writers to a file store therefore first pass a gate: a lock inside the
process and an ``flock`` on a sidecar file across processes. Both wake the next waiter as soon
as the holder commits, so writers take turns instead of polling.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 30_000


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_path(engine: Engine) -> str | None:
    """The file of an SQLite store (also for ``sqlite:///file:/path?mode=ro&uri=true``)."""
    path = engine.url.database
    if not is_sqlite(engine) or not path or path == ":memory:":
        return None
    return path.removeprefix("file:") if engine.url.query.get("uri") else path


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        _install_sqlite_hooks(engine)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, see module docstring
        cur = dbapi_conn.cursor()
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


try:
    import fcntl
except ImportError:  # Windows: one process per store file is the supported layout there
    fcntl = None  # type: ignore[assignment]


class _WriterGate:
    """One per SQLite file per process; see the module docstring."""

    _gates: dict[str, _WriterGate] = {}
    _registry_lock = threading.Lock()

    def __init__(self, path: str) -> None:
        self._lock = threading.RLock()
        self._depth = 0
        self._lock_path = path + ".writer-lock"
        self._fd: int | None = None

    @classmethod
    def for_file(cls, path: str) -> _WriterGate:
        key = os.path.abspath(path)
        with cls._registry_lock:
            gate = cls._gates.get(key)
            if gate is None:
                gate = cls._gates[key] = cls(key)
            return gate

    @contextmanager
    def hold(self) -> Iterator[None]:
        with self._lock:
            self._depth += 1
            try:
                if self._depth == 1 and fcntl is not None:
                    if self._fd is None:
                        self._fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o644)
                    fcntl.flock(self._fd, fcntl.LOCK_EX)
                    try:
                        yield
                    finally:
                        fcntl.flock(self._fd, fcntl.LOCK_UN)
                else:
                    yield
            finally:
                self._depth -= 1


class Store:
    """An engine plus the two kinds of session every use case needs."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        writer = (
            self.engine.execution_options(sqlite_begin="IMMEDIATE")
            if is_sqlite(self.engine)
            else self.engine
        )
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer, expire_on_commit=False)
        path = sqlite_path(self.engine)
        self._gate = (
            _WriterGate.for_file(path)
            if is_sqlite(self.engine) and path and path != ":memory:"
            else None
        )
        #: Set when the store was found damaged on opening (app.store): reads still work so
        #: that the audit can be checked and data copied out, every write is refused.
        self.damage: str | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        if self.damage:
            from db.errors import StoreError

            raise StoreError(self.damage)
        if self._gate is None:
            with self._write() as session, session.begin():
                yield session
            return
        with self._gate.hold(), self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
