"""The case screens in English: the shipped translation covers the new tabs, buttons, dialogs
and the checklist's choices (the matter and its materials stay as the catalog names them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QPushButton

from app.settings import Settings
from ui.app_main import make_app
from ui.common.worker import wait_idle


@pytest.fixture
def english(qapp, settings: Settings) -> Iterator[Settings]:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(app.findChildren(QTranslator))
    settings.language = "en"
    make_app(settings)
    added = [t for t in app.findChildren(QTranslator) if t not in before]
    assert added, "no English translator was installed"
    try:
        yield settings
    finally:
        wait_idle()
        for t in added:
            app.removeTranslator(t)
            t.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        app.setApplicationDisplayName("一窗")


def test_case_tabs_and_dialogs_are_english(qtbot, english, store, hall_clock) -> None:  # type: ignore[no-untyped-def]
    from app.staff import sign_in
    from app.store import hall_facts
    from ui.clerk.intake.case_dialogs import PauseDialog
    from ui.clerk.main_window import ClerkWindow

    info, actor = sign_in(store, "Q0003", "yc-demo-1")
    hall_name, depts = hall_facts(store)
    win = ClerkWindow(store, english, info, actor, hall_name=hall_name, departments=depts)
    qtbot.addWidget(win)
    tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert {"Intake", "My cases", "Case details", "First inquiry"} <= set(tabs)
    intake = win.case_screens.intake
    assert intake.buttons["accept"].text() == "Accept (F9)"
    assert intake.buttons["notice"].text() == "One-time notice (incomplete)"
    assert intake.applicant.read_button.text() == "Read ID card"
    dialog = PauseDialog(win)
    qtbot.addWidget(dialog)
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"Cancel", "Pause and print the notice"} <= buttons
    win.close()
