"""What goes on the A4 documents (domain.md §4.2–4.4). Plain data: the caller (app/) fills it
from the case, the catalog and the hall settings; ID numbers arrive already masked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal


@dataclass(frozen=True)
class HallInfo:
    """Hall name and phones, passed through from the settings."""

    hall_name: str
    consult_phone: str
    supervision_phone: str
    address: str = ""
    website: str = ""
    office_hours: str = ""


@dataclass(frozen=True)
class Party:
    """An applicant or agent: a natural person or an organisation."""

    kind: Literal["person", "organisation"]
    name: str
    id_type: str  # 居民身份证 / 统一社会信用代码 / 护照 …
    id_display: str  # as the caller wants it printed (masked)
    address: str = ""  # 住址 / 住所
    legal_rep: str = ""  # organisation: 法定代表人/负责人
    phone: str = ""


@dataclass(frozen=True)
class MatterRef:
    name: str
    basic_code: str  # 基本编码
    impl_code: str  # 实施编码
    handle_item: str = ""  # 业务办理项
    matter_type: str = "行政许可"


@dataclass(frozen=True)
class AcceptingBody:
    name: str
    uscc: str
    window: str = ""  # e.g. "综合受理区 3 号窗口"


@dataclass(frozen=True)
class StaffRef:
    name: str
    staff_no: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ReceivedMaterial:
    name: str
    form: str = "原件"  # 原件 / 复印件 / 原件及复印件
    copies: int = 1
    media: str = "纸质"  # 纸质 / 电子
    note: str = ""


@dataclass(frozen=True)
class DeferredMaterial:
    """A material accepted as 容缺后补: the case goes ahead, the applicant promised to bring it."""

    name: str
    promised_on: date  # 承诺补交日期
    note: str = ""


@dataclass(frozen=True)
class ReceiptData:
    """受理通知书 / 受理回执 (domain.md §4.3)."""

    hall: HallInfo
    doc_no: str  # 受理文书编号
    case_no: str  # 办件编号 (Code128)
    query_no: str
    query_password: str
    matter: MatterRef
    applicant: Party
    body: AcceptingBody
    staff: StaffRef
    received_at: datetime  # 接收材料时间
    accepted_at: datetime  # 受理时间
    materials: list[ReceivedMaterial]
    fee: str  # "不收费" or amount + standard
    statutory_days: int  # 法定办结时限 (working days)
    promised_days: int  # 承诺办结时限 (working days)
    promised_due: date  # 承诺办结日期
    progress_query: str  # how to follow progress (kiosk / phone / website / QR)
    pickup_method: str  # 邮寄 / 窗口自取 / 其他, with address or place
    agent: Party | None = None
    title: str = "受理通知书"
    materials_note: str = "申请材料齐全、符合法定形式"
    special_procedure_note: str = ""  # 听证/检验/检测/鉴定… not counted toward the limit
    qr_payload: str = ""  # progress query / 好差评 link; empty → no QR
    issued_on: date | None = None  # defaults to the acceptance date
    statutory_unit: str = "W"  # W 工作日, N 自然日
    promised_unit: str = "W"
    promised_due_note: str = ""  # "按法定节假日暂算，以国务院公布的安排为准" when provisional
    legal_due: date | None = None  # 法定办结日期
    deferred: list[DeferredMaterial] = field(default_factory=list)  # 容缺后补
    deferred_consequence: str = ""  # what happens when a promised material does not come
    notice_no: str = ""  # accepted after this 一次性告知单 was complied with
    concluded_at: datetime | None = None  # 即办件: concluded on the spot
    result_name: str = ""  # 即办件: what the applicant received


@dataclass(frozen=True)
class NoticeMaterial:
    """One line of the complete material list."""

    name: str
    form: str = "原件"  # 原件 / 复印件
    copies: int = 1
    media: str = "纸质"  # 纸质 / 电子 / 纸质或电子
    necessity: str = "必要"  # 必要 / 非必要 / 容缺后补
    issuer: str = "申请人自备"
    note: str = ""


@dataclass(frozen=True)
class Correction:
    """One specific item the applicant must supply or correct, and why."""

    material: str
    problem: str  # what is missing or wrong
    requirement: str  # what exactly to bring


@dataclass(frozen=True)
class NoticeData:
    """一次性告知单 / 补正材料通知书 (domain.md §4.2)."""

    hall: HallInfo
    notice_no: str
    matter: MatterRef
    applicant: Party
    body: AcceptingBody
    staff: StaffRef
    received_at: datetime  # 收件时间
    intake_ref: str  # ticket no. or 收件 no.
    legal_basis: str  # 设定/实施依据
    conditions: str  # 受理条件
    procedure: str  # 办理流程
    statutory_days: int
    promised_days: int
    fee: str
    location: str  # 办理地点
    office_hours: str  # 办理时间
    materials: list[NoticeMaterial]
    corrections: list[Correction]
    deadline: date  # 补正期限
    consequence: str  # what happens when the deadline passes
    special_procedures: str = ""  # 听证/检验/鉴定… and their durations
    title: str = "一次性告知单"
    case_no: str = ""  # for the barcode; falls back to notice_no
    qr_payload: str = ""  # link to the online 办事指南
    issued_on: date | None = None
    statutory_unit: str = "W"  # W 工作日, N 自然日
    promised_unit: str = "W"
    agent: Party | None = None
    deadline_note: str = ""  # e.g. the provisional-calendar caveat


@dataclass(frozen=True)
class RefusalData:
    """不予受理通知书 (行政许可法 art. 32 and 38; domain.md §4.4)."""

    hall: HallInfo
    doc_no: str
    matter: MatterRef
    applicant: Party
    body: AcceptingBody
    staff: StaffRef
    applied_at: datetime  # 申请日期
    reason: str
    legal_basis: str
    review_body: str  # 行政复议机关
    court: str  # 有管辖权的人民法院
    competent_body: str = ""  # outside competence → where to apply instead
    case_no: str = ""
    title: str = "不予受理通知书"
    review_days: int = 60  # 行政复议法 art. 20: 60 days
    litigation_months: int = 6  # 行政诉讼法 art. 46: 6 months
    qr_payload: str = ""
    issued_on: date | None = None
    extra_notes: list[str] = field(default_factory=list)
