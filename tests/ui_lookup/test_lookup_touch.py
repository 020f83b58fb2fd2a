"""The public lookup screen never shows a confidential (涉密) matter, however it is reached."""

from __future__ import annotations

from tests.ui_lookup.touch import tap


def _rows(view) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def test_public_lookup_never_lists_a_confidential_matter(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    tap(w.tiles["departments"])
    with qtbot.waitSignal(w.matters_shown, timeout=10_000):
        tap(next(t for t in w.dept_tiles.values() if t.text() == "青川县民政局"))
    rows = _rows(w.matter_list)
    assert any(r.startswith("内地居民结婚登记") for r in rows)
    # 内地居民离婚登记 and 婚姻登记档案查询 are marked 涉密 in the demo catalog.
    assert not any("离婚登记" in r or "婚姻登记档案查询" in r for r in rows)
    tap(w.home_button)
    tap(w.tiles["themes"])
    with qtbot.waitSignal(w.matters_shown, timeout=10_000):
        tap(w.theme_tiles["marriage"])
    rows = _rows(w.matter_list)
    assert any(r.startswith("内地居民结婚登记") for r in rows)
    assert not any("离婚登记" in r or "婚姻登记档案查询" in r for r in rows)
    tap(w.home_button)
    tap(w.tiles["search"])
    for ch in "lihun":
        tap(w.keyboard.keys[ch.upper()])
    qtbot.waitUntil(lambda: "“lihun”" in w.search_status.text(), timeout=10_000)
    assert not any("离婚" in r for r in _rows(w.results))
