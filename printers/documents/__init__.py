"""A4 documents (受理通知书, 一次性告知单, 不予受理通知书, 特别程序告知书, 延长办理期限告知书,
结果领取单/送达回证) as PDF with the CJK font embedded; byte-for-byte the same for the same data."""

from printers.documents.case_data import Delivery, ExtensionData, ResultSlipData, SuspensionData
from printers.documents.data import (
    AcceptingBody,
    Correction,
    DeferredMaterial,
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
from printers.documents.extension import render_extension
from printers.documents.issue import (
    KINDS,
    Document,
    from_payload,
    kind_of,
    number_of,
    render_pdf,
    sha256_hex,
    title_of,
    to_payload,
)
from printers.documents.notice import render_notice
from printers.documents.pdf_parts import Reprint
from printers.documents.receipt import render_receipt
from printers.documents.refusal import render_refusal
from printers.documents.result_slip import render_result_slip
from printers.documents.samples import (
    sample_extension,
    sample_notice,
    sample_receipt,
    sample_refusal,
    sample_result_slip,
    sample_suspension,
)
from printers.documents.suspension import render_suspension

__all__ = [
    "KINDS",
    "AcceptingBody",
    "Correction",
    "DeferredMaterial",
    "Delivery",
    "Document",
    "ExtensionData",
    "HallInfo",
    "MatterRef",
    "NoticeData",
    "NoticeMaterial",
    "Party",
    "ReceiptData",
    "ReceivedMaterial",
    "RefusalData",
    "Reprint",
    "ResultSlipData",
    "StaffRef",
    "SuspensionData",
    "from_payload",
    "kind_of",
    "number_of",
    "render_extension",
    "render_notice",
    "render_pdf",
    "render_receipt",
    "render_refusal",
    "render_result_slip",
    "render_suspension",
    "sample_extension",
    "sample_notice",
    "sample_receipt",
    "sample_refusal",
    "sample_result_slip",
    "sample_suspension",
    "sha256_hex",
    "title_of",
    "to_payload",
]
