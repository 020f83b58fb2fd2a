"""办件查询 page driven by touch and by a receipt scanner: what the person sees, the throttle,
and that nothing stays on the screen after reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.settings import Settings
from tests.ui_i18n.test_english_translation import english  # noqa: F401  (fixture)
from tests.ui_lookup.case_pages_support import (  # noqa: F401  (fixture)
    FOOD,
    Hall,
    company,
    hall_fixture,
    scan,
    tap,
    type_slowly,
)
from ui.app_main import make_app
from ui.common.worker import wait_idle
from ui.lookup.progress_page import ProgressPage


def _page(qtbot, store, url: str, **settings) -> ProgressPage:  # type: ignore[no-untyped-def]
    s = Settings(db=url, **settings)
    make_app(s)
    page = ProgressPage(store, s)
    qtbot.addWidget(page)
    page.resize(1080, 1400)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_typed_query_number_and_password_show_the_masked_progress(
        qtbot, qapp, demo_store, demo_url, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    case_no, query_no, pw = hall.accept(FOOD)
    page = _page(qtbot, demo_store, demo_url)
    tap(page.entry.number_edit)
    type_slowly(page.entry.number_edit, query_no)
    tap(page.entry.password_edit)
    type_slowly(page.entry.password_edit, pw)
    with qtbot.waitSignal(page.shown, timeout=10_000):
        tap(page.entry.submit_button)
    text = page.result.text()
    assert page.result_area.isVisible()
    assert case_no in text and "食品经营许可（新办）" in text and "张*丰" in text
    assert "计时中" in text and "承诺时限：5个工作日" in text and "正在办理" in text
    assert "张三丰" not in text and "13800138000" not in text and "110105" not in text
    assert page.entry.password_edit.text() == ""  # the password does not stay on screen
    wait_idle()


def test_receipt_barcode_from_a_scanner_fills_the_number_then_asks_the_password(
        qtbot, qapp, demo_store, demo_url, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    case_no, _, pw = hall.accept(FOOD, company())
    page = _page(qtbot, demo_store, demo_url)
    tap(page.entry.number_edit)
    type_slowly(page.entry.number_edit, "12")  # someone began typing, then used the scanner
    page.entry.number_edit.clear()
    scan(page.entry.number_edit, case_no)  # the receipt header's Code128: the case number
    assert page.entry.number_edit.text() == case_no
    assert page.entry.password_edit.hasFocus() and page.entry.password_edit.text() == ""
    assert "请输入查询密码" in page.entry.message.text()
    assert not page.result_area.isVisible()  # the scanner's Enter did not submit half a query
    type_slowly(page.entry.password_edit, pw)
    with qtbot.waitSignal(page.shown, timeout=10_000):
        QTest.keyClick(page.entry.password_edit, Qt.Key.Key_Return)
    assert "某某有限公司" in page.result.text() and "宏达" not in page.result.text()
    wait_idle()


def test_scanned_into_the_password_field_and_a_qr_with_the_password(
        qtbot, qapp, demo_store, demo_url, hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    case_no, query_no, pw = hall.accept(FOOD)
    page = _page(qtbot, demo_store, demo_url)
    tap(page.entry.password_edit)
    scan(page.entry.password_edit, case_no)  # the focus was on the password: still sorted out
    assert page.entry.number_edit.text() == case_no and page.entry.password_edit.text() == ""
    page.reset()
    tap(page.entry.number_edit)
    with qtbot.waitSignal(page.shown, timeout=10_000):
        scan(page.entry.number_edit, f"https://zwfw.example.gov.cn/q?no={query_no}&pw={pw}")
    assert case_no in page.result.text()
    page.reset()
    scan(page.entry.number_edit, "https://zwfw.example.gov.cn/guide/115108")
    assert "不是办件查询码" in page.entry.message.text()
    assert page.entry.number_edit.text() == ""  # the URL was not left in the field
    wait_idle()


def test_wrong_passwords_are_throttled_on_screen(qtbot, qapp, demo_store, demo_url,
                                                 hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    case_no, _, pw = hall.accept(FOOD)
    page = _page(qtbot, demo_store, demo_url, progress_max_failures=2, progress_lock_minutes=15)
    tap(page.entry.number_edit)
    type_slowly(page.entry.number_edit, case_no)
    messages = []
    for password in ("000000", "000001", pw):
        tap(page.entry.password_edit)
        type_slowly(page.entry.password_edit, password)
        with qtbot.waitSignal(page.failed, timeout=10_000) as refused:
            tap(page.entry.submit_button)
        messages.append(refused.args[0])
        assert page.entry.number_edit.text() == case_no  # what was typed is kept
        assert page.entry.password_edit.text() == "" and not page.result_area.isVisible()
    assert "办件编号或查询密码错误" in messages[0]
    assert "已暂停查询15分钟" in messages[1]
    assert "分钟后再试" in messages[2]  # even the right password waits
    assert page.entry.message.text() == messages[2]
    wait_idle()


def test_empty_fields_are_asked_for_in_chinese(qtbot, qapp, demo_store, demo_url) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_store, demo_url)
    tap(page.entry.submit_button)
    assert "请输入办件编号" in page.entry.message.text()
    type_slowly(page.entry.number_edit, "T1")
    tap(page.entry.submit_button)
    assert "查询密码" in page.entry.message.text() and page.entry.password_edit.hasFocus()


def test_reset_clears_everything_and_drops_a_late_answer(qtbot, qapp, demo_store, demo_url,
                                                         hall: Hall) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    case_no, _, pw = hall.accept(FOOD)
    page = _page(qtbot, demo_store, demo_url)
    tap(page.entry.number_edit)
    type_slowly(page.entry.number_edit, case_no)
    tap(page.entry.password_edit)
    type_slowly(page.entry.password_edit, pw)
    with qtbot.waitSignal(page.shown, timeout=10_000):
        tap(page.entry.submit_button)
    with qtbot.waitSignal(page.done, timeout=2_000):
        tap(page.back)
    assert page.entry.number_edit.text() == page.entry.password_edit.text() == ""
    assert page.result.text() == "" and not page.result_area.isVisible()
    # A query still running when the idle timer resets the page never reaches the screen.
    type_slowly(page.entry.number_edit, case_no)
    tap(page.entry.password_edit)
    type_slowly(page.entry.password_edit, pw)
    with qtbot.assertNotEmitted(page.shown, wait=300):
        QTest.keyClick(page.entry.password_edit, Qt.Key.Key_Return)  # the query is sent
        assert not page.entry.submit_button.isEnabled()
        page.reset()  # the idle timer, while the query is on its way
        wait_idle()
        qtbot.wait(50)
    assert page.result.text() == "" and page.entry.message.text() == ""


def test_case_pages_in_english(qtbot, english, demo_store) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from ui.lookup.disclosure_page import DisclosurePage
    from ui.lookup.rating_page import RatingPage

    progress = ProgressPage(demo_store, english)
    rating = RatingPage(demo_store, english)
    disclosure = DisclosurePage(demo_store, english)
    for w in (progress, rating, disclosure):
        qtbot.addWidget(w)
    assert progress.entry.submit_button.text() == "Look up" and progress.back.text() == "Home"
    assert progress.entry.password_edit.placeholderText().startswith("Query password")
    assert [b.text() for b in rating.level_buttons.values()][::4] == ["Very satisfied",
                                                                      "Very dissatisfied"]  # fmt: skip
    assert disclosure.next_button.text() == "Next page"
    qtbot.mouseClick(progress.entry.submit_button, Qt.MouseButton.LeftButton)
    assert progress.entry.message.text().startswith("Enter the case no.")
