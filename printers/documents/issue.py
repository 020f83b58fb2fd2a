"""One entry point for issuing a document: its kind, its PDF bytes, and its data as plain JSON
(stored with the case, so a 补打 rebuilds exactly what was issued)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from typing import Any, BinaryIO

from pydantic import TypeAdapter

from printers.documents.case_data import ExtensionData, ResultSlipData, SuspensionData
from printers.documents.data import NoticeData, ReceiptData, RefusalData
from printers.documents.extension import build_extension
from printers.documents.notice import build_notice
from printers.documents.pdf_parts import Reprint
from printers.documents.receipt import build_receipt
from printers.documents.refusal import build_refusal
from printers.documents.result_slip import build_result_slip, slip_title
from printers.documents.suspension import build_suspension
from printers.errors import DeviceError

Document = NoticeData | ReceiptData | RefusalData | SuspensionData | ExtensionData | ResultSlipData
Builder = Callable[[Any, str | BinaryIO, Reprint | None], None]

# kind (as the case records it) → data class, builder
KINDS: dict[str, tuple[type[Any], Builder]] = {
    "notice": (NoticeData, build_notice),
    "receipt": (ReceiptData, build_receipt),
    "refusal": (RefusalData, build_refusal),
    "pause_notice": (SuspensionData, build_suspension),
    "extension_notice": (ExtensionData, build_extension),
    "result_slip": (ResultSlipData, build_result_slip),
}


def kind_of(data: Document) -> str:
    for kind, (cls, _build) in KINDS.items():
        if isinstance(data, cls):
            return kind
    raise TypeError(f"not a document: {type(data).__name__}")


def title_of(data: Document) -> str:
    return slip_title(data) if isinstance(data, ResultSlipData) else data.title


def number_of(data: Document) -> str:
    return data.notice_no if isinstance(data, NoticeData) else data.doc_no


def render_pdf(data: Document, *, reprint: Reprint | None = None) -> bytes:
    """The document as PDF bytes. The same data always gives the same bytes."""
    buf = io.BytesIO()
    _cls, build = KINDS[kind_of(data)]
    try:
        build(data, buf, reprint)
    except OSError as exc:  # font file unreadable and the like
        raise DeviceError(f"文书生成失败：{exc}", code="pdf") from exc
    return buf.getvalue()


def sha256_hex(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def to_payload(data: Document) -> dict[str, Any]:
    """Plain JSON (dates as ISO text) to keep with the case."""
    cls, _build = KINDS[kind_of(data)]
    dumped: dict[str, Any] = TypeAdapter(cls).dump_python(data, mode="json")
    return dumped


def from_payload(kind: str, payload: dict[str, Any]) -> Document:
    if kind not in KINDS:
        raise DeviceError(f"未知的文书种类：{kind}", code="bad_kind")
    cls, _build = KINDS[kind]
    doc: Document = TypeAdapter(cls).validate_python(payload)
    return doc
