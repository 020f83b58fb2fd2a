"""English UI: with language "en" the shipped yichuang_en.qm turns the Chinese source strings into
English, and the .ts it is built from has no unfinished message."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from app.settings import Settings
from ui.app_main import make_app
from ui.common.worker import wait_idle

TS = Path(str(files("resources").joinpath("translations", "yichuang_en.ts")))
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def english(qapp, demo_url: str) -> Iterator[Settings]:  # type: ignore[no-untyped-def]
    """The app in English for one test. The QApplication is shared by the whole run, so the
    translator, default locale and display name are put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(app.findChildren(QTranslator))
    settings = Settings(db=demo_url, language="en")
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


def test_sign_in_dialog_is_english(qtbot, english, demo_store) -> None:  # type: ignore[no-untyped-def]
    from ui.clerk.sign_in import SignInDialog

    dlg = SignInDialog(demo_store, english)
    qtbot.addWidget(dlg)
    buttons = {b.text() for b in dlg.findChildren(QPushButton)}
    labels = {lab.text() for lab in dlg.findChildren(QLabel)}
    assert {"Sign in", "Quit"} <= buttons
    assert {"Government Service Center", "Window staff sign-in", "Staff no.", "Password"} <= labels
    assert dlg.work_no.placeholderText() == "Enter your staff number"
    assert dlg.windowTitle() == "Yichuang · Staff sign-in"
    # Submitting without a password answers in English too.
    dlg.work_no.setText("Q0003")
    dlg.ok_button.click()
    assert dlg.error.text() == "Enter your password"


def test_catalog_browser_headers_and_guide_are_english(qtbot, english, demo_store) -> None:  # type: ignore[no-untyped-def]
    from ui.clerk.catalog_browser import CatalogBrowser

    w = CatalogBrowser(demo_store, [])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0, timeout=10_000)
    headers = [
        w.model.headerData(c, Qt.Orientation.Horizontal) for c in range(w.model.columnCount())
    ]
    assert headers == [
        "Matter", "Department", "Matter type", "Case type",
        "Promised time limit", "Statutory time limit",
    ]  # fmt: skip
    assert w.department.itemText(0) == "All departments"
    assert re.fullmatch(r"\d+ matters?", w.count.text())
    qtbot.waitUntil(lambda: w.current_guide is not None, timeout=10_000)
    text = w.guide.toPlainText()
    assert "Statutory time limit" in text and "Application materials" in text
    assert "法定办结时限" not in text  # the labels are English; the matter itself stays Chinese


def test_every_message_in_the_ts_is_finished() -> None:
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 150
    unfinished = []
    for m in messages:
        t = m.find("translation")
        assert t is not None
        forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
        if t.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            unfinished.append(m.findtext("source"))
        elif any(CJK.search(f) for f in forms):
            unfinished.append(m.findtext("source"))  # still Chinese
    assert unfinished == []
