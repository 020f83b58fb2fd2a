"""The record of each document as issued (its PDF's SHA-256, reprints marked) and the number of
the document a case calls for now."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app import permissions
from app.cases import numbering
from app.cases.desk import CaseDesk, notices_of
from app.cases.present import document_view
from app.cases.views import DOC_KINDS, DocumentView
from app.errors import Conflict, InvalidInput
from app.journal import Actor
from db.models import CaseDocument, CaseEvent


def record_document(desk: CaseDesk, actor: Actor, case_no: str, *, kind: str, doc_no: str, sha256: str,
                    reprint: bool = False,
                    payload: dict[str, Any] | None = None) -> DocumentView:  # fmt: skip
    """Keep a record of a document exactly as issued (its PDF's SHA-256). Call it after
    rendering; a reprint (补打) is recorded as such."""
    permissions.require(actor, "case.intake")
    if kind not in DOC_KINDS:
        raise InvalidInput(f"文书种类“{kind}”无效，可选：{'、'.join(DOC_KINDS)}")
    digest = sha256.strip().lower()
    if len(digest) != 64 or any(ch not in "0123456789abcdef" for ch in digest):
        raise InvalidInput("文书摘要应为64位十六进制 SHA-256")
    if not doc_no.strip():
        raise InvalidInput("文书编号：不能为空")
    now, _ = desk.now()
    with desk.write(actor) as uow:
        c = desk.case_row(uow.session, case_no)
        earlier = uow.session.scalar(select(func.count()).select_from(CaseDocument).where(
            CaseDocument.case_id == c.id, CaseDocument.doc_no == doc_no.strip()))  # fmt: skip
        if reprint and not earlier:
            raise Conflict(f"文书 {doc_no} 尚未出具过，不能补打")
        d = CaseDocument(case_id=c.id, kind=kind, doc_no=doc_no.strip(), issued_at=now,
                         issued_by=actor.name, issued_by_name=actor.display_name,
                         sha256=digest, reprint=bool(reprint or earlier),
                         payload=payload)  # fmt: skip
        uow.session.add(d)
        uow.session.flush()
        uow.record("case.document", "case_document", d.id,
                   after={"doc_no": d.doc_no, "sha256": digest, "reprint": d.reprint}, row=d)  # fmt: skip
        label = DOC_KINDS[kind] + ("（补打）" if d.reprint else "")
        desk.event(uow, c, "document", f"出具{label} {d.doc_no}", now, sha256=digest)
        return document_view(c, d)


def document_no(desk: CaseDesk, actor: Actor, case_no: str, kind: str) -> str:
    """The number of the document of ``kind`` the case calls for now: receipt, refusal,
    notice (the latest), pause_notice (the latest pause), extension_notice (the latest
    extension), result_slip."""
    permissions.require(actor, "case.intake")
    if kind not in DOC_KINDS:
        raise InvalidInput(f"文书种类“{kind}”无效，可选：{'、'.join(DOC_KINDS)}")
    with desk.store.read() as s:
        c = desk.case_row(s, case_no)
        if kind == "receipt":
            if c.accepted_at is None:
                raise Conflict(f"办件 {c.case_no} 尚未受理")
            return numbering.doc_no(c.case_no, "receipt")
        if kind == "refusal":
            if c.status != "refused":
                raise Conflict(f"办件 {c.case_no} 未作不予受理")
            return numbering.doc_no(c.case_no, "refusal")
        if kind == "notice":
            notices = notices_of(s, c)
            if not notices:
                raise Conflict(f"办件 {c.case_no} 没有出具过一次性告知单")
            return notices[-1].notice_no
        if kind in ("pause_notice", "extension_notice"):
            ev = "pause" if kind == "pause_notice" else "extend"
            last = s.scalar(select(CaseEvent).where(CaseEvent.case_id == c.id,
                                                    CaseEvent.kind == ev)
                            .order_by(CaseEvent.at.desc()).limit(1))  # fmt: skip
            if last is None:
                raise Conflict(f"办件 {c.case_no} 没有{DOC_KINDS[kind][:-3]}记录")
            return str(last.data["notice_no"])
        return numbering.doc_no(c.case_no, "result_slip")
