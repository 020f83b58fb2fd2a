"""The 办事指南 on the thermal roll: the citizen-first parts (conditions, materials with their
counts, fee, limits, place, hours, phones, steps) and, when a link is configured, a QR to the
full guide. The legal basis is left to the A4 sheet and the screen: a roll is for the counter."""

from __future__ import annotations

from printers.documents.guide import GuideSheet, material_line
from printers.escpos import commands as c
from printers.escpos.layout import _Doc
from printers.escpos.profiles import PrinterProfile, resolve_profile


def render_guide_slip(sheet: GuideSheet, profile: str | PrinterProfile = "generic-80") -> bytes:
    d = _Doc(resolve_profile(profile))
    d.fitted(sheet.hall_name, want=2, bold=True)
    d.fitted("办事指南", want=2, bold=True)
    d.wrapped(sheet.name)
    d.rule()
    d.line("【受理条件】", bold=True)
    d.wrapped(sheet.conditions or "—")
    d.line("【申请材料】", bold=True)
    for m in sheet.materials:
        d.wrapped(material_line(m))
    d.line("【收费】", bold=True)
    d.wrapped(sheet.fee)
    d.pair("承诺时限", sheet.promise_limit)
    d.pair("法定时限", sheet.legal_limit)
    d.pair("办理地点", sheet.place or "—")
    d.pair("办理时间", sheet.hours or "—")
    d.pair("咨询电话", sheet.consult_phone or "—")
    d.pair("监督电话", sheet.supervise_phone or "—")
    if sheet.steps:
        d.line("【办理流程】", bold=True)
        d.wrapped(" → ".join(sheet.steps))
    if sheet.link:
        d.rule()
        d.qr_or_text(sheet.link, "扫码查看完整办事指南")
    d.raw(c.feed(1))
    d.line(f"打印时间：{sheet.printed_at:%Y-%m-%d %H:%M}", align="center")
    return d.finish()
