"""A throwaway PostgreSQL server for the test run: initdb into a temp dir, pg_ctl start on a
free port with its socket in the same dir, trust auth on loopback. As root, initdb refuses to
run, so the cluster is then created and run as the ``postgres`` system user."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
from pathlib import Path


def _bindir() -> Path:
    env = os.environ.get("YICHUANG_PG_BINDIR")
    if env:
        return Path(env)
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True)
        cand = Path(out.stdout.strip())
        if (cand / "initdb").exists():
            return cand
    for base in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (base / "initdb").exists():
            return base
    raise RuntimeError(
        "PostgreSQL server binaries (initdb, pg_ctl) not found; .ci/run installs them "
        "(apt-get install postgresql)"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgCluster:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.port = _free_port()
        self.bindir = _bindir()
        self.as_postgres = os.geteuid() == 0

    def _run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        argv = list(cmd)
        if self.as_postgres:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, capture_output=True, text=True, check=True, cwd="/")

    def start(self) -> None:
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
            os.chmod(self.root, 0o700)
            # tmp dirs under /tmp/pytest-of-root are root-only; postgres must reach its own.
            for parent in self.root.parents:
                if parent == Path("/tmp") or parent == Path("/"):
                    break
                os.chmod(parent, os.stat(parent).st_mode | 0o711)
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        self.resume()

    def pause(self) -> None:
        """Stop the server as an outage would (clients see their connections drop)."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")  # fmt: skip
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts,
                  "-l", str(self.root / "log"), "-w", "-t", "60", "start")  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def _psql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def create_database(self, name: str) -> None:
        self._psql(f'CREATE DATABASE "{name}"')

    def drop_database(self, name: str) -> None:
        self._psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
