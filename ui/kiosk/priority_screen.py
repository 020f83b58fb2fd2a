"""优先 / 预约: swipe the ID card (or type the number) and pick a priority lane, then a line;
or type an appointment code to check in."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.identity import mask_resident_id, parse_resident_id
from app.kiosk.hall_clock import hall_today
from app.queue.priority import PRIORITY_LABELS, elderly_lane, enabled_kinds
from app.settings import Settings
from ui.kiosk.keypad import Keypad

ID_PATTERN = re.compile(r"^(\d{17}[\dX]|\d{15})$")
# app.queue.priority.PRIORITY_LABELS, spelled out so lupdate finds them for the buttons'
# self.tr(PRIORITY_LABELS[kind]); the app keeps its Chinese labels for tickets and records.
_LABELS_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("PriorityScreen", "老年人"),
    QT_TRANSLATE_NOOP("PriorityScreen", "残疾人"),
    QT_TRANSLATE_NOOP("PriorityScreen", "军人"),
    QT_TRANSLATE_NOOP("PriorityScreen", "孕妇"),
)


class PriorityScreen(QWidget):
    choose_line = Signal(object, object)  # priority kind | None, id number | None
    check_in = Signal(str)  # appointment code
    cancelled = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.id_number: str | None = None
        self.elderly = False
        self._outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self._outer.setContentsMargins(50, 30, 50, 30)
        self._outer.setSpacing(30)
        left = QVBoxLayout()
        left.setSpacing(22)
        title = QLabel(self.tr("优先通道 / 预约签到"))
        title.setObjectName("prompt")
        left.addWidget(title)
        self.card_status = QLabel()
        self.card_status.setObjectName("cardStatus")
        self.card_status.setWordWrap(True)
        left.addWidget(self.card_status)
        kinds_title = QLabel(self.tr("请选择优先类别（凭证件到窗口核验）"))
        kinds_title.setObjectName("hint")
        left.addWidget(kinds_title)
        grid = QGridLayout()
        grid.setSpacing(18)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(False)
        self.kind_buttons: dict[str, QPushButton] = {}
        kinds = [k for k in enabled_kinds(settings) if k != "appointment"]
        for i, kind in enumerate(kinds):
            button = QPushButton(self.tr(PRIORITY_LABELS.get(kind, kind)))
            button.setObjectName("bigButton")
            button.setCheckable(True)
            button.clicked.connect(lambda checked, k=kind: self._pick_kind(k, checked))
            grid.addWidget(button, i // 2, i % 2)
            self.kind_buttons[kind] = button
        left.addLayout(grid)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        left.addWidget(self.message)
        self.go_button = QPushButton(self.tr("下一步：选择业务 ›"))
        self.go_button.setObjectName("bigButton")
        self.go_button.clicked.connect(self._go)
        left.addWidget(self.go_button)
        back = QPushButton(self.tr("返回首页"))
        back.setObjectName("plainButton")
        back.clicked.connect(self.cancelled.emit)
        left.addWidget(back)
        left.addStretch()
        self._outer.addLayout(left, 1)
        right = QVBoxLayout()
        pad_title = QLabel(self.tr("或输入身份证号 / 预约码"))
        pad_title.setObjectName("hint")
        right.addWidget(pad_title)
        self.keypad = Keypad(max_len=18, with_ok=False)  # the one confirm is go_button
        self.keypad.edited.connect(self._edited)
        right.addWidget(self.keypad)
        right.addStretch()
        self._outer.addLayout(right, 1)
        self.reset()

    def reset(self) -> None:
        self.id_number = None
        self.elderly = False
        self.keypad.clear()
        self.message.setText("")
        for button in self.kind_buttons.values():
            button.setChecked(False)
        self.set_card_status(self.tr("请将身份证放在读卡区"))

    def set_card_status(self, text: str) -> None:
        self.card_status.setText(text)

    def priority(self) -> str | None:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), None)

    def _pick_kind(self, kind: str, checked: bool) -> None:
        for k, button in self.kind_buttons.items():
            if k != kind:
                button.setChecked(False)
        self.message.setText("")

    def accept_id(self, number: str, name_masked: str = "") -> bool:
        try:
            rid = parse_resident_id(number, today=hall_today())
        except InvalidInput as exc:
            self.message.setText(exc.message)
            return False
        self.id_number = rid.number
        self.elderly = elderly_lane(self.settings, rid.number, hall_today())
        text = self.tr("已读取：%s %s") % (name_masked, mask_resident_id(rid.number))
        if self.elderly:
            text += (
                "\n" + self.tr("年满 %d 周岁，自动进入老年人优先通道") % self.settings.elderly_age
            )
        self.set_card_status(text.replace("  ", " "))
        self.message.setText("")
        return True

    def _edited(self, text: str) -> None:
        self.message.setText("")
        if len(text) == 18 and ID_PATTERN.match(text.upper()) and self.accept_id(text.upper()):
            self.keypad.clear()  # a whole ID number is read at once, no confirm needed
            text = ""
        code = bool(text) and len(text) < 15  # an appointment code, not an ID number
        self.go_button.setText(self.tr("预约签到 ›") if code else self.tr("下一步：选择业务 ›"))

    def _go(self) -> None:
        """The screen's one confirm: a typed appointment code checks in; a typed ID number is
        read; then the chosen lane goes on to the line tiles."""
        text = self.keypad.text().strip().upper()
        if text and not ID_PATTERN.match(text):
            self.check_in.emit(text)
            return
        if text:
            if not self.accept_id(text):
                return
            self.keypad.clear()
            self._edited("")
        if self.priority() is None and not self.elderly:
            self.message.setText(self.tr("请先选择优先类别，或刷身份证、输入预约码"))
            return
        self.choose_line.emit(self.priority() or "elderly", self.id_number)

    def set_landscape(self, landscape: bool) -> None:
        self._outer.setDirection(
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
