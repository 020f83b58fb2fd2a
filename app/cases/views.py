"""Plain data in and out of the case service. The UI never sees a Session or a model row."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

STATUS_LABELS = {
    "received": "已收件",
    "notified": "待补正",
    "accepted": "办理中",
    "suspended": "特别程序（暂停计时）",
    "concluded": "已办结",
    "delivered": "已送达",
    "refused": "不予受理",
}
OPEN_STATUSES = ("received", "notified", "accepted", "suspended")
RESULTS = ("准予", "不予", "撤回", "退回", "作废", "转报", "即办")
RATING_LABELS = {1: "非常满意", 2: "满意", 3: "基本满意", 4: "不满意", 5: "非常不满意"}
DISPOSITIONS = {
    "answered": "当场解答",
    "handled": "本人办理",
    "guided": "引导至其他窗口",
    "transferred": "登记转办",
    "not_government": "非政务事项，解释说明",
}
CLOSED_AT_ONCE = ("answered", "guided", "not_government")
DOC_KINDS = {
    "receipt": "受理通知书",
    "notice": "一次性告知单",
    "refusal": "不予受理通知书",
    "pause_notice": "特别程序告知书",
    "extension_notice": "延期办理告知书",
    "result": "办理结果",
    "result_slip": "结果领取单",
}
PROVISIONAL_NOTE = "按法定节假日暂算，以国务院公布的安排为准"


def plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


class _AsDict:
    def as_dict(self) -> dict[str, Any]:
        return plain(asdict(self))  # type: ignore[call-overload]


# --- inputs ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyInput(_AsDict):
    kind: str  # person / organisation
    name: str
    cert_no: str  # resident ID (person) or USCC (organisation); agent: resident ID
    phone: str = ""
    address: str = ""
    legal_rep: str = ""  # organisation: 法定代表人/负责人
    cert_type: str = ""  # default: 居民身份证 / 统一社会信用代码


@dataclass(frozen=True)
class MaterialCheck(_AsDict):
    seq: int
    name: str
    form: str = "原件"  # 原件 / 复印件
    count: int = 1
    status: str = "received"  # received / missing / defective / deferred (容缺后补) / n/a
    reason: str = ""  # defective: what is wrong
    promised_date: dt.date | None = None  # deferred: when it will be brought
    required: bool = True


@dataclass(frozen=True)
class IntakeInput(_AsDict):
    impl_code: str
    applicant: PartyInput
    materials: list[MaterialCheck] = field(default_factory=list)
    agent: PartyInput | None = None
    ticket_id: str | None = None
    channel: str = "window"
    pickup: str = "window"  # window / post
    postal_address: str = ""


@dataclass(frozen=True)
class Deficiency(_AsDict):
    seq: int  # the material's seq in the checklist (0 for something not on it)
    material: str
    problem: str  # 缺少 / what is wrong
    requirement: str = ""  # what exactly to bring


@dataclass(frozen=True)
class InquiryInput(_AsDict):
    question: str
    disposition: str  # a key of DISPOSITIONS
    channel: str = "window"  # window / phone / web
    visitor_name: str = ""
    visitor_phone: str = ""
    transferred_to: str = ""  # guided: window; transferred: person or department
    promised_reply_at: dt.datetime | None = None
    ticket_id: str | None = None
    case_no: str = ""


# --- outputs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem(_AsDict):
    seq: int
    name: str
    form: str  # 原件 / 复印件 / 原件及复印件
    originals: int
    copies: int
    medium: str
    necessity: str  # 必要 / 非必要 / 容缺后补
    required: bool
    issuer: str
    notes: str


@dataclass(frozen=True)
class Checklist(_AsDict):
    impl_code: str
    basic_code: str
    matter_name: str
    matter_version: int
    matter_type: str
    department: str
    department_uscc: str
    case_type: int  # 1 即办件 2 承诺件
    promise_days: int
    promise_unit: str
    legal_days: int
    legal_unit: str
    fee: str
    conditions: str
    legal_basis: str
    steps: list[str]
    place: str
    hours: str
    consult_phone: str
    supervise_phone: str
    items: list[ChecklistItem]


@dataclass(frozen=True)
class Party(_AsDict):
    kind: str
    name: str
    cert_type: str
    cert_masked: str
    phone_masked: str
    address: str = ""
    legal_rep: str = ""


@dataclass(frozen=True)
class Clock(_AsDict):
    unit: str  # W 工作日 / N 自然日
    promise_days: int
    legal_days: int
    extension_days: int
    promise_due: dt.date | None
    legal_due: dt.date | None
    provisional: bool
    provisional_note: str
    days_used: int
    days_left: int | None  # negative when overdue
    days_paused: int
    paused: bool
    warning: str  # green / yellow / red / none (not running)
    past_legal: bool


@dataclass(frozen=True)
class CaseSummary(_AsDict):
    case_no: str
    status: str
    status_label: str
    matter_name: str
    impl_code: str
    applicant: str  # masked name
    handler: str
    received_at: dt.datetime
    accepted_at: dt.datetime | None
    promise_due: dt.date | None
    legal_due: dt.date | None
    warning: str  # green / yellow / red / none
    past_legal: bool
    days_left: int | None
    notice_due: dt.date | None  # received only: last day for the one-time notice


@dataclass(frozen=True)
class NoticeView(_AsDict):
    case_no: str
    notice_no: str
    ordinal: int  # 1 = the one-time notice; 2+ = supervisor-approved further notices
    issued_at: dt.datetime
    issued_by: str
    issued_by_name: str
    approved_by: str
    items: list[dict[str, Any]]  # {seq, material, problem, requirement, resolved}
    deadline: dt.date
    consequence: str
    open: bool
    breaches: list[str] = field(default_factory=list)  # materials recorded as breaches
    deadline_provisional: bool = False


@dataclass(frozen=True)
class DocumentView(_AsDict):
    case_no: str
    kind: str
    kind_label: str
    doc_no: str
    issued_at: dt.datetime
    issued_by: str
    issued_by_name: str
    sha256: str
    reprint: bool
    payload: dict[str, Any] | None = None


@dataclass(frozen=True)
class Event(_AsDict):
    at: dt.datetime
    kind: str
    by: str
    by_name: str
    text: str
    data: dict[str, Any]


@dataclass(frozen=True)
class CaseView(_AsDict):
    """A case as the clerk sees it, with what the receipt/notice/refusal documents need."""

    case_no: str
    query_no: str
    status: str
    status_label: str
    hall_code: str
    hall_name: str
    hall_address: str
    hall_phone: str
    supervise_phone: str
    matter_name: str
    impl_code: str
    basic_code: str
    matter_version: int
    department: str
    department_uscc: str
    case_type: int
    applicant: Party
    agent: Party | None
    materials: list[dict[str, Any]]
    intake_by: str
    intake_by_name: str
    window_no: int | None
    handler: str
    received_at: dt.datetime
    notice_due: dt.date
    accepted_at: dt.datetime | None
    deemed_accepted: bool
    clock: Clock
    pickup: str
    receipt_no: str  # 受理文书编号 (empty until accepted)
    refusal_no: str
    refusal_reason: str
    refusal_basis: str
    competent_body: str
    step_names: list[str]
    steps_done: int
    result: str
    result_doc_name: str
    result_doc_no: str
    concluded_at: dt.datetime | None
    delivery_method: str
    delivery_ref: str
    delivered_at: dt.datetime | None
    ticket_id: str | None
    ticket_number: str = ""
    hall_hours: str = ""
    window_name: str = ""
    postal_address: str = ""


@dataclass(frozen=True)
class CaseDetail(_AsDict):
    case: CaseView
    notices: list[NoticeView]
    documents: list[DocumentView]
    timeline: list[Event]
    pauses: list[dict[str, Any]]
    ratings: list[dict[str, Any]]
    breaches: list[dict[str, Any]]
    extensions: list[dict[str, Any]] = field(default_factory=list)  # days, reason, approver, at, doc_no, promise_due


@dataclass(frozen=True)
class Acceptance(_AsDict):
    case: CaseView
    query_password: str  # shown once, on the receipt


@dataclass(frozen=True)
class PublicProgress(_AsDict):
    case_no: str
    matter_name: str
    applicant: str  # masked
    status_label: str
    received_on: dt.date
    accepted_on: dt.date | None
    promise_due: dt.date | None
    paused: bool
    concluded_on: dt.date | None
    result: str
    pickup: str
    steps: list[dict[str, Any]]  # {name, done_on}


@dataclass(frozen=True)
class SweepResult(_AsDict):
    deemed_accepted: list[str]  # case numbers accepted from their day of receipt


@dataclass(frozen=True)
class InquiryView(_AsDict):
    id: str
    at: dt.datetime
    channel: str
    first_staff: str
    first_staff_name: str
    handler: str
    visitor_name: str
    visitor_phone_masked: str
    question: str
    disposition: str
    disposition_label: str
    transferred_to: str
    promised_reply_at: dt.datetime | None
    reply: str
    closed_at: dt.datetime | None
    open: bool
    overdue: bool
    history: list[dict[str, Any]]


@dataclass(frozen=True)
class RatingView(_AsDict):
    case_no: str
    channel: str
    level: int | None
    label: str  # 非常满意 … / 未评价
    at: dt.datetime
    follow_up_id: str | None
    callback_due: dt.date | None
    fix_due: dt.date | None


@dataclass(frozen=True)
class FollowUpView(_AsDict):
    id: str
    case_no: str
    level: int
    label: str
    responsible: str
    callback_due: dt.date
    fix_due: dt.date
    callback_at: dt.datetime | None
    verdict: str
    fixed_at: dt.datetime | None
    measures: str
    callback_overdue: bool
    fix_overdue: bool
