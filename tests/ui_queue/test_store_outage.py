"""A dead network to the hall's PostgreSQL: the kiosk and the CLI say so in Chinese, nothing
already issued is lost, no number is skipped, and issuing works again when the server returns."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.cli.main import run
from app.demo import seed_hall
from app.errors import STORE_UNREACHABLE
from app.kiosk import exit_pin
from app.kiosk.repeat import RETURN_GUARD_SECONDS
from app.queue.service import QueueService
from app.settings import Settings
from db import migrate
from db.engine import Store
from tests.support.pg_cluster import PgCluster
from tests.ui_queue.conftest import ADMIN, HALL, SMALL_HALL, FixedClock
from ui.kiosk.kiosk_window import KioskWindow

pytestmark = pytest.mark.pg


@pytest.fixture
def outage_cluster() -> Iterator[PgCluster]:
    """A server of this test's own, so stopping it disturbs no other test."""
    import shutil

    root = Path(tempfile.mkdtemp(prefix="yichuang-outage-"))
    cluster = PgCluster(root)
    cluster.start()
    cluster.create_database("hall")
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_kiosk_and_cli_survive_a_store_outage(qtbot, qapp, outage_cluster: PgCluster, capsys) -> None:  # type: ignore[no-untyped-def]
    url = outage_cluster.url("hall")
    store = Store(url)
    migrate.upgrade(store.engine)
    seed_hall(store, ADMIN, SMALL_HALL)
    # Repeat questions off: this test taps the same line again on purpose.
    settings = Settings(db=url, hall_code=HALL, demo=False, ticket_printer="sim://outage",
                        id_reader="", kiosk_pin_hash=exit_pin.hash_pin("240816"),
                        kiosk_repeat_seconds=0)  # fmt: skip
    service = QueueService(store, settings, clock=FixedClock())
    kiosk = KioskWindow(store, settings, hall_name="测试县政务服务中心", service=service)
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitUntil(lambda: "ZH" in kiosk.tiles.tiles, timeout=10_000)
    try:
        with qtbot.waitSignal(kiosk.issued, timeout=10_000):
            qtbot.mouseClick(kiosk.tiles.tiles["ZH"], Qt.MouseButton.LeftButton)
        kiosk.go_home()
        qtbot.wait(int(RETURN_GUARD_SECONDS * 1000) + 100)  # the return tap's tail is ignored

        outage_cluster.pause()
        qtbot.mouseClick(kiosk.tiles.tiles["ZH"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "无法连接数据库" in kiosk.banner.text(), timeout=15_000)
        assert kiosk.stack.currentWidget() is kiosk.home  # no number shown for a ticket not stored
        code = run(["queue", "issue", "ZH", "--db", url, "--hall", HALL])
        assert code == 5
        err = capsys.readouterr().err.strip()
        assert err.startswith("错误：无法打开数据库 postgresql+psycopg://postgres")
        assert err.endswith(STORE_UNREACHABLE) and "Traceback" not in err

        outage_cluster.resume()
        qtbot.waitUntil(lambda: not kiosk._issuing, timeout=10_000)
        with qtbot.waitSignal(kiosk.issued, timeout=15_000) as got:
            qtbot.mouseClick(kiosk.tiles.tiles["ZH"], Qt.MouseButton.LeftButton)
        assert got.args[0].number == "A002"  # the failed attempts used no number
        assert service.ticket("A001").status == "waiting"  # issued before the outage, kept
    finally:
        kiosk.shutdown()
        store.dispose()
