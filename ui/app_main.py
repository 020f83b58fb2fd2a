"""Starting a GUI role: the QApplication with the bundled font and the translation, the store
(created, migrated and seeded with demo data on first use of the embedded default), then the
role's window."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Mapping
from importlib.metadata import PackageNotFoundError, version
from importlib.resources import as_file, files
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from app.cli.context import load_settings
from app.demo import seed
from app.logfile import role_log_path
from app.role_health import BEAT_SECONDS, beat, printer_state
from app.settings import Settings
from app.store import Store, hall_facts, is_empty, open_store
from ui.common import crash
from ui.common.fonts import load_cjk_font
from ui.common.messages import error_text
from ui.common.style import DESK_QSS
from ui.common.worker import device_lane, run_async, wait_idle

log = logging.getLogger(__name__)


def make_app(settings: Settings, argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Yichuang")
    with contextlib.suppress(PackageNotFoundError):
        app.setApplicationVersion(version("yichuang"))
    install_translation(app, settings.language)
    app.setApplicationDisplayName(QCoreApplication.translate("app_main", "一窗"))
    family = load_cjk_font()
    app.setFont(QFont(family, 11))
    return app


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Chinese is the source language; English ships as resources/translations/yichuang_en.qm."""
    if not language.startswith("en"):
        return None
    translator = QTranslator(app)
    with as_file(files("resources").joinpath("translations", "yichuang_en.qm")) as qm:
        if not translator.load(str(qm)):
            log.warning("English translation not found at %s", qm)
            return None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English))
    return translator


def prepare_store(settings: Settings) -> Store:
    store = open_store(settings)
    if settings.uses_default_store and settings.demo and is_empty(store):
        seed(store)
    return store


def prepare_with_notice(settings: Settings) -> tuple[Store, tuple[str, Any]]:
    """``prepare_store`` off the GUI thread, with a small window saying what is happening:
    the first run migrates and seeds the demo county, which takes a few seconds."""
    notice = QLabel(
        QCoreApplication.translate("app_main", "正在打开数据库……首次运行会载入演示数据，约需数秒。")
    )
    notice.setWindowFlags(Qt.WindowType.SplashScreen)
    notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
    notice.setMargin(24)
    notice.adjustSize()
    screen = QApplication.primaryScreen()
    if screen is not None:
        frame = notice.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        notice.move(frame.topLeft())
    notice.show()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def settle(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    def job() -> tuple[Store, tuple[str, Any]]:  # the hall's facts are read here too
        store = prepare_store(settings)
        return store, hall_facts(store, settings.hall_code)

    run_async(job, lambda got: settle("store", got), lambda exc: settle("error", exc))
    loop.exec()
    notice.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["store"]


def _shown(role: str) -> None:
    """Logged once the role's first window is on screen (the frozen build's smoke test waits
    for this line)."""
    QTimer.singleShot(0, lambda: log.info("%s: window shown", role))


# Roles whose heartbeat carries their ticket printer's state. Only the kiosk prints on it; a
# clerk's PC reports no thermal printer (its A4 printer is the system's), the dashboard shows "—".
PRINTING_ROLES = ("kiosk",)


def _heartbeat(role: str, store: Store, restarts: int, printer_url: str = "") -> QTimer:
    """Write this role's health row now and every BEAT_SECONDS (the dashboard lists them); a
    role with a ticket printer asks it for its state first, on the printer's own lane."""
    started = dt.datetime.now(dt.UTC)
    version = QCoreApplication.applicationVersion()

    def write(printer: str | None) -> None:
        run_async(lambda: beat(store, role, pid=os.getpid(), started_at=started,
                               restarts=restarts, version=version, printer=printer),
                  lambda _r: None, lambda exc: log.warning("heartbeat: %s", exc))  # fmt: skip

    def send() -> None:
        if printer_url and role in PRINTING_ROLES:
            run_async(lambda: printer_state(printer_url), write,
                      lambda exc: write(None), lane=device_lane("printer"))  # fmt: skip
        else:
            write(None)

    timer = QTimer(QCoreApplication.instance())
    timer.setInterval(BEAT_SECONDS * 1000)
    timer.timeout.connect(send)
    timer.start()
    send()
    return timer


def input_method_env(role: str, settings: Settings, environ: Mapping[str, str]) -> dict[str, str]:
    """What the environment needs before the QApplication exists so that the public lookup
    screen has a Chinese on-screen keyboard: Qt Virtual Keyboard (its pinyin engine ships in the
    PySide6 wheels; with widgets it shows as its own top-level panel at the bottom of the
    screen) and a Chinese locale, which makes its default layout 简体中文 pinyin. An input
    method chosen by whoever started the program (QT_IM_MODULE) is left alone, and
    ``lookup_input_method = ""`` leaves the system's own (e.g. the Windows touch keyboard)."""
    method = settings.lookup_input_method.strip()
    if role != "lookup" or not method or environ.get("QT_IM_MODULE"):
        return {}
    env = {"QT_IM_MODULE": method}
    if not environ.get("LC_ALL", "").startswith("zh_CN"):
        env["LC_ALL"] = "zh_CN.UTF-8"  # Qt reads the locale from here first
    return env


def run_role(role: str, args: argparse.Namespace) -> int:
    settings = load_settings(args)
    if getattr(args, "lang", None):
        settings.language = args.lang
    os.environ.update(input_method_env(role, settings, os.environ))
    app = make_app(settings)
    restarts = int(os.environ.get("YICHUANG_RESTARTS", "0") or 0)
    crash.install(role, role_log_path(role), unattended=role in ("kiosk", "hall"))
    log.info("%s: starting (pid %d, restart %d)", role, os.getpid(), restarts)
    try:
        store, facts = prepare_with_notice(settings)
    except Exception as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app_main", "无法打开数据库"), error_text(exc)
        )
        return 5
    window = build_role_window(role, store, settings, args, facts)
    if window is None:
        return 0
    from ui.common.sync_status import attach_sync

    attach_sync(window, store, settings)  # county sync, when a county is set
    if getattr(args, "fullscreen", False):
        window.showFullScreen()
    elif role == "dashboard":
        window.showMaximized()  # a supervisor's desk screen: 20 windows fit at 1920×1080
    else:
        window.show()
    _shown(role)
    heart = _heartbeat(role, store, restarts, settings.ticket_printer)
    code = int(app.exec())
    heart.stop()
    wait_idle(3000)  # let running jobs end before the pools go
    log.info("%s: closed (exit %d)", role, code)
    return code


def build_role_window(role: str, store: Store, settings: Settings, args: argparse.Namespace,  # type: ignore[no-untyped-def]
                      facts: tuple[str, Any] | None = None):  # fmt: skip
    hall_name, depts = facts if facts is not None else hall_facts(store, settings.hall_code)
    if role == "clerk":
        from ui.clerk.main_window import ClerkWindow
        from ui.clerk.sign_in import SignInDialog

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet(DESK_QSS)
        dialog = SignInDialog(store, settings, hall_name)
        _shown("clerk sign-in")
        if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.info is None:
            return None
        assert dialog.actor is not None
        return ClerkWindow(
            store, settings, dialog.info, dialog.actor, hall_name=hall_name, departments=depts
        )
    if role == "dashboard":  # a supervisor's or an administrator's, after their sign-in
        from ui.dashboard.sign_in_gate import SupervisorSignInDialog

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet(DESK_QSS)
        gate = SupervisorSignInDialog(store, settings, hall_name)
        _shown("dashboard sign-in")
        if gate.exec() != SupervisorSignInDialog.DialogCode.Accepted or gate.actor is None:
            return None
        from ui import roles

        return roles.build(role, store, settings, hall_name=hall_name, departments=depts,
                           actor=gate.actor)  # fmt: skip
    from ui import roles

    return roles.build(role, store, settings, hall_name=hall_name, departments=depts)
