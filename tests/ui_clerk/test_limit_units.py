"""A limit keeps its unit wherever it is shown: the clerk's list, the public lookup list and the
service guide all say 自然日 for the ID card (60 days by law) and 工作日 for a licence."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.catalog import CatalogIndex, get_guide
from app.settings import Settings
from app.store import hall_facts
from tests.support.typing import ime_commit
from ui.app_main import make_app
from ui.clerk.catalog_browser import CatalogBrowser
from ui.common.worker import wait_idle
from ui.lookup.lookup_window import LookupWindow

ID_CARD = "居民身份证申领（首次）"


def test_clerk_list_and_guide_agree_on_the_unit(qtbot, demo_store) -> None:  # type: ignore[no-untyped-def]
    w = CatalogBrowser(demo_store, hall_facts(demo_store)[1])
    qtbot.addWidget(w)
    w.show()
    ime_commit(w.query, ID_CARD)
    qtbot.keyClick(w.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.model.rowCount() > 0 and w.model.row_at(0).name == ID_CARD,
                    timeout=10_000)  # fmt: skip
    promise = w.model.index(0, 4).data()
    legal = w.model.index(0, 5).data()
    assert (promise, legal) == ("20 个自然日", "60 个自然日")
    qtbot.waitUntil(lambda: (w.current_guide or {}).get("name") == ID_CARD, timeout=10_000)
    text = w.guide.toPlainText()
    assert "60 个自然日" in text and "20 个自然日" in text and "工作日" not in text
    # A licence in working days, the same way in both.
    hit = CatalogIndex(demo_store).search("有限责任公司设立登记", limit=1)[0]
    guide = get_guide(demo_store, hit.impl_code)
    assert (hit.promise_unit, guide["promise_unit"]) == ("W", "W")
    assert guide["promise_limit"].startswith(f"{hit.promise_days} 个工作日")
    wait_idle()


def test_lookup_list_says_calendar_days_for_the_id_card(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(db=demo_url)
    make_app(settings)
    hall_name, depts = hall_facts(demo_store)
    w = LookupWindow(demo_store, settings, hall_name=hall_name, departments=depts)
    qtbot.addWidget(w)
    w.show()
    code = next(c for c, n in depts if "公安" in n)
    with qtbot.waitSignal(w.matters_shown, timeout=10_000):
        qtbot.mouseClick(w.dept_tiles[code], Qt.MouseButton.LeftButton)
    model = w.matter_list.model()
    texts = [model.index(i, 0).data() for i in range(model.rowCount())]
    card = [t for t in texts if t.startswith(ID_CARD + "\n")]
    assert card and card[0].endswith("承诺20个自然日")
    assert all("工作日" not in t for t in texts if "身份证" in t)
    wait_idle()
