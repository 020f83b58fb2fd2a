"""The clerk window on a private copy of the seeded demo store (青川县政务服务中心), signed in as
window 3 (企业开办), with the hall's clock set by the test, the ID-card reader and rating pad as
simulators on real ptys, and A4 documents "printed" through QtPrintSupport into PDF files."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.queue.numbering import HALL_TZ
from app.settings import Settings
from app.staff import sign_in
from app.store import hall_facts
from db.engine import Store
from ui.app_main import make_app
from ui.common.worker import wait_idle


class HallClock:
    """Beijing wall-clock time the test sets and moves; services read it as aware UTC."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start.replace(tzinfo=HALL_TZ)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(milliseconds=1)
        return self.now.astimezone(dt.UTC)

    def set(self, day: dt.date, hour: int = 10) -> None:
        self.now = dt.datetime.combine(day, dt.time(hour), tzinfo=HALL_TZ)


@pytest.fixture
def hall_clock(monkeypatch: pytest.MonkeyPatch) -> HallClock:
    # Wednesday 30 Sept 2026, the last working day before the National Day holiday (1–7 Oct).
    clock = HallClock(dt.datetime(2026, 9, 30, 9, 30))
    monkeypatch.setattr("app.cases.service.utc_now", clock)
    monkeypatch.setattr("app.queue.service.utc_now", clock)
    return clock


@pytest.fixture
def printed(tmp_path: Path) -> Path:
    out = tmp_path / "printed"
    out.mkdir()
    return out


@pytest.fixture
def settings(demo_url: str, printed: Path) -> Settings:
    return Settings(db=demo_url, hall_code="HALL-001", window_no=3, demo=False,
                    id_reader="sim://", rating_pad="sim://", a4_printer=f"file://{printed}",
                    queue_enforce_hours=False)  # fmt: skip


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    s = Store(settings.db)
    yield s
    wait_idle(10000)
    s.dispose()


@pytest.fixture
def clerk_window(
    qtbot, qapp, settings: Settings, store: Store, hall_clock: HallClock
) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from ui.clerk.main_window import ClerkWindow

    make_app(settings)
    info, actor = sign_in(store, "Q0003", "yc-demo-1")
    hall_name, depts = hall_facts(store)
    win = ClerkWindow(store, settings, info, actor, hall_name=hall_name, departments=depts)
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    yield win
    win.close()
    wait_idle(10000)


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    assert wait_idle(15000), "background jobs still running after the test"


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    return "".join(out.split())


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in info.stdout.splitlines() if ln.startswith("Pages:")).split()[1])
