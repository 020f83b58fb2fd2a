"""Device settings dialog: ticket printer (port, model, test print, live status), ID-card
reader (read test), window LED and rating pad addresses. Saving writes the PC's settings file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from app.device_settings import (
    Port,
    describe_url,
    printer_status,
    save_devices,
    serial_ports,
    test_print,
)
from app.identity import mask_resident_id
from app.journal import Actor
from app.settings import Settings
from printers.escpos import PrinterStatus, PrintResult, list_profiles, load_profile
from printers.idcard import open_reader
from ui.common.messages import error_text
from ui.common.worker import device_lane, run_async

STATUS_POLL_MS = 2000
PREVIEW_BOX_H = 300  # the printed ticket scrolls inside this; the dialog never outgrows 1080


class DeviceDialog(QDialog):
    status_shown = Signal(str)
    printed = Signal(str)
    card_read = Signal(str)
    saved = Signal(str)

    def __init__(self, settings: Settings, actor: Actor, *, hall_name: str,
                 config_path: Path | None = None, parent: Any = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.settings, self.actor, self.hall_name = settings, actor, hall_name
        self.config_path = config_path or settings.config_path
        self.setWindowTitle(self.tr("外接设备设置"))
        self.setMinimumWidth(640)

        self.printer_url = QComboBox()
        self.printer_url.setObjectName("printerUrl")
        self.printer_url.setEditable(True)
        self.printer_url.addItem(settings.ticket_printer)
        if settings.ticket_printer != "sim://":
            self.printer_url.addItem("sim://")
        self.profile = QComboBox()
        self.profile.setObjectName("printerProfile")
        for name in list_profiles():
            self.profile.addItem(load_profile(name).name_zh, name)
            self.profile.setItemData(self.profile.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.profile.setCurrentIndex(max(0, self.profile.findData(settings.printer_profile)))
        self.test_button = QPushButton(self.tr("打印测试票"))
        self.test_button.setObjectName("testPrint")
        self.test_button.clicked.connect(self.print_test)
        self.status = QLabel(self.tr("正在查询打印机状态…"))
        self.status.setObjectName("printerStatus")
        self.status.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("ticketPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_box = QScrollArea()
        self.preview_box.setObjectName("previewBox")
        self.preview_box.setWidget(self.preview)
        self.preview_box.setWidgetResizable(True)
        self.preview_box.setFixedHeight(PREVIEW_BOX_H)
        self.preview_box.hide()
        self.url_note = QLabel(describe_url(settings.ticket_printer))
        self.url_note.setObjectName("urlNote")
        self.url_note.setWordWrap(True)
        self.url_note.setStyleSheet("color: #555")
        printer_box = QGroupBox(self.tr("小票打印机"))
        pf = QFormLayout(printer_box)
        pf.addRow(self.tr("地址/端口"), self.printer_url)
        pf.addRow("", self.url_note)
        pf.addRow(self.tr("型号"), self.profile)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.status, 1)
        pf.addRow(row)
        pf.addRow(self.preview_box)

        self.reader_url = QLineEdit(settings.id_reader)
        self.reader_url.setObjectName("readerUrl")
        self.read_button = QPushButton(self.tr("读卡测试"))
        self.read_button.setObjectName("readTest")
        self.read_button.clicked.connect(self.read_test)
        self.card = QLabel("")
        self.card.setObjectName("cardResult")
        reader_box = QGroupBox(self.tr("身份证阅读器"))
        rf = QFormLayout(reader_box)
        rf.addRow(self.tr("地址/端口"), self.reader_url)
        rrow = QHBoxLayout()
        rrow.addWidget(self.read_button)
        rrow.addWidget(self.card, 1)
        rf.addRow(rrow)

        self.led_url = QLineEdit(settings.led_display)
        self.led_url.setObjectName("ledUrl")
        self.led_url.setPlaceholderText(self.tr("留空表示不使用"))
        self.pad_url = QLineEdit(settings.rating_pad)
        self.pad_url.setObjectName("padUrl")
        self.pad_url.setPlaceholderText(self.tr("留空表示不使用"))
        other = QGroupBox(self.tr("窗口屏与评价器"))
        of = QFormLayout(other)
        of.addRow(self.tr("窗口 LED 屏"), self.led_url)
        of.addRow(self.tr("评价器"), self.pad_url)

        self.message = QLabel("")
        self.message.setObjectName("saveMessage")
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("保存"))
        save.setObjectName("primary")
        save.setAutoDefault(False)
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(save)

        v = QVBoxLayout(self)
        v.addWidget(printer_box)
        v.addWidget(reader_box)
        v.addWidget(other)
        v.addLayout(buttons)

        self.poll = QTimer(self)
        self.poll.setInterval(STATUS_POLL_MS)
        self.poll.timeout.connect(self.refresh_status)
        self.poll.start()
        self.printer_url.currentTextChanged.connect(lambda _t: self.refresh_status())
        self.printer_url.currentTextChanged.connect(
            lambda t: self.url_note.setText(describe_url(t))
        )
        self._busy = False
        self.refresh_status()
        run_async(serial_ports, self._add_ports, lambda _e: None)

    # --- printer -------------------------------------------------------------------------
    def url(self) -> str:
        return self.printer_url.currentText().strip()

    def _add_ports(self, ports: list[Port]) -> None:
        for p in ports:
            if self.printer_url.findText(p.url) < 0:
                self.printer_url.addItem(p.url)

    def refresh_status(self) -> None:
        if self._busy or not self.url():
            return
        self._busy = True
        url = self.url()
        run_async(lambda: printer_status(url), lambda st: self._show_status(url, st),
                  lambda e: self._show_status(url, e), owner=self, lane=device_lane("printer"))  # fmt: skip

    def _show_status(self, url: str, result: PrinterStatus | Exception) -> None:
        self._busy = False
        if url != self.url():
            return
        if isinstance(result, Exception):
            text, colour = error_text(result), "#c0392b"
        elif result.ok:
            warn = "；".join(result.warnings_zh())
            text, colour = (self.tr("正常") + (f"（{warn}）" if warn else "")), "#1e7d32"
        else:
            text, colour = "；".join(result.problems_zh()), "#c0392b"
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}")
        self.status_shown.emit(text)

    def print_test(self) -> None:
        url, profile = self.url(), self.profile.currentData()
        self.test_button.setEnabled(False)
        run_async(lambda: test_print(url, profile, self.hall_name), self._printed, self._print_failed,
                  lane=device_lane("printer"))

    def _printed(self, result: PrintResult) -> None:
        self.test_button.setEnabled(True)
        text = self.tr("测试票已打印，共 %d 字节") % result.bytes_sent
        if result.warnings_zh:
            text += "（" + "；".join(result.warnings_zh) + "）"
        self.message.setText(text)
        if result.simulator is not None:
            pix = QPixmap()
            pix.loadFromData(result.simulator.last_ticket_png())
            self.preview.setPixmap(pix.scaledToWidth(260, Qt.TransformationMode.SmoothTransformation))
            self.preview_box.show()
        self.printed.emit(text)

    def _print_failed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(self.tr("测试打印失败：") + error_text(exc))
        self.printed.emit(self.message.text())

    # --- ID-card reader ------------------------------------------------------------------
    def read_test(self) -> None:
        url = self.reader_url.text().strip()
        self.read_button.setEnabled(False)
        self.card.setText(self.tr("请放置身份证…"))

        def read() -> Any:
            reader = open_reader(url)
            try:
                return reader.read_card(timeout=3.0)
            finally:
                reader.close()

        run_async(read, self._card, self._card_failed, lane=device_lane("idcard"))

    def _card(self, card: Any) -> None:
        self.read_button.setEnabled(True)
        ok = self.tr("读卡正常")
        text = (self.tr("未检测到身份证，请把证件平放在阅读器上") if card is None
                else f"{card.name}　{mask_resident_id(card.id_number)}　{ok}")  # fmt: skip
        self.card.setText(text)
        self.card_read.emit(text)

    def _card_failed(self, exc: Exception) -> None:
        self.read_button.setEnabled(True)
        self.card.setText(error_text(exc))
        self.card_read.emit(self.card.text())

    # --- save ----------------------------------------------------------------------------
    def values(self) -> dict[str, str]:
        return {
            "ticket_printer": self.url(),
            "printer_profile": str(self.profile.currentData()),
            "id_reader": self.reader_url.text().strip(),
            "led_display": self.led_url.text().strip(),
            "rating_pad": self.pad_url.text().strip(),
        }

    def save(self) -> None:
        values = self.values()
        try:
            path = save_devices(self.actor, values, self.config_path)
        except Exception as exc:  # a refusal keeps everything typed in the dialog
            self.message.setText(error_text(exc))
            self.saved.emit("")
            return
        for key, value in values.items():
            setattr(self.settings, key, value)
        self.message.setText(self.tr("已保存到 %s，立即生效") % path)
        self.saved.emit(str(path))
