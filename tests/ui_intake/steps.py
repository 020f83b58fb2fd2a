"""What a clerk does on the intake form, as small steps shared by the GUI tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.support.typing import ime_commit
from ui.clerk.intake import CaseScreens

COMPANY = "有限责任公司设立登记"
SHOP = "个体工商户设立登记"
PERSON_ID = "11010519491231002X"


def type_applicant(qtbot, screens: CaseScreens, *, cert: str = PERSON_ID) -> None:  # type: ignore[no-untyped-def]
    box = screens.intake.applicant
    ime_commit(box.edits["name"], "张三丰")
    qtbot.keyClicks(box.edits["cert_no"], cert)
    box.edits["cert_no"].editingFinished.emit()
    qtbot.keyClicks(box.edits["phone"], "13800138000")


def pick_matter(qtbot, screens: CaseScreens, name: str = COMPANY, query: str = "yyzz") -> None:  # type: ignore[no-untyped-def]
    intake = screens.intake
    with qtbot.waitSignal(intake.matter.results_shown, timeout=10_000):
        qtbot.keyClicks(intake.matter.query, query)
    names = [intake.matter.model.row_at(r).name for r in range(intake.matter.model.rowCount())]
    with qtbot.waitSignal(intake.done, timeout=10_000):
        intake.matter.choose_row(names.index(name))


def mark(screens: CaseScreens, seq: int, status: str) -> None:
    box = screens.intake.materials.status_box(seq)
    box.setCurrentIndex(box.findData(status))


def required_seqs(screens: CaseScreens) -> list[int]:
    return [i.seq for i in screens.intake.materials.checklist_items if i.required]


def click(qtbot, widget: Any) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def decide(qtbot, screens: CaseScreens, key: str) -> Any:  # type: ignore[no-untyped-def]
    """Press a decision button and wait for the document it issues."""
    with qtbot.waitSignal(screens.desk.issued, timeout=20_000) as blocker:
        click(qtbot, screens.intake.buttons[key])
    return blocker.args[0]


def open_in_page(qtbot, screens: CaseScreens, case_no: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screens.page.loaded, timeout=10_000):
        screens.page.load(case_no)
