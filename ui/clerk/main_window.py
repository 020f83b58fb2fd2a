"""The clerk's main window: a shell of tabs (call panel, catalog) with who and where in the
status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget

from app.journal import Actor
from app.permissions import ROLE_LABELS
from app.settings import Settings
from app.staff import StaffInfo
from db.engine import Store
from ui.clerk.catalog_browser import CatalogBrowser


class ClerkWindow(QMainWindow):
    def __init__(
        self,
        store: Store,
        settings: Settings,
        info: StaffInfo,
        actor: Actor,
        *,
        hall_name: str,
        departments: list[tuple[str, str]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.settings, self.info, self.actor = store, settings, info, actor
        self.window_no = settings.window_no or info.window_no or 0
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
        window = self.tr("%d 号窗口") % self.window_no if self.window_no else self.tr("未分配窗口")
        roles = "、".join(ROLE_LABELS.get(r, r) for r in sorted(info.roles))
        person = self.tr("%s（工号 %s，%s）") % (info.name, info.work_no, roles)
        who = QLabel(f"{person} · {window} · {info.department}")
        who.setObjectName("whoLabel")
        self.statusBar().addPermanentWidget(who)
        menu = self.menuBar().addMenu(self.tr("设置"))
        self.devices_action = menu.addAction(self.tr("外接设备…"))
        self.devices_action.triggered.connect(self.open_devices)
        self.hall_name = hall_name
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
        return CallPanel(self.store, self.settings, self.actor, self.window_no)
