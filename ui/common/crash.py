"""An uncaught exception in a role: written to the role's log with its traceback and shown in a
dialog in Chinese. The clerk, dashboard and lookup carry on; the unattended kiosk and hall
display close after a few seconds so their supervisor (ui/supervisor.py) starts them afresh."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("yichuang.crash")

EXIT_CRASHED = 70  # EX_SOFTWARE: the supervisor restarts a role that exits with it
UNATTENDED_CLOSE_MS = 5000
_showing = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def report(role: str, log_path: Path, unattended: bool, exc: BaseException,
           tb: TracebackType | None) -> None:  # fmt: skip
    global _showing
    log.critical("%s: uncaught exception", role, exc_info=(type(exc), exc, tb))
    if not _on_gui_thread() or _showing:
        return
    _showing = True
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("程序出错"), "")
    if unattended:
        box.setText(
            _tr("程序遇到内部错误，将在几秒后自动重新启动。\n错误已记入日志：%s") % log_path
        )
        box.setModal(False)
        box.show()
        QTimer.singleShot(UNATTENDED_CLOSE_MS, lambda: QCoreApplication.exit(EXIT_CRASHED))
        return
    box.setText(_tr("程序遇到内部错误，已记入日志：%s\n可以继续使用；如反复出现，请把日志交给管理员。")
                % log_path)  # fmt: skip
    box.setDetailedText(f"{type(exc).__name__}: {exc}")
    try:
        box.exec()
    finally:
        _showing = False


def install(role: str, log_path: Path, *, unattended: bool) -> None:
    """Route uncaught exceptions of the GUI thread and of plain threads to ``report``."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report(role, log_path, unattended, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.critical("%s: uncaught exception in thread %s", role,
                         args.thread.name if args.thread else "?",
                         exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # fmt: skip

    sys.excepthook = hook
    threading.excepthook = thread_hook
