"""The service guide to take away: the QR link (only when the hall configured one) and the
printout, on the thermal printer or the A4 printer (setting ``lookup_print``). Runs on a
worker thread: rendering and device I/O never happen on the GUI thread or in a transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from app.errors import InvalidInput
from app.settings import Settings
from printers.documents.guide import GuideMaterial, GuideSheet, render_guide_pdf
from printers.escpos.guide_slip import render_guide_slip
from printers.escpos.printing import PrintResult, send_job

PRINT_KINDS = ("thermal", "a4", "")


def guide_link(settings: Settings, guide: dict[str, Any]) -> str | None:
    """The online guide's address from the template ``lookup_guide_url`` ({impl_code},
    {basic_code}), or None: no QR is ever shown that leads nowhere."""
    template = settings.lookup_guide_url.strip()
    if not template.startswith(("http://", "https://")):
        return None
    try:
        return template.format(
            impl_code=quote(guide["impl_code"]), basic_code=quote(guide.get("basic_code", ""))
        )
    except (KeyError, IndexError, ValueError):
        return None


def _fee(guide: dict[str, Any]) -> str:
    fee = guide["fee"]
    if not fee["charged"]:
        return "不收费"
    items = "；".join(f"{i['name']} {i['amount']}" for i in fee["items"])
    return items + (f"（收费依据：{fee['basis']}）" if fee["basis"] else "")


def guide_sheet(
    guide: dict[str, Any], *, hall_name: str, link: str | None, now: datetime | None = None
) -> GuideSheet:
    """The guide as printers/ wants it (plain data; printers know nothing of the catalog)."""
    bases = [
        f"［{b['rank']}］《{b['title']}》" + (f"（{b['doc_no']}）" if b["doc_no"] else "")
        + b["article"]
        for b in guide["legal_bases"]
    ]  # fmt: skip
    steps = [s["name"] + (f"（{s['post']}）" if s.get("post") else "") for s in guide["steps"]]
    return GuideSheet(
        hall_name=hall_name,
        name=guide["name"],
        department=guide["department"],
        impl_code=guide["impl_code"],
        conditions=guide["conditions"],
        materials=[
            GuideMaterial(
                m["seq"],
                m["name"],
                m["originals"],
                m["copies"],
                m["necessity"],
                m["medium"],
                m["notes"],
            )  # fmt: skip
            for m in guide["materials"]
        ],
        fee=_fee(guide),
        promise_limit=guide["promise_limit"],
        legal_limit=guide["legal_limit"],
        place=guide["place"],
        hours=guide["hours"],
        consult_phone=guide["consult_phone"],
        supervise_phone=guide["supervise_phone"],
        steps=steps,
        legal_bases=bases,
        printed_at=now or datetime.now(),
        link=link,
    )


def guide_pdf(sheet: GuideSheet) -> bytes:
    return render_guide_pdf(sheet)


def print_guide_thermal(settings: Settings, sheet: GuideSheet) -> PrintResult:
    """Send the guide to this screen's thermal printer (``ticket_printer``, its profile).
    Raises DeviceError with a Chinese message on any fault."""
    if not settings.ticket_printer.strip():
        raise InvalidInput("本机未配置小票打印机（设置 ticket_printer）")
    data = render_guide_slip(sheet, settings.printer_profile)
    return send_job(settings.ticket_printer, data, settings.printer_profile)
