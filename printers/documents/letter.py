"""The skeleton every notice-style document shares (受理通知书, 一次性告知单, 不予受理通知书,
特别程序告知书, 延长办理期限告知书, 结果领取单/送达回证): barcode header and document number,
the salutation to the applicant, the body paragraphs, the document's own sections, then seal,
date, QR and the receipt line on one page, and the footer (sections.finish)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TypeVar

from printers.documents.data import AcceptingBody, HallInfo, MatterRef, Party, StaffRef
from printers.documents.pdf_parts import Reprint, field_table, para
from printers.documents.sections import (
    body_rows,
    contact_rows,
    finish,
    header,
    matter_rows,
    party_rows,
    section,
)

APPLICANT_SIGNS = "申请人（或代理人）签收"
D = TypeVar("D", contravariant=True)


class Render(Protocol[D]):
    def __call__(
        self, data: D, out_path: str | Path, *, reprint: Reprint | None = None
    ) -> Path: ...


def renderer(build: Callable[[D, str | Path | BinaryIO, Reprint | None], None]) -> Render[D]:
    """``render_x(data, path, reprint=…) -> path``: a document's ``build_x`` writing to a file."""

    def render(data: D, out_path: str | Path, *, reprint: Reprint | None = None) -> Path:
        build(data, out_path, reprint)
        return Path(out_path)

    return render


class LetterData(Protocol):
    """What the skeleton reads from a document's data (every *Data class has it)."""

    @property
    def hall(self) -> HallInfo: ...
    @property
    def body(self) -> AcceptingBody: ...
    @property
    def staff(self) -> StaffRef: ...
    @property
    def applicant(self) -> Party: ...
    @property
    def matter(self) -> MatterRef: ...
    @property
    def qr_payload(self) -> str: ...


def build_letter(
    out: str | Path | BinaryIO,
    d: LetterData,
    *,
    title: str,
    number: str,
    barcode: str,
    paragraphs: Sequence[str],
    sections: Sequence[Any],
    signed_on: dt.date,
    qr_caption: str,
    gap_mm: float = 6,
    number_label: str = "文书编号",
    signer: str = APPLICANT_SIGNS,
    reprint: Reprint | None = None,
) -> None:
    """Header, "<applicant>：", each paragraph indented, the sections, then the closing."""
    story: list[Any] = header(d.hall, title, number_label, number, barcode)
    story.append(para(f"{d.applicant.name}：", "body"))
    story += [para(text, "indent") for text in paragraphs]
    story += sections
    finish(story, out, body_name=d.body.name, signed_on=signed_on, qr_payload=d.qr_payload,
           qr_caption=qr_caption, title=title, doc_no=number, hall_name=d.hall.hall_name,
           gap_mm=gap_mm, reprint=reprint, signer=signer)  # fmt: skip


def matter_and_applicant(heading: str, d: LetterData) -> list[Any]:
    return [section(heading), field_table(matter_rows(d.matter) + party_rows(d.applicant))]


def handling_office(heading: str, d: LetterData, *, staff_rows: int | None = None) -> list[Any]:
    """经办机构: the body, window and handler (``staff_rows`` cuts the handler's phone), and the
    hall's consultation phone."""
    rows = body_rows(d.body, d.staff, "经办人")[:staff_rows]
    return [section(heading), field_table(rows + contact_rows(d.hall)[:1])]
