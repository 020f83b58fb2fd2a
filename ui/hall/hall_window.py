"""The hall display (大厅显示屏): current number per window, the last calls, waiting counts, a
scrolling notice, and the voice call for every new call or recall."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.kiosk.hall_clock import hall_now
from app.kiosk.wording import MISSED_CALL
from app.queue.service import QueueService
from app.queue.views import CallEvent, HallStatus
from app.settings import Settings
from app.store import Store
from ui.common.fonts import load_cjk_font
from ui.common.worker import run_async
from ui.hall.hall_style import HALL_QSS
from ui.hall.hall_widgets import RecentCalls, Ticker, WindowCard, repolish
from ui.hall.voice import Announcer

POLL_MS = 1000
FLASH_TOGGLES = 8
# Translated when shown (a notice from the settings is passed through unchanged).
DEFAULT_NOTICE = QT_TRANSLATE_NOOP(
    "HallWindow",
    "请取号后留意叫号，过号请到叫号的窗口说明，由窗口为您补回。老年人、残疾人、军人、孕妇可走优先通道。"
    "办事指南和办件进度可在查询一体机上查看。如对服务不满意，请在窗口评价器上评价。",
)
assert MISSED_CALL in DEFAULT_NOTICE  # the display and the ticket slip say the same


class HallWindow(QWidget):
    polled = Signal()  # after each poll has been shown (tests wait on it)
    called = Signal(object)  # CallEvent, for each new call or recall

    def __init__(self, store: Store, settings: Settings, *, hall_name: str,
                 departments: list[tuple[str, str]] | None = None,
                 service: QueueService | None = None, announcer: Announcer | None = None,
                 notice: str = DEFAULT_NOTICE, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings, self._service = store, settings, service
        self.announcer = announcer or Announcer(settings.voice_template, parent=self)
        self.primed = False
        self._polling = False
        self._seen: set[tuple[str, str, int]] = set()
        self._since: dt.datetime | None = None
        self._flashing: list[QWidget] = []
        self._flash_left = 0
        self.setObjectName("hall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(self.tr("一窗 · %s · 大厅显示屏") % hall_name)
        self.setFont(QFont(load_cjk_font()))
        self.setStyleSheet(HALL_QSS)
        root = QVBoxLayout(self)
        root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the panel decides
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(14)
        root.addWidget(self._header(hall_name))
        self.banner = QLabel(self.tr("欢迎光临，请取号等候叫号"))
        self.banner.setObjectName("callBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QHBoxLayout()
        body.setContentsMargins(24, 0, 24, 0)
        body.setSpacing(20)
        left = QVBoxLayout()
        left.addWidget(self.banner)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        left.addLayout(self.grid, 1)
        body.addLayout(left, 3)
        self.recent = RecentCalls()
        body.addWidget(self.recent, 1)
        root.addLayout(body, 1)
        self.waiting_row = QGridLayout()
        self.waiting_row.setContentsMargins(24, 0, 24, 0)
        self.waiting_row.setSpacing(10)
        root.addLayout(self.waiting_row)
        self.ticker = Ticker(self.tr(notice))
        root.addWidget(self.ticker)
        self.cards: dict[int, WindowCard] = {}
        self.chips: dict[str, QLabel] = {}
        self._poll_timer = QTimer(self, interval=POLL_MS)
        self._poll_timer.timeout.connect(self.poll)
        self._poll_timer.start()
        self._flash_timer = QTimer(self, interval=400)
        self._flash_timer.timeout.connect(self._flash_step)
        self._clock_timer = QTimer(self, interval=1000)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()
        self._tick()
        self.poll()
        self.resize(1920, 1080)

    def _header(self, hall_name: str) -> QWidget:
        header = QWidget()
        header.setObjectName("hallHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(header)
        row.setContentsMargins(30, 10, 30, 10)
        name = QLabel(hall_name)
        name.setObjectName("hallName")
        row.addWidget(name, 1)
        self.voice_state = QLabel(self.tr("语音未连接"))
        self.voice_state.setObjectName("voiceOff")
        self.voice_state.setVisible(not self.announcer.has_sound)
        row.addWidget(self.voice_state)
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        row.addWidget(self.clock)
        return header

    def _tick(self) -> None:
        # The hall's time (Beijing), not the PC's time zone.
        now = hall_now(self._service.clock if self._service else None)
        shown = QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        self.clock.setText(shown.toString(self.tr("yyyy年M月d日  HH:mm")))

    # --- polling ---------------------------------------------------------------------------

    def service(self) -> QueueService:
        """Worker threads only: the first call reads the hall from the store."""
        if self._service is None:
            self._service = QueueService(self.store, self.settings)
        return self._service

    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        since = self._since

        def job() -> tuple[HallStatus, list[CallEvent]]:
            svc = self.service()
            calls = svc.calls_since(since)  # first: the status read after is at least as new
            return svc.status(), calls

        run_async(job, self._show, self._poll_failed)

    def _poll_failed(self, exc: Exception) -> None:
        self._polling = False
        self.banner.setText(self.tr("暂时无法读取叫号信息，正在重试…"))

    def _show(self, result: Any) -> None:
        self._polling = False
        status, calls = result
        self._show_status(status)
        new = []
        for c in calls:
            key = (c.number, c.called_at.isoformat(), c.window_no)
            if key in self._seen:
                continue
            self._seen.add(key)
            self._since = max(self._since or c.called_at, c.called_at)
            new.append(c)
        if self.primed:
            for c in new:
                self._announce(c)
        self.primed = True
        self.polled.emit()

    def _show_status(self, status: HallStatus) -> None:
        columns = 5 if len(status.windows) > 12 else 4 if len(status.windows) > 6 else 3
        for i, w in enumerate(status.windows):
            card = self.cards.get(w.no)
            if card is None:
                card = self.cards[w.no] = WindowCard(w.no)
                self.grid.addWidget(card, i // columns, i % columns)
            card.update_window(w)
        self.recent.set_calls(status.recent_calls)
        for i, ln in enumerate(status.lines):
            chip = self.chips.get(ln.code)
            if chip is None:
                chip = self.chips[ln.code] = QLabel()
                chip.setObjectName("waitChip")
                chip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                self.waiting_row.addWidget(chip, i // 4, i % 4)
            chip.setText(self.tr("%s  %s  %d 人") % (ln.prefix, ln.name, ln.waiting))

    def _announce(self, call: CallEvent) -> None:
        text = self.announcer.enqueue(call.number, call.window_no)
        self.banner.setText(text)
        card = self.cards.get(call.window_no)
        if card is not None:
            card.show_call(call.number)  # tile and banner agree at once
        self._flashing = [self.banner] + ([card] if card else [])
        self._flash_left = FLASH_TOGGLES
        self._flash_timer.start()
        self.called.emit(call)

    def _flash_step(self) -> None:
        self._flash_left -= 1
        on = self._flash_left % 2 == 1
        for w in self._flashing:
            repolish(w, flash=on)
        if self._flash_left <= 0:
            self._flash_timer.stop()

    def shutdown(self) -> None:
        for timer in (self._poll_timer, self._flash_timer, self._clock_timer, self.ticker.timer):
            timer.stop()
        self.announcer.stop()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)
