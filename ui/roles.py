"""Windows of the roles other than the clerk, looked up by name."""

from __future__ import annotations

import importlib
from typing import Any

from app.settings import Settings
from app.store import Store

ROLE_WINDOWS = {
    "kiosk": "ui.kiosk.kiosk_window:KioskWindow",
    "hall": "ui.hall.hall_window:HallWindow",
    "dashboard": "ui.dashboard.dashboard_window:DashboardWindow",
    "lookup": "ui.lookup.public_screen:PublicLookupWindow",
}


def build(role: str, store: Store, settings: Settings, **facts: Any) -> Any:
    module_name, cls_name = ROLE_WINDOWS[role].split(":")
    cls = getattr(importlib.import_module(module_name), cls_name)
    return cls(store, settings, **facts)
