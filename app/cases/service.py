"""CaseService: the one API the clerk's intake screens, the dashboard, the lookup screen, the CLI
and the demo use for cases (办件), first inquiries and ratings.

A thin facade: each method hands over to the module named after its rules (app.cases.inquiry,
reception, notices, decisions, documents, handling, queries, progress, sweeper, rating), which
takes the service itself as its CaseDesk (app.cases.desk: hall, clock, calendar, transaction).
Every use case runs one short transaction through app.journal.unit_of_work, writes its rows,
an audit entry and an outbox row snapshot (``row=``) together, and returns plain data
(app.cases.views). The calendar is loaded and passwords hashed before the transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from app.cases import (
    decisions,
    documents,
    handling,
    inquiry,
    notices,
    progress,
    queries,
    rating,
    reception,
    sweeper,
)
from app.cases.desk import CaseDesk
from app.cases.sweeper import SYSTEM
from app.cases.views import (
    Acceptance,
    CaseDetail,
    CaseSummary,
    CaseView,
    Checklist,
    Deficiency,
    DocumentView,
    FollowUpView,
    InquiryInput,
    InquiryView,
    IntakeInput,
    MaterialCheck,
    NoticeView,
    PublicProgress,
    RatingView,
    SweepResult,
)
from app.journal import Actor
from app.settings import Settings

__all__ = ["SYSTEM", "CaseService", "utc_now"]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class CaseService(CaseDesk):
    def __init__(
        self,
        store: Any,
        settings: Settings,
        *,
        hall_code: str | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(store, settings, hall_code=hall_code, clock=clock or utc_now)

    # --- first inquiry (首问登记) -------------------------------------------------------------

    def log_inquiry(self, actor: Actor, data: InquiryInput) -> InquiryView:
        return inquiry.log_inquiry(self, actor, data)

    def hand_off_inquiry(self, actor: Actor, inquiry_id: str, to_staff: str,
                         note: str = "") -> InquiryView:  # fmt: skip
        """Hand the matter to someone else; the first responsible person stays attached."""
        return inquiry.hand_off_inquiry(self, actor, inquiry_id, to_staff, note)

    def close_inquiry(self, actor: Actor, inquiry_id: str, reply: str) -> InquiryView:
        return inquiry.close_inquiry(self, actor, inquiry_id, reply)

    def my_inquiries(self, actor: Actor, *, open_only: bool = True) -> list[InquiryView]:
        """The first-responsible person's list (also what was handed on: it stays theirs)."""
        return inquiry.my_inquiries(self, actor, open_only=open_only)

    # --- intake and the decision at the window --------------------------------------------

    def checklist(self, impl_code: str) -> Checklist:
        return reception.checklist(self, impl_code)

    def case_checklist(self, case_no: str) -> Checklist:
        """The checklist of the matter version the case was received under."""
        return reception.case_checklist(self, case_no)

    def validate_intake(self, data: IntakeInput) -> dict[str, str]:
        return reception.validate_intake(self, data)

    def receive(self, actor: Actor, data: IntakeInput) -> CaseView:
        """收件: save the application (and its case number) before anything is decided or
        printed. Field errors are all reported at once and nothing is written."""
        return reception.receive(self, actor, data)

    def update_materials(self, actor: Actor, case_no: str,
                         materials: Sequence[MaterialCheck]) -> CaseView:  # fmt: skip
        return reception.update_materials(self, actor, case_no, materials)

    def issue_notice(self, actor: Actor, case_no: str, items: Sequence[Deficiency], *,
                     deadline: dt.date | None = None, consequence: str | None = None,
                     approver: Actor | None = None) -> NoticeView:  # fmt: skip
        """一次性告知单. A further notice with anything the first did not name needs a
        supervisor (``approver``) and records a breach against the first notice's issuer."""
        return notices.issue_notice(self, actor, case_no, items, deadline=deadline,
                                    consequence=consequence, approver=approver)

    def resolve_items(self, actor: Actor, case_no: str, seqs: Sequence[int]) -> NoticeView:
        """The applicant came back: tick off what they brought."""
        return notices.resolve_items(self, actor, case_no, seqs)

    def accept(self, actor: Actor, case_no: str, *, materials: Sequence[MaterialCheck] | None = None,
               instant: bool = False) -> Acceptance:  # fmt: skip
        """受理. Needs every required material present and every item of an open notice
        resolved. ``instant`` (即办件): accepted and concluded on the spot."""
        return decisions.accept(self, actor, case_no, materials=materials, instant=instant)

    def reset_query_password(self, actor: Actor, case_no: str) -> str:
        """A new query password, for a reprinted (补打) receipt; the old one stops working."""
        return decisions.reset_query_password(self, actor, case_no)

    def refuse(self, actor: Actor, case_no: str, *, reason: str, legal_basis: str) -> CaseView:
        """不予受理, with reason and legal basis (rights to 复议/诉讼 are on the document)."""
        return decisions.refuse(self, actor, case_no, reason=reason, legal_basis=legal_basis)

    def not_competent(self, actor: Actor, case_no: str, *, competent_body: str,
                      reason: str = "") -> CaseView:  # fmt: skip
        """Not our competence: refused at once, naming the body to apply to (art. 32(2))."""
        return decisions.not_competent(self, actor, case_no, competent_body=competent_body,
                                       reason=reason)

    def record_document(self, actor: Actor, case_no: str, *, kind: str, doc_no: str, sha256: str,
                        reprint: bool = False,
                        payload: dict[str, Any] | None = None) -> DocumentView:  # fmt: skip
        """Keep a record of a document exactly as issued (its PDF's SHA-256). Call it after
        rendering; a reprint (补打) is recorded as such."""
        return documents.record_document(self, actor, case_no, kind=kind, doc_no=doc_no,
                                         sha256=sha256, reprint=reprint, payload=payload)

    def document_no(self, actor: Actor, case_no: str, kind: str) -> str:
        """The number of the document of ``kind`` the case calls for now: receipt, refusal,
        notice (the latest), pause_notice (the latest pause), extension_notice (the latest
        extension), result_slip."""
        return documents.document_no(self, actor, case_no, kind)

    # --- after acceptance -----------------------------------------------------------------

    def complete_step(self, actor: Actor, case_no: str, *, opinion: str,
                      action: str = "通过") -> CaseView:  # fmt: skip
        """Finish the current step (承办 → 审核 → 决定) with the handler's opinion."""
        return handling.complete_step(self, actor, case_no, opinion=opinion, action=action)

    def pause(self, actor: Actor, case_no: str, *, kind: str, reason: str, basis: str = "",
              expected_days: int = 0) -> CaseView:  # fmt: skip
        """特别程序 (听证、检验检测、专家评审 …): the clock stops; the applicant is told in writing
        (the pause notice's number is in the timeline)."""
        return handling.pause(self, actor, case_no, kind=kind, reason=reason, basis=basis,
                              expected_days=expected_days)

    def resume(self, actor: Actor, case_no: str, *, result: str = "") -> CaseView:
        return handling.resume(self, actor, case_no, result=result)

    def extend(self, actor: Actor, case_no: str, *, days: int, reason: str,
               approver: Actor) -> CaseView:  # fmt: skip
        """延期 (art. 42): adds days with the head's approval, within the legal cap."""
        return handling.extend(self, actor, case_no, days=days, reason=reason, approver=approver)

    def conclude(self, actor: Actor, case_no: str, *, result: str, doc_name: str = "",
                 doc_no: str = "", note: str = "") -> CaseView:  # fmt: skip
        """办结: 准予/不予/撤回/退回/作废/转报, with the result document's name and number."""
        return handling.conclude(self, actor, case_no, result=result, doc_name=doc_name,
                                 doc_no=doc_no, note=note)

    def deliver(self, actor: Actor, case_no: str, *, method: str, collector_id: str | None = None,
                collector_name: str = "", tracking_no: str | None = None) -> CaseView:  # fmt: skip
        """送达: window pick-up (collector's ID checked) or post (tracking number)."""
        return handling.deliver(self, actor, case_no, method=method, collector_id=collector_id,
                                collector_name=collector_name, tracking_no=tracking_no)

    # --- read side ------------------------------------------------------------------------

    def case(self, case_no: str) -> CaseDetail:
        return queries.case(self, case_no)

    def my_open_cases(self, actor: Actor, *, limit: int = 500) -> list[CaseSummary]:
        """The clerk's own open cases (received by them, or on their list now), earliest due
        first."""
        return queries.my_open_cases(self, actor, limit=limit)

    def open_cases(self, actor: Actor, *, limit: int = 2000) -> list[CaseSummary]:
        """Every open case of the hall (supervisor)."""
        return queries.open_cases(self, actor, limit=limit)

    def search(self, actor: Actor, text: str, *, limit: int = 50) -> list[CaseSummary]:
        """By case number (or its start), query number, certificate number or applicant name."""
        return queries.search(self, actor, text, limit=limit)

    def progress(self, case_no: str, password: str) -> PublicProgress:
        """办件查询 for the public: masked, and only with the query password. Repeated wrong
        passwords lock the case's public query for a while (kept in the store)."""
        return progress.progress(self, case_no, password)

    # --- the 5-day rule -------------------------------------------------------------------

    def sweep(self, actor: Actor | None = None) -> SweepResult:
        """Applications received more than 5 working days ago with no notice count as
        accepted from the day of receipt (art. 32). Each case is claimed with a conditional
        update, so any number of sweeps may run at once; a second run finds nothing to do."""
        return sweeper.sweep(self, actor)

    # --- ratings (好差评) --------------------------------------------------------------------

    def rate(self, actor: Actor, case_no: str, level: int, *, channel: str = "window",
             text: str = "") -> RatingView:  # fmt: skip
        return rating.rate(self, actor, case_no, level, channel=channel, text=text)

    def record_not_rated(self, actor: Actor, case_no: str, *, channel: str = "window") -> RatingView:
        """The applicant left without rating: recorded as 未评价, never as a good rating."""
        return rating.record_not_rated(self, actor, case_no, channel=channel)

    def follow_ups(self, actor: Actor, *, open_only: bool = True) -> list[FollowUpView]:
        """差评整改: the supervisor sees all; a clerk sees those they are responsible for."""
        return rating.follow_ups(self, actor, open_only=open_only)

    def record_callback(self, actor: Actor, follow_up_id: str, *, verdict: str,
                        note: str = "") -> FollowUpView:  # fmt: skip
        return rating.record_callback(self, actor, follow_up_id, verdict=verdict, note=note)

    def record_fix(self, actor: Actor, follow_up_id: str, *, measures: str) -> FollowUpView:
        return rating.record_fix(self, actor, follow_up_id, measures=measures)
