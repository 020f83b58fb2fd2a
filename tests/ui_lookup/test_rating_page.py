"""评价 page: five large buttons by touch, a reason for a bad rating, one rating per case, the
password, the scanner, and reset."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget
from sqlalchemy import select

from app.settings import Settings
from db.models import CaseRating, RatingFollowUp
from tests.ui_lookup.case_pages_support import (  # noqa: F401  (fixture)
    FOOD,
    SHOP,
    Hall,
    hall_fixture,
    scan,
    tap,
    type_slowly,
)
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.lookup.rating_page import RatingPage


def _page(qtbot, store, url: str) -> RatingPage:  # type: ignore[no-untyped-def]
    s = Settings(db=url)
    make_app(s)
    page = RatingPage(store, s)
    qtbot.addWidget(page)
    page.resize(1080, 1400)
    page.show()
    qtbot.waitExposed(page)
    return page


def _ratings(store) -> list[tuple[str, int | None, str]]:  # type: ignore[no-untyped-def]
    with store.read() as s:
        return [tuple(r) for r in s.execute(select(CaseRating.channel, CaseRating.level,
                                                   CaseRating.text))]  # fmt: skip


def test_bad_rating_with_reason_is_stored_once_with_a_follow_up(
        qtbot, qapp, demo_store, demo_url, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    case_no, _, pw = hall.accept(SHOP)  # 即办件: concluded on acceptance
    page = _page(qtbot, demo_store, demo_url)
    assert [b.text() for b in page.level_buttons.values()] == \
        ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]  # fmt: skip
    tap(page.entry.number_edit)
    scan(page.entry.number_edit, case_no)  # the receipt's barcode
    type_slowly(page.entry.password_edit, pw)
    assert not page.reason.isVisible()
    tap(page.level_buttons[5])
    assert page.level_buttons[5].isChecked() and page.reason.isVisible()
    tap(page.reason)
    type_slowly(page.reason, "wait 2h")
    with qtbot.waitSignal(page.rated, timeout=10_000) as rated:
        tap(page.submit_button)
    assert rated.args[0].level == 5 and rated.args[0].follow_up_id is not None
    assert "感谢您的评价" in page.thanks.text() and "非常不满意" in page.thanks.text()
    # Nothing of the person stays on the screen.
    assert page.entry.values() == ("", "") and page.reason.text() == ""
    assert not any(b.isChecked() for b in page.level_buttons.values())
    assert _ratings(demo_store) == [("lookup", 5, "wait 2h")]
    with demo_store.read() as s:
        assert s.scalar(select(RatingFollowUp.responsible)) == "C001"

    # 一事一评: the same case again is refused, and nothing more is stored.
    type_slowly(page.entry.number_edit, case_no)
    type_slowly(page.entry.password_edit, pw)
    tap(page.level_buttons[1])
    assert not page.reason.isVisible()
    tap(page.submit_button)
    qtbot.waitUntil(lambda: "一事一评" in page.entry.message.text(), timeout=10_000)
    assert _ratings(demo_store) == [("lookup", 5, "wait 2h")]
    wait_idle()


def test_rating_needs_a_level_the_password_and_a_concluded_case(
        qtbot, qapp, demo_store, demo_url, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    case_no, _, pw = hall.accept(SHOP)
    running, _, pw2 = hall.accept(FOOD)
    page = _page(qtbot, demo_store, demo_url)
    tap(page.entry.number_edit)
    type_slowly(page.entry.number_edit, case_no)
    type_slowly(page.entry.password_edit, pw)
    tap(page.submit_button)
    assert page.entry.message.text() == "请点击一个评价等级"
    page.entry.password_edit.clear()
    type_slowly(page.entry.password_edit, "000000")
    tap(page.level_buttons[2])
    tap(page.submit_button)
    qtbot.waitUntil(lambda: "查询密码错误" in page.entry.message.text(), timeout=10_000)
    assert page.entry.number_edit.text() == case_no and page.level_buttons[2].isChecked()
    page.reset()
    type_slowly(page.entry.number_edit, running)
    type_slowly(page.entry.password_edit, pw2)
    tap(page.level_buttons[1])
    tap(page.submit_button)
    qtbot.waitUntil(lambda: "办结后才能评价" in page.entry.message.text(), timeout=10_000)
    assert _ratings(demo_store) == []
    wait_idle()


def test_reset_clears_number_password_level_and_reason(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_store, demo_url)
    tap(page.entry.number_edit)
    type_slowly(page.entry.number_edit, "HALL-001")
    type_slowly(page.entry.password_edit, "123456")
    tap(page.level_buttons[4])
    type_slowly(page.reason, "slow")
    with qtbot.waitSignal(page.done, timeout=2_000):
        tap(page.back)
    assert page.entry.values() == ("", "") and page.reason.text() == ""
    assert not page.reason.isVisible() and page.levels.checkedId() == -1


def test_the_screen_keyboard_follows_the_touched_field(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    """The shell's on-screen keyboard (built per field by a factory) appears under the field
    the finger touched, and its keys type into that field."""
    page = _page(qtbot, demo_store, demo_url)

    def keyboard(target: QLineEdit) -> QWidget:
        kb = QWidget()
        key = QPushButton("7")
        key.setObjectName("key7")
        QHBoxLayout(kb).addWidget(key)
        key.clicked.connect(lambda: target.insert("7"))
        return kb

    page.attach_keyboard(keyboard)
    host = page.entry.keyboards
    assert host.isVisible()
    for field in (page.entry.password_edit, page.reason, page.entry.number_edit):
        field.setVisible(True)
        tap(field)
        qtbot.waitUntil(lambda f=field: f.hasFocus(), timeout=2_000)
        tap(host.currentWidget().findChild(QPushButton, "key7"))
        qtbot.waitUntil(lambda f=field: f.text() == "7", timeout=2_000)
    page.reset()
    assert page.entry.values() == ("", "") and page.reason.text() == ""
