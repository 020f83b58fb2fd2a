"""Telling the person at the screen what went wrong, in Chinese, without losing their input."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import user_message

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    message = user_message(exc)
    if message:
        return message
    log.error("unexpected error", exc_info=exc)
    text = QCoreApplication.translate(
        "messages", "系统内部错误（%s），请联系管理员。已输入的内容未丢失。"
    )
    return text % exc.__class__.__name__


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    title = title or QCoreApplication.translate("messages", "操作未完成")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(exc), parent=parent)
    box.setObjectName("errorBox")
    box.open()
