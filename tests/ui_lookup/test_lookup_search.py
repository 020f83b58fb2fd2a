"""Finding a guide by finger: the on-screen keyboard, pinyin initials and full pinyin, the
result list, and the guide in the order a citizen needs it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui_lookup.conftest import COMPANY
from tests.ui_lookup.touch import tap


def _rows(view) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def _type(qtbot, w, letters: str) -> list[str]:  # type: ignore[no-untyped-def]
    for ch in letters:
        tap(w.keyboard.keys[ch.upper()])
    # The search runs once typing pauses; its answer names what was typed.
    qtbot.waitUntil(lambda: f"“{w.search_field.text()}”" in w.search_status.text(), timeout=10_000)
    return _rows(w.results)


def test_typing_yyzz_on_the_screen_keyboard_finds_enterprise_registration(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    tap(w.tiles["search"])
    assert w.pages.currentWidget() is w.search_page
    rows = _type(qtbot, w, "yyzz")
    assert w.search_field.text() == "yyzz"
    assert any(r.startswith("企业设立登记") for r in rows), rows
    assert "找到" in w.search_status.text()

    row = next(i for i, r in enumerate(rows) if r.startswith("企业设立登记"))
    rect = w.results.visualRect(w.results.model().index(row, 0))
    with qtbot.waitSignal(w.guide_shown, timeout=10_000) as shown:
        tap(w.results.viewport(), rect.center())
    assert shown.args == [COMPANY]
    assert w.pages.currentWidget() is w.guide_page
    text = w.guide.toPlainText()
    # What to meet and bring comes first; the legal basis last, in rank order.
    order = ["受理条件", "需要带的材料", "收费", "办理时限", "办理地点", "办理时间",
             "咨询与监督电话", "设定与实施依据"]  # fmt: skip
    places = [text.index(h) for h in order]
    assert places == sorted(places)
    # Each material with its necessity, original and copy counts, and its note.
    assert re.search(r"合伙协议\s+必要\s+原件 1 份\s+复印件 0 份.*\s+合伙企业提交", text)
    assert re.search(r"主体资格证明或身份证件\s+必要\s+原件 0 份\s+复印件 1 份", text)
    assert "个工作日" in text  # limits carry their unit
    basis = text[text.index("设定与实施依据") :]
    laws = [basis.index(t) for t in ("［法律］", "［行政法规］", "［部门规章］")]
    assert laws == sorted(laws)  # 法律 → 行政法规 → 部门规章


def test_full_pinyin_backspace_and_clear_keys(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    tap(w.tiles["search"])
    rows = _type(qtbot, w, "jiehun")
    assert any(r.startswith("内地居民结婚登记") for r in rows)
    assert not any("离婚" in r for r in rows)  # confidential in the demo catalog: never shown
    tap(w.keyboard.keys["退格"])
    assert w.search_field.text() == "jiehu"
    qtbot.waitUntil(lambda: "“jiehu”" in w.search_status.text(), timeout=10_000)
    tap(w.keyboard.keys["清空"])
    qtbot.waitUntil(lambda: w.search_status.text() == "", timeout=10_000)
    assert w.search_field.text() == "" and _rows(w.results) == []


def test_nothing_found_says_so_in_chinese(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    tap(w.tiles["search"])
    assert _type(qtbot, w, "qqqxz") == []
    assert "没有找到“qqqxz”" in w.search_status.text()


def test_a_keyboard_or_an_input_method_types_into_the_same_field(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    tap(w.tiles["search"])
    qtbot.keyClicks(w.search_field, "yyzz")  # a USB keyboard or scanner
    qtbot.waitUntil(lambda: "“yyzz”" in w.search_status.text(), timeout=10_000)
    assert any(r.startswith("企业设立登记") for r in _rows(w.results))
    w.search_field.clear()
    w.search_field.setFocus()
    commit = QInputMethodEvent()
    commit.setCommitString("结婚")  # Chinese as an input method (e.g. handwriting) commits it
    QApplication.sendEvent(w.search_field, commit)
    qtbot.waitUntil(lambda: "“结婚”" in w.search_status.text(), timeout=10_000)
    assert w.search_field.text() == "结婚"
    assert any(r.startswith("内地居民结婚登记") for r in _rows(w.results))


def test_theme_tile_lists_the_matters_of_a_life_event(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    tap(w.tiles["themes"])
    assert w.pages.currentWidget() is w.theme_page
    with qtbot.waitSignal(w.matters_shown, timeout=10_000):
        tap(w.theme_tiles["business"])
    rows = _rows(w.matter_list)
    assert any(r.startswith("企业设立登记") for r in rows)
    assert any(r.startswith("有限责任公司设立登记") for r in rows)
    assert not any("结婚" in r for r in rows)
    tap(w.back_button)
    assert w.pages.currentWidget() is w.theme_page


def test_department_tiles_in_name_order_and_tap_to_guide(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    tap(w.tiles["departments"])
    names = [t.text() for t in w.dept_tiles.values()]
    # By the name a citizen reads (青川县 left out), not by internal code: 残联 (cl) first,
    # 自然资源局 (code zrzyj) last, 公安 before 民政 though its code gaj sorts after…
    assert names[0] == "青川县残疾人联合会" and names[-1] == "青川县自然资源局"
    assert names.index("青川县公安局") < names.index("青川县民政局")
    with qtbot.waitSignal(w.matters_shown, timeout=10_000) as shown:
        tap(next(t for t in w.dept_tiles.values() if t.text() == "青川县民政局"))
    assert shown.args[0] >= 5
    rows = _rows(w.matter_list)
    assert not any("离婚" in r for r in rows)
    row = next(i for i, r in enumerate(rows) if r.startswith("内地居民结婚登记"))
    rect = w.matter_list.visualRect(w.matter_list.model().index(row, 0))
    with qtbot.waitSignal(w.guide_shown, timeout=10_000):
        tap(w.matter_list.viewport(), rect.center())
    assert "内地居民结婚登记" in w.guide.toPlainText()
    assert w.matter_list.model().index(row, 0).data(Qt.ItemDataRole.UserRole)


def test_configured_department_order_comes_first(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup(lookup_departments="scjgj，青川县公安局")
    names = [t.text() for t in w.dept_tiles.values()]
    assert names[:3] == ["青川县市场监督管理局", "青川县公安局", "青川县残疾人联合会"]
