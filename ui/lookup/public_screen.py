"""The lookup role as it runs in the hall: the touchscreen shell (lookup_window) with the
public pages that stand on the case and complaint rules: 办件查询, 办结公示, 评价 and 投诉.
Pages that take a case number and password get the screen's on-screen keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.settings import Settings
from app.store import Store
from ui.lookup.complaint_page import ComplaintPage
from ui.lookup.disclosure_page import DisclosurePage
from ui.lookup.lookup_window import LookupWindow
from ui.lookup.progress_page import ProgressPage
from ui.lookup.rating_page import RatingPage
from ui.lookup.touch_keyboard import TouchKeyboard


def _keyboard(field: QLineEdit) -> QWidget:
    return TouchKeyboard(field)


class PublicLookupWindow(LookupWindow):
    def __init__(self, store: Store, settings: Settings, **facts: Any) -> None:
        super().__init__(store, settings, **facts)
        pages: dict[str, QWidget] = {
            "progress": ProgressPage(store, settings),
            "disclosure": DisclosurePage(store, settings),
            "rating": RatingPage(store, settings),
            "complaint": ComplaintPage(store, settings),
        }
        for key, page in pages.items():
            attach = getattr(page, "attach_keyboard", None)
            if attach is not None:
                attach(_keyboard)
            self.add_page(key, page)
