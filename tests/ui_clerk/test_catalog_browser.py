"""The catalog browser: typing searches (debounced), rows show, the guide pane fills."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.typing import ime_commit
from ui.clerk.catalog_browser import CatalogBrowser


def _browser(qtbot, demo_store):  # type: ignore[no-untyped-def]
    from app.catalog_io import export_catalog

    depts = [(d["code"], d["name"]) for d in export_catalog(demo_store)["departments"]]
    w = CatalogBrowser(demo_store, depts)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0, timeout=10_000)
    return w


def _names(w):  # type: ignore[no-untyped-def]
    return [w.model.row_at(r).name for r in range(w.model.rowCount())]


def test_model_passes_qt_model_checks(qtbot, qtmodeltester, demo_store) -> None:  # type: ignore[no-untyped-def]
    w = _browser(qtbot, demo_store)
    qtmodeltester.check(w.model)


def test_pinyin_initials_typed_find_business_licence(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    w = _browser(qtbot, demo_store)
    with qtbot.waitSignal(w.results_shown, timeout=10_000):
        qtbot.keyClicks(w.query, "yyzz")  # one debounced search for the four keys
    names = _names(w)
    assert "有限责任公司设立登记" in names and "个体工商户设立登记" in names
    assert len(names) <= 6 and all("登记" in n for n in names)
    qtbot.waitUntil(lambda: "营业执照" in w.guide.toPlainText(), timeout=10_000)


def test_exact_name_ranks_first_and_guide_lists_bases_in_rank_order(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    w = _browser(qtbot, demo_store)
    ime_commit(w.query, "内地居民结婚登记")
    qtbot.keyClick(w.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _names(w)[:1] == ["内地居民结婚登记"], timeout=10_000)
    qtbot.waitUntil(lambda: (w.current_guide or {}).get("name") == "内地居民结婚登记", timeout=10_000)
    text = w.guide.toPlainText()
    assert "中华人民共和国民法典" in text and "婚姻登记条例" in text
    assert text.index("中华人民共和国民法典") < text.index("婚姻登记条例")  # 法律 before 行政法规
    assert "居民户口簿" in text or "身份证" in text


def test_department_filter_and_no_match_message(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    w = _browser(qtbot, demo_store)
    i = w.department.findText("青川县民政局")
    w.department.setCurrentIndex(i)
    qtbot.waitUntil(lambda: w.model.rowCount() and all(
        w.model.row_at(r).department == "青川县民政局" for r in range(w.model.rowCount())), timeout=10_000)
    with qtbot.waitSignal(w.results_shown, timeout=10_000):
        ime_commit(w.query, "营业执照")
    assert w.model.rowCount() == 0
    assert "没有找到匹配的事项" in w.count.text()
