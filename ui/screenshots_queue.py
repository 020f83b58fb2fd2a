"""Render the queue screens offscreen (kiosk portrait and landscape, hall display, clerk call
panel) from the demo hall with a morning's tickets. Called by ``python -m ui.screenshots``."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from app.demo import demo_file, seed  # noqa: E402
from app.journal import Actor  # noqa: E402
from app.kiosk import exit_pin  # noqa: E402
from app.queue.numbering import HALL_TZ  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.store import open_store  # noqa: E402
from ui.app_main import make_app  # noqa: E402
from ui.common.worker import wait_idle  # noqa: E402

OUT = Path("docs/screens")


class Clock:
    def __init__(self) -> None:
        day = dt.datetime.now(HALL_TZ).date()
        self.now = dt.datetime.combine(day, dt.time(9, 5), tzinfo=HALL_TZ)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=20)
        return self.now


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    wait_idle()


def main(out: Path = OUT) -> None:
    global OUT
    OUT = out
    tmp = Path(tempfile.mkdtemp())
    hall = demo_file("hall.json")
    code = hall["hall"]["code"]
    settings = Settings(db=f"sqlite:///{tmp / 'demo.db'}", hall_code=code, demo=False,
                        ticket_printer="sim://screens", id_reader="",
                        kiosk_pin_hash=exit_pin.hash_pin("240816"))  # fmt: skip
    app = make_app(settings)
    store = open_store(settings)
    admin = Actor(name="system:screens", roles=frozenset({"admin"}), hall_code=code)
    seed(store)  # the demo county: catalog (for the tiles' hints), hall, calendar
    svc = QueueService(store, settings, clock=Clock())
    plan = {"ZH": 8, "SCJG": 22, "BDC": 5, "HZ": 4, "SB": 5, "YB": 3, "SW": 7, "GJJ": 2, "ZX": 3}
    for line, n in plan.items():  # 59 tickets: a busy morning
        for _ in range(n):
            svc.issue(admin, line)
    clerk = Actor(name="Q0003", roles=frozenset({"clerk"}), hall_code=code)
    for no in (1, 2, 3, 5, 6, 8, 11, 12, 18, 20):
        svc.call_next(clerk, no)
    svc.pause(clerk, 14)

    from ui.kiosk.kiosk_window import KioskWindow
    from ui.screen_shot import FULL_HD, PORTRAIT, on_screen

    kiosk = KioskWindow(store, settings, hall_name=svc.hall_name, service=svc)
    kiosk.resize(*PORTRAIT)
    kiosk.show()
    pump(800)
    kiosk.grab().save(str(OUT / "kiosk_portrait.png"))
    kiosk.take_ticket("SCJG")
    pump(1500)
    kiosk.grab().save(str(OUT / "kiosk_ticket_portrait.png"))
    kiosk.go_home()
    later = kiosk.guard.clock() + 10  # ten seconds on: past the return guard, within 3 minutes
    kiosk.guard.clock = lambda: later
    kiosk.tile_tapped("SCJG")  # the same line again a moment later: asked first
    pump(300)
    kiosk.grab().save(str(OUT / "kiosk_repeat_portrait.png"))
    kiosk.go_home()
    kiosk.resize(*FULL_HD)
    pump(800)
    kiosk.grab().save(str(OUT / "kiosk_landscape.png"))
    kiosk.open_priority()
    pump(300)
    kiosk.grab().save(str(OUT / "kiosk_priority_landscape.png"))
    kiosk.priority_screen.kind_buttons["elderly"].click()
    kiosk.priority_screen.go_button.click()
    pump(300)
    kiosk.grab().save(str(OUT / "kiosk_priority_home_landscape.png"))
    kiosk.shutdown()
    kiosk.close()

    from ui.hall.hall_window import HallWindow

    hallw = HallWindow(store, settings, hall_name=svc.hall_name, service=svc)
    hallw.resize(*FULL_HD)
    hallw.show()
    pump(1200)
    svc.call_next(clerk, 4)
    pump(1300)
    hallw._flash_timer.stop()
    shot = hallw.grab()
    shot.save(str(OUT / "hall_display.png"))
    # Read from 8 m: the same screen at a quarter of its size must still pair numbers and windows.
    shot.scaledToWidth(FULL_HD[0] // 4, Qt.TransformationMode.SmoothTransformation).save(
        str(OUT / "hall_display_25pct.png")
    )
    hallw.shutdown()
    hallw.close()

    # The supervisor dashboard has its own screens: ui/screenshots_dashboard.py.

    from app.staff import sign_in
    from ui.clerk.main_window import ClerkWindow

    info, actor = sign_in(store, "Q0003", "yc-demo-1")
    win = ClerkWindow(store, settings, info, actor, hall_name=svc.hall_name, departments=[],
                      queue_service=svc)  # fmt: skip
    win.resize(*FULL_HD)
    win.show()
    pump(1200)
    on_screen(OUT / "clerk_call_panel.png", FULL_HD, win)
    win.call_panel.do_transfer()
    pump(800)
    dialog = win.call_panel.transfer_dialog
    on_screen(OUT / "clerk_transfer_dialog.png", FULL_HD, win, dialog)
    dialog.close()
    win.call_panel.shutdown()
    win.close()
    wait_idle()
    store.dispose()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
