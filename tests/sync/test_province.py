"""Province tier: the county (a cluster with wal_level=logical) publishes, a provincial cluster
subscribes (``yichuang province attach``), and the halls' rows arrive there by PostgreSQL's own
logical replication."""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from app.cli.main import run
from app.sync.county_schema import init_county
from app.sync.push import push
from db.engine import Store
from tests.support.pg_cluster import PgCluster
from tests.sync.conftest import County, read_creds, serve

pytestmark = pytest.mark.pg


class LogicalCluster(PgCluster):
    """A throwaway cluster that can publish (wal_level=logical)."""

    def resume(self) -> None:
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c wal_level=logical -c max_replication_slots=10 -c max_wal_senders=10 "
                "-c max_connections=100")  # fmt: skip
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts,
                  "-l", str(self.root / "log"), "-w", "-t", "60", "start")  # fmt: skip


@pytest.fixture(scope="module")
def county_cluster() -> Iterator[PgCluster]:
    root = Path(tempfile.mkdtemp(prefix="yichuang-county-pg-"))
    cluster = LogicalCluster(root)
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def count(url: str, sql: str) -> int:
    with psycopg.connect(url.replace("+psycopg", "")) as c:
        row = c.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


def wait_for(url: str, sql: str, expected: int, timeout: float = 90.0) -> int:
    deadline = time.monotonic() + timeout
    n = -1
    while time.monotonic() < deadline:
        n = count(url, sql)
        if n == expected:
            return n
        time.sleep(0.5)
    return n


def test_province_receives_the_county_by_logical_replication(
    county_cluster: PgCluster, pg_url: str, hall_a: Store, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    name = "c_" + uuid.uuid4().hex[:10]
    county_cluster.create_database(name)
    county_url = county_cluster.url(name)
    result = init_county(county_url, ["H1"], tmp_path / "creds")
    county = County(county_url, read_creds(result.credential_files), result.prefix)
    serve(hall_a, 4, finish=2)
    push(hall_a, county.hall_url("H1"))
    sub = "prov_" + name
    try:
        code = run(["province", "attach", "--db", county_url, "--province", pg_url,
                    "--name", sub, "--out", str(tmp_path / "prov")])  # fmt: skip
        out = capsys.readouterr()
        assert code == 0, out.err
        assert "已订阅" in out.out
        assert wait_for(pg_url, "SELECT count(*) FROM ticket", 4) == 4
        # Later pushes stream through without anyone touching the province.
        serve(hall_a, 3, finish=0)
        push(hall_a, county.hall_url("H1"))
        assert wait_for(pg_url, "SELECT count(*) FROM ticket", 7) == 7
        n_audit = count(county_url, "SELECT count(*) FROM audit_entry")
        assert wait_for(pg_url, "SELECT count(*) FROM audit_entry", n_audit) == n_audit
    finally:
        with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as c:
            c.execute(f"DROP SUBSCRIPTION IF EXISTS {sub}")


def test_attach_refuses_a_county_without_logical_wal(
    pg_url: str, pg_cluster: PgCluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init_county(pg_url, ["H1"], tmp_path / "creds")
    name = "p_" + uuid.uuid4().hex[:10]
    pg_cluster.create_database(name)
    try:
        code = run(["province", "attach", "--db", pg_url, "--province", pg_cluster.url(name),
                    "--out", str(tmp_path)])  # fmt: skip
        err = capsys.readouterr().err
        assert code != 0 and "wal_level = logical" in err and "Traceback" not in err
    finally:
        pg_cluster.drop_database(name)


def test_two_halls_cases_with_one_query_number_stream_to_the_province(
    county_cluster: PgCluster, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Query numbers are unique per hall only: the province, fed by logical replication,
    takes two halls' cases that drew the same one (a unique key there would stop the stream)."""
    from sqlalchemy import select

    from app.journal import Actor, unit_of_work
    from db.models import ServiceCase
    from tests.sync.busy_hall import cases_week, make_case_hall

    name = "c_" + uuid.uuid4().hex[:10]
    county_cluster.create_database(name)
    county_url = county_cluster.url(name)
    result = init_county(county_url, ["H1", "H2"], tmp_path / "creds")
    county = County(county_url, read_creds(result.credential_files), result.prefix)
    halls = {code: make_case_hall(tmp_path / f"{code}.db", code) for code in ("H1", "H2")}
    sub = "prov_" + name
    try:
        for code, store in halls.items():
            cases_week(store, code)
        with halls["H1"].read() as s:
            drawn = s.scalar(select(ServiceCase.query_no).order_by(ServiceCase.received_at))
        admin = Actor(name="test:admin", roles=frozenset({"admin"}), hall_code="H2")
        with unit_of_work(halls["H2"], admin) as uow:
            c = uow.session.scalars(select(ServiceCase).order_by(ServiceCase.received_at)).first()
            assert c is not None
            c.query_no = drawn
            uow.record("case.query_no", "case", c.id, after={"query_no": drawn}, row=c)
        push(halls["H1"], county.hall_url("H1"))
        code = run(["province", "attach", "--db", county_url, "--province", pg_url,
                    "--name", sub, "--out", str(tmp_path / "prov")])  # fmt: skip
        assert code == 0, capsys.readouterr().err
        push(halls["H2"], county.hall_url("H2"))  # streams after the initial copy
        total = count(county_url, "SELECT count(*) FROM service_case")
        assert wait_for(pg_url, "SELECT count(*) FROM service_case", total) == total == 8
        same = f"SELECT count(*) FROM service_case WHERE query_no = '{drawn}'"
        assert count(pg_url, same) == 2
        n = count(county_url, "SELECT count(*) FROM warning_ack")
        assert n > 0 and wait_for(pg_url, "SELECT count(*) FROM warning_ack", n) == n
    finally:
        with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as c:
            c.execute(f"DROP SUBSCRIPTION IF EXISTS {sub}")
        for store in halls.values():
            store.dispose()
