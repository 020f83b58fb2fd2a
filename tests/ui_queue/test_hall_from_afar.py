"""The hall display read from across the hall: the flashing tile and the banner name the same
number at once; a window with someone at it cannot be paused; waiting chips carry the line's
letter; a display without sound says so."""

from __future__ import annotations

from typing import Any

import pytest

from app.errors import Conflict
from app.queue.service import QueueService
from app.queue.views import CallEvent
from tests.ui_queue.conftest import ADMIN, CLERK, FixedClock
from ui.hall.hall_window import HallWindow
from ui.hall.voice import Announcer, ClipBackend, SilentBackend


class CallDuringPoll(QueueService):
    """A clerk presses F1 exactly between the display's two reads of one poll."""

    pending = False
    reads = 0

    def _between(self) -> None:
        if self.pending:
            self.reads += 1
            if self.reads == 2:
                self.pending = False
                self.call_next(CLERK, 3)

    def calls_since(self, since: Any, limit: int = 20) -> list[CallEvent]:
        self._between()
        return super().calls_since(since, limit)

    def status(self) -> Any:
        self._between()
        return super().status()


def make_hall(qtbot, store, settings, service, backends=None) -> HallWindow:  # type: ignore[no-untyped-def]
    announcer = Announcer(settings.voice_template,
                          backends=backends if backends is not None else [SilentBackend()])  # fmt: skip
    hall = HallWindow(store, settings, hall_name="测试县政务服务中心", service=service,
                      announcer=announcer)  # fmt: skip
    qtbot.addWidget(hall)
    hall.show()
    qtbot.waitUntil(lambda: hall.primed and 3 in hall.cards)
    return hall


def test_the_flashing_tile_and_the_banner_agree_at_once(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    service = CallDuringPoll(store, settings, clock=FixedClock())
    hall = make_hall(qtbot, store, settings, service)
    seen: list[tuple[str, str]] = []
    hall.called.connect(lambda c: seen.append((c.number, hall.cards[c.window_no].number.text())))
    service.issue(ADMIN, "ZH")
    service.pending = True  # the call lands between the display's two reads
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen[0] == ("A001", "A001")  # never "—" on the tile while the banner says A001
    assert "A001" in hall.banner.text() and "3 号窗口" in hall.banner.text()
    hall.shutdown()


def test_a_window_with_a_called_number_cannot_be_paused(qtbot, store, settings, service) -> None:  # type: ignore[no-untyped-def]
    hall = make_hall(qtbot, store, settings, service)
    service.issue(ADMIN, "ZH")
    service.call_next(CLERK, 3)
    with pytest.raises(Conflict, match="尚未办结"):
        service.pause(CLERK, 3)
    qtbot.wait(1500)
    assert hall.cards[3].number.text() == "A001"
    service.finish(CLERK, 3)
    service.pause(CLERK, 3)
    qtbot.waitUntil(lambda: hall.cards[3].number.text() == "暂停服务", timeout=5000)
    hall.shutdown()


def test_waiting_chips_carry_the_line_letter(qtbot, store, settings, service) -> None:  # type: ignore[no-untyped-def]
    service.issue(ADMIN, "BDC")
    hall = make_hall(qtbot, store, settings, service)
    qtbot.waitUntil(lambda: "1 人" in hall.chips["BDC"].text(), timeout=5000)
    assert hall.chips["BDC"].text().startswith("C ")  # C001 belongs to 不动产登记
    hall.shutdown()


class QuietSink:
    def play_file(self, path: Any, length_ms: int, done: Any) -> None:
        done()

    def stop(self) -> None:
        pass


def test_a_display_without_sound_says_voice_is_off(qtbot, store, settings, service) -> None:  # type: ignore[no-untyped-def]
    silent = make_hall(qtbot, store, settings, service)
    assert silent.voice_state.isVisible() and silent.voice_state.text() == "语音未连接"
    silent.shutdown()
    speaking = make_hall(qtbot, store, settings, service,
                         backends=[ClipBackend(sink=QuietSink()), SilentBackend()])  # fmt: skip
    assert not speaking.voice_state.isVisible()
    speaking.shutdown()
