"""The supervision pages speak English with the shipped translation (language "en")."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QPushButton

from app.settings import Settings
from db.engine import Store
from tests.supervision.conftest import SUPERVISOR
from ui.common.worker import wait_idle

pytestmark = pytest.mark.parametrize("migrated_url", ["sqlite"], indirect=True)
QM = Path(str(files("resources").joinpath("translations", "yichuang_en.qm")))


def test_pages_are_english(qtbot, qapp, hall: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.dashboard.complaints_page import ComplaintsPage
    from ui.dashboard.follow_ups_page import FollowUpsPage
    from ui.dashboard.warnings_page import WarningsPage
    from ui.lookup.complaint_page import ComplaintPage

    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(QM))
    app.installTranslator(translator)
    try:
        w = WarningsPage(hall, Settings(), SUPERVISOR)
        f = FollowUpsPage(hall, Settings(), SUPERVISOR)
        c = ComplaintsPage(hall, Settings(), SUPERVISOR)
        p = ComplaintPage(hall, Settings())
        for page in (w, f, c, p):
            qtbot.addWidget(page)
        headers = [w.table.horizontalHeaderItem(i).text() for i in range(w.table.columnCount())]
        assert headers[:3] == ["Level", "Case no.", "Matter"]
        assert w.ack_button.text() == "Acknowledge warning"
        assert f.rerate_button.text() == "Record follow-up rating"
        assert c.file_button.text() == "Record complaint" and c.assign_button.text() == "Assign"
        assert {"Make a complaint", "Check the answer to a complaint"} <= {
            b.text() for b in p.findChildren(QPushButton)}  # fmt: skip
        wait_idle()
    finally:
        app.removeTranslator(translator)
