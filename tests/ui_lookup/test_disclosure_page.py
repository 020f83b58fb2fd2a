"""办结公示 page: masked applicants, no confidential matter, pages turned by touch, finger
scrolling, and the idle reset."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.lookup.disclosure import PAGE_SIZE
from app.settings import Settings
from tests.ui_lookup.case_pages_support import (  # noqa: F401  (fixture)
    SEALED,
    SHOP,
    Hall,
    company,
    hall_fixture,
    person,
    tap,
)
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.lookup.disclosure_page import DisclosurePage


def _page(qtbot, store, url: str, **settings) -> DisclosurePage:  # type: ignore[no-untyped-def]
    s = Settings(db=url, **settings)
    make_app(s)
    page = DisclosurePage(store, s)
    qtbot.addWidget(page)
    page.resize(1080, 1200)
    return page


def _shown_rows(page: DisclosurePage) -> list[list[str]]:
    t = page.table
    return [[t.item(r, c).text() for c in range(t.columnCount())]
            for r in range(t.rowCount()) if not t.isRowHidden(r)]  # fmt: skip


def test_concluded_cases_masked_and_confidential_never_shown(qtbot, qapp, demo_store, demo_url,
                                                             hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    hall.accept(SHOP, person("欧阳娜娜"))
    hall.accept(SHOP, company("青川县宏达食品有限公司"))
    hall.accept(SEALED, person("王五"))  # 涉密: concluded on the spot, never on this screen
    page = _page(qtbot, demo_store, demo_url)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    rows = _shown_rows(page)
    assert sorted(r[1] for r in rows) == ["某某有限公司", "欧**娜"]
    assert all(r[0] == "个体工商户设立登记" and r[4] == "即办" for r in rows)
    everything = " ".join(" ".join(r) for r in rows) + page.rules_info.text()
    assert "不动产查封登记" not in everything and "王" not in everything and "宏达" not in everything
    assert "行政许可（办结后90天）" in page.rules_info.text()
    assert page.info.text() == "第 1 / 1 页，共 2 件"
    wait_idle()


def test_pages_turn_by_touch_and_the_list_scrolls_by_finger(qtbot, qapp, demo_store, demo_url,
                                                            hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    for i in range(PAGE_SIZE + 2):
        hall.accept(SHOP, person("张三丰" if i % 2 else "李四"))
    page = _page(qtbot, demo_store, demo_url)
    page.resize(1080, 600)  # fewer rows fit than a page holds: the list must scroll
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    qtbot.waitExposed(page)
    assert len(_shown_rows(page)) == PAGE_SIZE and not page.prev_button.isEnabled()
    bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)
    assert bar.value() == 0
    _drag_up(page.table.viewport(), 400)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5_000)

    with qtbot.waitSignal(page.loaded, timeout=10_000) as second:
        tap(page.next_button)
    assert second.args[0].page == 1 and len(_shown_rows(page)) == 2
    assert page.info.text() == f"第 2 / 2 页，共 {PAGE_SIZE + 2} 件"
    assert page.prev_button.isEnabled() and not page.next_button.isEnabled()
    with qtbot.waitSignal(page.done, timeout=2_000):
        tap(page.back)
    assert _shown_rows(page) == [] and page.info.text() == "" and page.page == 0
    wait_idle()


def test_types_not_in_the_setting_are_not_disclosed(qtbot, qapp, demo_store, demo_url,
                                                    hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    hall.accept(SHOP)  # 行政许可
    page = _page(qtbot, demo_store, demo_url, disclosure_rules="20:30")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert _shown_rows(page) == [] and page.info.text() == "暂无公示的办件"
    assert "公共服务（办结后30天）" in page.rules_info.text()
    wait_idle()


def test_a_wrong_setting_is_explained_on_the_page(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_store, demo_url, disclosure_rules="许可:90")
    page.show()
    qtbot.waitUntil(lambda: "disclosure_rules" in page.rules_info.text(), timeout=10_000)
    wait_idle()


def _drag_up(viewport, pixels: int) -> None:  # type: ignore[no-untyped-def]
    """A finger dragging the list up (the touchscreen sends it as a left-button drag), at
    a finger's pace: a move every 15 ms."""
    start = QPoint(viewport.width() // 2, viewport.height() - 20)
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(viewport, left, none, start)
    for step in range(1, 21):
        QTest.qWait(15)
        QTest.mouseMove(viewport, start - QPoint(0, pixels * step // 20))
    QTest.mouseRelease(viewport, left, none, start - QPoint(0, pixels))
