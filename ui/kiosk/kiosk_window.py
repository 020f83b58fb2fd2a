"""The ticket kiosk (取号机): touch only, fullscreen, no keyboard.

Home (a tile per line) → tap → the ticket is stored, then shown big, then printed. The ticket
exists once stored: a printer fault only adds a notice to the number screen.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.journal import Actor
from app.kiosk.hall_clock import clock_text
from app.kiosk.line_hints import line_hints
from app.kiosk.repeat import RepeatGuard
from app.kiosk.ticket_desk import KioskTicket, TicketDesk
from app.queue.priority import PRIORITY_LABELS
from app.queue.service import QueueService
from app.settings import Settings
from app.store import Store
from printers.idcard import IdCardData
from ui.common.fonts import load_cjk_font
from ui.common.messages import error_text
from ui.common.worker import device_lane, run_async
from ui.kiosk.card_poller import CardPoller
from ui.kiosk.idle import IdleWatcher, LongPressCorner
from ui.kiosk.kiosk_style import KIOSK_QSS
from ui.kiosk.line_tiles import TileGrid
from ui.kiosk.pin_screen import PinScreen, PinSetupScreen
from ui.kiosk.priority_screen import PriorityScreen
from ui.kiosk.repeat_screen import RepeatScreen
from ui.kiosk.ticket_screen import TicketScreen

log = logging.getLogger(__name__)
TICKET_SECONDS = 10
REFRESH_MS = 5000


class KioskWindow(QWidget):
    issued = Signal(object)  # TicketView, once stored
    asked = Signal(str)  # line code: a second ticket for it was asked about first
    print_finished = Signal(bool)  # True = printed

    def __init__(self, store: Store, settings: Settings, *, hall_name: str,
                 departments: list[tuple[str, str]] | None = None,
                 service: QueueService | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.store, self.settings, self.hall_name = store, settings, hall_name
        self._service = service
        self._desk: TicketDesk | None = None
        self._hints_loaded = False
        self.guard = RepeatGuard(settings.kiosk_repeat_seconds)
        self._unlocked = self._issuing = self._refreshing = False
        self._priority: str | None = None
        self._id_number: str | None = None
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("一窗 · %s · 取号机") % hall_name)
        self.setFont(QFont(load_cjk_font()))
        self.setStyleSheet(KIOSK_QSS)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        root = QVBoxLayout(self)
        # The screen decides the size; pages laid out for the other orientation must not.
        root.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._header())
        self.stack = QStackedWidget()
        root.addWidget(self.stack, 1)
        self.home = self._home()
        self.ticket_screen = TicketScreen()
        self.ticket_screen.tapped.connect(self.go_home)
        self.priority_screen = PriorityScreen(settings)
        self.priority_screen.choose_line.connect(self._priority_chosen)
        self.priority_screen.check_in.connect(self._check_in)
        self.priority_screen.cancelled.connect(self.go_home)
        self.pin_screen = PinScreen(settings.kiosk_pin_hash)
        self.pin_screen.unlocked.connect(self.leave_kiosk)
        self.pin_screen.cancelled.connect(self.go_home)
        self.pin_setup = PinSetupScreen(settings.config_path)
        self.pin_setup.done.connect(self._pin_chosen)
        self.repeat_screen = RepeatScreen()
        self.repeat_screen.confirmed.connect(self._repeat_confirmed)
        self.repeat_screen.cancelled.connect(self.go_home)
        for screen in (self.home, self.ticket_screen, self.priority_screen, self.pin_screen,
                       self.pin_setup, self.repeat_screen):  # fmt: skip
            self.stack.addWidget(screen)
        self.poller = CardPoller(settings.id_reader, self)
        self.poller.card.connect(self._card_read)
        self.poller.failed.connect(
            lambda m: self.priority_screen.set_card_status(self.tr("读卡器故障：%s") % m)
        )
        self.idle = IdleWatcher(settings.kiosk_idle_seconds, self)
        self.idle.idle.connect(self.go_home)
        self._ticket_timer = QTimer(self, singleShot=True, interval=TICKET_SECONDS * 1000)
        self._ticket_timer.timeout.connect(self.go_home)
        QShortcut(
            QKeySequence("Ctrl+Alt+Q"),
            self,
            self.ask_pin,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        self._refresh_timer = QTimer(self, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()
        self._clock_timer = QTimer(self, interval=1000)
        self._clock_timer.timeout.connect(self._tick)
        self._clock_timer.start()
        self._tick()
        self.refresh()
        if not settings.kiosk_pin_hash:
            self.stack.setCurrentWidget(self.pin_setup)  # the administrator chooses it first
        self.resize(1080, 1920)

    # --- building ------------------------------------------------------------------------

    def _header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("kioskHeader")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 30, 0)
        self.corner = LongPressCorner(parent=header)
        self.corner.held.connect(self.ask_pin)
        row.addWidget(self.corner)
        name = QLabel(self.hall_name)
        name.setObjectName("hallName")
        row.addWidget(name, 1)
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        row.addWidget(self.clock)
        return header

    def _home(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(40, 24, 40, 28)
        box.setSpacing(18)
        self.prompt = QLabel(self.tr("请选择办理的业务，轻触取号"))
        self.prompt.setObjectName("prompt")
        box.addWidget(self.prompt)
        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        box.addWidget(self.banner)
        box.addWidget(self._priority_bar())
        self.tiles = TileGrid()
        self.tiles.chosen.connect(self.tile_tapped)
        box.addWidget(self.tiles, 1)
        box.addStretch(0)
        row = QHBoxLayout()
        self.priority_button = QPushButton(self.tr("优先 / 预约签到"))
        self.priority_button.setObjectName("bigButton")
        self.priority_button.clicked.connect(self.open_priority)
        row.addWidget(self.priority_button)
        hint = QLabel(self.tr("老年人、残疾人、军人、孕妇\n及已预约的群众请点此"))
        hint.setObjectName("hint")
        row.addWidget(hint, 1)
        box.addLayout(row)
        return page

    def _priority_bar(self) -> QWidget:
        """Shown while a priority lane is chosen: what it is, and a way out of it."""
        bar = self.priority_bar = QWidget()
        bar.setObjectName("priorityBar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        row = QHBoxLayout(bar)
        row.setContentsMargins(28, 12, 16, 12)
        self.priority_text = QLabel()
        self.priority_text.setObjectName("priorityText")
        self.priority_text.setWordWrap(True)
        row.addWidget(self.priority_text, 1)
        self.cancel_priority = QPushButton(self.tr("取消优先"))
        self.cancel_priority.setObjectName("plainButton")
        self.cancel_priority.clicked.connect(self.go_home)
        row.addWidget(self.cancel_priority)
        bar.hide()
        return bar

    # --- data ----------------------------------------------------------------------------

    def service(self) -> QueueService:
        """Called on worker threads only: the first call reads the hall from the store."""
        if self._service is None:
            self._service = QueueService(self.store, self.settings)
        return self._service

    def actor(self) -> Actor:
        hall = self._service.hall_code if self._service else self.settings.hall_code
        return Actor(name=f"kiosk:{hall}", roles=frozenset({"kiosk"}), hall_code=hall)

    def desk(self) -> TicketDesk:
        """Worker threads only."""
        if self._desk is None:
            self._desk = TicketDesk(self.service(), self.settings)
        return self._desk

    def refresh(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        want_hints = not self._hints_loaded

        def job() -> tuple[Any, dict[str, str] | None]:
            svc = self.service()
            hints = line_hints(svc.store, svc.hall_code) if want_hints else None
            return svc.lines(), hints

        run_async(job, self._got_lines, self._refresh_failed)

    def _got_lines(self, result: Any) -> None:
        self._refreshing = False
        lines, hints = result
        if hints is not None:
            self._hints_loaded = True
            self.tiles.hints = hints
        self.tiles.set_lines(lines)

    def _refresh_failed(self, exc: Exception) -> None:
        self._refreshing = False
        self._say(error_text(exc))

    # --- screens -------------------------------------------------------------------------

    def go_home(self) -> None:
        self._ticket_timer.stop()
        self.poller.stop()
        self._priority = self._id_number = None
        self.banner.hide()
        self.priority_bar.hide()
        self.guard.came_home()
        self.priority_screen.reset()
        self.pin_screen.reset()
        self.stack.setCurrentWidget(self.home)
        self.refresh()

    def open_priority(self) -> None:
        self.priority_screen.reset()
        self.stack.setCurrentWidget(self.priority_screen)
        self.poller.start()

    def ask_pin(self) -> None:
        self.pin_screen.reset()
        self.stack.setCurrentWidget(self.pin_screen)

    def leave_kiosk(self) -> None:
        self._unlocked = True
        self.close()

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _tick(self) -> None:
        self.clock.setText(clock_text(self._service.clock if self._service else None))

    def _pin_chosen(self, digest: str) -> None:
        self.settings.kiosk_pin_hash = self.pin_screen.pin_hash = digest
        self.go_home()

    # --- taking a ticket -----------------------------------------------------------------

    def _priority_chosen(self, priority: Any, id_number: Any) -> None:
        self.poller.stop()
        self._priority, self._id_number = priority, id_number
        self.stack.setCurrentWidget(self.home)
        lane = self.tr(PRIORITY_LABELS.get(priority, "")) if priority else ""
        who = self.tr("（已读取身份证）") if id_number else ""
        self.priority_text.setText(self.tr("优先通道 · %s%s\n请选择业务") % (lane, who))
        self.priority_bar.show()

    def _card_read(self, card: IdCardData) -> None:
        from app.identity import mask_name

        self.priority_screen.accept_id(card.id_number, mask_name(card.name))

    def tile_tapped(self, line_code: str) -> None:
        """A tap on a tile: never the tail of the tap that brought the kiosk home, and a
        second ticket for the same line a moment later asks first."""
        if self._issuing or self.stack.currentWidget() is not self.home:
            return
        if self.guard.tap_guarded():
            return
        recent = self.guard.asks_first(line_code)
        if recent is not None:
            tile = self.tiles.tiles.get(line_code)
            name = tile.line.name if tile else line_code
            self.repeat_screen.ask(line_code, self.guard.question(recent, name))
            self.stack.setCurrentWidget(self.repeat_screen)
            self.guard.asked()
            self.asked.emit(line_code)
            return
        self.take_ticket(line_code)

    def _repeat_confirmed(self, line_code: str) -> None:
        if self.guard.confirm_guarded():
            return  # the tail of a double tap on the tile, not an answer
        self.stack.setCurrentWidget(self.home)
        self.take_ticket(line_code)

    def take_ticket(self, line_code: str) -> None:
        if self._issuing:
            return  # a double tap must not take two tickets
        self._issuing = True
        priority, id_number = self._priority, self._id_number
        run_async(
            lambda: self.desk().take(self.actor(), line_code, priority=priority,
                                     id_number=id_number),  # fmt: skip
            self._show_ticket,
            self._issue_failed,
        )

    def _check_in(self, code: str) -> None:
        if self._issuing:
            return
        self._issuing = True
        run_async(lambda: self.desk().check_in(self.actor(), code), self._show_ticket,
                  self._check_in_failed)  # fmt: skip

    def _issue_failed(self, exc: Exception) -> None:
        self._issuing = False
        self._say(error_text(exc))
        self.refresh()

    def _check_in_failed(self, exc: Exception) -> None:
        self._issuing = False
        self.priority_screen.message.setText(error_text(exc))

    def _show_ticket(self, kt: KioskTicket) -> None:
        self._issuing = False
        self.poller.stop()
        self.priority_bar.hide()
        self.guard.issued(kt.ticket.line_code, kt.ticket.number)
        self.ticket_screen.show_ticket(kt)
        self.stack.setCurrentWidget(self.ticket_screen)
        self._ticket_timer.start()
        self.issued.emit(kt.ticket)
        desk = self.desk()
        run_async(lambda: desk.print_slip(kt), self._printed, self._print_failed,
                  lane=device_lane("printer"))

    def _printed(self, result: Any) -> None:
        self.ticket_screen.show_printed(result.png, result.warnings)
        self.print_finished.emit(True)

    def _print_failed(self, exc: Exception) -> None:
        self.ticket_screen.show_print_failed(error_text(exc))
        self.print_finished.emit(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        landscape = self.width() > self.height()
        self.ticket_screen.set_landscape(landscape)
        self.priority_screen.set_landscape(landscape)

    # --- leaving -------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop timers and devices (tests and a clean quit); the window may close after."""
        self._unlocked = True
        for timer in (self._refresh_timer, self._clock_timer, self._ticket_timer):
            timer.stop()
        self.idle.stop()
        self.poller.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._unlocked:
            event.ignore()  # Alt+F4 on a public kiosk must not end kiosk mode
            self.ask_pin()
            return
        self.shutdown()
        event.accept()
