"""The clerk's call panel driven by its function keys, with the window screen and the rating
pad as simulators on real pseudo-terminals."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.queue.service import QueueService
from app.settings import Settings
from db.engine import Store
from tests.ui_queue.conftest import ADMIN, CLERK
from ui.clerk.call_panel import CallPanel


@pytest.fixture
def make_panel(qtbot, store: Store, service: QueueService) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[CallPanel] = []

    def make(settings: Settings) -> CallPanel:
        panel = CallPanel(store, settings, CLERK, 3, service=service)
        qtbot.addWidget(panel)
        panel.show()
        panel.activateWindow()
        qtbot.waitUntil(panel.isActiveWindow)
        qtbot.waitUntil(lambda: panel.window_status is not None)
        made.append(panel)
        return panel

    yield make
    for panel in made:
        panel.shutdown()


def press(qtbot, panel: CallPanel, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(panel.changed, timeout=5000):
        qtbot.keyClick(panel, key)


def test_f1_calls_and_f5_finishes(qtbot, make_panel, settings, service) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(settings)
    service.issue(ADMIN, "ZH")
    press(qtbot, panel, Qt.Key.Key_F1)
    assert panel.number_label.text() == "A001"
    current = service.window(3).current
    assert current is not None and current.number == "A001" and current.status == "called"
    press(qtbot, panel, Qt.Key.Key_F5)
    assert service.ticket("A001").status == "done"
    qtbot.waitUntil(lambda: panel.number_label.text() == "—")


def test_f1_with_nobody_waiting_says_so(qtbot, make_panel, settings) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(settings)
    press(qtbot, panel, Qt.Key.Key_F1)
    assert panel.message.text() == "当前没有等候的群众"


def test_f6_pauses_and_then_f1_is_refused(qtbot, make_panel, settings, service) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(settings)
    service.issue(ADMIN, "ZH")
    press(qtbot, panel, Qt.Key.Key_F6)
    assert service.window(3).paused
    qtbot.waitUntil(lambda: "暂停" in panel.state_label.text())
    press(qtbot, panel, Qt.Key.Key_F1)
    assert panel.message.text()  # the refusal, in Chinese
    assert service.window(3).current is None
    assert service.ticket("A001").status == "waiting"
    press(qtbot, panel, Qt.Key.Key_F6)
    assert not service.window(3).paused


def test_f3_skips_the_called_ticket(qtbot, make_panel, settings, service) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(settings)
    service.issue(ADMIN, "BDC")
    press(qtbot, panel, Qt.Key.Key_F1)
    press(qtbot, panel, Qt.Key.Key_F3)
    assert service.ticket("C001").status == "no_show"
    assert "过号" in panel.message.text()


def test_f4_transfers_to_another_line(qtbot, make_panel, settings, service) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(settings)
    service.issue(ADMIN, "ZH")
    press(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: panel.window_status is not None and panel.window_status.current is not None
    )
    qtbot.keyClick(panel, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: getattr(panel, "transfer_dialog", None) is not None)
    dialog = panel.transfer_dialog
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).text() == "转移"
    dialog.line_combo.setCurrentIndex(dialog.line_combo.findData("BDC"))
    with qtbot.waitSignal(panel.changed, timeout=5000):
        dialog.accept()
    moved = service.ticket("A001")
    assert moved.status == "waiting" and moved.transferred_from == "ZH"


def test_call_shows_on_the_led_and_finish_prompts_the_rating_pad(
    qtbot, make_panel, settings, service
) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(dataclasses.replace(settings, led_display="sim://", rating_pad="sim://"))
    service.issue(ADMIN, "ZH")
    press(qtbot, panel, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: panel.devices.led is not None
                    and panel.devices.led.simulator.shown.get(3) == ["请A001号 办理"], timeout=5000)  # fmt: skip
    press(qtbot, panel, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.devices.pad is not None
                    and panel.devices.pad.simulator.last_prompt is not None, timeout=5000)  # fmt: skip
    assert "3号窗口" in panel.devices.pad.simulator.last_prompt
    with qtbot.waitSignal(panel.changed, timeout=10000):
        panel.devices.pad.simulator.press(5)  # five stars
    assert service.ticket("A001").rating == 1  # GB/T 39046: 1 = 非常满意
    assert "非常满意" in panel.message.text()


def test_the_waiting_list_shows_who_f1_calls_next(qtbot, make_panel, settings, service) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(settings)
    service.issue(ADMIN, "ZH")  # A001
    service.issue(ADMIN, "ZH", priority="elderly")  # A002, priority lane
    panel.refresh()
    qtbot.waitUntil(lambda: panel.upcoming_model.numbers() == ["A002", "A001"])
    lane = panel.upcoming_model.index(0, 3).data()
    assert lane == "老年人" and panel.upcoming_model.index(1, 3).data() == "普通"
    press(qtbot, panel, Qt.Key.Key_F1)
    assert panel.number_label.text() == "A002"
    qtbot.waitUntil(lambda: panel.upcoming_model.numbers() == ["A001"])


def test_each_line_of_the_window_shows_its_waiting_once(qtbot, make_panel, settings, service) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    panel = make_panel(settings)

    def rows() -> list[str]:
        shown = [w for w in panel.findChildren(QLabel, "waitRow") if w.isVisible()]
        return [w.text() for w in shown if w is not panel.total_label]

    qtbot.waitUntil(lambda: len(rows()) == 2)
    assert rows()[0].startswith("A 综合受理：等候 0 人")
    assert rows()[1].startswith("C 不动产登记：等候 0 人")
    service.issue(ADMIN, "BDC")
    for _ in range(3):  # refreshed again and again: the rows change, never pile up
        with qtbot.waitSignal(panel.refreshed, timeout=5000):
            panel.refresh()
    assert len(rows()) == 2
    assert rows()[1].startswith("C 不动产登记：等候 1 人")
    assert panel.total_label.text() == "本窗口可叫：1 人"
