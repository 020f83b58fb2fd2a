"""The clerk's main window: a shell of tabs (call panel, catalog) with who and where in the
status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from app.journal import Actor
from app.permissions import ROLE_LABELS
from app.settings import Settings
from app.staff import StaffInfo
from app.store import Store
from ui.clerk.catalog_browser import CatalogBrowser


class ClerkWindow(QMainWindow):
    signed_out = Signal()
    def __init__(
        self,
        store: Store,
        settings: Settings,
        info: StaffInfo,
        actor: Actor,
        *,
        hall_name: str,
        departments: list[tuple[str, str]],
        queue_service: Any = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.settings, self.info, self.actor = store, settings, info, actor
        self._queue_service = queue_service
        # The account's window; this PC's setting (--window) only for an account without one,
        # and the queue service refuses a clerk anywhere but at the assigned window anyway.
        self.window_no = info.window_no or settings.window_no or 0
        self.setWindowTitle(self.tr("一窗 · %s · 窗口人员端") % hall_name)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("clerkTabs")
        self.setCentralWidget(self.tabs)
        self.call_panel = self._make_call_panel()
        if self.call_panel is not None:
            self.tabs.addTab(self.call_panel, self.tr("叫号"))
        self.catalog = CatalogBrowser(store, departments)
        self.case_screens = self._add_case_tabs()
        self.tabs.addTab(self.catalog, self.tr("事项目录 / 办事指南"))
        from ui.dashboard.complaints_page import ComplaintsPage

        self.complaints = ComplaintsPage(store, settings, actor)  # taken at the window
        self.tabs.addTab(self.complaints, self.tr("投诉"))
        window = self.tr("%d 号窗口") % self.window_no if self.window_no else self.tr("未分配窗口")
        roles = "、".join(ROLE_LABELS.get(r, r) for r in sorted(info.roles))
        person = self.tr("%s（工号 %s，%s）") % (info.name, info.work_no, roles)
        who = QLabel(f"{person} · {window} · {info.department}")
        who.setObjectName("whoLabel")
        self.statusBar().addPermanentWidget(who)
        account = self.menuBar().addMenu(self.tr("账号"))
        self.lock_action = account.addAction(self.tr("锁屏"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action = account.addAction(self.tr("签退"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.lock_dialog: Any = None
        if self.call_panel is not None:
            # F1–F7 work from every tab, and bring the call panel to the front.
            self.call_panel.bind_keys(self, lambda: self.tabs.setCurrentWidget(self.call_panel))
        menu = self.menuBar().addMenu(self.tr("设置"))
        self.devices_action = menu.addAction(self.tr("外接设备…"))
        self.devices_action.triggered.connect(self.open_devices)
        self.hall_name, self.departments = hall_name, departments
        self.resize(1280, 800)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        # Close the LED/rating-pad connections and cancel a rating wait still running.
        if self.call_panel is not None:
            self.call_panel.shutdown()
        self.case_screens.shutdown()
        super().closeEvent(event)

    def open_devices(self) -> None:
        from ui.devices.device_dialog import DeviceDialog

        dialog = DeviceDialog(self.settings, self.actor, hall_name=self.hall_name, parent=self)
        dialog.open()

    def _add_case_tabs(self) -> Any:
        from ui.clerk.intake import install_case_tabs
        from ui.clerk.intake.access import CaseAccess

        access = CaseAccess(self.store, self.settings, self.actor, self.window_no)
        return install_case_tabs(self, self.tabs, access)

    def _make_call_panel(self) -> Any:
        try:
            from ui.clerk.call_panel import CallPanel
        except ImportError:
            return None
        if not self.window_no:
            return None
        return CallPanel(self.store, self.settings, self.actor, self.window_no, bind_keys=False,
                         service=self._queue_service)  # fmt: skip

    def lock(self) -> None:
        from ui.clerk.screen_lock import LockDialog

        dialog = LockDialog(self.store, self.settings, self.info.work_no, self.info.name, self)
        dialog.sign_out.connect(self.sign_out)
        self.tabs.setVisible(False)  # nothing readable behind the lock
        dialog.finished.connect(lambda _r: self.tabs.setVisible(True))
        self.lock_dialog = dialog
        dialog.open()

    def sign_out(self) -> None:
        """End this clerk's session and ask who signs in next."""
        from ui.clerk.sign_in import SignInDialog

        if self.lock_dialog is not None:
            self.lock_dialog.done(0)
        dialog = SignInDialog(self.store, self.settings, self.hall_name)
        self.sign_in_dialog = dialog
        self.signed_out.emit()
        self.hide()

        def signed_in() -> None:
            if dialog.info is None or dialog.actor is None:
                return
            nxt = ClerkWindow(self.store, self.settings, dialog.info, dialog.actor,
                              hall_name=self.hall_name, departments=self.departments)  # fmt: skip
            nxt.show()
            self.next_window = nxt
            self.close()

        dialog.accepted.connect(signed_in)
        dialog.rejected.connect(self.close)
        dialog.open()
