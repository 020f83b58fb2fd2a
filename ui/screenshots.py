"""Render the screens to PNG offscreen, for the docs and for checking by eye:

    QT_QPA_PLATFORM=offscreen python -m ui.screenshots docs/screens

Uses a throwaway SQLite store seeded with the demo county."""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.demo import seed  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.staff import sign_in  # noqa: E402
from app.store import hall_facts, open_store
from ui.app_main import make_app  # noqa: E402
from ui.common.style import DESK_QSS  # noqa: E402
from ui.common.worker import wait_idle  # noqa: E402

GUIDE_URL = "https://zwfw.example.gov.cn/guide/{impl_code}"  # the lookup's QR, as configured


def settle(ms: int = 600) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    wait_idle()
    QApplication.processEvents()


def shoot(widget: QWidget, path: Path, size: tuple[int, int] | None = None) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    settle()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(db=f"sqlite:///{tmp / 'hall.db'}")
    store = open_store(settings, auto_migrate=True)
    seed(store)
    app = make_app(settings)
    app.setStyleSheet(DESK_QSS)
    hall_name, depts = hall_facts(store)

    from ui.clerk.catalog_browser import CatalogBrowser
    from ui.clerk.main_window import ClerkWindow
    from ui.clerk.sign_in import SignInDialog

    dlg = SignInDialog(store, settings, hall_name)
    dlg.work_no.setText("Q0003")
    shoot(dlg, out / "sign_in.png")
    dlg.close()

    info, actor = sign_in(store, "Q0003", "yc-demo-1")
    win = ClerkWindow(store, settings, info, actor, hall_name=hall_name, departments=depts)
    idx = [i for i in range(win.tabs.count()) if isinstance(win.tabs.widget(i), CatalogBrowser)][0]
    win.tabs.setCurrentIndex(idx)
    win.catalog.query.setText("yyzz")
    win.catalog.search_now()
    shoot(win, out / "catalog_browser.png", (1366, 800))
    win.close()

    from app.journal import Actor
    from ui.devices.device_dialog import DeviceDialog
    from ui.screen_shot import FULL_HD, on_screen

    win = ClerkWindow(store, settings, info, actor, hall_name=hall_name, departments=depts)
    win.resize(*FULL_HD)
    win.show()
    dev = DeviceDialog(settings, Actor("Q0024", frozenset({"admin"})), hall_name=hall_name,
                       config_path=tmp / "cfg.toml", parent=win)  # fmt: skip
    dev.show()
    dev.print_test()
    settle(1200)
    on_screen(out / "device_dialog.png", FULL_HD, win, dev)  # after 打印测试票, on a 1080 screen
    dev.close()
    win.close()

    from ui.screenshots_lookup import shoot_lookup

    shoot_lookup(store, dataclasses.replace(settings, lookup_guide_url=GUIDE_URL), out)
    store.dispose()

    from ui.screenshots_queue import main as queue_screens

    queue_screens(out)

    from ui.screenshots_dashboard import main as dashboard_screens

    dashboard_screens(out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screens"))
