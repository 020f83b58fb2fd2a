"""A4 documents (受理通知书, 一次性告知单, 不予受理通知书) as PDF with the CJK font embedded."""

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
from printers.documents.notice import render_notice
from printers.documents.receipt import render_receipt
from printers.documents.refusal import render_refusal
from printers.documents.samples import sample_notice, sample_receipt, sample_refusal

__all__ = [
    "AcceptingBody",
    "Correction",
    "HallInfo",
    "MatterRef",
    "NoticeData",
    "NoticeMaterial",
    "Party",
    "ReceiptData",
    "ReceivedMaterial",
    "RefusalData",
    "StaffRef",
    "render_notice",
    "render_receipt",
    "render_refusal",
    "sample_notice",
    "sample_receipt",
    "sample_refusal",
]
