"""Realistic sample data (a 食品经营许可 case in 邓州市) for previews, demos and tests."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from printers.documents.case_data import Delivery, ExtensionData, ResultSlipData, SuspensionData
from printers.documents.data import (
    AcceptingBody,
    Correction,
    HallInfo,
    MatterRef,
    NoticeData,
    NoticeMaterial,
    Party,
    ReceiptData,
    ReceivedMaterial,
    RefusalData,
    StaffRef,
)

HALL = HallInfo(
    hall_name="邓州市政务服务中心",
    consult_phone="0377-62212345",
    supervision_phone="0377-62212300",
    address="邓州市新华东路168号政务服务中心一楼综合受理区",
    website="https://zwfw.dengzhou.example.gov.cn",
    office_hours="周一至周五 上午8:30—12:00，下午14:30—17:30（法定节假日除外）",
)
MATTER = MatterRef(
    name="食品经营许可（新办）",
    basic_code="000172006000",
    impl_code="11411381MB1638215Q4000172006000",
    handle_item="食品经营许可证核发（餐饮服务经营者）",
)
BODY = AcceptingBody(
    name="邓州市市场监督管理局", uscc="11411381MB1638215Q", window="综合受理区 3 号窗口"
)
STAFF = StaffRef(name="李娜", staff_no="DZ0307", phone="0377-62212303")
COMPANY = Party(
    kind="organisation",
    name="邓州市味之源餐饮管理有限公司",
    id_type="统一社会信用代码",
    id_display="91411381MA9KL7QD2X",
    address="河南省邓州市花洲街道新华路88号一层商铺",
    legal_rep="王晓明",
    phone="138****6621",
)
AGENT = Party(
    kind="person",
    name="赵丽",
    id_type="居民身份证",
    id_display="4113**********0426",
    phone="159****3087",
)
PERSON = Party(
    kind="person",
    name="王晓明",
    id_type="居民身份证",
    id_display="4113**********123X",
    address="河南省邓州市花洲街道新华路88号3号楼2单元501室",
    phone="138****6621",
)


CASE_NO = "411381250612000217"  # the company's case: receipt, pause, extension, result
ACCEPTED_AT = datetime(2025, 6, 12, 10, 5)


def _letter(**changes: Any) -> dict[str, Any]:
    """The hall, case, matter, parties and staff the samples share (the company's case)."""
    return {"hall": HALL, "case_no": CASE_NO, "matter": MATTER, "applicant": COMPANY,
            "body": BODY, "staff": STAFF, **changes}  # fmt: skip


def sample_receipt() -> ReceiptData:
    return ReceiptData(
        **_letter(),
        doc_no="邓市监食许受〔2025〕第0217号",
        query_no="250612217",
        query_password="6k3Q9t",
        agent=AGENT,
        received_at=datetime(2025, 6, 12, 9, 41),
        accepted_at=ACCEPTED_AT,
        materials=[
            ReceivedMaterial("食品经营许可申请书", "原件", 1, "纸质"),
            ReceivedMaterial("营业执照", "复印件", 1, "纸质", "核验原件后留存复印件"),
            ReceivedMaterial("法定代表人身份证明", "复印件", 1, "纸质"),
            ReceivedMaterial(
                "与食品经营相适应的主要设备设施布局、操作流程等文件", "原件", 1, "纸质"
            ),
            ReceivedMaterial(
                "食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等"
                "保证食品安全的规章制度",
                "原件",
                1,
                "纸质",
            ),
            ReceivedMaterial("经营场所平面图及周边环境示意图", "原件", 1, "电子", "已通过网厅上传"),
            ReceivedMaterial("委托书及被委托人身份证明", "原件", 1, "纸质"),
        ],
        fee="不收费",
        statutory_days=20,
        promised_days=5,
        promised_due=date(2025, 6, 19),
        special_procedure_note="如需现场核查，核查时间不超过 3 个工作日，此项不计入办结时限",
        progress_query="政务服务中心自助查询机、电话 0377-62212345、河南政务服务网",
        pickup_method="窗口自取：凭本通知书及有效身份证件到综合受理区出件窗口领取（也可申请免费邮寄）",
        qr_payload="https://zwfw.dengzhou.example.gov.cn/q?no=250612217",
    )


def sample_notice() -> NoticeData:
    return NoticeData(
        **_letter(case_no="411381250612000198", applicant=PERSON),
        notice_no="邓市监食许补〔2025〕第0093号",
        received_at=datetime(2025, 6, 12, 9, 12),
        intake_ref="排队号 A012 / 收件号 SJ2506120031",
        legal_basis="《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》"
        "（国家市场监督管理总局令第78号）",
        conditions="具有与经营的食品品种、数量相适应的经营场所、设备设施、食品安全管理人员和"
        "规章制度，合理的设备布局和工艺流程。",
        procedure="申请 → 受理 → 审查（必要时现场核查） → 决定 → 制证送达",
        statutory_days=20,
        promised_days=5,
        fee="不收费",
        location=HALL.address,
        office_hours=HALL.office_hours,
        materials=[
            NoticeMaterial(
                "食品经营许可申请书",
                "原件",
                1,
                "纸质或电子",
                "必要",
                "申请人填写（窗口提供示范文本）",
            ),
            NoticeMaterial(
                "营业执照或其他主体资格证明文件", "复印件", 1, "纸质", "必要", "市场监督管理部门"
            ),
            NoticeMaterial("法定代表人（负责人）身份证明", "复印件", 1, "纸质", "必要", "公安机关"),
            NoticeMaterial(
                "与食品经营相适应的主要设备设施布局、操作流程等文件",
                "原件",
                1,
                "纸质",
                "必要",
                "申请人自备",
            ),
            NoticeMaterial("保证食品安全的规章制度", "原件", 1, "纸质", "必要", "申请人自备"),
            NoticeMaterial(
                "经营场所平面图及周边环境示意图", "原件", 1, "纸质或电子", "必要", "申请人自备"
            ),
            NoticeMaterial(
                "食品安全管理人员培训考核合格证明",
                "复印件",
                1,
                "纸质",
                "容缺后补",
                "市场监督管理部门",
                "可先行受理，5 个工作日内补交",
            ),
            NoticeMaterial(
                "委托书及被委托人身份证明",
                "原件",
                1,
                "纸质",
                "非必要",
                "申请人自备",
                "委托他人办理时提交",
            ),
        ],
        corrections=[
            Correction(
                "经营场所平面图及周边环境示意图",
                "未标注经营场所周边 25 米范围内的污染源情况",
                "重新绘制并标明周边 25 米范围内公共厕所、垃圾站等情况，申请人签字确认",
            ),
            Correction(
                "保证食品安全的规章制度",
                "缺少食品安全事故处置方案",
                "补充食品安全事故处置方案，加盖公章（个体户签字）",
            ),
            Correction(
                "法定代表人（负责人）身份证明",
                "复印件模糊，身份证号码无法辨认",
                "提交清晰的身份证正反面复印件，并携带原件核验",
            ),
        ],
        deadline=date(2025, 6, 26),
        consequence="请于补正期限内一次性补齐上述材料；逾期未补正的，视为放弃本次申请，申请材料"
        "退回，重新申请时需重新提交全部材料。补齐后本中心当场受理并出具受理通知书。",
        special_procedures="需要现场核查的，核查时间不超过 3 个工作日，不计入办结时限。",
        qr_payload="https://zwfw.dengzhou.example.gov.cn/guide/11411381MB1638215Q4000172006000",
    )


def sample_refusal() -> RefusalData:
    return RefusalData(
        **_letter(
            case_no="411381250612000204",
            matter=MatterRef(
                name="食品生产许可（新办）",
                basic_code="000172001000",
                impl_code="11411381MB1638215Q4000172001000",
                handle_item="食品生产许可证核发（白酒）",
            ),
        ),
        doc_no="邓市监食许不受〔2025〕第0007号",
        applied_at=datetime(2025, 6, 12, 10, 30),
        reason="申请人申请生产的白酒类食品，依照《河南省食品生产许可管理办法》由省级市场监督管理"
        "部门负责许可，不属于本机关的职权范围。",
        competent_body="河南省市场监督管理局（郑州市郑东新区商务外环路17号，电话 0371-65951234）",
        legal_basis="《中华人民共和国行政许可法》第三十二条第一款第（二）项；《食品生产许可管理办法》第七条",
        review_body="邓州市人民政府",
        court="邓州市人民法院",
        qr_payload="https://zwfw.dengzhou.example.gov.cn/q?no=411381250612000204",
    )


def sample_suspension() -> SuspensionData:
    return SuspensionData(
        **_letter(),
        doc_no="邓市监食许特〔2025〕第0031号",
        accepted_at=ACCEPTED_AT,
        procedure="现场核查",
        reason="申请经营场所需核实设备布局与操作流程是否与申请材料一致",
        started_on=date(2025, 6, 16),
        expected_days=3,
        promised_due=date(2025, 6, 19),
        days_used=2,
        days_left=3,
        requirement="请在核查期间保持经营场所开放，并安排熟悉情况的人员在场。",
    )


def sample_extension() -> ExtensionData:
    return ExtensionData(
        **_letter(),
        doc_no="邓市监食许延〔2025〕第0004号",
        accepted_at=ACCEPTED_AT,
        original_due=date(2025, 7, 10),
        extension_days=10,
        new_due=date(2025, 7, 24),
        reason="现场核查发现排水设施需整改复查，二十日内不能作出决定",
        approved_by="邓州市市场监督管理局 副局长 陈立",
        issued_on=date(2025, 7, 8),
    )


def sample_result_slip(method: str = "pickup") -> ResultSlipData:
    delivery = (
        Delivery(
            method="pickup",
            delivered_at=datetime(2025, 6, 24, 15, 20),
            collector=AGENT,
            relation="代理人（持授权委托书）",
        )
        if method == "pickup"
        else Delivery(
            method="post",
            delivered_at=datetime(2025, 6, 24, 15, 20),
            recipient="王晓明",
            phone="138****6621",
            address="河南省邓州市花洲街道新华路88号一层商铺",
            postcode="474150",
            carrier="中国邮政 EMS",
            tracking_no="1187654321098",
        )
    )
    return ResultSlipData(
        **_letter(),
        doc_no="邓市监食许结〔2025〕第0189号",
        query_no="250612217",
        accepted_at=ACCEPTED_AT,
        concluded_at=datetime(2025, 6, 23, 16, 40),
        result="准予许可",
        result_name="食品经营许可证",
        result_no="JY14113810012345",
        promised_due=date(2025, 6, 24),
        days_used=4,
        promised_days=5,
        paused_days=3,
        delivery=delivery,
        qr_payload="https://zwfw.dengzhou.example.gov.cn/rate?no=411381250612000217",
    )
