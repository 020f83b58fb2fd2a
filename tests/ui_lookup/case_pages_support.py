"""Shared by the case-page tests: cases made in the demo hall through CaseService (as the
clerk's screens make them), a finger tap, and a scanner's keystrokes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from app.cases.service import CaseService
from app.cases.views import IntakeInput, PartyInput
from app.journal import Actor
from app.settings import Settings

CLERK = Actor(name="C001", roles=frozenset({"clerk"}), display_name="王窗口", window_no=1)
FOOD = "11510822008123013A4010010030010"  # 食品经营许可（新办）: 承诺 5 个工作日
SHOP = "11510822008123013A4010010020010"  # 个体工商户设立登记: 即办件 (concluded on acceptance)
SEALED = "1151082200812302154070020040010"  # 不动产查封登记: 涉密, 即办件
PERSON_ID = "11010519491231002X"
ORG_USCC = "91350100M000100Y43"

_touch_device: Any = None


def person(name: str = "张三丰") -> PartyInput:
    return PartyInput(kind="person", name=name, cert_no=PERSON_ID, phone="13800138000",
                      address="四川省青川县乔庄镇")  # fmt: skip


def company(name: str = "青川县宏达食品有限公司") -> PartyInput:
    return PartyInput(kind="organisation", name=name, cert_no=ORG_USCC, legal_rep="李四")


class Hall:
    """Cases in the demo hall: (case no, query no, query password) of each accepted one."""

    def __init__(self, store: Any, settings: Settings) -> None:
        self.cases = CaseService(store, settings)

    def accept(self, impl_code: str = FOOD, applicant: PartyInput | None = None
               ) -> tuple[str, str, str]:  # fmt: skip
        c = self.cases.receive(CLERK, IntakeInput(impl_code=impl_code,
                                                  applicant=applicant or person()))  # fmt: skip
        got = self.cases.accept(CLERK, c.case_no)
        return got.case.case_no, got.case.query_no, got.query_password


@pytest.fixture(name="hall")
def hall_fixture(demo_store: Any, demo_url: str) -> Hall:
    return Hall(demo_store, Settings(db=demo_url))


def tap(widget: QWidget) -> None:
    """A finger on the widget's centre: a touch press and release, as the screen sends them."""
    global _touch_device
    if _touch_device is None:
        _touch_device = QTest.createTouchDevice()
    top = widget.window()
    point = widget.rect().center()
    QTest.touchEvent(top, _touch_device).press(0, point, widget).commit()
    QTest.touchEvent(top, _touch_device).release(0, point, widget).commit()


def type_slowly(field: QWidget, text: str) -> None:
    """A person on the on-screen keyboard: 60 ms a key (fast for a person, slow for a scanner)."""
    QTest.keyClicks(field, text, Qt.KeyboardModifier.NoModifier, 60)


def scan(field: QLineEdit, payload: str) -> None:
    """A scanner acting as a keyboard: the code's characters at once, then Enter."""
    QTest.keyClicks(field, payload)
    QTest.keyClick(field, Qt.Key.Key_Return)
