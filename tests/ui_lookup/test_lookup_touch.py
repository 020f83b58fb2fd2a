"""The public lookup screen driven by taps: department → matters → guide, and idle return."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.settings import Settings
from app.store import hall_facts
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.lookup.lookup_window import LookupWindow


def test_tap_department_then_matter_shows_its_guide(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    hall_name, depts = hall_facts(demo_store)
    w = LookupWindow(demo_store, settings, hall_name=hall_name, departments=depts)
    qtbot.addWidget(w)
    w.show()
    code = next(c for c, n in depts if n == "青川县民政局")
    with qtbot.waitSignal(w.matters_shown, timeout=10_000) as shown:
        qtbot.mouseClick(w.dept_tiles[code], Qt.MouseButton.LeftButton)
    assert shown.args[0] >= 5
    assert w.pages.currentWidget() is w.list_page
    texts = [w.matter_list.item(i).text() for i in range(w.matter_list.count())]
    row = next(i for i, t in enumerate(texts) if t.startswith("内地居民结婚登记"))
    item = w.matter_list.item(row)
    rect = w.matter_list.visualItemRect(item)
    with qtbot.waitSignal(w.guide_shown, timeout=10_000):
        qtbot.mouseClick(w.matter_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.pages.currentWidget() is w.guide_page
    assert "申请材料" in w.guide.toPlainText() and "内地居民结婚登记" in w.guide.toPlainText()
    w.idle.setInterval(50)
    w.idle.start()
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.home, timeout=5_000)
    wait_idle()


def test_public_lookup_never_lists_a_confidential_matter(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    hall_name, depts = hall_facts(demo_store)
    w = LookupWindow(demo_store, settings, hall_name=hall_name, departments=depts)
    qtbot.addWidget(w)
    w.show()
    code = next(c for c, n in depts if n == "青川县民政局")
    with qtbot.waitSignal(w.matters_shown, timeout=10_000):
        qtbot.mouseClick(w.dept_tiles[code], Qt.MouseButton.LeftButton)
    texts = [w.matter_list.item(i).text() for i in range(w.matter_list.count())]
    assert any(t.startswith("内地居民结婚登记") for t in texts)
    # 内地居民离婚登记 and 婚姻登记档案查询 are marked 涉密 in the demo catalog.
    assert not any("离婚登记" in t or "婚姻登记档案查询" in t for t in texts)
    wait_idle()
