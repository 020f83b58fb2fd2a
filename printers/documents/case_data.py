"""What goes on the documents issued after acceptance: the special-procedure (pause) notice,
the extension notice and the result slip (pick-up or post). Plain data, like data.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from printers.documents.data import AcceptingBody, HallInfo, MatterRef, Party, StaffRef


@dataclass(frozen=True)
class SuspensionData:
    """特别程序告知书: the clock stops while a hearing, inspection, test, expert review … runs
    (行政许可法 art. 45: the applicant is told the time needed, in writing)."""

    hall: HallInfo
    doc_no: str
    case_no: str
    matter: MatterRef
    applicant: Party
    body: AcceptingBody
    staff: StaffRef
    accepted_at: datetime
    procedure: str  # 现场核查 / 检验检测 / 专家评审 / 听证 / 容缺材料补正 …
    reason: str
    started_on: date
    expected_days: int  # how long it is expected to take
    promised_due: date  # the promised date as it stood when the clock stopped
    days_used: int  # working days counted before the pause
    days_left: int  # working days still left when the clock restarts
    unit: str = "个工作日"
    requirement: str = ""  # what the applicant has to do meanwhile, if anything
    basis: str = "《中华人民共和国行政许可法》第四十五条"
    title: str = "特别程序告知书"
    qr_payload: str = ""
    issued_on: date | None = None


@dataclass(frozen=True)
class ExtensionData:
    """延长办理期限告知书 (行政许可法 art. 42: extended with the head's approval; the applicant
    is told the reason)."""

    hall: HallInfo
    doc_no: str
    case_no: str
    matter: MatterRef
    applicant: Party
    body: AcceptingBody
    staff: StaffRef
    accepted_at: datetime
    original_due: date
    extension_days: int
    new_due: date
    reason: str
    approved_by: str  # 批准人 (本机关负责人)
    issued_on: date  # the day the extension was decided and the notice issued
    unit: str = "个工作日"
    due_note: str = ""  # provisional-calendar caveat, when it applies
    basis: str = "《中华人民共和国行政许可法》第四十二条第一款"
    title: str = "延长办理期限告知书"
    qr_payload: str = ""


@dataclass(frozen=True)
class Delivery:
    """How the result left the hall: collected at the window, or posted."""

    method: Literal["pickup", "post"]
    delivered_at: datetime
    collector: Party | None = None  # pickup: who collected (ID masked)
    relation: str = "申请人本人"  # pickup: 申请人本人 / 代理人 / 法定代表人 …
    recipient: str = ""  # post
    phone: str = ""  # post
    address: str = ""  # post
    postcode: str = ""  # post
    carrier: str = ""  # post: 中国邮政 EMS …
    tracking_no: str = ""  # post


@dataclass(frozen=True)
class ResultSlipData:
    """办结通知及结果送达回证: what was decided, when, and how it reached the applicant."""

    hall: HallInfo
    doc_no: str
    case_no: str
    query_no: str
    matter: MatterRef
    applicant: Party
    body: AcceptingBody
    staff: StaffRef
    accepted_at: datetime
    concluded_at: datetime
    result: str  # 准予许可 / 不予许可 / 准予登记 …
    result_name: str  # 营业执照 / 决定书 …
    promised_due: date
    days_used: int  # working days counted (pauses excluded)
    promised_days: int
    delivery: Delivery
    result_no: str = ""  # 证照编号 / 决定文书号
    paused_days: int = 0
    extension_days: int = 0
    title: str = ""  # default by delivery method
    qr_payload: str = ""  # 好差评
    issued_on: date | None = None
