"""The clerk's case screens: 收件受理 (intake and the decision), 我的办件 (open cases with their
warnings), 办件详情 (one case from the one-time notice to pick-up and rating), 首问登记."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QTabWidget

from ui.clerk.intake.access import CaseAccess
from ui.clerk.intake.case_list import CaseList
from ui.clerk.intake.case_page import CasePage
from ui.clerk.intake.document_desk import DocumentDesk
from ui.clerk.intake.inquiry_panel import InquiryPanel
from ui.clerk.intake.intake_form import IntakeForm


@dataclass
class CaseScreens:
    access: CaseAccess
    desk: DocumentDesk
    intake: IntakeForm
    cases: CaseList
    page: CasePage
    inquiries: InquiryPanel

    def shutdown(self) -> None:
        self.page.shutdown()
        self.cases.timer.stop()
        self.inquiries.timer.stop()


def install_case_tabs(window: Any, tabs: QTabWidget, access: CaseAccess) -> CaseScreens:
    """Add the four case tabs to the clerk window's tab bar, wired to each other."""
    desk = DocumentDesk(access, window)
    intake = IntakeForm(access, desk)
    cases = CaseList(access)
    page = CasePage(access, desk)
    inquiries = InquiryPanel(access)
    for widget in (intake, cases, page, inquiries):
        tabs.addTab(widget, widget.tab_title())

    def open_case(case_no: str) -> None:
        page.load(case_no)
        tabs.setCurrentWidget(page)

    def shown(index: int) -> None:
        widget = tabs.widget(index)
        if widget is cases:
            cases.refresh()
        elif widget is inquiries:
            inquiries.refresh()
        elif widget is intake and intake.case_no is None and intake.ticket is None:
            intake.link_current_ticket()

    intake.open_case.connect(open_case)
    cases.open_case.connect(open_case)
    page.changed.connect(cases.refresh)
    tabs.currentChanged.connect(shown)
    return CaseScreens(access, desk, intake, cases, page, inquiries)
