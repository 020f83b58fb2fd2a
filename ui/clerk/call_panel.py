"""The clerk's call panel: the current ticket, who is waiting for this window, and the calling
keys F1–F6. Every action runs on a worker; errors show in a label and never block."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import NothingWaiting
from app.journal import Actor
from app.queue.desk_actions import DeskState, desk_state
from app.queue.service import RATINGS, QueueService
from app.queue.views import LineStatus, TicketView, WindowStatus
from app.settings import Settings
from app.store import Store
from printers.displays import satisfaction_code
from ui.clerk.call_devices import CallDevices
from ui.clerk.call_queue_model import UpcomingModel
from ui.clerk.call_transfer import RejoinDialog, TransferDialog
from ui.common.messages import error_text
from ui.common.worker import device_lane, run_async

REFRESH_MS = 3000
RATING_TIMEOUT = 60.0
STATUS_TEXT = {
    "called": QT_TRANSLATE_NOOP("CallPanel", "已呼叫"),
    "serving": QT_TRANSLATE_NOOP("CallPanel", "办理中"),
}
PANEL_QSS = """
QLabel#currentNumber { font-size: 88px; font-weight: bold; color: #b3191c; }
QLabel#currentLine { font-size: 22pt; font-weight: bold; }
QLabel#currentInfo { font-size: 15pt; color: #333; }
QLabel#windowState { font-size: 16pt; font-weight: bold; color: #0b4a8f; }
QLabel#windowState[paused="true"] { color: white; background: #b3191c; padding: 6px 12px;
    border-radius: 6px; font-size: 20pt; }
QLabel#deskHint { font-size: 14pt; color: #0b4a8f; }
QLabel#moreWaiting { font-size: 14pt; font-weight: bold; color: #8a5a00; }
QLabel#callMessage { font-size: 14pt; font-weight: bold; color: #b3191c; }
QLabel#waitRow { font-size: 15pt; }
QPushButton#callKey { font-size: 16pt; font-weight: bold; min-height: 64px; }
QPushButton#callKey[primary="true"] { background: #b3191c; color: white; border-radius: 6px; }
QPushButton#callKey:disabled { color: #9a9a9a; background: #ececec; border: 1px solid #dddddd; }
"""


class CallPanel(QWidget):
    changed = Signal()  # an action finished (or failed); tests wait on it
    refreshed = Signal()

    def __init__(self, store: Store, settings: Settings, actor: Actor, window_no: int,
                 *, service: QueueService | None = None, bind_keys: bool = True,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings, self.actor, self.window_no = store, settings, actor, window_no
        self._service = service
        self.devices = CallDevices(settings)
        self.window_status: WindowStatus | None = None
        self.lines: list[LineStatus] = []
        self._busy = self._refreshing = self._again = False
        self.state: DeskState | None = None
        self.shortcuts: list[QShortcut] = []
        self.setObjectName("callPanel")
        self.setStyleSheet(PANEL_QSS)
        root = QHBoxLayout(self)
        root.addLayout(self._current_box(), 3)
        root.addLayout(self._waiting_box(), 2)
        if bind_keys:
            self.bind_keys(self)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def _current_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.state_label = QLabel(self.tr("%d 号窗口") % self.window_no)
        self.state_label.setObjectName("windowState")
        box.addWidget(self.state_label)
        self.number_label = QLabel("—")
        self.number_label.setObjectName("currentNumber")
        self.line_label = QLabel(self.tr("当前没有正在办理的号"))
        self.line_label.setObjectName("currentLine")
        self.info_label = QLabel("")
        self.info_label.setObjectName("currentInfo")
        self.message = QLabel("")
        self.message.setObjectName("callMessage")
        self.message.setWordWrap(True)
        self.hint_label = QLabel("")
        self.hint_label.setObjectName("deskHint")
        self.hint_label.setWordWrap(True)
        for label in (self.number_label, self.line_label, self.info_label, self.hint_label,
                      self.message):  # fmt: skip
            box.addWidget(label)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        keys = [("call", QT_TRANSLATE_NOOP("CallPanel", "叫号"), "F1"),
                ("recall", QT_TRANSLATE_NOOP("CallPanel", "重呼"), "F2"),
                ("skip", QT_TRANSLATE_NOOP("CallPanel", "过号"), "F3"),
                ("transfer", QT_TRANSLATE_NOOP("CallPanel", "转移"), "F4"),
                ("start", QT_TRANSLATE_NOOP("CallPanel", "开始办理"), ""),
                ("finish", QT_TRANSLATE_NOOP("CallPanel", "办结"), "F5"),
                ("pause", QT_TRANSLATE_NOOP("CallPanel", "暂停"), "F6"),
                ("rejoin", QT_TRANSLATE_NOOP("CallPanel", "过号补回"), "F7")]  # fmt: skip
        self.keys = {key: name for name, _text, key in keys if key}
        for i, (name, text, key) in enumerate(keys):
            label = self.tr("%s（%s）") % (self.tr(text), key) if key else self.tr(text)
            button = QPushButton(label)
            button.setObjectName("callKey")
            button.setProperty("primary", name == "call")
            button.clicked.connect(getattr(self, f"do_{name}"))
            grid.addWidget(button, i // 4, i % 4)
            self.buttons[name] = button
        box.addLayout(grid)
        box.addStretch()
        return box

    def _waiting_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        title = QLabel(self.tr("本窗口等候情况"))
        title.setObjectName("windowState")
        box.addWidget(title)
        self.total_label = QLabel("")
        self.total_label.setObjectName("waitRow")
        box.addWidget(self.total_label)
        self.wait_rows = QVBoxLayout()
        self.wait_labels: list[QLabel] = []  # one per line of this window, reused
        box.addLayout(self.wait_rows)
        upcoming = QLabel(self.tr("候叫队列（按叫号顺序）"))
        upcoming.setObjectName("windowState")
        box.addWidget(upcoming)
        self.upcoming_model = UpcomingModel(self)
        self.upcoming = QTableView()
        self.upcoming.setObjectName("upcomingTable")
        self.upcoming.setModel(self.upcoming_model)
        self.upcoming.verticalHeader().setVisible(False)
        self.upcoming.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.upcoming.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F-keys stay with the panel
        header = self.upcoming.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the line's name
        box.addWidget(self.upcoming, 1)
        self.more_label = QLabel("")
        self.more_label.setObjectName("moreWaiting")
        box.addWidget(self.more_label)
        return box

    def bind_keys(self, host: QWidget, before: Callable[[], None] | None = None) -> None:
        """F1–F7 on ``host`` (the panel alone, or the clerk's whole window so the keys work
        from every tab); ``before`` runs first (the clerk window shows this panel)."""
        for key, name in self.keys.items():
            def act(name: str = name) -> None:
                if before is not None:
                    before()
                getattr(self, f"do_{name}")()

            shortcut = QShortcut(QKeySequence(key), host, act,
                                 context=Qt.ShortcutContext.WindowShortcut)  # fmt: skip
            self.shortcuts.append(shortcut)

    # --- data ------------------------------------------------------------------------------

    def service(self) -> QueueService:
        """Worker threads only: the first call reads the hall from the store."""
        if self._service is None:
            self._service = QueueService(self.store, self.settings)
        return self._service

    def refresh(self) -> None:
        if self._refreshing:
            self._again = True  # an action just finished: read once more after this one
            return
        self._refreshing, self._again = True, False

        def job() -> tuple[WindowStatus, list[LineStatus], list[TicketView], dt.datetime]:
            svc = self.service()
            return (svc.window(self.window_no), svc.lines(), svc.upcoming(self.window_no),
                    svc.clock())  # fmt: skip

        run_async(job, self._show, self._refresh_failed)

    def _refresh_failed(self, exc: Exception) -> None:
        self._refreshing = False
        self.say(error_text(exc))

    def _show(self, result: Any) -> None:
        self._refreshing = False
        if self._again:
            self.refresh()  # this result may predate the last action; the next one will not
        self.window_status, self.lines, upcoming, now = result
        self.upcoming_model.set_rows(upcoming, now)
        w = self.window_status
        assert w is not None
        state = self.tr("暂停服务中（按 F6 恢复）") if w.paused else self.tr("服务中")
        self.state_label.setText(f"{w.name} · {state}")
        self.state_label.setProperty("paused", w.paused)
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        more = w.waiting - len(upcoming)
        self.more_label.setText(self.tr("还有 %d 人未列出") % more if more > 0 else "")
        self._apply_state(desk_state(w))
        self.buttons["pause"].setText(self.tr("恢复（F6）") if w.paused else self.tr("暂停（F6）"))
        self._show_ticket(w.current)
        mine = [ln for ln in self.lines if ln.code in w.line_codes]
        self.total_label.setText(self.tr("本窗口可叫：%d 人") % w.waiting)
        row = self.tr("%s %s：等候 %d 人，约 %d 分钟")
        self._show_wait_rows(
            [row % (ln.prefix, ln.name, ln.waiting, ln.est_wait_minutes) for ln in mine]
        )
        self.refreshed.emit()

    def _show_wait_rows(self, texts: list[str]) -> None:
        """One label per line of this window, made once and then only written: PySide6 (6.10
        and 6.11 on CPython 3.11) keeps about 15 references to None for every QLabel made in
        Python and shown, and never gives them back when it is deleted. Four labels made anew
        every refresh piled up ~67 references a refresh, 10,000 in 150 (bench/README.md)."""
        while len(self.wait_labels) < len(texts):
            row = QLabel()
            row.setObjectName("waitRow")
            self.wait_rows.addWidget(row)
            self.wait_labels.append(row)
        for i, label in enumerate(self.wait_labels):
            shown = i < len(texts)
            if shown and label.text() != texts[i]:
                label.setText(texts[i])
            label.setVisible(shown)

    def _show_ticket(self, t: TicketView | None) -> None:
        if t is None:
            self.number_label.setText("—")
            self.line_label.setText(self.tr("当前没有正在办理的号"))
            self.info_label.setText("")
            return
        self.number_label.setText(t.number)
        lane = f"（{t.priority_label}）" if t.priority_label else ""
        self.line_label.setText(
            f"{t.line_name}{lane} · {self.tr(STATUS_TEXT.get(t.status, t.status))}"
        )
        waited = ""
        if t.called_at is not None:
            minutes = max(0, int((t.called_at - t.issued_at) / dt.timedelta(minutes=1)))
            waited = self.tr("等候 %d 分钟") % minutes
        self.info_label.setText(self.tr("第 %d 次呼叫 · %s") % (t.call_count, waited))

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _apply_state(self, state: DeskState) -> None:
        """Buttons enabled and highlighted by app.queue.desk_actions, nothing else."""
        self.state = state
        for name, button in self.buttons.items():
            button.setEnabled(name in state.allowed)
            primary = name == state.next
            if button.property("primary") != primary:
                button.setProperty("primary", primary)
                button.style().unpolish(button)
                button.style().polish(button)
        self.hint_label.setText(state.hint)

    # --- actions ---------------------------------------------------------------------------

    def _act(
        self, fn: Callable[[QueueService], Any], after: Callable[[Any], None] | None = None
    ) -> None:
        if self._busy:
            return
        self._busy = True
        self.say("")

        def done(result: Any) -> None:
            self._busy = False
            if after is not None:
                after(result)
            self.refresh()
            self.changed.emit()

        def failed(exc: Exception) -> None:
            self._busy = False
            self.say(
                self.tr("当前没有等候的群众")
                if isinstance(exc, NothingWaiting)
                else error_text(exc)
            )
            self.refresh()
            self.changed.emit()

        run_async(lambda: fn(self.service()), done, failed)

    def do_call(self) -> None:
        def f1(s: QueueService) -> TicketView:
            # Decided on the worker from the window as stored now, not from the last refresh:
            # F1 again on a number just called (not heard) calls it again.
            if desk_state(s.window(self.window_no)).f1 == "recall":
                return s.recall(self.actor, self.window_no)
            return s.call_next(self.actor, self.window_no)

        self._act(f1, self._called)

    def do_recall(self) -> None:
        self._act(lambda s: s.recall(self.actor, self.window_no), self._called)

    def do_skip(self) -> None:
        self._act(lambda s: s.skip(self.actor, self.window_no),
                  lambda t: self.say(self.tr("%s 已过号") % t.number))  # fmt: skip

    def do_start(self) -> None:
        self._act(lambda s: s.start(self.actor, self.window_no))

    def do_finish(self) -> None:
        self._act(lambda s: s.finish(self.actor, self.window_no), self._finished)

    def do_pause(self) -> None:
        paused = bool(self.window_status and self.window_status.paused)
        if paused:
            self._act(lambda s: s.resume(self.actor, self.window_no), self._paused)
        else:
            self._act(lambda s: s.pause(self.actor, self.window_no), self._paused)

    def do_transfer(self) -> None:
        current = self.window_status.current if self.window_status else None
        if current is None:
            self.say(self.tr("当前没有可转移的号"))
            self.changed.emit()
            return
        run_async(lambda: self.service().status().windows,
                  lambda ws: self._open_transfer(current.number, ws),
                  lambda e: self.say(error_text(e)))  # fmt: skip

    def _open_transfer(self, number: str, windows: list[WindowStatus]) -> None:
        others = [(w.no, w.name) for w in windows if w.no != self.window_no]
        dialog = TransferDialog(number, self.lines, others, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._transfer(dialog.target()))
        self.transfer_dialog = dialog
        dialog.open()

    def do_rejoin(self) -> None:
        dialog = RejoinDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._rejoin(dialog.number()))
        self.rejoin_dialog = dialog
        dialog.open()

    def _rejoin(self, number: str) -> None:
        self._act(lambda s: s.rejoin(self.actor, number),
                  lambda t: self.say(self.tr("%s 已补回，前面还有 %d 人") % (t.number, t.ahead)))  # fmt: skip

    def _transfer(self, target: dict[str, Any]) -> None:
        # target is read on the GUI thread: the dialog is deleted once it closes
        self._act(lambda s: s.transfer(self.actor, self.window_no, **target),
                  lambda t: self.say(self.tr("%s 已转移") % t.number))  # fmt: skip

    # --- devices ---------------------------------------------------------------------------

    def _led(self, lines: list[str]) -> None:
        if self.settings.led_display:
            run_async(lambda: self.devices.show(self.window_no, lines), lambda _r: None,
                      lambda e: self.say(self.tr("窗口屏：%s") % error_text(e)), lane=device_lane("led"))  # fmt: skip

    def _called(self, t: TicketView) -> None:
        self._show_ticket(t)
        self._led([self.tr("请%s号 办理") % t.number])

    def _paused(self, w: WindowStatus) -> None:
        self._led([self.tr("暂停服务")] if w.paused else [self.tr("%d号窗口") % self.window_no])

    def _finished(self, t: TicketView) -> None:
        self.say(self.tr("%s 已办结") % t.number)
        if not self.settings.rating_pad:
            return
        self.say(self.tr("%s 已办结，请群众在评价器上评价") % t.number)
        staff = self.actor.display_name or self.actor.name

        def job() -> int | None:
            key = self.devices.wait_rating(staff, self.window_no, RATING_TIMEOUT)
            if key is None:
                return None
            code = satisfaction_code(key)
            self.service().rate(self.actor, t.id, code)
            return code

        def done(code: Any) -> None:
            text = self.tr("%s 未评价") % t.number if code is None else \
                self.tr("%s 评价：%s") % (t.number, RATINGS[code])  # fmt: skip
            self.say(text)
            self.changed.emit()

        run_async(job, done, lambda e: self.say(self.tr("评价器：%s") % error_text(e)),
                  lane=device_lane("pad"))

    def shutdown(self) -> None:
        self._timer.stop()
        run_async(self.devices.close, lambda _r: None, lane=device_lane("close"))
