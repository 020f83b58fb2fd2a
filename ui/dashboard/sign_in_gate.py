"""The dashboard's sign-in: the clerk's dialog, but only a supervisor or an administrator gets
through (app.supervision.access); anyone else is told why in Chinese and stays on it."""

from __future__ import annotations

from typing import Any

from app.journal import Actor
from app.settings import Settings
from app.staff import StaffInfo
from app.store import Store
from app.supervision.access import open_dashboard
from ui.clerk.sign_in import SignInDialog


class SupervisorSignInDialog(SignInDialog):
    def __init__(self, store: Store, settings: Settings, hall_name: str = "",
                 parent: Any = None) -> None:  # fmt: skip
        super().__init__(store, settings, hall_name, parent)
        self.setWindowTitle(self.tr("一窗 · 效能监察登录"))
        self.subtitle.setText(self.tr("效能监察登录（主管或系统管理员）"))

    def authenticate(self, work_no: str, password: str) -> tuple[StaffInfo, Actor]:
        info, actor = super().authenticate(work_no, password)
        open_dashboard(actor)
        return info, actor
