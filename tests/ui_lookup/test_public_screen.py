"""The lookup role as the hall starts it (ui.roles): every public page has its tile, a person
walks from the home screen to their case's progress with the on-screen keyboard, and the idle
timeout leaves nothing of it on the screen."""

from __future__ import annotations

from app.settings import Settings
from app.store import hall_facts
from tests.ui_lookup.case_pages_support import FOOD, Hall, hall_fixture, tap  # noqa: F401
from ui import roles
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.lookup.progress_page import ProgressPage
from ui.lookup.touch_keyboard import TouchKeyboard


def test_the_hall_screen_reaches_a_case_from_home_by_touch(
        qtbot, qapp, demo_store, demo_url, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    case_no, query_no, pw = hall.accept(FOOD)
    settings = Settings(db=demo_url)
    make_app(settings)
    hall_name, depts = hall_facts(demo_store)
    w = roles.build("lookup", demo_store, settings, hall_name=hall_name, departments=depts)
    qtbot.addWidget(w)
    w.resize(1080, 1920)
    w.show()
    qtbot.waitExposed(w)
    for key in ("progress", "disclosure", "rating", "complaint"):
        assert w.tiles[key].isVisible(), key
    tap(w.tiles["progress"])
    page = w.pages.currentWidget()
    assert isinstance(page, ProgressPage)
    tap(page.entry.number_edit)
    keyboards = [k for k in page.findChildren(TouchKeyboard) if k.isVisible()]
    assert keyboards, "touching the number field shows the on-screen keyboard"
    kb = keyboards[0]
    for ch in query_no:
        kb.press(ch.upper() if ch.isalpha() else ch)
    assert page.entry.number_edit.text().upper() == query_no.upper()
    tap(page.entry.password_edit)
    kb = next(k for k in page.findChildren(TouchKeyboard) if k.isVisible())  # the field's own
    for ch in pw:
        kb.press(ch.upper() if ch.isalpha() else ch)
    with qtbot.waitSignal(page.shown, timeout=10_000):
        tap(page.entry.submit_button)
    assert case_no in page.result.text()
    w.idle.setInterval(100)
    w.idle.start()
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.home, timeout=3_000)
    assert case_no not in page.result.text() and page.entry.number_edit.text() == ""
    wait_idle()
    w.idle_timer.stop()
