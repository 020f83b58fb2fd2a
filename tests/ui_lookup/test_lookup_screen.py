"""The lookup screen's shell by touch: the idle timer (touch and finger scrolling keep a reader
in), kinetic scrolling, layouts for both orientations, pages added by other screens, the
window map and the exit PIN corner."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from tests.ui_lookup.conftest import COMPANY
from tests.ui_lookup.touch import drag, tap


def _open_guide(qtbot, w, code: str = COMPANY) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(w.guide_shown, timeout=10_000):
        w.open_guide(code)


def test_touches_keep_a_reader_in_and_silence_sends_the_screen_home(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    tap(w.tiles["departments"])
    _open_guide(qtbot, w)
    w.idle.setInterval(600)
    w.idle.start()
    for _ in range(6):  # 1.2 s of reading with a touch every 0.2 s: twice the idle time
        qtbot.wait(200)
        tap(w.guide.viewport())
        assert w.pages.currentWidget() is w.guide_page
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.home, timeout=3_000)
    assert not w.nav.isVisible()


def test_finger_scrolling_a_long_guide_scrolls_it_and_restarts_the_idle_timer(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    _open_guide(qtbot, w)
    bar = w.guide.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # the guide is longer than the screen
    w.idle.setInterval(4_000)
    w.idle.start()
    qtbot.wait(1_500)
    assert w.idle.remainingTime() < 2_800
    drag(w.guide.viewport(), QPoint(200, 420), -400)
    qtbot.waitUntil(lambda: bar.value() > 200, timeout=3_000)  # QScroller moved the text
    assert w.idle.remainingTime() > 3_000  # the scroll counted as activity
    # While the text still coasts after the finger left the glass, each step counts too.
    w.idle.start()
    qtbot.wait(1_500)
    bar.setValue(bar.value() - 50)
    assert w.idle.remainingTime() > 3_500
    assert w.pages.currentWidget() is w.guide_page


def test_every_list_and_text_scrolls_by_finger(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup(size=(1920, 1080))
    tap(w.tiles["departments"])
    with qtbot.waitSignal(w.matters_shown, timeout=10_000):
        tap(next(t for t in w.dept_tiles.values() if t.text() == "青川县市场监督管理局"))
    view: QListView = w.matter_list
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # 13 matters: more than one screenful
    drag(view.viewport(), QPoint(200, 400), -350)
    qtbot.waitUntil(lambda: bar.value() > 100, timeout=3_000)
    assert w.pages.currentWidget() is w.list_page  # a drag is not a tap on a matter


def test_landscape_and_portrait_layouts(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup(size=(1920, 1080))

    def columns(grid, tiles) -> int:  # type: ignore[no-untyped-def]
        return len({grid.getItemPosition(grid.indexOf(t))[1] for t in tiles})

    qtbot.waitUntil(lambda: w.landscape)
    assert columns(w.home_grid, [t for k, t in w.tiles.items() if w.tile_enabled[k]]) == 4
    assert columns(w.dept_tiles_grid, w.dept_tiles.values()) == 3
    _open_guide(qtbot, w)
    assert w.guide.geometry().right() < w.flowchart.geometry().left()  # side by side
    assert w.flowchart.columns == 2
    w.resize(1080, 1920)
    qtbot.waitUntil(lambda: not w.landscape)
    assert columns(w.home_grid, [t for k, t in w.tiles.items() if w.tile_enabled[k]]) == 2
    assert columns(w.dept_tiles_grid, w.dept_tiles.values()) == 2
    qtbot.waitUntil(lambda: w.guide.geometry().bottom() < w.flowchart.geometry().top())
    assert w.flowchart.columns == 3
    # Large type and nothing cut off: every home tile fits its label, inside the window.
    tap(w.home_button)
    for tile in (t for t in w.tiles.values() if t.isVisible()):
        assert tile.font().pointSize() >= 20 or tile.fontInfo().pixelSize() >= 26
        assert tile.width() >= tile.fontMetrics().horizontalAdvance(tile.text().split("\n")[-1])
        assert w.rect().contains(tile.mapTo(w, tile.rect().bottomRight()))


class _Page(QWidget):
    """A page as another screen provides it: a ``done`` signal and a ``reset()``."""

    done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.resets = 0
        self.text = QLabel("办件查询")
        self.list = QListView()
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.list)

    def reset(self) -> None:
        self.resets += 1


def test_added_pages_get_their_tiles_and_go_home_when_done(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup(size=(1920, 1080))
    for key in ("progress", "disclosure", "rating", "complaint"):
        assert not w.tiles[key].isVisible()  # no page, no tile
    page = _Page()
    w.add_page("progress", page)
    assert w.tiles["progress"].isVisible() and not w.tiles["rating"].isVisible()
    tap(w.tiles["progress"])
    assert w.pages.currentWidget() is page
    page.done.emit()
    assert w.pages.currentWidget() is w.home
    assert page.resets >= 1
    tap(w.tiles["progress"])
    w.idle.setInterval(100)
    w.idle.start()
    qtbot.waitUntil(lambda: w.pages.currentWidget() is w.home, timeout=3_000)
    assert page.resets >= 2  # the next person sees nothing of the last one's query
    for key in ("disclosure", "rating", "complaint"):
        w.add_page(key, QWidget())
    visible = [t for k, t in w.tiles.items() if w.tile_enabled[k]]
    assert len(visible) == 8  # 2 rows of 4 in landscape, no holes
    rows = {w.home_grid.getItemPosition(w.home_grid.indexOf(t))[0] for t in visible}
    assert rows == {0, 1}


def test_window_map_says_which_window_serves_what(qtbot, make_lookup, demo_store) -> None:  # type: ignore[no-untyped-def]
    from app.lookup.window_map import window_map

    w = make_lookup()
    with qtbot.waitSignal(w.windows_shown, timeout=10_000) as shown:
        tap(w.tiles["windows"])
    places = window_map(demo_store)
    assert shown.args[0] == len(places) >= 5
    text = w.windows_view.toPlainText()
    assert "企业开办" in text and "不动产登记" in text and "青川县自然资源局" in text
    first_business = next(p for p in places if any("企业开办" in ln for ln in p.lines))
    assert first_business.name in text


def test_exit_corner_asks_for_the_pin_only_when_one_is_set(qtbot, make_lookup) -> None:  # type: ignore[no-untyped-def]
    w = make_lookup()
    w.corner.held.emit()  # a 3-second hold, as the kiosk's corner (tests/ui_queue covers it)
    assert w.pages.currentWidget() is w.home and "退出密码" in w.hint.text()
