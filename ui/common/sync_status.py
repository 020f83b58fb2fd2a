"""County sync in a GUI role: the worker on a background thread, and a status-bar strip showing
the last sync, the backlog and the last error, with a progress bar while a large backlog
drains. The hall never waits on it (app/sync/worker.py)."""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QWidget

from app.settings import Settings
from app.store import Store
from app.sync.state import SyncStatus, age_text, status
from app.sync.worker import RoundResult, SyncWorker

LARGE_BACKLOG = 1000  # entries; below this a round is over before a bar would mean anything
_running: list[SyncThread] = []


class _Relay(QObject):
    round_done = Signal(object)  # RoundResult
    progress = Signal(int, int)  # sent so far this round, still waiting


class SyncStatusBar(QWidget):
    """Shows a SyncStatus; fed by SyncThread (or by a test with ``show_status``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last = QLabel(self)
        self.backlog = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setVisible(False)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 8, 0)
        for w in (self.last, self.backlog, self.bar, self.error):
            lay.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_status(self, st: SyncStatus) -> None:
        self.last.setText(
            QCoreApplication.translate("sync_status", "县级同步：%1").replace(
                "%1", age_text(st.last_push_at)
            )
        )
        self.backlog.setText(
            QCoreApplication.translate("sync_status", "待推送 %1 条").replace("%1", str(st.backlog))
        )
        self.error.setText(
            QCoreApplication.translate("sync_status", "上次错误：%1").replace("%1", st.last_error)
            if st.last_error
            else ""
        )
        self.error.setToolTip(st.last_error or "")
        if (
            st.backlog < LARGE_BACKLOG
            and self.bar.isVisible()
            and self.bar.value() >= self.bar.maximum()
        ):
            self.bar.setVisible(False)

    def show_progress(self, sent: int, waiting: int) -> None:
        total = sent + waiting
        if total < LARGE_BACKLOG and self.bar.isHidden():
            return
        self.bar.setVisible(waiting > 0)
        self.bar.setRange(0, total)
        self.bar.setValue(sent)
        self.backlog.setText(
            QCoreApplication.translate("sync_status", "待推送 %1 条").replace("%1", str(waiting))
        )


class SyncThread:
    """SyncWorker.run_forever on a daemon thread; results come back as Qt signals."""

    def __init__(self, store: Store, settings: Settings, view: SyncStatusBar) -> None:
        self.store, self.view = store, view
        self.relay = _Relay()
        self.relay.round_done.connect(self._on_round)
        self.relay.progress.connect(view.show_progress)
        self.stop = threading.Event()
        self.worker = SyncWorker(store, settings.county_url, hall_code=settings.hall_code,
                                 interval=float(settings.sync_interval_seconds),
                                 batch_size=settings.sync_batch_rows,
                                 on_progress=lambda r, w: self.relay.progress.emit(r.entries, w))  # fmt: skip
        self.thread = threading.Thread(target=self._run, name="county-sync", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _run(self) -> None:
        self.worker.run_forever(self.stop, self.relay.round_done.emit)

    def _on_round(self, outcome: RoundResult) -> None:
        # The hall store busy or down: the next round says it.
        with contextlib.suppress(Exception):
            self.view.show_status(status(self.store, self.worker.hall_code))

    def shutdown(self, timeout: float = 5.0) -> None:
        self.stop.set()
        self.thread.join(timeout)


def attach_sync(window: Any, store: Store, settings: Settings) -> SyncThread | None:
    """Add the strip to a main window's status bar and start syncing, when a county is set."""
    if not settings.county_url or not isinstance(window, QMainWindow):
        return None
    view = SyncStatusBar(window)
    window.statusBar().addWidget(view)
    with contextlib.suppress(Exception):
        view.show_status(status(store, settings.hall_code))
    runner = SyncThread(store, settings, view)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(runner.shutdown)
    runner.start()
    window.setProperty("sync_thread_name", runner.thread.name)
    _running.append(runner)  # kept alive as long as the program runs
    return runner
