"""On National Day every kiosk tile is greyed with the reason; training mode opens them."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from app.calendar_service import seed_from_package
from app.kiosk import exit_pin
from app.queue.numbering import HALL_TZ
from app.queue.service import QueueService
from app.settings import Settings
from db.engine import Store
from tests.ui_queue.conftest import ADMIN
from ui.kiosk.kiosk_window import KioskWindow

PIN_HASH = exit_pin.hash_pin("135790")  # an administrator set the exit PIN on the first run


def _kiosk(qtbot, store: Store, settings: Settings) -> tuple[KioskWindow, QueueService]:  # type: ignore[no-untyped-def]
    settings = dataclasses.replace(settings, kiosk_pin_hash=PIN_HASH)
    at = dt.datetime(2026, 10, 1, 10, 0, tzinfo=HALL_TZ)
    service = QueueService(store, settings, clock=lambda: at)
    kiosk = KioskWindow(store, settings, hall_name="测试县政务服务中心", service=service)
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitUntil(lambda: "ZH" in kiosk.tiles.tiles)
    return kiosk, service


def test_every_tile_is_closed_on_national_day(qtbot, store: Store, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    seed_from_package(store, ADMIN, [2026])
    kiosk, service = _kiosk(qtbot, store, settings)
    for tile in kiosk.tiles.tiles.values():
        assert not tile.isEnabled()
        assert "国庆节放假，大厅不办理业务" in tile.info_label.text()
    qtbot.mouseClick(kiosk.tiles.tiles["ZH"], Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.home
    assert all(ln.issued_today == 0 for ln in service.lines())
    kiosk.shutdown()


def test_training_mode_opens_the_kiosk_on_national_day(
    qtbot, store: Store, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    seed_from_package(store, ADMIN, [2026])
    kiosk, service = _kiosk(qtbot, store, dataclasses.replace(settings, queue_enforce_hours=False))
    assert kiosk.tiles.tiles["ZH"].isEnabled()
    with qtbot.waitSignal(kiosk.print_finished, timeout=10000):
        qtbot.mouseClick(kiosk.tiles.tiles["ZH"], Qt.MouseButton.LeftButton)
    assert kiosk.ticket_screen.labels["ticketNumber"].text() == "A001"
    kiosk.shutdown()
